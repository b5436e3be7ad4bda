/**
 * The conference documents, their versions and their read receipts (migration 0009). A
 * deleted document (deleted_at set) is not found by the readers here unless asked for.
 */
import type { ConferenceDocumentRow, ConferenceDocumentVersionRow, DocumentReadReceiptRow, Executor } from '../tables.js';
import { afterKeyset, type KeysetColumn, type KeysetPage } from './keyset.js';

export async function insertConferenceDocument(executor: Executor, row: ConferenceDocumentRow): Promise<void> {
  await executor.insertInto('conference_documents').values(row).execute();
}

export async function insertDocumentVersion(executor: Executor, row: ConferenceDocumentVersionRow): Promise<void> {
  await executor.insertInto('conference_document_versions').values(row).execute();
}

/** One document of the conference (a deleted one only with `withDeleted`). */
export async function findConferenceDocument(
  executor: Executor,
  conferenceId: string,
  id: string,
  options: { withDeleted?: boolean } = {},
): Promise<ConferenceDocumentRow | undefined> {
  let query = executor.selectFrom('conference_documents').selectAll().where('conference_id', '=', conferenceId).where('id', '=', id);
  if (!options.withDeleted) query = query.where('deleted_at', 'is', null);
  return query.executeTakeFirst();
}

/** Keys of a document in the list's order: oldest first, then by id. */
const DOCUMENT_KEYSET: KeysetColumn[] = [
  { ref: 'created_at', direction: 'asc' },
  { ref: 'id', direction: 'asc' },
];
export const conferenceDocumentKeys = (row: ConferenceDocumentRow): string[] => [row.created_at, row.id];

/** The conference's documents not deleted, oldest first; a page after a document's keys when `page` is given, else all. */
export async function listConferenceDocuments(
  executor: Executor,
  conferenceId: string,
  page?: KeysetPage,
): Promise<ConferenceDocumentRow[]> {
  let query = executor
    .selectFrom('conference_documents')
    .selectAll()
    .where('conference_id', '=', conferenceId)
    .where('deleted_at', 'is', null)
    .orderBy('created_at')
    .orderBy('id');
  if (page?.after) query = query.where((eb) => afterKeyset(eb, DOCUMENT_KEYSET, page.after!));
  return page ? query.limit(page.limit).execute() : query.execute();
}

/**
 * Changes a document when its revision is still `expectedRevision` (the revision goes up by
 * one); false when it was changed meanwhile, deleted or is not there.
 */
export async function updateConferenceDocument(
  executor: Executor,
  conferenceId: string,
  id: string,
  expectedRevision: number,
  values: Partial<Omit<ConferenceDocumentRow, 'id' | 'conference_id' | 'revision' | 'created_at'>>,
): Promise<boolean> {
  const result = await executor
    .updateTable('conference_documents')
    .set({ ...values, revision: expectedRevision + 1 })
    .where('conference_id', '=', conferenceId)
    .where('id', '=', id)
    .where('revision', '=', expectedRevision)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** Every version of the documents, oldest first per document. */
export async function listDocumentVersions(executor: Executor, documentIds: readonly string[]): Promise<ConferenceDocumentVersionRow[]> {
  if (documentIds.length === 0) return [];
  return executor
    .selectFrom('conference_document_versions')
    .selectAll()
    .where('document_id', 'in', [...documentIds])
    .orderBy('document_id')
    .orderBy('number')
    .execute();
}

export async function findDocumentVersion(
  executor: Executor,
  documentId: string,
  number: number,
): Promise<ConferenceDocumentVersionRow | undefined> {
  return executor
    .selectFrom('conference_document_versions')
    .selectAll()
    .where('document_id', '=', documentId)
    .where('number', '=', number)
    .executeTakeFirst();
}

/** Records one opening: a new receipt, or the reader's receipt of that version counted once more. */
export async function recordDocumentRead(
  executor: Executor,
  row: Omit<DocumentReadReceiptRow, 'first_opened_at' | 'last_opened_at' | 'open_count'>,
  at: string,
): Promise<void> {
  await executor
    .insertInto('document_read_receipts')
    .values({ ...row, first_opened_at: at, last_opened_at: at, open_count: 1 })
    .onConflict((conflict) =>
      conflict.columns(['version_id', 'reader_key']).doUpdateSet((eb) => ({
        last_opened_at: at,
        open_count: eb('document_read_receipts.open_count', '+', 1),
        reader_label: row.reader_label,
      })),
    )
    .execute();
}

/** The receipts of the conference (of one document when given), oldest opening first. */
export async function listDocumentReadReceipts(
  executor: Executor,
  conferenceId: string,
  documentId?: string,
): Promise<DocumentReadReceiptRow[]> {
  let query = executor.selectFrom('document_read_receipts').selectAll().where('conference_id', '=', conferenceId);
  if (documentId !== undefined) query = query.where('document_id', '=', documentId);
  return query.orderBy('first_opened_at').orderBy('reader_key').execute();
}
