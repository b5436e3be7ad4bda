/**
 * Reading the conference documents: the list (a page, then what the caller may read), one
 * document, a version's bytes or its PDF (a Word or Excel file converted once and kept), each
 * opening recorded as a read receipt (who, which version, first and last, how often), and the
 * organizer's report of the receipts per delegate and per bridge point.
 */
import type { DocumentReader, DocumentReadReport } from '../../domain/documents/conference-document.schema.js';
import type { EventBus } from '../../realtime/event-bus.js';
import type { Database } from '../../storage/database.js';
import type { FileStore } from '../../storage/files/file-store.js';
import {
  conferenceDocumentKeys,
  findConferenceDocument,
  findDocumentVersion,
  listConferenceDocuments,
  listDocumentReadReceipts,
  listDocumentVersions,
  recordDocumentRead,
} from '../../storage/repositories/conference-document-repository.js';
import type { ConferenceDocumentVersionRow } from '../../storage/tables.js';
import { decodeCursor, pageLimit, pageOf, type Page, type PageRequest } from '../paging.js';
import { pdfOf, type DocumentFilePipeline } from './document-files.js';
import { documentNotFound, documentOf, versionNotFound, type StoredDocument } from './document-rows.js';

/** Who opens a document, for the receipt: a user or a link, the delegate a personal link answers for, the hall. */
export interface DocumentReaderIdentity {
  kind: 'user' | 'link';
  id: string;
  label: string;
  delegateId: string | null;
  bridgePointId: string | null;
}

export interface OpenedVersion {
  version: ConferenceDocumentVersionRow;
  data: Buffer;
}

export interface DocumentReads {
  /** A page of the documents (oldest first), keeping those `readable` lets through. */
  list(conferenceId: string, request: PageRequest, readable: (document: StoredDocument) => boolean): Promise<Page<StoredDocument>>;
  /** Every current document, for the pack. */
  all(conferenceId: string): Promise<StoredDocument[]>;
  get(conferenceId: string, documentId: string): Promise<StoredDocument>;
  /** The bytes of a version ('current': the newest), with a receipt when a reader is given. */
  open(conferenceId: string, documentId: string, number: number | 'current', reader: DocumentReaderIdentity | null): Promise<OpenedVersion>;
  /** The version as PDF (converted once when it is Word or Excel), with a receipt when a reader is given. */
  openPdf(
    conferenceId: string,
    documentId: string,
    number: number | 'current',
    reader: DocumentReaderIdentity | null,
  ): Promise<OpenedVersion>;
  readReport(conferenceId: string): Promise<DocumentReadReport>;
}

export interface DocumentReadsDeps {
  files: FileStore;
  pipeline: Pick<DocumentFilePipeline, 'convertToPdf'>;
  now?: () => Date;
  events?: Pick<EventBus, 'publish'>;
}

const missingFile = () => versionNotFound();

