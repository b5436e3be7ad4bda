/**
 * Row types of the database, as Kysely sees them. The same types serve SQLite and
 * PostgreSQL: ids are text (UUIDs made in JS), dates and times are ISO text, flags are
 * integers 0/1 (converted to booleans by the repositories), lists of agencies are JSON text.
 * Money (`amount_vnd`) is a bigint column; pg returns it as a string, so it is typed loosely.
 */
import type { Kysely, Transaction } from 'kysely';
import type * as Accounts from './tables-accounts.js';
import type * as Meeting from './tables-meeting.js';
import type * as Votes from './tables-votes.js';
import type * as WrittenOpinions from './tables-written-opinions.js';
import type * as Minutes from './tables-minutes.js';
import type * as Documents from './tables-documents.js';
import type * as Consultations from './tables-consultations.js';
import type * as Reminders from './tables-reminders.js';

export type * from './tables-accounts.js';
export type * from './tables-meeting.js';
export type * from './tables-votes.js';
export type * from './tables-written-opinions.js';
export type * from './tables-minutes.js';
export type * from './tables-documents.js';
export type * from './tables-consultations.js';
export type * from './tables-reminders.js';

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
  /** 'interactive' | 'watching'; null: by the kind (0018-media-tier). */
  media_tier: string | null;
  /** Name and address without diacritics, lower case (foldForSearch), kept by every write. */
  search_key: string;
  /** The top unit of the point's unit (a commune's province), filled by fillProvinceCodes; null when unknown. */
  province_code: string | null;
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
  /** The explicit protocol rank of the group (1 first), null when none (migration 0016). */
  protocol_rank: number | null;
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
  users: Accounts.UserRow;
  sessions: Accounts.SessionRow;
  memberships: Accounts.MembershipRow;
  access_links: Accounts.AccessLinkRow;
  one_time_tokens: Accounts.OneTimeTokenRow;
  login_attempts: Accounts.LoginAttemptRow;
  known_devices: Accounts.KnownDeviceRow;
  audit_log: Accounts.AuditLogRow;
  delegates: Meeting.DelegateRow;
  check_ins: Meeting.CheckInRow;
  headcounts: Meeting.HeadcountRow;
  invitation_deliveries: Meeting.InvitationDeliveryRow;
  hall_layouts: Meeting.HallLayoutRow;
  invitation_settings: Meeting.InvitationSettingsRow;
  live_states: Meeting.LiveStateRow;
  live_events: Meeting.LiveEventRow;
  live_hall_seqs: Meeting.LiveHallSeqRow;
  live_halls: Meeting.LiveHallRow;
  live_messages: Meeting.LiveMessageRow;
  votes: Votes.VoteRow;
  vote_ballots: Votes.VoteBallotRow;
  vote_voters: Votes.VoteVoterRow;
  vote_tallies: Votes.VoteTallyRow;
  vote_hands: Votes.VoteHandsRow;
  vote_roll: Votes.VoteRollRow;
  written_opinion_forms: WrittenOpinions.WrittenOpinionFormRow;
  written_opinion_recipients: WrittenOpinions.WrittenOpinionRecipientRow;
  written_opinion_answers: WrittenOpinions.WrittenOpinionAnswerRow;
  written_opinion_tallies: WrittenOpinions.WrittenOpinionTallyRow;
  written_opinion_deliveries: WrittenOpinions.WrittenOpinionDeliveryRow;
  minutes: Minutes.MinutesRow;
  minutes_notes: Minutes.MinutesNoteRow;
  minutes_reviews: Minutes.MinutesReviewRow;
  conclusion_notices: Minutes.ConclusionNoticeRow;
  conclusions: Minutes.ConclusionRow;
  conclusion_reports: Minutes.ConclusionReportRow;
  conclusion_deliveries: Minutes.ConclusionDeliveryRow;
  minutes_deliveries: Minutes.MinutesDeliveryRow;
  conference_documents: Documents.ConferenceDocumentRow;
  conference_document_versions: Documents.ConferenceDocumentVersionRow;
  document_read_receipts: Documents.DocumentReadReceiptRow;
  draft_consultations: Consultations.DraftConsultationRow;
  consulted_bodies: Consultations.ConsultedBodyRow;
  draft_comments: Consultations.DraftCommentRow;
  contributions: Consultations.ContributionRow;
  body_deliveries: Consultations.BodyDeliveryRow;
  reminder_claims: Reminders.ReminderClaimRow;
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
