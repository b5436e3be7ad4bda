import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { buildSynthesisTable, type SynthesisDocument } from '../../domain/consultations/consultation-rules.js';
import { attr, findParagraph, readDocxParts, tablesOf, textOf } from '../fixtures/docx-parts.js';
import { mm } from '../styles.js';
import { renderSynthesisDocx } from './synthesis-docx.js';
import { renderSynthesisXlsx, SYNTHESIS_SHEET } from './synthesis-xlsx.js';

const bodies = [
  { id: 'b1', name: 'UBND huyện Châu Thành', position: 0, answer: 'agreed' as const },
  { id: 'b2', name: 'UBND huyện Hồng Ngự', position: 1, answer: 'commented' as const },
  { id: 'b3', name: 'UBND thành phố Sa Đéc', position: 2, answer: null },
];
const comments = [
  {
    id: 'c1',
    bodyId: 'b2',
    position: 1,
    part: 'khoản 2 Điều 5',
    text: 'Đề nghị bổ sung thời hạn báo cáo.',
    response: 'accepted' as const,
    responseText: 'Đã bổ sung tại khoản 2 Điều 5.',
  },
  { id: 'c2', bodyId: 'b2', position: 0, part: '', text: 'Thống nhất về bố cục.', response: null, responseText: '' },
];
const document = (today: string): SynthesisDocument => ({
  draftingAgency: 'SỞ NỘI VỤ',
  governingBody: 'ỦY BAN NHÂN DÂN\nTỈNH ĐỒNG THÁP',
  draftTitle: 'dự thảo Quyết định ban hành Kế hoạch thực hiện các mô hình CCHC giai đoạn 2021 - 2026',
  conferenceTitle: 'Hội nghị trực tuyến',
  deadline: '2021-06-30',
  table: buildSynthesisTable(bodies, comments, '2021-06-30', today),
});

describe('the synthesis table (Bảng tổng hợp, tiếp thu, giải trình ý kiến góp ý)', () => {
  it('.docx: A4 landscape, Times New Roman, the title, the counts, and one row per comment in the order of the draft', async () => {
    const parts = await readDocxParts(await renderSynthesisDocx(document('2021-07-01')));
    expect(attr(parts.document, 'w:pgSz', 'w:w')).toBe(String(mm(297)));
    expect(attr(parts.document, 'w:pgSz', 'w:orient')).toBe('landscape');
    expect(parts.styles).toContain('Times New Roman');
    expect(findParagraph(parts.document, 'BẢNG TỔNG HỢP, TIẾP THU, GIẢI TRÌNH Ý KIẾN GÓP Ý')).toBeDefined();
    expect(findParagraph(parts.document, /^đối với dự thảo Quyết định/)).toBeDefined();
    expect(textOf(parts.document)).toContain('Thống nhất với dự thảo, không có ý kiến khác: UBND huyện Châu Thành.');
    expect(textOf(parts.document)).toContain('(được coi như thống nhất): UBND thành phố Sa Đéc.');
    const [headerTable, table] = tablesOf(parts.document);
    expect(headerTable!.rows[0]!.cells.join(' ')).toContain('SỞ NỘI VỤ');
    expect(table!.rows.map((row) => row.cells)).toEqual([
      [
        'STT',
        'Cơ quan, đơn vị góp ý',
        'Điều, khoản, mục của dự thảo',
        'Nội dung góp ý',
        'Ý kiến tiếp thu, giải trình của cơ quan chủ trì soạn thảo',
      ],
      ['1', 'UBND huyện Hồng Ngự', 'Toàn văn dự thảo', 'Thống nhất về bố cục.', ''],
      ['2', 'UBND huyện Hồng Ngự', 'khoản 2 Điều 5', 'Đề nghị bổ sung thời hạn báo cáo.', 'Tiếp thu: Đã bổ sung tại khoản 2 Điều 5.'],
    ]);
    expect(table!.rows[0]!.xml).toContain('<w:tblHeader');
  });

  it('.docx: before the deadline the silent body is still waiting, not counted as agreeing', async () => {
    const parts = await readDocxParts(await renderSynthesisDocx(document('2021-06-30')));
    expect(textOf(parts.document)).toContain('Chưa trả lời, còn trong thời hạn: UBND thành phố Sa Đéc.');
    expect(textOf(parts.document)).not.toContain('được coi như thống nhất');
  });

  it('.xlsx: the same rows under the same header, landscape, the header row repeated when printed', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await renderSynthesisXlsx(document('2021-07-01'))) as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet(SYNTHESIS_SHEET)!;
    const values: unknown[][] = [];
    let header = 0;
    sheet.eachRow((row) => {
      if (row.getCell(1).value === 'STT') header = row.number;
      else if (header > 0) values.push((row.values as unknown[]).slice(1));
    });
    expect(values).toEqual([
      [1, 'UBND huyện Hồng Ngự', 'Toàn văn dự thảo', 'Thống nhất về bố cục.', ''],
      [2, 'UBND huyện Hồng Ngự', 'khoản 2 Điều 5', 'Đề nghị bổ sung thời hạn báo cáo.', 'Tiếp thu: Đã bổ sung tại khoản 2 Điều 5.'],
    ]);
    expect(sheet.pageSetup.orientation).toBe('landscape');
    expect(sheet.pageSetup.printTitlesRow).toBe(`${header}:${header}`);
  });
});
