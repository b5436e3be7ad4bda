import { describe, expect, it } from 'vitest';
import { attr, paragraphsOf, readDocxParts, tablesOf, textOf } from '../fixtures/docx-parts.js';
import { mm } from '../styles.js';
import { COLUMN_WIDTHS, renderAttendanceDocx, ROW_HEIGHT } from './attendance-docx.js';
import { hostList, row } from './attendance-list.fixture.js';
import { pointHeading, rowCells, timeLine, totalsLine } from './attendance-list.js';

describe('attendance list texts', () => {
  it('prints the point and the time as Vietnamese documents do', () => {
    expect(pointHeading('Điểm cầu Tỉnh')).toBe('Điểm cầu Tỉnh');
    expect(pointHeading('điểm  cầu huyện Lai Vung')).toBe('Điểm cầu huyện Lai Vung');
    expect(pointHeading('UBND huyện Lai Vung')).toBe('Điểm cầu UBND huyện Lai Vung');
    expect(timeLine('2021-07-07T08:00')).toBe('Thời gian: 08 giờ 00 phút, thứ Tư, ngày 07 tháng 7 năm 2021');
    expect(timeLine('2022-01-03T14:30')).toBe('Thời gian: 14 giờ 30 phút, thứ Hai, ngày 03 tháng 01 năm 2022');
  });

  it('prints the substitute in place of the person invited, walk-ins and absences', () => {
    const substituted = row({ invitation: 'substituted', substitute: { fullName: 'Lê Minh Dũng', title: 'Phó Chánh Văn phòng' } });
    expect(rowCells(substituted, 2)).toEqual({
      number: '3',
      fullName: 'Lê Minh Dũng',
      replaces: '(dự thay Phạm Thiện Nghĩa)',
      title: 'Phó Chánh Văn phòng',
      organisation: 'UBND tỉnh Đồng Tháp',
      confirmation: 'Cử người dự thay',
      present: 'x',
    });
    expect(rowCells(row({ walkIn: true, invitation: 'not_invited' }), 0).confirmation).toBe('Đăng ký tại chỗ');
    expect(rowCells(row({ invitation: 'declined', attendance: 'absent' }), 0)).toMatchObject({
      confirmation: 'Không tham dự',
      present: 'Vắng',
    });
    expect(rowCells(row({ invitation: 'invited', attendance: 'unknown' }), 0)).toMatchObject({ confirmation: 'Chưa trả lời', present: '' });
    expect(totalsLine(hostList().rows)).toBe('Tổng số: 6 đại biểu; xác nhận tham dự: 3; có mặt: 3; vắng: 1.');
  });
});

