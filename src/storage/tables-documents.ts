/** Row types of the conference documents (migration 0009, issue 16 item 1); see tables.ts. */

/** 'report' | 'draft' | 'speech' | 'contribution' | 'other' (domain/documents/document-kinds.ts). */
export interface ConferenceDocumentRow {
  id: string;
  conference_id: string;
  agenda_item_id: string | null;
  task_id: string | null;
  title: string;
  kind: string;
  /** 'invited' | 'points' | 'presidium' | 'public' */
  audience: string;
  /** JSON array of bridge point ids (audience 'points'). */
  audience_point_ids: string;
  /** The number of the newest version. */
  current_version: number;
  /** Bumped on every write (optimistic concurrency). */
  revision: number;
  created_at: string;
  updated_at: string;
  /** Soft delete: the row stays for comments, contributions, receipts and the audit log. */
  deleted_at: string | null;
}

export interface ConferenceDocumentVersionRow {
  id: string;
  document_id: string;
  conference_id: string;
  /** 1, 2, … per document. */
  number: number;
  /** SHA-256 of the bytes, hex: the key in the file store. */
  file_hash: string;
  file_name: string;
  /** Sniffed from the content, never taken from the client. */
  media_type: string;
  size: number;
  uploaded_by_user_id: string | null;
  uploaded_by_link_id: string | null;
  uploaded_by_label: string;
  uploaded_at: string;
}

/** One reader of one version: `reader_key` is `user:<id>` or `link:<id>`. */
export interface DocumentReadReceiptRow {
  version_id: string;
  reader_key: string;
  document_id: string;
  conference_id: string;
  user_id: string | null;
  link_id: string | null;
  delegate_id: string | null;
  bridge_point_id: string | null;
  reader_label: string;
  first_opened_at: string;
  last_opened_at: string;
  open_count: number;
}
