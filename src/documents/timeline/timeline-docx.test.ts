import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { attr, paragraphsOf, readDocxParts, tablesOf } from '../fixtures/docx-parts.js';
import { mm } from '../styles.js';
import { heldTimeline, meeting } from './timeline.fixture.js';
import { ITEM_WIDTHS, renderTimelineDocx, SPEECH_WIDTHS } from './timeline-docx.js';

describe('renderTimelineDocx', () => {
  it('reads back (mammoth) with the title, the meeting, the extension, the insert and the skip', async () => {
    const { value } = await mammoth.extractRawText({ buffer: await renderTimelineDocx(meeting, heldTimeline()) });
    const lines = value
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean);
    expect(lines.slice(0, 7)).toEqual([
      'ỦY BAN NHÂN DÂN',
      'TỈNH ĐỒNG THÁP',
      'SỞ NỘI VỤ',
      'DIỄN BIẾN HỘI NGHỊ',
      'Hội nghị trực tuyến đánh giá mô hình cải cách hành chính năm 2020',
      'Thời gian: 08 giờ 00 phút, thứ Tư, ngày 07 tháng 7 năm 2021',
      'Thực tế: bắt đầu lúc 08:02:10, kết thúc lúc 08:42:00 (39 phút 50 giây).',
    ]);
    for (const text of ['gia hạn +2 phút', 'bỏ qua', 'bổ sung', 'Số lượt phát biểu: 2; tổng thời gian phát biểu: 8 phút 50 giây.']) {
      expect(value).toContain(text);
    }
    expect(lines).toContain('3. 08:31:00 – Bổ sung nội dung: Phát biểu của đại diện Bộ Nội vụ');
    expect(lines).toContain('4. 08:39:00 – Bỏ qua nội dung: Tham luận của các địa phương');
  });

  it('tabulates the programme planned against actual, and the speeches', async () => {
    const parts = await readDocxParts(await renderTimelineDocx(meeting, heldTimeline()));
    const [items, speeches] = tablesOf(parts.document);
    expect(items!.rows.map((r) => r.cells)).toEqual([
      ['STT', 'Nội dung', 'Thực hiện', 'Dự kiến', 'Thực tế', 'Chênh lệch', 'Ghi chú'],
      ['1', '1. Khai mạc hội nghị', 'Chủ tịch UBND Tỉnh', '08:005 phút', '08:02:10 – 08:07:305 phút 20 giây', '+20 giây', ''],
      [
        '2',
        '2. Báo cáo kết quả CCHC năm 2020',
        'Sở Nội vụ - Giám đốc',
        '08:0520 phút',
        '08:07:30 – 08:31:5024 phút 20 giây',
        '+4 phút 20 giây',
        'gia hạn +2 phút',
      ],
      ['3', 'Phát biểu của đại diện Bộ Nội vụ', 'Bộ Nội vụ', '10 phút', '08:31:50 – 08:39:007 phút 10 giây', '−2 phút 50 giây', 'bổ sung'],
      ['4', '3. Tham luận của các địa phương', 'UBND các huyện', '08:2530 phút', '', '', 'bỏ qua'],
      ['5', '4. Bế mạc', 'Chủ tịch UBND Tỉnh', '08:555 phút', '08:39:00 – 08:42:003 phút', '−2 phút', ''],
    ]);
    expect(items!.rows[0]!.xml).toContain('<w:tblHeader/>');
    expect(speeches!.rows[0]!.cells).toEqual([
      'STT',
      'Người phát biểu',
      'Điểm cầu',
      'Nội dung',
      'Bắt đầu',
      'Thời lượng',
      'Được phép',
      'Vượt',
    ]);
    expect(speeches!.rows[1]!.cells).toEqual([
      '1',
      'Nguyễn Văn Bình',
      'Điểm cầu huyện Tân Hồng',
      '2. Báo cáo kết quả CCHC năm 2020',
      '08:20:00',
      '7 phút 20 giây',
      '7 phút',
      '20 giây',
    ]);
    for (const [table, widths] of [
      [items!, ITEM_WIDTHS],
      [speeches!, SPEECH_WIDTHS],
    ] as const) {
      const grid = [...table.xml.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
      expect(grid).toEqual(widths);
      expect(grid.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(mm(297 - 30 - 15) + 2);
    }
  });

  it('is A4 landscape in the Decree 30 set-up: margins, Times New Roman 13–14 pt black, page numbers from page 2', async () => {
    const parts = await readDocxParts(await renderTimelineDocx(meeting, heldTimeline()));
    expect(attr(parts.document, 'w:pgSz', 'w:w')).toBe(String(mm(297)));
    expect(attr(parts.document, 'w:pgSz', 'w:h')).toBe(String(mm(210)));
    expect(attr(parts.document, 'w:pgSz', 'w:orient')).toBe('landscape');
    expect([attr(parts.document, 'w:pgMar', 'w:top'), attr(parts.document, 'w:pgMar', 'w:bottom')]).toEqual([
      String(mm(20)),
      String(mm(20)),
    ]);
    expect([attr(parts.document, 'w:pgMar', 'w:left'), attr(parts.document, 'w:pgMar', 'w:right')]).toEqual([
      String(mm(30)),
      String(mm(15)),
    ]);
    expect(parts.document).toContain('<w:titlePg/>');
    expect(parts.headers.default).toContain('PAGE');
    const fonts = new Set([...parts.document.matchAll(/w:ascii="([^"]+)"/g)].map((m) => m[1]));
    expect([...fonts]).toEqual(['Times New Roman']);
    const sizes = new Set([...parts.document.matchAll(/<w:sz w:val="(\d+)"\/>/g)].map((m) => Number(m[1])));
    expect([...sizes].every((size) => size === 26 || size === 28)).toBe(true);
    const title = paragraphsOf(parts.document).find((p) => p.text === 'DIỄN BIẾN HỘI NGHỊ')!;
    expect(title.xml).toContain('<w:b/>');
    expect(title.xml).toContain('<w:jc w:val="center"/>');
  });

  it('says so when nothing was said or changed, and prints no issuer when none is given', async () => {
    const quiet = { ...heldTimeline(), speeches: [], changes: [] };
    const { value } = await mammoth.extractRawText({
      buffer: await renderTimelineDocx({ title: 'Họp giao ban', startsAt: '2022-01-03T14:30' }, quiet),
    });
    expect(value.trim().startsWith('DIỄN BIẾN HỘI NGHỊ')).toBe(true);
    expect(value).toContain('Thời gian: 14 giờ 30 phút, thứ Hai, ngày 03 tháng 01 năm 2022');
    expect(value).toContain('Không có lượt phát biểu.');
    expect(value).toContain('Không có thay đổi.');
  });
});
