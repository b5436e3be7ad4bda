/** Row types of the written opinion forms (migration 0013-written-opinions), as Kysely sees them; see tables.ts. */
import type { Flag } from './tables.js';

export interface WrittenOpinionFormRow {
  id: string;
  conference_id: string;
  /** The meeting's vote whose question the form asks; null: a form of its own. */
  vote_id: string | null;
  title: string;
  /** [{ question, options }] */
  questions_json: string;
  secret: Flag;
  majority_json: string;
  /** Local time in Viet Nam, YYYY-MM-DDTHH:mm. */
  deadline: string;
  /** 'draft' | 'sent' | 'closed' */
  state: string;
  /** The address the mail's links start with, given when the form was made. */
  public_url: string;
  created_at: string;
  sent_at: string | null;
  closed_at: string | null;
  result_json: string | null;
  /** The merge with the meeting's vote (MergedResult JSON), once the chair decided it. */
  merged_json: string | null;
}

/** A member asked: whether they answered (and through what), never what; when last reminded. */
export interface WrittenOpinionRecipientRow {
  form_id: string;
  delegate_id: string;
  bridge_point_id: string;
  answered: Flag;
  /** 'link' | 'account' | null */
  answered_via: string | null;
  /** Local date (YYYY-MM-DD) of the request or the last reminder. */
  last_reminded_on: string | null;
}

/** The answer of an OPEN form: the member's choices. */
export interface WrittenOpinionAnswerRow {
  form_id: string;
  delegate_id: string;
  choices_json: string;
  answered_at: string;
}

/** How many chose an option of a question of a SECRET form: no member, no time. */
export interface WrittenOpinionTallyRow {
  form_id: string;
  question_index: number;
  option_index: number;
  count: number;
}

/** One mail to a member (the form, or a reminder), queued then sent or failed. */
export interface WrittenOpinionDeliveryRow {
  id: string;
  form_id: string;
  conference_id: string;
  delegate_id: string;
  /** 'request' | 'reminder' */
  kind: string;
  recipient: string;
  public_url: string;
  /** 'queued' | 'sent' | 'failed' */
  status: string;
  error: string | null;
  message_id: string | null;
  created_at: string;
  sent_at: string | null;
}
