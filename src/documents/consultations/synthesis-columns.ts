/**
 * The columns of the synthesis table ("Bảng tổng hợp, tiếp thu, giải trình ý kiến góp ý"),
 * shared by the .docx and the .xlsx: STT, the body that commented, the part of the draft, the
 * comment, the drafting agency's answer. Widths fill the 252 mm of an A4 landscape page.
 */
import type { SynthesisRow } from '../../domain/consultations/consultation-rules.js';

export interface SynthesisColumn {
  header: string;
  docxMm: number;
  xlsxChars: number;
  centre?: boolean;
  value: (row: SynthesisRow) => string | number;
}

export const SYNTHESIS_COLUMNS: readonly SynthesisColumn[] = [
  { header: 'STT', docxMm: 12, xlsxChars: 6, centre: true, value: (row) => row.number },
  { header: 'Cơ quan, đơn vị góp ý', docxMm: 45, xlsxChars: 26, value: (row) => row.body },
  { header: 'Điều, khoản, mục của dự thảo', docxMm: 35, xlsxChars: 20, value: (row) => row.part },
  { header: 'Nội dung góp ý', docxMm: 80, xlsxChars: 50, value: (row) => row.comment },
  { header: 'Ý kiến tiếp thu, giải trình của cơ quan chủ trì soạn thảo', docxMm: 80, xlsxChars: 50, value: (row) => row.answer },
];

export const SYNTHESIS_TITLE = 'BẢNG TỔNG HỢP, TIẾP THU, GIẢI TRÌNH Ý KIẾN GÓP Ý';

/** "đối với dự thảo …": the draft's title as the second line of the heading. */
export const subjectLine = (draftTitle: string): string => {
  const title = draftTitle.trim();
  return /^(đối với|về)\s/i.test(title) ? title : `đối với ${title}`;
};
