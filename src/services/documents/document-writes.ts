/**
 * The writes of the conference documents: upload (a new document with its first version),
 * a new version, the metadata, delete. The bytes are told from their content in the file pool
 * (415/422 before anything is stored), then stored by hash (durable before the row points at
 * them), then one transaction writes the rows and one audit row. Uploading the document a
 * task of the plan produces closes that task in the same transaction (the plan's version goes
 * up, the audit row says so). After commit: `documents.changed`.
 *
 * Delete is soft: comments on a draft, contributions and receipts keep their document, and
 * the audit log keeps naming it; the bytes stay in the store (content-addressed, perhaps shared).
 */
import { randomUUID } from 'node:crypto';
import type { DocumentMetadata, DocumentMetadataPatch } from '../../domain/documents/conference-document.schema.js';
import { DOCUMENT_MEDIA_TYPES } from '../../domain/documents/conference-document.schema.js';
import type { EventBus } from '../../realtime/event-bus.js';
import type { Database } from '../../storage/database.js';
import type { FileStore } from '../../storage/files/file-store.js';
import { bumpVersion, findConferenceRow } from '../../storage/repositories/conference-repository.js';
import {
  findConferenceDocument,
  insertConferenceDocument,
  insertDocumentVersion,
  listDocumentVersions,
  updateConferenceDocument,
} from '../../storage/repositories/conference-document-repository.js';
import type { ConferenceDocumentRow, Executor } from '../../storage/tables.js';
import { recordAudit } from '../accounts/audit-service.js';
import { SYSTEM_ORIGIN, type AuditOrigin } from '../accounts/audit-context.js';
import { conferenceNotFound } from '../input.js';
import { acceptedKind, cleanUploadName, type DocumentFilePipeline } from './document-files.js';
import { checkReferences, documentConflict, documentNotFound, documentOf, type StoredDocument } from './document-rows.js';

export interface UploadedFile {
  fileName: string;
  data: Buffer;
}

/** A write of the caller's that commits with an upload, inside its transaction (after the document's rows and audit row). */
export type WithUpload = (trx: Executor, document: StoredDocument) => Promise<void>;

export interface DocumentWrites {
  /** With `within`: the caller's write joins the upload's one transaction (both commit or neither). */
  upload(
    conferenceId: string,
    metadata: DocumentMetadata,
    file: UploadedFile,
    origin?: AuditOrigin,
    within?: WithUpload,
  ): Promise<StoredDocument>;
  addVersion(conferenceId: string, documentId: string, file: UploadedFile, origin?: AuditOrigin): Promise<StoredDocument>;
  update(
    conferenceId: string,
    documentId: string,
    patch: DocumentMetadataPatch,
    expectedRevision: number | undefined,
    origin?: AuditOrigin,
  ): Promise<StoredDocument>;
  remove(conferenceId: string, documentId: string, origin?: AuditOrigin): Promise<void>;
}

export interface DocumentWritesDeps {
  files: FileStore;
  pipeline: Pick<DocumentFilePipeline, 'inspect'>;
  now?: () => Date;
  events?: Pick<EventBus, 'publish'>;
}

/** The task closed by delivering its document: `done` unless it already is (or was cancelled). */
async function closeTask(trx: Executor, conferenceId: string, taskId: string | null, at: string) {
  if (!taskId) return null;
  const task = await trx
    .selectFrom('tasks')
    .select(['id', 'status'])
    .where('conference_id', '=', conferenceId)
    .where('id', '=', taskId)
    .executeTakeFirst();
  if (!task || task.status === 'done' || task.status === 'cancelled') return null;
  await trx.updateTable('tasks').set({ status: 'done' }).where('id', '=', taskId).execute();
  await bumpVersion(trx, conferenceId, undefined, at);
  return { id: taskId, statusBefore: task.status, statusAfter: 'done' };
}

const audited = (row: ConferenceDocumentRow) => ({
  title: row.title,
  kind: row.kind,
  audience: row.audience,
  audiencePointIds: JSON.parse(row.audience_point_ids) as string[],
  agendaItemId: row.agenda_item_id,
  taskId: row.task_id,
});