describe('renderAttendanceDocx', () => {
  it('is A4 landscape with the decree margins, Times New Roman black, page numbers from page 2', async () => {
    const parts = await readDocxParts(await renderAttendanceDocx(hostList()));
    expect(attr(parts.document, 'w:pgSz', 'w:w')).toBe(String(mm(297)));
    expect(attr(parts.document, 'w:pgSz', 'w:h')).toBe(String(mm(210)));
    expect(attr(parts.document, 'w:pgSz', 'w:orient')).toBe('landscape');
    expect(attr(parts.document, 'w:pgMar', 'w:left')).toBe(String(mm(30)));
    expect(attr(parts.document, 'w:pgMar', 'w:right')).toBe(String(mm(15)));
    expect(parts.document).toContain('<w:titlePg/>');
    expect(parts.headers.default).toContain('PAGE');
    expect(textOf(parts.headers.first ?? '')).toBe('');
    const fonts = new Set([...parts.document.matchAll(/w:ascii="([^"]+)"/g)].map((m) => m[1]));
    expect([...fonts]).toEqual(['Times New Roman']);
    const colours = new Set([...parts.document.matchAll(/<w:color w:val="([^"]+)"/g)].map((m) => m[1]));
    expect([...colours]).toEqual(['000000']);
  });

  it('heads the list with the issuing body, the national name, the title, the point, time and place', async () => {
    const parts = await readDocxParts(await renderAttendanceDocx(hostList()));
    const [top] = tablesOf(parts.document);
    expect(top!.rows[0]!.cells).toEqual(['ỦY BAN NHÂN DÂNTỈNH ĐỒNG THÁP', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAMĐộc lập - Tự do - Hạnh phúc']);
    const texts = paragraphsOf(parts.document)
      .map((p) => p.text)
      .filter(Boolean);
    const start = texts.indexOf('DANH SÁCH ĐẠI BIỂU DỰ HỘI NGHỊ');
    expect(start).toBeGreaterThan(0);
    expect(texts.slice(start, start + 5)).toEqual([
      'DANH SÁCH ĐẠI BIỂU DỰ HỘI NGHỊ',
      'Hội nghị trực tuyến đánh giá mô hình cải cách hành chính & Chỉ số CCHC <PAR Index>, PAPI năm 2020',
      'Điểm cầu Tỉnh',
      'Thời gian: 08 giờ 00 phút, thứ Tư, ngày 07 tháng 7 năm 2021',
      'Địa điểm: Hội trường UBND Tỉnh, số 12 đường 30/4, TP Cao Lãnh',
    ]);
    const title = paragraphsOf(parts.document).find((p) => p.text === 'DANH SÁCH ĐẠI BIỂU DỰ HỘI NGHỊ')!;
    expect(title.xml).toContain('<w:b/>');
    expect(title.xml).toContain('<w:sz w:val="28"/>');
    expect(title.xml).toContain('<w:jc w:val="center"/>');
  });

  it('lists every delegate in order with STT, name, title, organisation, confirmation, presence and an empty signature cell', async () => {
    const parts = await readDocxParts(await renderAttendanceDocx(hostList()));
    const list = tablesOf(parts.document)[1]!;
    expect(list.rows.map((r) => r.cells)).toEqual([
      ['STT', 'Họ và tên', 'Chức vụ', 'Đơn vị', 'Xác nhận', 'Có mặt', 'Ký tên'],
      ['1', 'Phạm Thiện Nghĩa', 'Chủ tịch UBND Tỉnh', 'UBND tỉnh Đồng Tháp', 'Tham dự', 'x', ''],
      ['2', 'Nguyễn Văn Bình', 'Giám đốc', 'Sở Nội vụ', 'Tham dự', '', ''],
      ['3', 'Lê Minh Dũng(dự thay Trần Thị Cúc)', 'Phó Chánh Văn phòng', 'Văn phòng UBND Tỉnh', 'Cử người dự thay', 'x', ''],
      ['4', 'Võ Thành Đạt', 'Giám đốc', 'Sở Tư pháp', 'Không tham dự', 'Vắng', ''],
      ['5', 'Huỳnh Văn Em', 'Phóng viên', 'Báo Đồng Tháp', 'Đăng ký tại chỗ', 'x', ''],
      ['6', 'Đặng Thị Giang', 'Chuyên viên', 'Sở Nội vụ', 'Chưa trả lời', '', ''],
    ]);
    expect(paragraphsOf(parts.document).some((p) => p.text === 'Tổng số: 6 đại biểu; xác nhận tham dự: 3; có mặt: 3; vắng: 1.')).toBe(true);
    expect(tablesOf(parts.document)[2]!.rows[0]!.cells[1]).toBe('NGƯỜI LẬP DANH SÁCH(Ký, ghi rõ họ tên)');
  });

  it('repeats the header row on each page, keeps rows whole and tall enough to sign in a wide column', async () => {
    const many = hostList(Array.from({ length: 120 }, (_, i) => row({ fullName: `Đại biểu số ${i + 1}` })));
    const parts = await readDocxParts(await renderAttendanceDocx(many));
    const list = tablesOf(parts.document)[1]!;
    expect(list.rows).toHaveLength(121);
    expect(list.rows[0]!.xml).toContain('<w:tblHeader/>');
    expect(list.rows[1]!.xml).not.toContain('<w:tblHeader/>');
    for (const r of list.rows) expect(r.xml).toContain('<w:cantSplit/>');
    expect(attr(list.rows[5]!.xml, 'w:trHeight', 'w:val')).toBe(String(ROW_HEIGHT));
    expect(attr(list.rows[5]!.xml, 'w:trHeight', 'w:hRule')).toBe('atLeast');
    const grid = [...list.xml.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
    expect(grid).toEqual(COLUMN_WIDTHS);
    expect(grid.at(-1)).toBeGreaterThanOrEqual(mm(40));
    expect(grid.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(mm(297 - 30 - 15) + 1);
    expect(list.rows[120]!.cells[0]).toBe('120');
  });

  it('makes an empty list with the heading and the header row only', async () => {
    const parts = await readDocxParts(await renderAttendanceDocx(hostList([])));
    expect(tablesOf(parts.document)[1]!.rows).toHaveLength(1);
    expect(parts.document).toContain('Tổng số: 0 đại biểu');
  });
});
