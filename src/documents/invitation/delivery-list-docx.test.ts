import { describe, expect, it } from 'vitest';
import { attr, findParagraph, readDocxParts, tablesOf } from '../fixtures/docx-parts.js';
import { seedConference } from '../fixtures/seed-conference.js';
import { DELIVERY_HEADINGS, renderDeliveryListDocx } from './delivery-list-docx.js';

const rows = [
  { fullName: 'Nguyễn Văn An', title: 'Chủ tịch', organisation: 'UBND huyện Châu Thành', bridgePointName: 'UBND huyện Châu Thành' },
  { fullName: 'Trần Thị Bình', title: 'Giám đốc', organisation: 'Sở Nội vụ', bridgePointName: 'Điểm cầu Tỉnh' },
];

describe('delivery list (danh sách phát giấy mời)', () => {
  it('is A4 landscape with a repeated header row of the seven columns', async () => {
    const { document } = await readDocxParts(await renderDeliveryListDocx(seedConference(), rows));
    expect(attr(document, 'w:pgSz', 'w:orient')).toBe('landscape');
    expect(Number(attr(document, 'w:pgSz', 'w:w'))).toBeGreaterThan(Number(attr(document, 'w:pgSz', 'w:h')));
    const [table] = tablesOf(document);
    expect(table!.rows[0]!.cells).toEqual([...DELIVERY_HEADINGS]);
    expect(table!.rows[0]!.xml).toMatch(/<w:tblHeader\/>/);
    expect([...table!.xml.matchAll(/<w:gridCol /g)]).toHaveLength(7);
  });

  it('has one row per delegate, numbered, with empty columns to sign and date', async () => {
    const { document } = await readDocxParts(await renderDeliveryListDocx(seedConference(), rows));
    const [table] = tablesOf(document);
    expect(table!.rows.slice(1).map((row) => row.cells)).toEqual([
      ['1', 'Nguyễn Văn An', 'Chủ tịch', 'UBND huyện Châu Thành', 'Điểm cầu UBND huyện Châu Thành', '', ''],
      ['2', 'Trần Thị Bình', 'Giám đốc', 'Sở Nội vụ', 'Điểm cầu Tỉnh', '', ''],
    ]);
    expect(table!.rows[1]!.xml).toMatch(/<w:trHeight [^>]*w:hRule="atLeast"/);
    expect(findParagraph(document, 'DANH SÁCH PHÁT GIẤY MỜI')).toBeDefined();
    expect(findParagraph(document, 'Thời gian: 08 giờ 00 phút, ngày 07/7/2021 (thứ Tư)')).toBeDefined();
    expect(findParagraph(document, 'Tổng cộng: 2 giấy mời.')).toBeDefined();
  });

  it('prints an empty list with its header', async () => {
    const { document } = await readDocxParts(await renderDeliveryListDocx(seedConference(), []));
    expect(tablesOf(document)[0]!.rows).toHaveLength(1);
    expect(findParagraph(document, 'Tổng cộng: 0 giấy mời.')).toBeDefined();
  });
});
