/**
 * The document pack put together: the cover pages, then each document's pages (a PDF copied
 * page by page, a picture placed on an A4 page of its own, scaled to fit the margins). Runs in
 * the rendering pool (src/workers/file-tasks.ts), off the event loop. @cantoo/pdf-lib: the
 * maintained fork of pdf-lib (pdf-lib's last release is from 2021), pure JavaScript, no native
 * code, reads and writes PDFs without fonts of its own.
 */
import { PDFDocument } from '@cantoo/pdf-lib';
import { DomainError } from '../../domain/errors.js';

export interface PackPart {
  kind: 'pdf' | 'png' | 'jpeg';
  data: Uint8Array;
  /** Named in a refusal. */
  title: string;
}

/** A4 in points, and the margins of a picture on its page. */
const A4 = { width: 595.28, height: 841.89 } as const;
const MARGIN = 56.7;

const unreadable = (title: string) =>
  new DomainError(422, 'document.pack_unreadable', {
    vi: `Không đọc được tệp PDF của tài liệu "${title}" để đưa vào bộ tài liệu; hãy tải lên lại tài liệu này.`,
    en: `The PDF of the document "${title}" cannot be read to put it into the pack; upload that document again.`,
  });

const load = async (part: Pick<PackPart, 'data' | 'title'>) => {
  try {
    return await PDFDocument.load(part.data, { ignoreEncryption: true, updateMetadata: false });
  } catch {
    throw unreadable(part.title);
  }
};

/** The pages of each part (a picture: one). */
export const countPages = async (parts: readonly PackPart[]): Promise<number[]> => {
  const counts: number[] = [];
  for (const part of parts) counts.push(part.kind === 'pdf' ? (await load(part)).getPageCount() : 1);
  return counts;
};

/** One PDF: the cover's pages, then every part's. */
export const mergePack = async (cover: Uint8Array, parts: readonly PackPart[], title: string): Promise<Uint8Array> => {
  const pack = await PDFDocument.create();
  pack.setTitle(title);
  pack.setCreator('diemcau');
  for (const part of [{ kind: 'pdf' as const, data: cover, title }, ...parts]) {
    if (part.kind === 'pdf') {
      const source = await load(part);
      for (const page of await pack.copyPages(source, source.getPageIndices())) pack.addPage(page);
      continue;
    }
    let image;
    try {
      image = part.kind === 'png' ? await pack.embedPng(part.data) : await pack.embedJpg(part.data);
    } catch {
      throw unreadable(part.title);
    }
    const page = pack.addPage([A4.width, A4.height]);
    const scale = Math.min((A4.width - 2 * MARGIN) / image.width, (A4.height - 2 * MARGIN) / image.height, 1);
    const width = image.width * scale;
    const height = image.height * scale;
    page.drawImage(image, { x: (A4.width - width) / 2, y: A4.height - MARGIN - height, width, height });
  }
  return pack.save();
};
