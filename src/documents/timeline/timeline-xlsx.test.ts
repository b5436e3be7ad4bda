import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { heldTimeline, meeting } from './timeline.fixture.js';
import { renderTimelineXlsx, SHEETS } from './timeline-xlsx.js';

const load = async (timeline = heldTimeline()) => {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await renderTimelineXlsx(meeting, timeline)) as unknown as ArrayBuffer);
  const sheet = (name: string) => workbook.getWorksheet(name)!;
  const row = (name: string, r: number) => (sheet(name).getRow(r).values as unknown[]).slice(1);
  return { workbook, sheet, row };
};

/** An Excel date-time read back (exceljs gives a Date in UTC fields) as the local wall clock. */
const wall = (value: unknown) => (value as Date).toISOString().slice(11, 19);

describe('renderTimelineXlsx', () => {
  it('has the three sheets, each with one frozen header row', async () => {
    const { workbook, sheet, row } = await load();
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Nội dung', 'Phát biểu', 'Diễn biến']);
    for (const name of Object.values(SHEETS)) {
      expect(sheet(name).views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(sheet(name).getRow(1).font?.bold).toBe(true);
      expect(sheet(name).getCell(2, 1).font?.name).toBe('Times New Roman');
    }
    expect(row(SHEETS.items, 1)).toEqual([
      'STT',
      'Số mục',
      'Nội dung',
      'Thực hiện',
      'Dự kiến bắt đầu',
      'Dự kiến (phút)',
      'Bắt đầu',
      'Kết thúc',
      'Thực tế (phút)',
      'Chênh lệch (phút)',
      'Gia hạn (phút)',
      'Trạng thái',
      'Ghi chú',
    ]);
    expect(sheet(SHEETS.items).rowCount).toBe(6);
    expect(sheet(SHEETS.speeches).rowCount).toBe(3);
    expect(sheet(SHEETS.changes).rowCount).toBe(5);
  });

  it('gives lengths as numbers of minutes and times as Excel date-times in local time; the extension, insert and skip show', async () => {
    const { sheet, row } = await load();
    const report = row(SHEETS.items, 3);
    expect(report.slice(0, 4)).toEqual([2, '2', 'Báo cáo kết quả CCHC năm 2020', 'Sở Nội vụ - Giám đốc']);
    expect((report[4] as Date).toISOString()).toBe('2021-07-07T08:05:00.000Z');
    expect(report[5]).toBe(20);
    expect(wall(report[6])).toBe('08:07:30');
    expect(wall(report[7])).toBe('08:31:50');
    expect(report[8]).toBeCloseTo(24 + 20 / 60, 4);
    expect(report[9]).toBeCloseTo(4 + 20 / 60, 4);
    expect(report.slice(10)).toEqual([2, 'Đã thực hiện', 'gia hạn +2 phút']);
    expect(sheet(SHEETS.items).getCell(3, 6).numFmt).toBe('0.00');
    expect(sheet(SHEETS.items).getCell(3, 7).numFmt).toBe('hh:mm:ss');
    const inserted = row(SHEETS.items, 4);
    expect([inserted[1], inserted[4], inserted[5], inserted[12]]).toEqual(['', undefined, 10, 'bổ sung']);
    const skipped = row(SHEETS.items, 5);
    expect([skipped[6], skipped[8], skipped[11], skipped[12]]).toEqual([undefined, undefined, 'Bỏ qua', 'bỏ qua']);
  });

  it('lists each speech and each change with real numbers', async () => {
    const { row } = await load();
    const first = row(SHEETS.speeches, 2);
    expect(first.slice(0, 5)).toEqual([1, 'Nguyễn Văn Bình', 'Điểm cầu huyện Tân Hồng', 'Phát biểu', '2. Báo cáo kết quả CCHC năm 2020']);
    expect([wall(first[5]), wall(first[6]), wall(first[7])]).toEqual(['08:12:00', '08:20:00', '08:27:20']);
    expect(first[8]).toBeCloseTo(440 / 60, 4);
    expect(first.slice(9)).toEqual([7, expect.closeTo(1 / 3, 4)]);
    expect(row(SHEETS.speeches, 3)[3]).toBe('Kiến nghị thủ tục');
    expect(row(SHEETS.speeches, 3)[10]).toBeUndefined();
    const extension = row(SHEETS.changes, 2);
    expect([extension[0], wall(extension[1]), ...extension.slice(2)]).toEqual([
      1,
      '08:25:00',
      'Gia hạn nội dung',
      'Báo cáo kết quả CCHC năm 2020',
      2,
      8,
    ]);
    expect(row(SHEETS.changes, 5).slice(2, 4)).toEqual(['Bỏ qua nội dung', 'Tham luận của các địa phương']);
  });

  it('makes a workbook of header rows only for a meeting not held', async () => {
    const { sheet } = await load({ ...heldTimeline(), items: [], speeches: [], changes: [] });
    for (const name of Object.values(SHEETS)) expect(sheet(name).rowCount).toBe(1);
  });
});
