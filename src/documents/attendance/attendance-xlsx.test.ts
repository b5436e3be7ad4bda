import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { hostList, row } from './attendance-list.fixture.js';
import { renderAttendanceXlsx, SHEET_NAME, XLSX_ROW_HEIGHT } from './attendance-xlsx.js';

const readBack = async (data: Buffer) => {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(data as unknown as ArrayBuffer);
  const sheet = workbook.getWorksheet(SHEET_NAME)!;
  const rowTexts = (r: number) => {
    const values: string[] = [];
    for (let c = 1; c <= 7; c += 1) {
      values.push(sheet.getCell(r, c).text);
    }
    return values;
  };
  const headerRow = Array.from({ length: 20 }, (_, i) => i + 1).find((r) => sheet.getCell(r, 1).value === 'STT')!;
  return { workbook, sheet, rowTexts, headerRow };
};

describe('renderAttendanceXlsx', () => {
  it('reads back with the heading lines, the header row and one row per delegate', async () => {
    const { sheet, rowTexts, headerRow } = await readBack(await renderAttendanceXlsx(hostList()));
    expect(sheet.getCell(1, 1).value).toBe('ỦY BAN NHÂN DÂN');
    expect(sheet.getCell(2, 1).value).toBe('TỈNH ĐỒNG THÁP');
    const heading = Array.from({ length: headerRow - 1 }, (_, i) => sheet.getCell(i + 1, 1).value).filter(Boolean);
    expect(heading).toEqual([
      'ỦY BAN NHÂN DÂN',
      'TỈNH ĐỒNG THÁP',
      'DANH SÁCH ĐẠI BIỂU DỰ HỘI NGHỊ',
      'Hội nghị trực tuyến đánh giá mô hình cải cách hành chính & Chỉ số CCHC <PAR Index>, PAPI năm 2020',
      'Điểm cầu Tỉnh',
      'Thời gian: 08 giờ 00 phút, thứ Tư, ngày 07 tháng 7 năm 2021',
      'Địa điểm: Hội trường UBND Tỉnh, số 12 đường 30/4, TP Cao Lãnh',
    ]);
    expect(rowTexts(headerRow)).toEqual(['STT', 'Họ và tên', 'Chức vụ', 'Đơn vị', 'Xác nhận', 'Có mặt', 'Ký tên']);
    expect(rowTexts(headerRow + 1)).toEqual(['1', 'Phạm Thiện Nghĩa', 'Chủ tịch UBND Tỉnh', 'UBND tỉnh Đồng Tháp', 'Tham dự', 'x', '']);
    expect(rowTexts(headerRow + 3)).toEqual([
      '3',
      'Lê Minh Dũng\n(dự thay Trần Thị Cúc)',
      'Phó Chánh Văn phòng',
      'Văn phòng UBND Tỉnh',
      'Cử người dự thay',
      'x',
      '',
    ]);
    expect(rowTexts(headerRow + 4).slice(4, 6)).toEqual(['Không tham dự', 'Vắng']);
    expect(rowTexts(headerRow + 5).slice(4, 6)).toEqual(['Đăng ký tại chỗ', 'x']);
    expect(rowTexts(headerRow + 6)).toEqual(['6', 'Đặng Thị Giang', 'Chuyên viên', 'Sở Nội vụ', 'Chưa trả lời', '', '']);
    expect(sheet.getCell(headerRow + 8, 1).value).toBe('Tổng số: 6 đại biểu; xác nhận tham dự: 3; có mặt: 3; vắng: 1.');
    expect(sheet.getCell(headerRow + 10, 5).value).toBe('NGƯỜI LẬP DANH SÁCH');
  });

  it('uses Times New Roman, borders the table and leaves tall rows and a wide column to sign', async () => {
    const { sheet, headerRow } = await readBack(await renderAttendanceXlsx(hostList()));
    for (let r = 1; r <= headerRow + 6; r += 1) {
      const cell = sheet.getCell(r, 1);
      if (cell.value !== null) expect(cell.font?.name, `row ${r}`).toBe('Times New Roman');
    }
    expect(sheet.getCell(headerRow, 2).font?.bold).toBe(true);
    const signature = sheet.getCell(headerRow + 2, 7);
    expect(signature.value ?? '').toBe('');
    expect(signature.border?.left?.style).toBe('thin');
    expect(signature.border?.bottom?.style).toBe('thin');
    expect(sheet.getRow(headerRow + 2).height).toBe(XLSX_ROW_HEIGHT);
    expect(sheet.getColumn(7).width).toBeGreaterThanOrEqual(sheet.getColumn(2).width! - 2);
    expect(sheet.getCell(headerRow + 3, 2).alignment?.wrapText).toBe(true);
  });

  it('prints on A4 landscape, one page wide, with the header row repeated on every page', async () => {
    const data = await renderAttendanceXlsx(hostList(Array.from({ length: 150 }, (_, i) => row({ fullName: `Đại biểu ${i + 1}` }))));
    const { sheet, headerRow } = await readBack(data);
    expect(sheet.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: headerRow });
    // What Excel and LibreOffice read: the page setup and the print titles as a defined name.
    const zip = await JSZip.loadAsync(data);
    const workbookXml = await zip.file('xl/workbook.xml')!.async('string');
    expect(workbookXml).toMatch(
      new RegExp(
        `<definedName name="_xlnm.Print_Titles" localSheetId="0">&apos;${SHEET_NAME}&apos;!\\$${headerRow}:\\$${headerRow}</definedName>`,
      ),
    );
    const sheetXml = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
    expect(sheetXml).toMatch(/<pageSetup [^>]*paperSize="9"/);
    expect(sheetXml).toMatch(/<pageSetup [^>]*orientation="landscape"/);
    expect(sheetXml).toMatch(/<pageSetup [^>]*fitToHeight="0"/);
    expect(sheetXml).toContain('<pageSetUpPr fitToPage="1"/>');
    expect(sheetXml).toContain('Trang &amp;P/&amp;N');
    expect(sheet.getCell(headerRow + 150, 2).value).toBe('Đại biểu 150');
  });
});
