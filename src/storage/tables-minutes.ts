/** Row types of the minutes, the conclusion notice and its follow-up (migrations 0011 and 0014), as Kysely sees them; see tables.ts. */

export interface MinutesRow {
  conference_id: string;
  /** 'draft' | 'review' | 'locked' */
  status: string;
  secretary_name: string;
  chair_name: string;
  body_json: string;
  review_deadline: string | null;
  locked_at: string | null;
  version: number;
  created_at: string;
  updated_at: string;
}

export interface MinutesNoteRow {
  id: string;
  conference_id: string;
  item_id: string;
  revision: number;
  text: string;
  author_label: string;
  created_at: string;
}

export interface MinutesReviewRow {
  id: string;
  conference_id: string;
  /** `user:<id>` or `link:<id>`: one answer per participant. */
  reviewer_key: string;
  reviewer_label: string;
  /** 'no_comment' | 'comment' */
  answer: string;
  comment: string;
  answered_at: string;
}

export interface ConclusionNoticeRow {
  conference_id: string;
  /** 'draft' | 'issued' */
  status: string;
  governing_body: string;
  issuing_body: string;
  document_number: string;
  document_symbol: string;
  place: string;
  issue_date: string | null;
  subject: string;
  preamble: string;
  closing: string;
  signer_authority: string;
  signer_body: string;
  signer_title: string;
  signer_name: string;
  /** JSON array of strings (Nơi nhận lines). */
  distribution_json: string;
  /** JSON array of e-mail addresses the issued notice is mailed to. */
  recipients_json: string;
  issued_at: string | null;
  version: number;
  updated_at: string;
}

export interface ConclusionRow {
  id: string;
  conference_id: string;
  position: number;
  text: string;
  lead_agency: string;
  /** JSON array of strings. */
  cooperating_agencies: string;
  task_text: string;
  deadline: string | null;
  task_id: string | null;
  /** The conclusion of an earlier conference this one carries over. */
  carried_from: string | null;
  /** The lead agency bound to a body of the plan (migration 0014): its bridge point and/or participant group. */
  lead_bridge_point_id: string | null;
  lead_participant_group_id: string | null;
}

export interface ConclusionReportRow {
  id: string;
  conference_id: string;
  conclusion_id: string;
  /** 'progress' | 'done' */
  kind: string;
  note: string;
  file_ref: string | null;
  reported_by: string;
  reported_at: string;
}

export interface ConclusionDeliveryRow {
  id: string;
  conference_id: string;
  /** 'notice' | 'reminder' */
  kind: string;
  recipient: string;
  /** 'queued' | 'sent' | 'failed' */
  status: string;
  error: string | null;
  message_id: string | null;
  created_at: string;
  sent_at: string | null;
}

/** The minutes sent to one participant for review (migration 0014). */
export interface MinutesDeliveryRow {
  id: string;
  conference_id: string;
  delegate_id: string;
  recipient: string;
  /** Where the review page is served (`<public_url>/bien-ban/<token>`). */
  public_url: string;
  /** 'queued' | 'sent' | 'failed' */
  status: string;
  error: string | null;
  message_id: string | null;
  created_at: string;
  sent_at: string | null;
}
