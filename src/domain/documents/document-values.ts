/** The values of a conference document's kind, audience and file type, without the schema library (the web app imports them). */

/** What a document is (glossary: report = báo cáo, draft = dự thảo, speech = bài phát biểu, contribution = tham luận). */
export const DOCUMENT_KINDS = ['report', 'draft', 'speech', 'contribution', 'other'] as const;

/**
 * Who may read a document: everyone invited (every role of the conference but the press and
 * the big screens), the staff of some bridge points (their operators), the presidium only
 * (chair and secretariat), or public (the press too).
 */
export const DOCUMENT_AUDIENCES = ['invited', 'points', 'presidium', 'public'] as const;

/** The media types a document may have, sniffed from its content (never the client's word). */
export const DOCUMENT_MEDIA_TYPES = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  png: 'image/png',
  jpeg: 'image/jpeg',
} as const;
