import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_HALL_LAYOUT, type HallLayout } from '../../domain/participants/seating-layout.js';
import { attr, findParagraph, paragraphsOf, readDocxParts, tablesOf, type DocxParts } from '../fixtures/docx-parts.js';
import { renderSeatPlanDocx, spacingText, type SeatPlanDelegate, type SeatPlanInput } from './seat-plan-docx.js';
import { seatBlocks, STAGE_TEXT } from './seat-plan-table.js';

const hall = (over: Partial<HallLayout> = {}): HallLayout => ({ ...DEFAULT_HALL_LAYOUT, ...over });
const delegate = (id: string, fullName: string, seat: string, title = ''): SeatPlanDelegate => ({ id, fullName, title, seat });

const input: SeatPlanInput = {
  conferenceTitle: 'Hội nghị trực tuyến đánh giá các mô hình cải cách hành chính',
  hallName: 'Điểm cầu Tỉnh',
  timeLine: '08 giờ 00 phút, thứ Tư, ngày 07/7/2021',
  layout: hall({ rows: 2, seatsPerRow: 5, spacing: 'every_other', blockedSeats: ['B04'] }),
  delegates: [
    delegate('chair', 'Phạm Thiện Nghĩa', 'A03', 'Chủ tịch UBND Tỉnh'),
    delegate('guest', 'Đỗ Thanh Huyền', 'a1', 'Chuyên gia UNDP'),
    delegate('leader', 'Nguyễn Văn Dương', 'B02'),
    delegate('late', 'Trần Thị Lan', ''),
    delegate('stale', 'Lê Văn Tám', 'Hàng 1 ghế 5', 'Giám đốc Sở Nội vụ'),
  ],
};

let parts: DocxParts;
beforeAll(async () => {
  parts = await readDocxParts(await renderSeatPlanDocx(input));
});

describe('page and fonts', () => {
  it('is A4 landscape', () => {
    expect(attr(parts.document, 'w:pgSz', 'w:w')).toBe('16838');
    expect(attr(parts.document, 'w:pgSz', 'w:h')).toBe('11906');
    expect(attr(parts.document, 'w:pgSz', 'w:orient')).toBe('landscape');
  });
  it('names Times New Roman only', () => {
    const fonts = new Set([...(parts.document + parts.styles).matchAll(/w:(?:ascii|hAnsi|eastAsia|cs)="([^"]+)"/g)].map((m) => m[1]));
    expect([...fonts]).toEqual(['Times New Roman']);
  });
});

describe('content', () => {
  it('heads the plan with the title, the conference, the hall, the time and a summary', () => {
    const texts = paragraphsOf(parts.document).map((p) => p.text);
    expect(texts.slice(0, 4)).toEqual([
      'SƠ ĐỒ CHỖ NGỒI',
      input.conferenceTitle,
      'Hội trường: Điểm cầu Tỉnh',
      'Thời gian: 08 giờ 00 phút, thứ Tư, ngày 07/7/2021',
    ]);
    expect(findParagraph(parts.document, /^Sức chứa: 4 chỗ \(2 hàng × 5 ghế\)\. Giãn cách: ngồi cách một ghế/)?.text).toContain(
      'Đã xếp chỗ: 3/5 đại biểu.',
    );
  });
  it('draws the stage on top, seat numbers, then rows × seats with names', () => {
    const [grid] = tablesOf(parts.document);
    expect(grid!.rows.map((row) => row.cells.length)).toEqual([1, 6, 6, 6]);
    expect(grid!.rows[0]!.cells).toEqual([STAGE_TEXT]);
    expect(grid!.rows[0]!.xml).toMatch(/<w:gridSpan w:val="6"\/>/);
    expect(grid!.rows[0]!.xml).toMatch(/<w:tblHeader\/>/);
    expect(grid!.rows[1]!.cells).toEqual(['Hàng', '01', '02', '03', '04', '05']);
    expect(grid!.rows[2]!.cells).toEqual([
      'A',
      'A01Đỗ Thanh HuyềnChuyên gia UNDP',
      'A02—',
      'A03Phạm Thiện NghĩaChủ tịch UBND Tỉnh',
      'A04—',
      'A05',
    ]);
    expect(grid!.rows[3]!.cells).toEqual(['B', 'B01—', 'B02Nguyễn Văn Dương', 'B03—', 'B04×', 'B05—']);
  });
  it('lists everyone without a seat, with the reason', () => {
    const tables = tablesOf(parts.document);
    expect(findParagraph(parts.document, 'ĐẠI BIỂU CHƯA CÓ CHỖ NGỒI (2)')).toBeDefined();
    expect(tables[1]!.rows.map((row) => row.cells)).toEqual([
      ['STT', 'Họ và tên', 'Chức vụ', 'Ghi chú'],
      ['1', 'Trần Thị Lan', '', 'Chưa có chỗ ngồi'],
      ['2', 'Lê Văn Tám', 'Giám đốc Sở Nội vụ', 'Chỗ ngồi "Hàng 1 ghế 5" không có trong sơ đồ'],
    ]);
  });
  it('explains the marks', () => {
    expect(findParagraph(parts.document, /^Ghi chú: × ghế khóa; — ghế để trống/)).toBeDefined();
  });
});

describe('large halls', () => {
  it('cuts a wide hall into blocks of at most 12 seats, each with the stage, on its own page', async () => {
    expect(seatBlocks(30)).toEqual([
      { from: 0, to: 9 },
      { from: 10, to: 19 },
      { from: 20, to: 29 },
    ]);
    expect(seatBlocks(12)).toEqual([{ from: 0, to: 11 }]);
    expect(seatBlocks(13)).toEqual([
      { from: 0, to: 6 },
      { from: 7, to: 12 },
    ]);
    const docx = await readDocxParts(
      await renderSeatPlanDocx({
        ...input,
        timeLine: '',
        layout: hall({ rows: 28, seatsPerRow: 30 }),
        delegates: [delegate('x', 'Võ Văn Út', 'AB30')],
      }),
    );
    const tables = tablesOf(docx.document);
    expect(tables).toHaveLength(3);
    expect(tables.every((table) => table.rows[0]!.cells[0] === STAGE_TEXT && table.rows.length === 30)).toBe(true);
    expect(tables[2]!.rows[1]!.cells.slice(1, 3)).toEqual(['21', '22']);
    expect(tables[2]!.rows.at(-1)!.cells[0]).toBe('AB');
    expect(tables[2]!.rows.at(-1)!.cells.at(-1)).toBe('AB30Võ Văn Út');
    expect(findParagraph(docx.document, 'Ghế 21 – 30 (phần 3/3)')?.xml).toMatch(/<w:pageBreakBefore\/>/);
    expect(findParagraph(docx.document, /^Thời gian/)).toBeUndefined();
    expect(findParagraph(docx.document, /ĐẠI BIỂU CHƯA CÓ CHỖ NGỒI/)).toBeUndefined();
  });
});

describe('spacing text', () => {
  it('describes each rule in Vietnamese', () => {
    expect(spacingText(hall())).toBe('Không giãn cách');
    expect(spacingText(hall({ spacing: 'every_other', everyOtherRow: true }))).toBe('Giãn cách: ngồi cách một ghế, cách một hàng');
    expect(spacingText(hall({ spacing: 'min_distance', minDistanceMetres: 1.5 }))).toBe('Giãn cách: tối thiểu 1,5 m giữa hai đại biểu');
  });
});
