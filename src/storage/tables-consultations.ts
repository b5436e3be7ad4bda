/** Row types of comments on a draft and written contributions (migration 0012, issue 16 items 2-3); see tables.ts. */

export interface DraftConsultationRow {
  id: string;
  conference_id: string;
  /** The draft: a conference document (migration 0009). */
  document_id: string;
  title: string;
  drafting_agency: string;
  /** YYYY-MM-DD: the last day of answers. */
  deadline: string;
  /** The address the bodies' links open (DIEMCAU_PUBLIC_URL or the organizer's). */
  public_url: string;
  created_at: string;
  updated_at: string;
  closed_at: string | null;
}

export interface ConsultedBodyRow {
  id: string;
  consultation_id: string;
  conference_id: string;
  position: number;
  name: string;
  bridge_point_id: string | null;
  participant_group_id: string | null;
  email: string;
  /** 'agreed' | 'commented' | null */
  answer: string | null;
  answered_at: string | null;
  /** Who answered (account, link), as the audit log names them; '' until then. */
  answered_by: string;
  reminded_at: string | null;
  remind_count: number;
}

export interface DraftCommentRow {
  id: string;
  consultation_id: string;
  body_id: string;
  position: number;
  /** As the body wrote it ('' = the whole draft). */
  part: string;
  text: string;
  /** 'accepted' | 'explained' | null */
  response: string | null;
  response_text: string;
  responded_at: string | null;
  responded_by: string;
  created_at: string;
}

export interface ContributionRow {
  id: string;
  conference_id: string;
  agenda_item_id: string;
  body_name: string;
  bridge_point_id: string | null;
  participant_group_id: string | null;
  email: string;
  deadline: string | null;
  /** domain/consultations/contribution-rules.ts CONTRIBUTION_STATUSES */
  status: string;
  title: string;
  text: string;
  document_id: string | null;
  submitted_at: string | null;
  submitted_by: string;
  decided_at: string | null;
  reminded_at: string | null;
  remind_count: number;
  created_at: string;
  updated_at: string;
}

export interface BodyDeliveryRow {
  id: string;
  conference_id: string;
  /** 'consulted_body' | 'contribution' */
  subject_kind: string;
  subject_id: string;
  /** 'request' | 'reminder' */
  kind: string;
  recipient: string;
  /** The address the body's link opens. */
  public_url: string;
  /** 'queued' | 'sent' | 'failed' */
  status: string;
  error: string | null;
  message_id: string | null;
  created_at: string;
  sent_at: string | null;
}
