/**
 * Test files of the conference documents, made here: a small valid PDF (one page with a line
 * of text, its cross-reference table computed), and a file pipeline that sniffs in this thread
 * (the real sniffer and limits, without the pool) and "converts" by making a PDF.
 */
import { sniffFile } from '../../workers/file-guard.js';
import { DEFAULT_FILE_LIMITS } from '../../workers/file-limits.js';
import type { DocumentFilePipeline } from './document-files.js';

/** A one-page PDF whose page shows `text` (ASCII), with a correct xref table. */
export function tinyPdf(text = 'Bao cao'): Buffer {
  const stream = `BT /F1 24 Tf 72 720 Td (${text.replace(/[()\\]/g, '')}) Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, index) => {
    offsets.push(Buffer.byteLength(body));
    body += `${index + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = Buffer.byteLength(body);
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

/** Sniffs like the pool (without inflating) and counts the conversions it makes. */
export const testPipeline = (): DocumentFilePipeline & { conversions: number } => {
  const pipeline = {
    conversions: 0,
    inspect: async (data: Uint8Array) => ({ kind: sniffFile(data, DEFAULT_FILE_LIMITS).kind }),
    convertToPdf: async (_data: Buffer, kind: 'docx' | 'xlsx') => {
      pipeline.conversions += 1;
      return tinyPdf(`converted ${kind}`);
    },
  };
  return pipeline;
};
