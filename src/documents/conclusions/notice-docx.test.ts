/** The Thông báo kết luận read back from its XML: the Decree 30 rules of DOMAIN.md for a TB. */
import { beforeAll, describe, expect, it } from 'vitest';
import { findParagraph, paragraphsOf, readDocxParts, tablesOf, type DocxParts } from '../fixtures/docx-parts.js';
import { noticeSample } from '../fixtures/record-documents.js';
import { conclusionTaskLine, renderNoticeDocx } from './notice-docx.js';

const sizes = (xml: string) => [...new Set([...xml.matchAll(/<w:sz w:val="(\d+)"\/>/g)].map((m) => Number(m[1])))];
const isBold = (xml: string) => /<w:b\/>/.test(xml);

let parts: DocxParts;
beforeAll(async () => {
  parts = await readDocxParts(await renderNoticeDocx(noticeSample()));
});

describe('the Thông báo kết luận (.docx)', () => {
  it("has the Office header under the People's Committee: UBND TỈNH ĐỒNG THÁP regular, VĂN PHÒNG bold, Số: 05/TB-VPUBND", () => {
    const [header] = tablesOf(parts.document);
    expect(header!.rows[0]!.cells[0]).toBe('UBND TỈNH ĐỒNG THÁPVĂN PHÒNG');
    expect(isBold(findParagraph(header!.xml, 'UBND TỈNH ĐỒNG THÁP')!.xml)).toBe(false);
    expect(isBold(findParagraph(header!.xml, 'VĂN PHÒNG')!.xml)).toBe(true);
    expect(findParagraph(header!.xml, /^Số:/)?.text).toBe('Số: 05/TB-VPUBND');
    expect(findParagraph(header!.xml, /^Đồng Tháp,/)?.text).toBe('Đồng Tháp, ngày 09 tháng 7 năm 2021');
  });

  it('prints THÔNG BÁO and the subject bold 14 centred', () => {
    const title = findParagraph(parts.document, 'THÔNG BÁO')!;
    expect(isBold(title.xml) && sizes(title.xml)[0] === 28 && /<w:jc w:val="center"\/>/.test(title.xml)).toBe(true);
    expect(findParagraph(parts.document, /^Kết luận của Chủ tịch UBND tỉnh tại hội nghị trực tuyến/)).toBeDefined();
  });

  it('says who chaired, where, who attended and what was heard, then the numbered conclusions with agency, task and deadline', () => {
    const texts = paragraphsOf(parts.document).map((p) => p.text);
    expect(texts).toContain(
      'Ngày 07 tháng 7 năm 2021, tại Hội trường UBND Tỉnh, kết nối trực tuyến đến 12 điểm cầu, Chủ tịch UBND Tỉnh Phạm Thiện Nghĩa chủ trì hội nghị trực tuyến đánh giá mô hình cải cách hành chính năm 2020.',
    );
    expect(texts).toContain('Tham dự có Thường trực Tỉnh ủy; Sở Nội vụ.');
    expect(texts).toContain(
      'Sau khi nghe Sở Nội vụ báo cáo và ý kiến của các đại biểu dự họp, Chủ tịch UBND Tỉnh Phạm Thiện Nghĩa kết luận như sau:',
    );
    const first = texts.indexOf('1. Đánh giá cao kết quả cải cách hành chính năm 2020.');
    expect(first).toBeGreaterThan(0);
    expect(texts[first + 1]).toBe('2. Khắc phục các chỉ số thành phần giảm điểm.');
    expect(texts[first + 2]).toBe(
      'Giao Sở Nội vụ chủ trì, phối hợp với Sở Tài chính xây dựng kế hoạch khắc phục; thời hạn hoàn thành: 30/7/2021.',
    );
  });

  it('closes "… thông báo để … biết, thực hiện./."', () => {
    expect(findParagraph(parts.document, /thông báo để .* biết, thực hiện\.\/\.$/)?.text).toBe(
      'Văn phòng UBND tỉnh thông báo để các cơ quan, đơn vị, địa phương biết, thực hiện./.',
    );
  });

  it('signs TL. CHỦ TỊCH / CHÁNH VĂN PHÒNG with the name, and lists Nơi nhận ending "- Lưu: VT."', () => {
    const foot = tablesOf(parts.document).at(-1)!;
    const [left, right] = foot.rows[0]!.cells;
    expect(right).toBe('TL. CHỦ TỊCHCHÁNH VĂN PHÒNGNguyễn Văn A');
    expect(left).toBe('Nơi nhận:- Sở Nội vụ;- Sở Tài chính;- CT, các PCT UBND tỉnh;- Lưu: VT.');
    expect(sizes(findParagraph(foot.xml, 'TL. CHỦ TỊCH')!.xml)).toEqual([28]);
  });

  it('writes only what a conclusion names', () => {
    expect(conclusionTaskLine({ text: 'x', leadAgency: '', cooperatingAgencies: [], taskText: '', deadline: null })).toBeNull();
    expect(conclusionTaskLine({ text: 'x', leadAgency: 'Sở Y tế', cooperatingAgencies: [], taskText: '', deadline: null })).toBe(
      'Giao Sở Y tế chủ trì.',
    );
    expect(
      conclusionTaskLine({ text: 'x', leadAgency: '', cooperatingAgencies: [], taskText: 'báo cáo kết quả', deadline: '2021-08-02' }),
    ).toBe('Báo cáo kết quả; thời hạn hoàn thành: 02/8/2021.');
    expect(conclusionTaskLine({ text: 'x', leadAgency: '', cooperatingAgencies: [], taskText: '', deadline: '2021-08-02' })).toBe(
      'Thời hạn hoàn thành: 02/8/2021.',
    );
  });
});

describe('a draft notice the secretariat has not completed', () => {
  it('flags the missing issuer, symbol and signer instead of printing a guess', async () => {
    const sample = noticeSample();
    const notice = {
      ...sample.notice,
      issuingBody: '',
      documentSymbol: '',
      signerAuthority: '' as const,
      signerBody: '',
      signerTitle: '',
      signerName: '',
    };
    const draft = await readDocxParts(await renderNoticeDocx({ ...sample, notice }));
    const [header] = tablesOf(draft.document);
    expect(header!.rows[0]!.cells[0]).toBe('UBND TỈNH ĐỒNG THÁP(CHƯA CÓ CƠ QUAN BAN HÀNH)');
    expect(findParagraph(header!.xml, /^Số:/)?.text).toBe('Số: 05/TB-……');
    const foot = tablesOf(draft.document).at(-1)!;
    expect(foot.rows[0]!.cells[1]).toBe('(Chưa có người ký)');
    expect(
      paragraphsOf(draft.document)
        .map((p) => p.text)
        .join('\n'),
    ).not.toMatch(/CHÁNH VĂN PHÒNG|TL\. CHỦ TỊCH/);
  });
});
