/** The conference documents (issue 16 item 1): writes and reads over one file store and file pipeline. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { EventBus } from '../../realtime/event-bus.js';
import type { Database } from '../../storage/database.js';
import type { FileStore } from '../../storage/files/file-store.js';
import { createLocalFileStore } from '../../storage/files/local-file-store.js';
import type { DocumentFilePipeline } from './document-files.js';
import { createDocumentReads, type DocumentReads } from './document-reads.js';
import { createDocumentWrites, type DocumentWrites } from './document-writes.js';
import { buildDocumentPack, defaultPackRenderer, type PackRenderer } from './document-pack.js';
import type { StoredDocument } from './document-rows.js';
import { listPackContributions } from '../../storage/repositories/contribution-repository.js';

export type ConferenceDocumentService = DocumentWrites &
  DocumentReads & {
    readonly files: FileStore;
    /**
     * "Tài liệu Hội nghị": one PDF of the current documents that `readable` lets through and, with
     * `withContributions`, the contributions received as text (document-pack.ts).
     */
    pack(
      conference: Parameters<typeof buildDocumentPack>[0],
      readable: (document: StoredDocument) => boolean,
      options?: { withContributions?: boolean },
    ): Promise<Buffer>;
  };

export interface ConferenceDocumentDeps {
  /** Where the bytes go: the server passes DATA_DIR/files (server/start.ts); without one, a fresh temporary folder (tests, tools). */
  files?: FileStore;
  /** Sniffing and conversion: the file pool and the LibreOffice queue by default. */
  pipeline?: DocumentFilePipeline;
  /** The pack's cover, its conversion and its putting together (default: docx, LibreOffice, the rendering pool). */
  packRenderer?: PackRenderer;
  now?: () => Date;
  events?: Pick<EventBus, 'publish'>;
}

/** The file pool's `inspect` (upload limits of a document) and the LibreOffice queue, loaded when first used. */
export const defaultDocumentPipeline: DocumentFilePipeline = {
  inspect: async (data) => (await import('../../workers/file-pool.js')).filePool().inspect(data, 'docx'),
  convertToPdf: async (data, kind) => (await import('../../documents/pdf.js')).convertDocxToPdf(data, { kind }),
};

export function createConferenceDocumentService(database: Database, deps: ConferenceDocumentDeps = {}): ConferenceDocumentService {
  const files = deps.files ?? createLocalFileStore(join(mkdtempSync(join(tmpdir(), 'diemcau-files-')), 'files'));
  const pipeline = deps.pipeline ?? defaultDocumentPipeline;
  const common = { files, ...(deps.now ? { now: deps.now } : {}), ...(deps.events ? { events: deps.events } : {}) };
  const reads = createDocumentReads(database, { ...common, pipeline });
  return {
    ...createDocumentWrites(database, { ...common, pipeline }),
    ...reads,
    files,
    pack: async (conference, readable, options = {}) => {
      // A contribution sent as a file is in the pack as its document; one sent as text, here.
      const contributions = options.withContributions
        ? (await listPackContributions(database.db, conference.id))
            .filter((row) => row.document_id === null && row.text.trim() !== '')
            .map((row) => ({ agendaItemId: row.agenda_item_id, bodyName: row.body_name, title: row.title, text: row.text }))
        : [];
      const documents = (await reads.all(conference.id)).filter(readable);
      return buildDocumentPack(conference, documents, reads, deps.packRenderer ?? defaultPackRenderer, files, contributions);
    },
  };
}

export type { StoredDocument } from './document-rows.js';
export type { DocumentReaderIdentity } from './document-reads.js';
export type { UploadedFile } from './document-writes.js';
