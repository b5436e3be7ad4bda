/** Conference document rows → the domain's shape, and the checks of what a document refers to. */
import type { ConferenceDocument, DocumentMetadata, DocumentVersion } from '../../domain/documents/conference-document.schema.js';
import { DomainError, type FieldProblem } from '../../domain/errors.js';
import type { ConferenceDocumentRow, ConferenceDocumentVersionRow, Executor } from '../../storage/tables.js';

/** A document as stored, before the presenter adds what the caller may do with it. */
export type StoredDocument = Omit<ConferenceDocument, 'allowedActions'>;

export const versionOf = (row: ConferenceDocumentVersionRow): DocumentVersion => ({
  number: Number(row.number),
  fileName: row.file_name,
  mediaType: row.media_type,
  size: Number(row.size),
  uploadedBy: row.uploaded_by_label,
  uploadedAt: row.uploaded_at,
});

export const documentOf = (row: ConferenceDocumentRow, versions: readonly ConferenceDocumentVersionRow[]): StoredDocument => ({
  id: row.id,
  conferenceId: row.conference_id,
  title: row.title,
  kind: row.kind as StoredDocument['kind'],
  audience: row.audience as StoredDocument['audience'],
  audiencePointIds: JSON.parse(row.audience_point_ids) as string[],
  agendaItemId: row.agenda_item_id,
  taskId: row.task_id,
  currentVersion: Number(row.current_version),
  revision: Number(row.revision),
  versions: versions.filter((v) => v.document_id === row.id).map(versionOf),
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

export const documentNotFound = () =>
  new DomainError(404, 'document.not_found', { vi: 'Không tìm thấy tài liệu.', en: 'Document not found.' });

export const versionNotFound = () =>
  new DomainError(404, 'document.version_not_found', {
    vi: 'Không tìm thấy phiên bản này của tài liệu.',
    en: 'No such version of the document.',
  });

export const documentConflict = () =>
  new DomainError(409, 'document.revision_conflict', {
    vi: 'Tài liệu đã được người khác sửa. Hãy tải lại trước khi lưu.',
    en: 'The document was changed by someone else. Reload it before saving.',
  });

/** 422 document.invalid_reference when the agenda item, the task or a bridge point is not of this conference. */
export async function checkReferences(executor: Executor, conferenceId: string, metadata: Partial<DocumentMetadata>): Promise<void> {
  const problems: FieldProblem[] = [];
  const exists = async (table: 'agenda_items' | 'tasks' | 'bridge_points', ids: readonly string[]) => {
    if (ids.length === 0) return new Set<string>();
    const rows = await executor
      .selectFrom(table)
      .select('id')
      .where('conference_id', '=', conferenceId)
      .where('id', 'in', [...ids])
      .execute();
    return new Set(rows.map((row) => row.id));
  };
  const missing = (path: string, vi: string, en: string) =>
    problems.push({
      path,
      code: 'document.invalid_reference',
      message: { vi: `${vi} không thuộc hội nghị này.`, en: `${en} is not part of this conference.` },
    });
  if (metadata.agendaItemId && !(await exists('agenda_items', [metadata.agendaItemId])).has(metadata.agendaItemId))
    missing('/agendaItemId', 'Nội dung của chương trình', 'The agenda item');
  if (metadata.taskId && !(await exists('tasks', [metadata.taskId])).has(metadata.taskId)) missing('/taskId', 'Nhiệm vụ', 'The task');
  const points = metadata.audiencePointIds ?? [];
  const found = await exists('bridge_points', points);
  points.forEach((id, index) => {
    if (!found.has(id)) missing(`/audiencePointIds/${index}`, 'Điểm cầu', 'The bridge point');
  });
  if (metadata.audience === 'points' && points.length === 0)
    problems.push({
      path: '/audiencePointIds',
      code: 'document.points_required',
      message: { vi: 'Hãy chọn ít nhất một điểm cầu được đọc tài liệu.', en: 'Choose at least one bridge point whose staff may read it.' },
    });
  if (problems.length > 0)
    throw new DomainError(
      422,
      problems[0]!.code,
      { vi: 'Thông tin tài liệu không hợp lệ.', en: 'The document details are not valid.' },
      problems,
    );
}