export function createDocumentWrites(database: Database, deps: DocumentWritesDeps): DocumentWrites {
  const { db } = database;
  const now = () => (deps.now ?? (() => new Date()))().toISOString();
  const changed = (conferenceId: string, documentIds: string[]) =>
    deps.events?.publish({ type: 'documents.changed', conferenceId, documentIds, opened: false });

  /** Sniffs (415 unless PDF, Word, Excel, PNG, JPEG; 413/422 past a limit) and stores the bytes; the version's file fields. */
  const store = async (file: UploadedFile) => {
    const kind = acceptedKind((await deps.pipeline.inspect(file.data)).kind);
    const hash = await deps.files.put(file.data);
    return {
      file_hash: hash,
      file_name: cleanUploadName(file.fileName, kind),
      media_type: DOCUMENT_MEDIA_TYPES[kind],
      size: file.data.length,
    };
  };

  const uploader = (origin: AuditOrigin) => ({
    uploaded_by_user_id: origin.actor.userId,
    uploaded_by_link_id: origin.actor.linkId,
    uploaded_by_label: origin.actor.label,
  });

  const audit = (trx: Executor, origin: AuditOrigin, action: string, conferenceId: string, id: string, before: unknown, after: unknown) =>
    recordAudit(trx, { ...origin, action, conferenceId, entityType: 'document', entityId: id, before, after }, now());

  const reload = async (executor: Executor, conferenceId: string, id: string) => {
    const row = await findConferenceDocument(executor, conferenceId, id);
    if (!row) throw documentNotFound();
    return documentOf(row, await listDocumentVersions(executor, [id]));
  };

  return {
    async upload(conferenceId, metadata, file, origin = SYSTEM_ORIGIN, within) {
      if (!(await findConferenceRow(db, conferenceId))) throw conferenceNotFound();
      await checkReferences(db, conferenceId, metadata);
      const stored = await store(file);
      const at = now();
      const row: ConferenceDocumentRow = {
        id: randomUUID(),
        conference_id: conferenceId,
        agenda_item_id: metadata.agendaItemId,
        task_id: metadata.taskId,
        title: metadata.title,
        kind: metadata.kind,
        audience: metadata.audience,
        audience_point_ids: JSON.stringify(metadata.audience === 'points' ? metadata.audiencePointIds : []),
        current_version: 1,
        revision: 1,
        created_at: at,
        updated_at: at,
        deleted_at: null,
      };
      const document = await db.transaction().execute(async (trx) => {
        await checkReferences(trx, conferenceId, metadata);
        await insertConferenceDocument(trx, row);
        await insertDocumentVersion(trx, {
          id: randomUUID(),
          document_id: row.id,
          conference_id: conferenceId,
          number: 1,
          ...stored,
          ...uploader(origin),
          uploaded_at: at,
        });
        const closedTask = await closeTask(trx, conferenceId, row.task_id, at);
        await audit(trx, origin, 'document.upload', conferenceId, row.id, null, { ...audited(row), version: 1, ...stored, closedTask });
        const uploaded = await reload(trx, conferenceId, row.id);
        await within?.(trx, uploaded);
        return uploaded;
      });
      changed(conferenceId, [row.id]);
      return document;
    },

    async addVersion(conferenceId, documentId, file, origin = SYSTEM_ORIGIN) {
      if (!(await findConferenceDocument(db, conferenceId, documentId))) throw documentNotFound();
      const stored = await store(file);
      const at = now();
      const document = await db.transaction().execute(async (trx) => {
        const current = await findConferenceDocument(trx, conferenceId, documentId);
        if (!current) throw documentNotFound();
        const number = Number(current.current_version) + 1;
        if (
          !(await updateConferenceDocument(trx, conferenceId, documentId, Number(current.revision), {
            current_version: number,
            updated_at: at,
          }))
        )
          throw documentConflict();
        await insertDocumentVersion(trx, {
          id: randomUUID(),
          document_id: documentId,
          conference_id: conferenceId,
          number,
          ...stored,
          ...uploader(origin),
          uploaded_at: at,
        });
        const closedTask = await closeTask(trx, conferenceId, current.task_id, at);
        await audit(
          trx,
          origin,
          'document.add_version',
          conferenceId,
          documentId,
          { version: number - 1 },
          { version: number, ...stored, closedTask },
        );
        return reload(trx, conferenceId, documentId);
      });
      changed(conferenceId, [documentId]);
      return document;
    },

    async update(conferenceId, documentId, patch, expectedRevision, origin = SYSTEM_ORIGIN) {
      const at = now();
      const document = await db.transaction().execute(async (trx) => {
        const current = await findConferenceDocument(trx, conferenceId, documentId);
        if (!current) throw documentNotFound();
        const revision = Number(current.revision);
        if (expectedRevision !== undefined && expectedRevision !== revision) throw documentConflict();
        const before = audited(current);
        const audience = patch.audience ?? before.audience;
        const merged = {
          ...before,
          ...patch,
          audience,
          audiencePointIds: audience === 'points' ? (patch.audiencePointIds ?? before.audiencePointIds) : [],
        };
        await checkReferences(trx, conferenceId, merged as DocumentMetadata);
        const values = {
          title: merged.title,
          kind: merged.kind,
          audience: merged.audience,
          audience_point_ids: JSON.stringify(merged.audiencePointIds),
          agenda_item_id: merged.agendaItemId,
          task_id: merged.taskId,
          updated_at: at,
        };
        if (!(await updateConferenceDocument(trx, conferenceId, documentId, revision, values))) throw documentConflict();
        // Linking a delivered document to its task delivers the task.
        const closedTask = merged.taskId !== before.taskId ? await closeTask(trx, conferenceId, merged.taskId, at) : null;
        const keys = (Object.keys(merged) as (keyof typeof merged)[]).filter(
          (key) => JSON.stringify(merged[key]) !== JSON.stringify(before[key]),
        );
        await audit(trx, origin, 'document.update', conferenceId, documentId, Object.fromEntries(keys.map((k) => [k, before[k]])), {
          ...Object.fromEntries(keys.map((k) => [k, merged[k]])),
          ...(closedTask ? { closedTask } : {}),
        });
        return reload(trx, conferenceId, documentId);
      });
      changed(conferenceId, [documentId]);
      return document;
    },

    async remove(conferenceId, documentId, origin = SYSTEM_ORIGIN) {
      const at = now();
      await db.transaction().execute(async (trx) => {
        const current = await findConferenceDocument(trx, conferenceId, documentId);
        if (!current) throw documentNotFound();
        if (!(await updateConferenceDocument(trx, conferenceId, documentId, Number(current.revision), { deleted_at: at, updated_at: at })))
          throw documentConflict();
        await audit(trx, origin, 'document.delete', conferenceId, documentId, audited(current), null);
      });
      changed(conferenceId, [documentId]);
    },
  };
}
