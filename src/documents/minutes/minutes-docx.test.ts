/** The Biên bản read back from its XML: the Decree 30 rules of DOMAIN.md for minutes. */
import { beforeAll, describe, expect, it } from 'vitest';
import { attr, findParagraph, paragraphsOf, readDocxParts, tablesOf, type DocxParts } from '../fixtures/docx-parts.js';
import { minutesSample } from '../fixtures/record-documents.js';
import { BLANK_NAME, renderMinutesDocx } from './minutes-docx.js';

const sizes = (xml: string) => [...new Set([...xml.matchAll(/<w:sz w:val="(\d+)"\/>/g)].map((m) => Number(m[1])))];
const isBold = (xml: string) => /<w:b\/>/.test(xml);

let parts: DocxParts;
beforeAll(async () => {
  parts = await readDocxParts(await renderMinutesDocx(minutesSample()));
});

describe('the Biên bản (.docx)', () => {
  it('is A4 with the decree margins, in Times New Roman only', () => {
    expect(attr(parts.document, 'w:pgSz', 'w:w')).toBe('11906');
    expect(attr(parts.document, 'w:pgMar', 'w:left')).toBe('1701');
    const fonts = new Set([...parts.document.matchAll(/w:(?:ascii|hAnsi|eastAsia|cs)="([^"]+)"/g)].map((m) => m[1]));
    expect([...fonts]).toEqual(['Times New Roman']);
  });

  it('has the two-column header: the issuing body, Số: …/BB-UBND, the national name and the place and date of the meeting', () => {
    const [header] = tablesOf(parts.document);
    expect(header!.rows[0]!.cells).toEqual([
      'ỦY BAN NHÂN DÂNTỈNH ĐỒNG THÁP',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAMĐộc lập - Tự do - Hạnh phúc',
    ]);
    expect(findParagraph(header!.xml, /^Số:/)?.text).toBe(`Số: ${' '.repeat(5)}/BB-UBND`);
    expect(findParagraph(header!.xml, /^Đồng Tháp, ngày/)?.text).toBe('Đồng Tháp, ngày 07 tháng 7 năm 2021');
  });

  it('prints BIÊN BẢN and the subject bold 14 centred', () => {
    const title = findParagraph(parts.document, 'BIÊN BẢN')!;
    expect(isBold(title.xml) && sizes(title.xml)[0] === 28 && /<w:jc w:val="center"\/>/.test(title.xml)).toBe(true);
    expect(isBold(findParagraph(parts.document, /^Hội nghị trực tuyến đánh giá/)!.xml)).toBe(true);
  });

  it('sets the body justified, item headings bold, and ends the text with ./.', () => {
    const opening = findParagraph(parts.document, /^Thời gian bắt đầu/)!;
    expect(opening.xml).toMatch(/<w:pStyle w:val="PlanBody"\/>/);
    expect(isBold(findParagraph(parts.document, '1. Khai mạc hội nghị')!.xml)).toBe(true);
    const texts = paragraphsOf(parts.document).map((p) => p.text);
    const last = texts.indexOf('Hội nghị kết thúc vào lúc 11 giờ 30 phút cùng ngày./.');
    expect(last).toBeGreaterThan(texts.indexOf('1. Khai mạc hội nghị'));
  });

  it('has the signature blocks THƯ KÝ on the left and CHỦ TỌA on the right, each with its name, bold 14', () => {
    const signatures = tablesOf(parts.document).find((t) => t.rows[0]!.cells.some((c) => c.startsWith('THƯ KÝ')))!;
    expect(signatures.rows[0]!.cells).toEqual(['THƯ KÝTrần Thị Thư', 'CHỦ TỌAPhạm Thiện Nghĩa']);
    const name = findParagraph(signatures.xml, 'Trần Thị Thư')!;
    expect(isBold(name.xml) && sizes(name.xml)[0] === 28).toBe(true);
  });

  it('leaves a line to write a name by hand when none was given, never an invented one', async () => {
    const blank = await readDocxParts(await renderMinutesDocx(minutesSample({ secretaryName: '', chairName: ' ' })));
    const signatures = tablesOf(blank.document).find((t) => t.rows[0]!.cells.some((c) => c.startsWith('THƯ KÝ')))!;
    expect(signatures.rows[0]!.cells).toEqual([`THƯ KÝ${BLANK_NAME}`, `CHỦ TỌA${BLANK_NAME}`]);
  });

  it('ends with Nơi nhận bold italic 12 and its lines 11, the last "- Lưu: VT."', () => {
    const label = findParagraph(parts.document, 'Nơi nhận:')!;
    expect(/<w:b\/>/.test(label.xml) && /<w:i\/>/.test(label.xml) && sizes(label.xml)[0] === 24).toBe(true);
    const texts = paragraphsOf(parts.document).map((p) => p.text);
    expect(texts.at(-1)).toBe('- Lưu: VT.');
    expect(sizes(findParagraph(parts.document, '- Lưu: VT.')!.xml)).toEqual([22]);
  });

  it('prints blanks for the number and the day when the meeting has no recorded date', async () => {
    const undated = await readDocxParts(await renderMinutesDocx(minutesSample({ heldOn: null })));
    expect(findParagraph(undated.document, /^Đồng Tháp, ngày/)?.text).toBe(
      `Đồng Tháp, ngày ${' '.repeat(5)} tháng ${' '.repeat(5)} năm ${' '.repeat(5)}`,
    );
  });
});
