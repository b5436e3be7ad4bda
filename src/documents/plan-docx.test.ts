import { beforeAll, describe, expect, it } from 'vitest';
import { attr, findParagraph, paragraphsOf, readDocxParts, tablesOf, type DocxParts } from './fixtures/docx-parts.js';
import { seedConference, seedId } from './fixtures/seed-conference.js';
import { renderPlanDocx } from './plan-docx.js';

/** The value of w:sz of the runs of a paragraph (all runs share one size in these documents). */
const sizes = (xml: string) => [...new Set([...xml.matchAll(/<w:sz w:val="(\d+)"\/>/g)].map((m) => Number(m[1])))];
const isBold = (xml: string) => /<w:b\/>/.test(xml);
const isItalic = (xml: string) => /<w:i\/>/.test(xml);

const renderParts = async (patch: Partial<ReturnType<typeof seedConference>>) =>
  readDocxParts(await renderPlanDocx({ ...seedConference(), ...patch }));

let parts: DocxParts;
beforeAll(async () => {
  parts = await readDocxParts(await renderPlanDocx(seedConference()));
});

describe('page and fonts', () => {
  it('is A4 portrait with the decree margins in twips', () => {
    const { document } = parts;
    expect(attr(document, 'w:pgSz', 'w:w')).toBe('11906');
    expect(attr(document, 'w:pgSz', 'w:h')).toBe('16838');
    expect(attr(document, 'w:pgSz', 'w:orient')).toBe('portrait');
    expect(attr(document, 'w:pgMar', 'w:top')).toBe('1134');
    expect(attr(document, 'w:pgMar', 'w:bottom')).toBe('1134');
    expect(attr(document, 'w:pgMar', 'w:left')).toBe('1701');
    expect(attr(document, 'w:pgMar', 'w:right')).toBe('850');
  });

  it('sets Times New Roman for every script, 14 pt, black, in the document defaults', () => {
    const defaults = /<w:rPrDefault>(.*?)<\/w:rPrDefault>/s.exec(parts.styles)?.[1] ?? '';
    for (const script of ['ascii', 'hAnsi', 'eastAsia', 'cs']) expect(attr(defaults, 'w:rFonts', `w:${script}`)).toBe('Times New Roman');
    expect(attr(defaults, 'w:sz', 'w:val')).toBe('28');
    expect(attr(defaults, 'w:color', 'w:val')).toBe('000000');
  });

  it('names no other font anywhere in the document', () => {
    const fonts = new Set([...parts.document.matchAll(/w:(?:ascii|hAnsi|eastAsia|cs)="([^"]+)"/g)].map((m) => m[1]));
    expect([...fonts]).toEqual(['Times New Roman']);
  });

  it('defines the body style: justified, first-line indent 1.27 cm, 6 pt after, line spacing within 1 to 1.5', () => {
    const body = /<w:style [^>]*w:styleId="PlanBody".*?<\/w:style>/s.exec(parts.styles)?.[0] ?? '';
    expect(attr(body, 'w:jc', 'w:val')).toBe('both');
    expect(attr(body, 'w:ind', 'w:firstLine')).toBe('720');
    expect(Number(attr(body, 'w:spacing', 'w:after'))).toBeGreaterThanOrEqual(120);
    const line = Number(attr(body, 'w:spacing', 'w:line'));
    expect(line).toBeGreaterThanOrEqual(240);
    expect(line).toBeLessThanOrEqual(360);
  });
});

describe('header table', () => {
  it('is borderless, two columns, with the bodies, the national name and the motto', () => {
    const [header] = tablesOf(parts.document);
    expect(header).toBeDefined();
    const borders = /<w:tblBorders>(.*?)<\/w:tblBorders>/s.exec(header!.xml)?.[1] ?? '';
    expect([...borders.matchAll(/w:val="([^"]+)"/g)].map((m) => m[1])).toEqual(Array(6).fill('none'));
    expect(header!.xml).not.toMatch(/<w:tcBorders>/);
    expect([...header!.xml.matchAll(/<w:gridCol /g)]).toHaveLength(2);
    expect(header!.rows.every((row) => row.cells.length === 2)).toBe(true);
    expect(header!.rows[0]!.cells).toEqual([
      'ỦY BAN NHÂN DÂNTỈNH ĐỒNG THÁP',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAMĐộc lập - Tự do - Hạnh phúc',
    ]);
  });

  it('prints the issuing body bold 13, the national name bold 13 and the motto bold 14, each with a rule', () => {
    const [header] = tablesOf(parts.document);
    const body = findParagraph(header!.xml, 'TỈNH ĐỒNG THÁP')!;
    expect(isBold(body.xml)).toBe(true);
    expect(sizes(body.xml)).toEqual([26]);
    const nation = findParagraph(header!.xml, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')!;
    expect(isBold(nation.xml) && sizes(nation.xml)[0] === 26).toBe(true);
    const motto = findParagraph(header!.xml, 'Độc lập - Tự do - Hạnh phúc')!;
    expect(isBold(motto.xml) && sizes(motto.xml)[0] === 28).toBe(true);
    const rules = paragraphsOf(header!.xml).filter((p) => /<w:pBdr><w:top w:val="single"/.test(p.xml));
    expect(rules).toHaveLength(2);
  });

  it('prints the governing body CAPS regular above the issuing body when there is one', async () => {
    const governed = await readDocxParts(
      await renderPlanDocx({ ...seedConference(), governingBody: 'ủy ban nhân dân tỉnh đồng tháp', issuingBody: 'SỞ NỘI VỤ' }),
    );
    const [header] = tablesOf(governed.document);
    const governing = findParagraph(header!.xml, 'ỦY BAN NHÂN DÂN TỈNH ĐỒNG THÁP')!;
    expect(isBold(governing.xml)).toBe(false);
    expect(isBold(findParagraph(header!.xml, 'SỞ NỘI VỤ')!.xml)).toBe(true);
  });

  it('prints the Số line 13 regular and the place and date italic 14, blanks kept', () => {
    const [header] = tablesOf(parts.document);
    const number = findParagraph(header!.xml, /^Số:/)!;
    expect(number.text).toBe(`Số: ${' '.repeat(5)}/KH-UBND`);
    expect(sizes(number.xml)).toEqual([26]);
    expect(isBold(number.xml)).toBe(false);
    const date = findParagraph(header!.xml, /^Đồng Tháp, ngày/)!;
    expect(date.text).toBe(`Đồng Tháp, ngày ${' '.repeat(5)} tháng 6 năm 2021`);
    expect(isItalic(date.xml)).toBe(true);
    expect(sizes(date.xml)).toEqual([28]);
  });

  it('prints an issued number and date', async () => {
    const issued = await readDocxParts(await renderPlanDocx({ ...seedConference(), documentNumber: '5', issueDate: '2021-06-25' }));
    expect(findParagraph(issued.document, /^Số:/)?.text).toBe('Số: 05/KH-UBND');
    expect(findParagraph(issued.document, /^Đồng Tháp,/)?.text).toBe('Đồng Tháp, ngày 25 tháng 6 năm 2021');
  });
});

describe('title and body', () => {
  it('prints KẾ HOẠCH and the subject bold 14 centred', () => {
    const type = findParagraph(parts.document, 'KẾ HOẠCH')!;
    expect(isBold(type.xml) && sizes(type.xml)[0] === 28 && /<w:jc w:val="center"\/>/.test(type.xml)).toBe(true);
    const subject = findParagraph(parts.document, /^Tổ chức Hội nghị trực tuyến/)!;
    expect(isBold(subject.xml) && sizes(subject.xml)[0] === 28 && /<w:jc w:val="center"\/>/.test(subject.xml)).toBe(true);
  });

  it('sets the body paragraphs in the justified body style, headings bold', () => {
    const purpose = findParagraph(parts.document, /^Nhằm tổng kết/)!;
    expect(purpose.xml).toMatch(/<w:pStyle w:val="PlanBody"\/>/);
    expect(isBold(purpose.xml)).toBe(false);
    for (const heading of [
      'I. THỜI GIAN, ĐỊA ĐIỂM VÀ CHƯƠNG TRÌNH',
      'II. THÀNH PHẦN THAM DỰ',
      'III. PHÂN CÔNG THỰC HIỆN',
      'IV. KINH PHÍ THỰC HIỆN',
    ]) {
      const paragraph = findParagraph(parts.document, heading);
      expect(paragraph, heading).toBeDefined();
      expect(isBold(paragraph!.xml)).toBe(true);
    }
  });

  it('prints the computed weekday and the venue', async () => {
    expect(findParagraph(parts.document, /^- Thời gian:/)?.text).toBe('- Thời gian: 08 giờ 00 phút, ngày 07/7/2021 (thứ Tư).');
    expect(findParagraph(parts.document, /^- Địa điểm:/)?.text).toBe(
      '- Địa điểm: Hội trường Ủy ban nhân dân (UBND) Tỉnh và trực tuyến tại các điểm cầu UBND các huyện, thành phố trực thuộc tỉnh.',
    );
    const moved = await renderParts({ startsAt: '2021-07-09T14:00' });
    expect(findParagraph(moved.document, /^- Thời gian:/)?.text).toBe('- Thời gian: 14 giờ 00 phút, ngày 09/7/2021 (thứ Sáu).');
  });

  it('prints cost lines in a table with amounts in đồng', async () => {
    const doc = await renderParts({
      costLines: [{ id: seedId(700), position: 0, description: 'Nước uống, trái cây', amountVnd: 1500000 }],
    });
    const costs = tablesOf(doc.document).find((table) => table.rows[0]?.cells.join('|') === 'STT|Nội dung|Số tiền');
    expect(costs?.rows[1]?.cells).toEqual(['1', 'Nước uống, trái cây', '1.500.000 đồng']);
    expect(costs?.rows[2]?.cells).toEqual(['', 'Tổng cộng', '1.500.000 đồng']);
  });
});

describe('foot: Nơi nhận and signature', () => {
  const foot = () => tablesOf(parts.document).find((table) => table.rows[0]?.cells[0]?.startsWith('Nơi nhận:'))!;

  it('is a borderless two-column table', () => {
    expect(foot()).toBeDefined();
    expect(foot().xml).toMatch(/<w:tblBorders><w:top w:val="none"/);
    expect(foot().rows[0]?.cells).toHaveLength(2);
  });

  it('prints Nơi nhận bold italic 12 and its 7 lines regular 11, the last one Lưu', () => {
    const paragraphs = paragraphsOf(foot().xml);
    const title = paragraphs.find((p) => p.text === 'Nơi nhận:')!;
    expect(isBold(title.xml) && isItalic(title.xml)).toBe(true);
    expect(sizes(title.xml)).toEqual([24]);
    const lines = paragraphs.filter((p) => p.text.startsWith('- '));
    expect(lines).toHaveLength(7);
    expect(lines.every((p) => sizes(p.xml)[0] === 22 && !isBold(p.xml))).toBe(true);
    expect(lines[0]?.text).toBe('- TT/TU, TT/HĐND Tỉnh;');
    expect(lines.at(-1)?.text).toBe('- Lưu: VT, T (KSTTHC).');
  });

  it('prints the signature block centred, CAPS bold 14, then the name bold 14', () => {
    const right = paragraphsOf(foot().xml).filter((p) => !p.text.startsWith('- ') && p.text !== 'Nơi nhận:' && p.text !== '');
    expect(right.map((p) => p.text)).toEqual(['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH', 'Phạm Thiện Nghĩa']);
    expect(right.every((p) => isBold(p.xml) && sizes(p.xml)[0] === 28 && /<w:jc w:val="center"\/>/.test(p.xml))).toBe(true);
  });
});

describe('page numbers', () => {
  it('sets a different first page whose header has no PAGE field; the default header has one, centred, 14 pt', () => {
    expect(parts.document).toMatch(/<w:titlePg\/>/);
    expect(parts.headers.first).toBeDefined();
    expect(parts.headers.first).not.toMatch(/PAGE/);
    expect(parts.headers.default).toMatch(/<w:instrText[^>]*>\s*PAGE\s*<\/w:instrText>/);
    expect(parts.headers.default).toMatch(/<w:jc w:val="center"\/>/);
    expect(sizes(parts.headers.default!)).toEqual([28]);
    expect(parts.settings).not.toMatch(/<w:evenAndOddHeaders\/>|<w:evenAndOddHeaders w:val="true"/);
  });
});

describe('attached programme', () => {
  const programme = () =>
    tablesOf(parts.document).find((table) => table.rows[0]?.cells[0] === 'STT' && table.rows[0]?.cells.includes('NỘI DUNG'))!;

  it('starts on a new page with its title and caption', () => {
    const title = findParagraph(parts.document, 'CHƯƠNG TRÌNH HỘI NGHỊ')!;
    expect(title.xml).toMatch(/<w:pageBreakBefore\/>/);
    expect(isBold(title.xml)).toBe(true);
    const caption = findParagraph(parts.document, /^\(Kèm theo Kế hoạch số/)!;
    expect(isItalic(caption.xml)).toBe(true);
    expect(caption.text).toContain('/KH-UBND ngày');
    expect(caption.text).toContain('tháng 6 năm 2021 của Ủy ban nhân dân tỉnh Đồng Tháp)');
  });

  it('has 5 bordered columns (clock times, the start being exact) and a bold header row repeated on each page', () => {
    const table = programme();
    expect([...table.xml.matchAll(/<w:gridCol /g)]).toHaveLength(5);
    expect(table.rows[0]?.cells).toEqual(['STT', 'GIỜ', 'NỘI DUNG', 'THỰC HIỆN', 'THỜI LƯỢNG']);
    expect(table.rows[0]?.xml).toMatch(/<w:tblHeader\/>/);
    expect(isBold(table.rows[0]!.xml)).toBe(true);
    expect(table.xml).not.toMatch(/<w:tblBorders><w:top w:val="none"/);
  });

  it('has 10 numbered rows and 8 dash rows, durations as printed', () => {
    const rows = programme().rows.slice(1);
    expect(rows).toHaveLength(18);
    expect(rows.filter((row) => /^\d+$/.test(row.cells[0] ?? '')).map((row) => row.cells[0])).toEqual([
      '1',
      '2',
      '3',
      '4',
      '5',
      '6',
      '7',
      '8',
      '9',
      '10',
    ]);
    expect(rows.filter((row) => row.cells[0] === '-')).toHaveLength(8);
    expect(rows[0]?.cells).toEqual(['1', '08:00 – 08:05', 'Tuyên bố lý do, giới thiệu đại biểu', 'Văn phòng UBND Tỉnh', '5 phút']);
    expect(rows[3]?.cells).toEqual(['4', '08:40', 'Gợi ý thảo luận của chủ trì Hội nghị', '', '']);
    expect(rows[5]?.cells[4]).toBe('Mỗi đại biểu trình bày 07 phút');
    expect(rows[5]?.xml).toMatch(/<w:vMerge w:val="restart"\/>/);
    expect(rows.slice(6, 13).every((row) => /<w:vMerge\/>|<w:vMerge w:val="continue"\/>/.test(row.xml))).toBe(true);
  });

  it('prints clock times only as far as they follow from the exact start: none after an item of unknown length', () => {
    const rows = programme().rows.slice(1);
    expect(rows.slice(0, 4).map((row) => row.cells[1])).toEqual(['08:00 – 08:05', '08:05 – 08:20', '08:20 – 08:40', '08:40']);
    expect(rows.slice(4).every((row) => row.cells[1] === '')).toBe(true);
  });

  it('has no clock column while the start is not fixed (no invented hour)', async () => {
    const doc = await renderParts({ startsAt: null });
    const table = tablesOf(doc.document).find((t) => t.rows[0]?.cells[0] === 'STT' && t.rows[0]?.cells.includes('NỘI DUNG'))!;
    expect(table.rows[0]?.cells).toEqual(['STT', 'NỘI DUNG', 'THỰC HIỆN', 'THỜI LƯỢNG']);
    expect(table.rows[1]?.cells).toEqual(['1', 'Tuyên bố lý do, giới thiệu đại biểu', 'Văn phòng UBND Tỉnh', '5 phút']);
    expect(doc.document).not.toMatch(/08:00 – 08:05/);
  });

  it('ends with the note in italics', () => {
    const note = findParagraph(parts.document, /^\* Ghi chú:/)!;
    expect(note.text).toBe('* Ghi chú: Chương trình có thể thay đổi tùy theo tình hình thực tế./.');
    expect(isItalic(note.xml)).toBe(true);
  });

  it('is left out when there is no agenda', async () => {
    const doc = await renderParts({ agendaItems: [] });
    expect(findParagraph(doc.document, 'CHƯƠNG TRÌNH HỘI NGHỊ')).toBeUndefined();
  });
});

describe('bad input', () => {
  it('answers a DomainError 422 for a plan whose start cannot be printed', async () => {
    await expect(renderPlanDocx({ ...seedConference(), startsAt: 'not a date' })).rejects.toMatchObject({
      status: 422,
      code: 'documents.invalid_plan',
    });
  });

  it('renders a công văn without a type name and a minimal plan without crashing', async () => {
    const minimal = {
      ...seedConference(),
      documentType: 'CV' as const,
      documentSymbol: 'UBND-VX',
      documentNumber: '12',
      purpose: '',
      venue: '',
      closingText: '',
      fundingSource: '',
      signerAuthority: '' as const,
      signerBody: '',
      signerTitle: '',
      signerName: '',
      bridgePoints: [],
      participantGroups: [],
      assignments: [],
      tasks: [],
      agendaItems: [],
      distribution: [],
    };
    const doc = await readDocxParts(await renderPlanDocx(minimal));
    expect(findParagraph(doc.document, /^Số:/)?.text).toBe('Số: 12/UBND-VX');
    expect(findParagraph(doc.document, 'KẾ HOẠCH')).toBeUndefined();
    expect(findParagraph(doc.document, 'I. THỜI GIAN VÀ ĐỊA ĐIỂM')).toBeDefined();
    expect(findParagraph(doc.document, 'II. THÀNH PHẦN THAM DỰ')).toBeUndefined();
  });
});
