/**
 * The conclusion notice as a Decree 30/2020 Thông báo (.docx): the Office's header (`VĂN PHÒNG`
 * under `UBND TỈNH …`, `Số: …/TB-VPUBND`, place and date), `THÔNG BÁO` and the subject, the
 * preamble from the record, the numbered conclusions (each with its lead and co-operating
 * agencies, its task and its deadline when given), the closing ending `./.`, then `Nơi nhận:`
 * and the signature (commonly `TL. CHỦ TỊCH` / `CHÁNH VĂN PHÒNG`). What the secretariat has not
 * filled yet is printed as a visible flag, never a guess: `(CHƯA CÓ CƠ QUAN BAN HÀNH)` in the
 * header, a blank in the symbol, `(Chưa có người ký)` under the signature (signature.ts); issuing
 * refuses such a notice (domain/conclusions/notice-requirements.ts).
 */
import { Document, Packer, Paragraph } from 'docx';
import type { ConclusionInput, NoticePatch } from '../../domain/conclusions/conclusion.schema.js';
import type { Conference, DistributionLine } from '../../domain/conference.schema.js';
import { parseDate, shortDateVi } from '../../domain/vietnamese-dates.js';
import { decree30Section } from '../decree30-page.js';
import { headerTable, titleBlock } from '../header.js';
import { footTable } from '../signature.js';
import { documentStyles, run, SIZE, STYLE_IDS } from '../styles.js';

export type NoticeFields = Required<Omit<NoticePatch, 'recipients'>>;

/** Printed in the header while the notice has no issuing body. */
export const NO_ISSUER_TEXT = '(Chưa có cơ quan ban hành)';
/** Printed in the symbol while it is not given: `Số: …/TB-……`. */
export const NO_SYMBOL_TEXT = '……';

export interface NoticeDocument {
  conference: Conference;
  notice: NoticeFields;
  conclusions: readonly ConclusionInput[];
}

const paragraph = (text: string, options: { bold?: boolean; italics?: boolean } = {}) =>
  new Paragraph({ style: STYLE_IDS.body, children: [run(text, options)] });

/** `Giao Sở Nội vụ chủ trì, phối hợp với Sở Tài chính …; thời hạn: 30/7/2021.` from what the conclusion names. */
export const conclusionTaskLine = (conclusion: ConclusionInput): string | null => {
  const lead = conclusion.leadAgency.trim();
  const task = conclusion.taskText.trim();
  if (!lead && !task && conclusion.deadline === null) return null;
  const cooperating = conclusion.cooperatingAgencies.map((a) => a.trim()).filter(Boolean);
  const who = lead ? `Giao ${lead} chủ trì${cooperating.length > 0 ? `, phối hợp với ${cooperating.join(', ')}` : ''}` : '';
  const bare = task.replace(/[.;]$/, '');
  const what = !bare
    ? ''
    : who
      ? ` ${bare.charAt(0).toLocaleLowerCase('vi')}${bare.slice(1)}`
      : `${bare.charAt(0).toLocaleUpperCase('vi')}${bare.slice(1)}`;
  const deadline = conclusion.deadline ? `thời hạn hoàn thành: ${shortDateVi(parseDate(conclusion.deadline))}` : '';
  const head = `${who}${what}`;
  return `${head ? `${head}${deadline ? `; ${deadline}` : ''}` : `${deadline.charAt(0).toLocaleUpperCase('vi')}${deadline.slice(1)}`}.`;
};

const conclusionParagraphs = (conclusion: ConclusionInput, index: number): Paragraph[] => {
  const task = conclusionTaskLine(conclusion);
  const [first, ...rest] = conclusion.text.trim().split(/\n+/);
  return [paragraph(`${index + 1}. ${first ?? ''}`), ...rest.map((line) => paragraph(line.trim())), ...(task ? [paragraph(task)] : [])];
};

export const buildNoticeDocument = (doc: NoticeDocument): Document => {
  const { notice } = doc;
  const distribution: DistributionLine[] = notice.distribution.map((text, position) => ({ id: `d${position}`, position, text }));
  const head: Conference = {
    ...doc.conference,
    issuerKind: 'state',
    documentType: 'TB',
    governingBody: notice.governingBody,
    issuingBody: notice.issuingBody.trim() || NO_ISSUER_TEXT,
    documentNumber: notice.documentNumber,
    documentSymbol: notice.documentSymbol.trim() || NO_SYMBOL_TEXT,
    place: notice.place,
    issueDate: notice.issueDate,
    title: notice.subject,
    distribution,
    signerAuthority: notice.signerAuthority,
    signerBody: notice.signerBody,
    signerTitle: notice.signerTitle,
    signerName: notice.signerName,
  };
  return new Document({
    creator: notice.issuingBody.replace(/\n/g, ' '),
    title: `THÔNG BÁO ${notice.subject}`.trim(),
    description: 'Thông báo kết luận (Nghị định 30/2020/NĐ-CP)',
    styles: documentStyles(),
    sections: [
      decree30Section(
        'portrait',
        [
          headerTable(head),
          ...titleBlock(head),
          ...notice.preamble
            .split(/\n+/)
            .map((line) => line.trim())
            .filter(Boolean)
            .map((line) => paragraph(line)),
          ...doc.conclusions.flatMap(conclusionParagraphs),
          ...(notice.closing.trim() ? [paragraph(notice.closing.trim())] : []),
          new Paragraph({ style: STYLE_IDS.compact, spacing: { after: 120 }, children: [] }),
          footTable(head),
        ],
        SIZE.pt14,
      ),
    ],
  });
};

export const renderNoticeDocx = async (doc: NoticeDocument): Promise<Buffer> => Packer.toBuffer(buildNoticeDocument(doc));
