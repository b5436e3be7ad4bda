/**
 * Row types of the database, as Kysely sees them. The same types serve SQLite and
 * PostgreSQL: ids are text (UUIDs made in JS), dates and times are ISO text, flags are
 * integers 0/1 (converted to booleans by the repositories), lists of agencies are JSON text.
 * Money (`amount_vnd`) is a bigint column; pg returns it as a string, so it is typed loosely.
 */
import type { Generated, Kysely, Transaction } from 'kysely';

/** 0 or 1. */
export type Flag = number;

export interface ConferenceRow {
  id: string;
  version: number;
  status: string;
  archived: Flag;
  document_type: string;
  governing_body: string;
  issuing_body: string;
  document_number: string;
  document_symbol: string;
  place: string;
  issue_date: string | null;
  title: string;
  purpose: string;
  starts_at: string | null;
  /** The first session's date (YYYY, YYYY-MM or YYYY-MM-DD), for lists while the start is not fixed. */
  first_date: string | null;
  issuer_kind: string;
  telegram_line: string;
  /** JSON array of strings. */
  addressees: string;
  comment_deadline: string | null;
  venue: string;
  replaces_invitation: Flag;
  closing_text: string;
  programme_note: string;
  funding_source: string;
  signer_authority: string;
  signer_body: string;
  signer_title: string;
  signer_name: string;
  search_text: string;
  created_at: string;
  updated_at: string;
}

interface ChildRow {
  id: string;
  conference_id: string;
  position: number;
}

export interface BridgePointRow extends ChildRow {
  name: string;
  address: string;
  quota: number | null;
  kind: string;
  is_host: Flag;
  operator_name: string;
  operator_phone: string;
  operator_email: string;
  unit_code: string | null;
  group_count: number | null;
  venue_pattern: string;
  invited_by: string;
  lent_by: string;
  unit_list_id: string | null;
  parent_unit_code: string | null;
}

export interface ConferenceSessionRow extends ChildRow {
  label: string;
  date: string | null;
  date_is_approximate: Flag;
  start_time: string | null;
  end_time: string | null;
  part_of_day: string | null;
  time_text: string;
}

export interface ConferenceChairRow extends ChildRow {
  role: string;
  person_name: string;
  title: string;
  text: string;
}

export interface OutlineSectionRow extends ChildRow {
  parent_id: string | null;
  numbering: string;
  heading: string;
  kind: string;
  /** JSON array of { level, text }. */
  paragraphs: string;
}

export interface ParticipantGroupRow extends ChildRow {
  scope: string;
  bridge_point_id: string | null;
  category: string;
  organisation: string;
  role: string;
  count: number | null;
  person_name: string;
  is_representative: Flag;
  is_remote: Flag;
  is_presiding: Flag;
  invited_by: string;
  text: string;
}

export interface AssignmentRow extends ChildRow {
  lead_agency: string;
  /** JSON array of strings. */
  cooperating_agencies: string;
  heading: string;
}

export interface TaskRow extends ChildRow {
  assignment_id: string;
  text: string;
  deadline: string | null;
  status: string;
  /** JSON array of strings. */
  cooperating_agencies: string;
  agenda_item_id: string | null;
  produces_document: string;
}

/** `position` orders an item among the items of the same parent. */
export interface AgendaItemRow extends ChildRow {
  parent_id: string | null;
  number: string;
  content: string;
  presenter_organisation: string;
  presenter_person: string;
  duration_minutes: number | null;
  per_speaker_minutes: number | null;
  duration_text: string;
  kind: string;
}

export interface CostLineRow extends ChildRow {
  description: string;
  amount_vnd: number | string;
}

export interface DistributionLineRow extends ChildRow {
  text: string;
}

export interface UnclassifiedLineRow extends ChildRow {
  section: string;
  text: string;
}

export interface AdministrativeUnitListRow {
  id: string;
  name: string;
  valid_on: string;
  source: string;
  note: string;
  content_hash: string;
}

export interface AdministrativeUnitRow {
  list_id: string;
  code: string;
  position: number;
  name: string;
  kind: string;
  parent_code: string | null;
}