export function createDocumentReads(database: Database, deps: DocumentReadsDeps): DocumentReads {
  const { db } = database;
  const now = () => (deps.now ?? (() => new Date()))().toISOString();
  /** One conversion per original at a time in this process: a second viewer waits for the first. */
  const converting = new Map<string, Promise<Buffer | null>>();

  const versionFor = async (conferenceId: string, documentId: string, number: number | 'current') => {
    const document = await findConferenceDocument(db, conferenceId, documentId);
    if (!document) throw documentNotFound();
    const version = await findDocumentVersion(db, documentId, number === 'current' ? Number(document.current_version) : number);
    if (!version) throw versionNotFound();
    return version;
  };

  const receipt = async (version: ConferenceDocumentVersionRow, reader: DocumentReaderIdentity | null) => {
    if (!reader) return;
    let bridgePointId = reader.bridgePointId;
    if (bridgePointId === null && reader.delegateId !== null) {
      const delegate = await db.selectFrom('delegates').select('bridge_point_id').where('id', '=', reader.delegateId).executeTakeFirst();
      bridgePointId = delegate?.bridge_point_id ?? null;
    }
    await recordDocumentRead(
      db,
      {
        version_id: version.id,
        reader_key: `${reader.kind}:${reader.id}`,
        document_id: version.document_id,
        conference_id: version.conference_id,
        user_id: reader.kind === 'user' ? reader.id : null,
        link_id: reader.kind === 'link' ? reader.id : null,
        delegate_id: reader.delegateId,
        bridge_point_id: bridgePointId,
        reader_label: reader.label,
      },
      now(),
    );
    deps.events?.publish({
      type: 'documents.changed',
      conferenceId: version.conference_id,
      documentIds: [version.document_id],
      opened: true,
    });
  };

  const withVersions = async (rows: Awaited<ReturnType<typeof listConferenceDocuments>>) => {
    const versions = await listDocumentVersions(
      db,
      rows.map((row) => row.id),
    );
    return rows.map((row) => documentOf(row, versions));
  };

  return {
    async list(conferenceId, request, readable) {
      const limit = pageLimit(request);
      const rows = await listConferenceDocuments(db, conferenceId, { limit: limit + 1, after: decodeCursor(request.cursor, 2) });
      const page = pageOf(rows, limit, conferenceDocumentKeys, (row) => row);
      const documents = await withVersions(page.items);
      return { items: documents.filter(readable), nextCursor: page.nextCursor };
    },

    all: async (conferenceId) => withVersions(await listConferenceDocuments(db, conferenceId)),

    async get(conferenceId, documentId) {
      const row = await findConferenceDocument(db, conferenceId, documentId);
      if (!row) throw documentNotFound();
      return documentOf(row, await listDocumentVersions(db, [documentId]));
    },

    async open(conferenceId, documentId, number, reader) {
      const version = await versionFor(conferenceId, documentId, number);
      const data = await deps.files.get(version.file_hash);
      if (!data) throw missingFile();
      await receipt(version, reader);
      return { version, data };
    },

    async openPdf(conferenceId, documentId, number, reader) {
      const version = await versionFor(conferenceId, documentId, number);
      let pending = converting.get(version.file_hash);
      if (!pending) {
        pending = pdfOf(deps.files, deps.pipeline, version).finally(() => converting.delete(version.file_hash));
        converting.set(version.file_hash, pending);
      }
      const data = await pending;
      if (!data) throw missingFile();
      await receipt(version, reader);
      return { version, data };
    },

    async readReport(conferenceId) {
      const receipts = await listDocumentReadReceipts(db, conferenceId);
      const documents = await listConferenceDocuments(db, conferenceId);
      const versions = await listDocumentVersions(
        db,
        documents.map((d) => d.id),
      );
      const numberOf = new Map(versions.map((v) => [v.id, Number(v.number)]));
      const readers = new Map<string, DocumentReader>();
      for (const r of receipts) {
        const key = `${r.document_id}|${r.reader_key}`;
        const seen = readers.get(key);
        const number = numberOf.get(r.version_id);
        if (!seen) {
          readers.set(key, {
            documentId: r.document_id,
            readerKind: r.user_id !== null ? 'user' : 'link',
            readerLabel: r.reader_label,
            delegateId: r.delegate_id,
            bridgePointId: r.bridge_point_id,
            versionsOpened: number === undefined ? [] : [number],
            firstOpenedAt: r.first_opened_at,
            lastOpenedAt: r.last_opened_at,
            openCount: Number(r.open_count),
          });
          continue;
        }
        if (number !== undefined && !seen.versionsOpened.includes(number)) seen.versionsOpened.push(number);
        seen.versionsOpened.sort((a, b) => a - b);
        if (r.first_opened_at < seen.firstOpenedAt) seen.firstOpenedAt = r.first_opened_at;
        if (r.last_opened_at > seen.lastOpenedAt) seen.lastOpenedAt = r.last_opened_at;
        seen.openCount += Number(r.open_count);
      }
      const all = [...readers.values()];
      return {
        readers: all,
        documents: documents.map((document) => {
          const of = all.filter((reader) => reader.documentId === document.id);
          const points = new Map<string, number>();
          for (const reader of of) if (reader.bridgePointId) points.set(reader.bridgePointId, (points.get(reader.bridgePointId) ?? 0) + 1);
          return {
            documentId: document.id,
            title: document.title,
            readers: of.length,
            delegates: new Set(of.map((reader) => reader.delegateId).filter((id) => id !== null)).size,
            points: [...points].map(([bridgePointId, count]) => ({ bridgePointId, readers: count })),
          };
        }),
      };
    },
  };
}
