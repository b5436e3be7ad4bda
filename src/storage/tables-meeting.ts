/** Row types of the participants and the live conference (delegates, check-ins, invitations, seats, live state), as Kysely sees them; see tables.ts. */
import type { Flag } from './tables.js';

/** Participants (migration 0003). */
export interface DelegateRow {
  id: string;
  conference_id: string;
  bridge_point_id: string;
  participant_group_id: string | null;
  full_name: string;
  title: string;
  organisation: string;
  phone: string;
  email: string;
  seat: string;
  notes: string;
  /** The explicit protocol rank (1 first), null when none was given (migration 0016). */
  protocol_rank: number | null;
  /** The default rank of the title (domain/protocol/title-rank.ts), null when not recognised. */
  title_rank: number | null;
  invitation: string;
  substitute_json: string | null;
  answered_at: string | null;
  attendance: string;
  checked_in_at: string | null;
  walk_in: Flag;
  search_key: string;
  version: number;
  created_at: string;
  updated_at: string;
}

export interface CheckInRow {
  /** The client's idempotency key. */
  id: string;
  conference_id: string;
  bridge_point_id: string;
  delegate_id: string;
  /** 'qr' | 'search' | 'walk_in' | 'manual' */
  method: string;
  at: string;
  actor_label: string;
}

export interface HeadcountRow {
  bridge_point_id: string;
  conference_id: string;
  count: number;
  reported_at: string;
  reported_by: string;
}

export interface InvitationDeliveryRow {
  id: string;
  conference_id: string;
  delegate_id: string;
  /** 'invitation' | 'reminder' */
  kind: string;
  /** 'email' | 'hand' */
  channel: string;
  recipient: string;
  /** 'queued' | 'sent' | 'failed' */
  status: string;
  error: string | null;
  message_id: string | null;
  created_at: string;
  sent_at: string | null;
}

/** Per conference: the answer deadline and the address of the personal links (0004-invitations). */
export interface InvitationSettingsRow {
  conference_id: string;
  answer_deadline: string | null;
  public_url: string;
  updated_at: string;
}

export interface HallLayoutRow {
  bridge_point_id: string;
  conference_id: string;
  layout_json: string;
  updated_at: string;
}

/** The live conference (0005-live). Epoch-ms columns are bigint: pg returns them as strings. */
export interface LiveStateRow {
  conference_id: string;
  version: number;
  state_json: string;
  updated_at: string;
}

export interface LiveEventRow {
  conference_id: string;
  version: number;
  at: number | string;
  type: string;
  event_json: string;
}

export interface LiveHallSeqRow {
  conference_id: string;
  seq: number;
}

export interface LiveHallRow {
  bridge_point_id: string;
  conference_id: string;
  ready: Flag;
  link: string;
  rtt_ms: number | null;
  loss_percent: number | null;
  note: string;
  reported_at: number | string | null;
  seq: number;
  /** A watching point's HLS playback as its screen reports it (HallPlayback as JSON); null: none (0018-media-tier). */
  playback_json: string | null;
}

export interface LiveMessageRow {
  id: string;
  conference_id: string;
  seq: number;
  to_bridge_point_id: string | null;
  text: string;
  sent_at: number | string;
  sent_by: string;
}