/** Accounts (migration 0002). Emails are stored lower-cased; tokens only as SHA-256 hashes (hex). */
export interface UserRow {
  id: string;
  email: string;
  display_name: string;
  password_hash: string | null;
  is_admin: Flag;
  disabled: Flag;
  created_at: string;
  updated_at: string;
}

export interface SessionRow {
  id: string;
  token_hash: string;
  user_id: string;
  csrf_token: string;
  created_at: string;
  /** Absolute end of the session. */
  expires_at: string;
  last_seen_at: string;
  revoked_at: string | null;
  ip: string | null;
  user_agent: string | null;
}

export interface MembershipRow {
  id: string;
  conference_id: string;
  user_id: string;
  role: string;
  /** JSON array of bridge point ids (operator scope), "[]" otherwise. */
  bridge_point_ids: string;
  created_at: string;
}

export interface AccessLinkRow {
  id: string;
  token_hash: string;
  purpose: string;
  conference_id: string;
  bridge_point_id: string | null;
  participant_group_id: string | null;
  label: string;
  created_by_user_id: string | null;
  created_at: string;
  expires_at: string;
  revoked_at: string | null;
  last_used_at: string | null;
  last_used_ip: string | null;
  use_count: number;
  /** A personal link of one delegate (issue 4). */
  delegate_id: string | null;
}

export interface OneTimeTokenRow {
  id: string;
  token_hash: string;
  /** 'first_admin' | 'password_reset' */
  purpose: string;
  user_id: string | null;
  created_at: string;
  expires_at: string;
  used_at: string | null;
}

export interface LoginAttemptRow {
  id: string;
  /** 'account:<email>' or 'address:<ip>' */
  key: string;
  attempted_at: string;
  succeeded: Flag;
}

/** Append-only (triggers refuse UPDATE and DELETE). `seq` is a bigint on PostgreSQL (pg returns a string). */
export interface AuditLogRow {
  seq: Generated<number | string>;
  id: string;
  at: string;
  actor_kind: string;
  actor_user_id: string | null;
  actor_link_id: string | null;
  actor_label: string;
  ip: string | null;
  user_agent: string | null;
  conference_id: string | null;
  action: string;
  entity_type: string;
  entity_id: string | null;
  before_json: string | null;
  after_json: string | null;
}

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
  protocol_rank: number;
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
  headcount: number | null;
  link: string;
  rtt_ms: number | null;
  loss_percent: number | null;
  note: string;
  reported_at: number | string | null;
  seq: number;
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

export interface Tables {
  conferences: ConferenceRow;
  bridge_points: BridgePointRow;
  participant_groups: ParticipantGroupRow;
  assignments: AssignmentRow;
  tasks: TaskRow;
  agenda_items: AgendaItemRow;
  cost_lines: CostLineRow;
  distribution_lines: DistributionLineRow;
  unclassified_lines: UnclassifiedLineRow;
  conference_sessions: ConferenceSessionRow;
  conference_chairs: ConferenceChairRow;
  outline_sections: OutlineSectionRow;
  administrative_unit_lists: AdministrativeUnitListRow;
  administrative_units: AdministrativeUnitRow;
  users: UserRow;
  sessions: SessionRow;
  memberships: MembershipRow;
  access_links: AccessLinkRow;
  one_time_tokens: OneTimeTokenRow;
  login_attempts: LoginAttemptRow;
  audit_log: AuditLogRow;
  delegates: DelegateRow;
  check_ins: CheckInRow;
  headcounts: HeadcountRow;
  invitation_deliveries: InvitationDeliveryRow;
  hall_layouts: HallLayoutRow;
  invitation_settings: InvitationSettingsRow;
  live_states: LiveStateRow;
  live_events: LiveEventRow;
  live_hall_seqs: LiveHallSeqRow;
  live_halls: LiveHallRow;
  live_messages: LiveMessageRow;
}

/** Tables whose rows belong to one conference and are ordered by `position`. */
export type ChildTable =
  | 'bridge_points'
  | 'participant_groups'
  | 'assignments'
  | 'tasks'
  | 'agenda_items'
  | 'cost_lines'
  | 'distribution_lines'
  | 'unclassified_lines'
  | 'conference_sessions'
  | 'conference_chairs'
  | 'outline_sections';

/** A connection or an open transaction: repositories accept either. */
export type Executor = Kysely<Tables> | Transaction<Tables>;
