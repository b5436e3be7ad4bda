import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { detectHeaderRow, mapRows, suggestMapping } from '../../domain/participants/spreadsheet-rows.js';
import { EXPORT_COLUMNS, HEADER_ROW, renderDelegatesXlsx, SHEET_NAME, type ExportDelegate } from './delegates-xlsx.js';
import { readSheet } from './read-sheet.js';

const base: ExportDelegate = {
  bridgePointId: 'p-tinh',
  participantGroupId: null,
  fullName: '',
  title: '',
  organisation: '',
  phone: '',
  email: '',
  seat: '',
  notes: '',
  invitation: 'not_invited',
  substitute: null,
  attendance: 'unknown',
  walkIn: false,
};

const delegates: ExportDelegate[] = [
  {
    ...base,
    bridgePointId: 'p-huyen',
    fullName: 'Võ Văn Em',
    title: 'Chủ tịch UBND huyện',
    organisation: 'UBND huyện Cao Lãnh',
    phone: '0912000001',
    invitation: 'invited',
  },
  {
    ...base,
    fullName: 'Phạm Thiện Nghĩa',
    title: 'Chủ tịch UBND tỉnh',
    organisation: 'UBND tỉnh',
    phone: '0388000002',
    email: 'nghia@dongthap.gov.vn',
    protocolRank: 0,
    seat: 'A1',
    invitation: 'confirmed',
    attendance: 'present',
    participantGroupId: 'g-lanh-dao',
    notes: 'Chủ trì',
  },
  {
    ...base,
    fullName: 'Bùi Thị Hoa',
    title: 'Giám đốc Sở Nội vụ',
    organisation: 'Sở Nội vụ',
    phone: '02773851234',
    protocolRank: 20,
    invitation: 'substituted',
    substitute: { fullName: 'Lê Văn Phó', title: 'Phó Giám đốc', phone: '0912000003', email: '' },
  },
  { ...base, fullName: 'An Văn Khách', organisation: 'Bộ Nội vụ', protocolRank: 10, invitation: 'declined', attendance: 'absent' },
  { ...base, fullName: 'Đỗ Văn Vãng Lai', organisation: 'Báo Đồng Tháp', attendance: 'present', walkIn: true },
];

const input = {
  conferenceTitle: 'Hội nghị trực tuyến đánh giá Chỉ số CCHC năm 2020',
  bridgePoints: [
    { id: 'p-tinh', name: 'Điểm cầu Tỉnh' },
    { id: 'p-huyen', name: 'Điểm cầu huyện Cao Lãnh' },
  ],
  participantGroups: [{ id: 'g-lanh-dao', name: 'Lãnh đạo UBND tỉnh' }],
  delegates,
};

let data: Buffer;
let sheet: ExcelJS.Worksheet;
beforeAll(async () => {
  data = await renderDelegatesXlsx(input);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(data as unknown as ExcelJS.Buffer);
  sheet = workbook.getWorksheet(SHEET_NAME)!;
});

const rowValues = (n: number) => (sheet.getRow(n).values as unknown[]).slice(1);

describe('renderDelegatesXlsx', () => {
  it('writes one sheet "Đại biểu" with the title and the secretariat columns', () => {
    expect(sheet.getCell('A1').value).toBe('DANH SÁCH ĐẠI BIỂU');
    expect(sheet.getCell('A2').value).toBe(input.conferenceTitle);
    expect(rowValues(HEADER_ROW)).toEqual([
      'STT',
      'Họ và tên',
      'Chức vụ',
      'Đơn vị',
      'Điện thoại',
      'Email',
      'Điểm cầu',
      'Nhóm',
      'Ghế',
      'Xác nhận',
      'Có mặt',
      'Ghi chú',
    ]);
  });

  it('makes the header bold and frozen, with widths, a filter and the phone column as text', () => {
    expect(sheet.getRow(HEADER_ROW).getCell(2).font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: HEADER_ROW });
    EXPORT_COLUMNS.forEach((c, i) => expect(sheet.getColumn(i + 1).width).toBe(c.width));
    expect(sheet.autoFilter).toBeTruthy();
    const phone = sheet.getCell(HEADER_ROW + 1, 5);
    expect(phone.value).toBe('0388000002');
    expect(phone.numFmt).toBe('@');
  });

  it('orders by bridge point, then protocol rank, then Vietnamese name', () => {
    const names = Array.from({ length: delegates.length }, (_, i) => sheet.getCell(HEADER_ROW + 1 + i, 2).value);
    expect(names).toEqual(['Phạm Thiện Nghĩa', 'An Văn Khách', 'Bùi Thị Hoa', 'Đỗ Văn Vãng Lai', 'Võ Văn Em']);
    expect(sheet.getCell(HEADER_ROW + 5, 1).value).toBe(5);
  });

  it('spells out the point, the group, the answer, the substitute and the attendance', () => {
    expect(rowValues(HEADER_ROW + 1).slice(6)).toEqual(['Điểm cầu Tỉnh', 'Lãnh đạo UBND tỉnh', 'A1', 'Tham dự', 'Có mặt', 'Chủ trì']);
    expect(sheet.getCell(HEADER_ROW + 2, 10).value).toBe('Không tham dự');
    expect(sheet.getCell(HEADER_ROW + 2, 11).value).toBe('Vắng');
    expect(sheet.getCell(HEADER_ROW + 3, 10).value).toBe('Cử người dự thay: Lê Văn Phó, Phó Giám đốc');
    expect(sheet.getCell(HEADER_ROW + 4, 11).value).toBe('Có mặt (không mời trước)');
    expect(sheet.getCell(HEADER_ROW + 5, 7).value).toBe('Điểm cầu huyện Cao Lãnh');
  });

  it('round-trips through the import: same people, same fields, no problems', async () => {
    const rows = await readSheet(data);
    const headerRow = detectHeaderRow(rows);
    expect(headerRow).toBe(HEADER_ROW - 1);
    const mapping = suggestMapping(rows[headerRow]!);
    expect(Object.values(mapping).sort()).toEqual(['email', 'fullName', 'notes', 'organisation', 'phone', 'seat', 'title']);
    const mapped = mapRows(rows, mapping, { headerRow });
    expect(mapped.problems).toEqual([]);
    const key = (d: { fullName: string; title: string; organisation: string; phone: string; email: string; seat: string; notes: string }) =>
      [d.fullName, d.title, d.organisation, d.phone, d.email, d.seat, d.notes].join('|');
    expect(mapped.valid.map(key).sort()).toEqual(delegates.map(key).sort());
    expect(rows[headerRow]!.indexOf('Điểm cầu')).toBe(6);
  });

  it('writes a valid workbook with only the header when there are no delegates', async () => {
    const rows = await readSheet(await renderDelegatesXlsx({ ...input, delegates: [] }));
    expect(rows.at(-1)).toEqual(EXPORT_COLUMNS.map((c) => c.header));
  });
});
