/**
 * The document pack ("Tài liệu Hội nghị"): one PDF for printing or sending, with a cover and a
 * table of contents, then each current document the caller may read, in agenda order (Word
 * and Excel converted to PDF once and kept; pictures on a page of their own). The cover is a
 * .docx in the Decree 30 set-up turned into PDF by the LibreOffice queue; counting pages and
 * putting the PDF together run in the rendering pool. The table of contents gives each
 * document's first page, so the cover's own length is measured and, if the guess was wrong,
 * the cover is made once more. The pack is kept in the file store as the rendition of its
 * manifest (what the cover says and the hash of every part), so asking again for the same
 * documents reads it back instead of making it again.
 */
import type { Conference } from '../../domain/conference.schema.js';
import { agendaLabels, firstPages, packOrder } from '../../domain/documents/document-pack.js';
import type { PackCover } from '../../documents/pack/pack-cover-docx.js';
import type { PackPart } from '../../documents/pack/pack-merge.js';
import type { TextContribution } from '../../documents/pack/contribution-docx.js';
import { contentHash, type FileStore } from '../../storage/files/file-store.js';
import { kindOfMediaType } from './document-files.js';
import type { DocumentReads } from './document-reads.js';
import type { StoredDocument } from './document-rows.js';

/** A written contribution submitted as text (one with a file is in the pack as its document). */
export interface PackContribution extends TextContribution {
  agendaItemId: string | null;
}

export interface PackRenderer {
  renderCoverDocx(cover: PackCover): Promise<Buffer>;
  renderContributionDocx(contribution: TextContribution): Promise<Buffer>;
  docxToPdf(docx: Buffer): Promise<Buffer>;
  countPackPages(parts: readonly PackPart[]): Promise<number[]>;
  mergePack(cover: Uint8Array, parts: readonly PackPart[], title: string): Promise<Buffer>;
}

export const defaultPackRenderer: PackRenderer = {
  renderCoverDocx: async (cover) => (await import('../../documents/pack/pack-cover-docx.js')).renderPackCoverDocx(cover),
  renderContributionDocx: async (contribution) =>
    (await import('../../documents/pack/contribution-docx.js')).renderContributionDocx(contribution),
  docxToPdf: async (docx) => (await import('../../documents/pdf.js')).convertDocxToPdf(docx),
  countPackPages: async (parts) => (await import('../../workers/file-pool.js')).filePool().countPackPages(parts),
  mergePack: async (cover, parts, title) => (await import('../../workers/file-pool.js')).filePool().mergePack(cover, parts, title),
};

type PackConference = Pick<Conference, 'id' | 'title' | 'governingBody' | 'issuingBody' | 'startsAt' | 'sessions' | 'agendaItems'>;

/** A contribution's PDF, made once: kept as the rendition of its text in the store. */
const contributionPdf = async (contribution: TextContribution, renderer: PackRenderer, files: FileStore): Promise<Buffer> => {
  const key = await files.put(Buffer.from(JSON.stringify({ contribution: 1, ...contribution })));
  const kept = await files.getRendition(key, 'pdf');
  if (kept) return kept;
  const pdf = await renderer.docxToPdf(await renderer.renderContributionDocx(contribution));
  await files.putRendition(key, 'pdf', pdf);
  return pdf;
};

type PackEntrySource = { id: string; title: string; agendaItemId: string | null; createdAt: string } & (
  { document: StoredDocument } | { contribution: PackContribution }
);

/** The pack of the documents given (those the caller may read) and of the contributions sent as text, or of none: a cover that says so. */
export async function buildDocumentPack(
  conference: PackConference,
  documents: readonly StoredDocument[],
  reads: Pick<DocumentReads, 'open' | 'openPdf'>,
  renderer: PackRenderer,
  files: FileStore,
  contributions: readonly PackContribution[] = [],
): Promise<Buffer> {
  const sources: PackEntrySource[] = [
    ...documents.map((document) => ({
      id: document.id,
      title: document.title,
      agendaItemId: document.agendaItemId,
      createdAt: document.createdAt,
      document,
    })),
    // After the documents of their slot (a later time than any upload).
    ...contributions.map((contribution, i) => ({
      id: `contribution-${String(i).padStart(6, '0')}`,
      title: `Tham luận của ${contribution.bodyName}${contribution.title.trim() ? `: ${contribution.title.trim()}` : ''}`,
      agendaItemId: contribution.agendaItemId,
      createdAt: '~',
      contribution,
    })),
  ];
  const ordered = packOrder(conference.agendaItems, sources);
  const parts: PackPart[] = [];
  for (const source of ordered) {
    if ('contribution' in source) {
      parts.push({ kind: 'pdf', data: await contributionPdf(source.contribution, renderer, files), title: source.title });
      continue;
    }
    const { document } = source;
    const current = document.versions.find((v) => v.number === document.currentVersion);
    const kind = current ? kindOfMediaType(current.mediaType) : null;
    if (kind === 'png' || kind === 'jpeg') {
      parts.push({ kind, data: (await reads.open(conference.id, document.id, 'current', null)).data, title: source.title });
    } else {
      parts.push({ kind: 'pdf', data: (await reads.openPdf(conference.id, document.id, 'current', null)).data, title: source.title });
    }
  }
  const labels = agendaLabels(conference.agendaItems);
  const manifest = Buffer.from(
    JSON.stringify({
      pack: 1,
      governingBody: conference.governingBody,
      issuingBody: conference.issuingBody,
      title: conference.title,
      time: { startsAt: conference.startsAt, sessions: conference.sessions },
      parts: ordered.map((document, i) => ({
        title: document.title,
        label: document.agendaItemId ? (labels.get(document.agendaItemId) ?? '') : '',
        kind: parts[i]!.kind,
        hash: contentHash(parts[i]!.data),
      })),
    }),
  );
  const manifestHash = await files.put(manifest);
  const kept = await files.getRendition(manifestHash, 'pdf');
  if (kept) return kept;
  const counts = await renderer.countPackPages(parts);
  const coverFor = (coverPages: number): PackCover => {
    const starts = firstPages(coverPages, counts);
    return {
      governingBody: conference.governingBody,
      issuingBody: conference.issuingBody,
      conferenceTitle: conference.title,
      time: { startsAt: conference.startsAt, sessions: conference.sessions },
      entries: ordered.map((document, i) => ({
        title: document.title,
        agendaLabel: document.agendaItemId ? (labels.get(document.agendaItemId) ?? '') : '',
        firstPage: starts[i]!,
      })),
    };
  };
  // A cover page and, for up to about twenty documents, one page of contents.
  let guess = 2;
  let cover = await renderer.docxToPdf(await renderer.renderCoverDocx(coverFor(guess)));
  const [actual] = await renderer.countPackPages([{ kind: 'pdf', data: cover, title: 'Tài liệu Hội nghị' }]);
  if (actual !== undefined && actual !== guess) {
    guess = actual;
    cover = await renderer.docxToPdf(await renderer.renderCoverDocx(coverFor(guess)));
  }
  const pack = await renderer.mergePack(cover, parts, `Tài liệu Hội nghị – ${conference.title}`);
  await files.putRendition(manifestHash, 'pdf', pack);
  return pack;
}
