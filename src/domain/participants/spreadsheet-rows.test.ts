import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectHeaderRow, mapRows, restorePhoneCell, suggestMapping } from './spreadsheet-rows.js';

const header = ['STT', 'Họ và tên', 'Chức vụ', 'Đơn vị', 'Điện thoại', 'Email', 'Ghi chú'];
const sheet = [
  ['DANH SÁCH ĐẠI BIỂU DỰ HỘI NGHỊ', '', '', '', '', '', ''],
  ['', '', '', '', '', '', ''],
  header,
  ['1', 'Phạm Thiện Nghĩa', 'Chủ tịch', 'UBND tỉnh', '0912 345 678', 'nghia@dongthap.gov.vn', 'Chủ trì'],
  ['2', 'Nguyễn Văn Nam', 'Giám đốc', 'Sở Nội vụ', '912345678', '', ''],
  ['', '', '', '', '', '', ''],
  ['3', '', 'Phó Giám đốc', 'Sở Nội vụ', '0277 3851 234', '', ''],
  ['4', 'Trần Thị Hoa', 'Chánh Văn phòng', 'VP UBND', '0123456789', 'hoa@', ''],
  ['5', 'NGUYEN VAN NAM', 'Giám đốc', 'Sở Nội Vụ', '', '', ''],
];

describe('suggestMapping', () => {
  it('maps the usual Vietnamese headers and ignores STT', () => {
    expect(suggestMapping(header)).toEqual({ 1: 'fullName', 2: 'title', 3: 'organisation', 4: 'phone', 5: 'email', 6: 'notes' });
  });
  it('maps English headers, without diacritics, in any case, with extra words', () => {
    expect(suggestMapping(['Full name', 'POSITION', 'Organization', 'Mobile', 'E-mail', 'Seat'])).toEqual({
      0: 'fullName',
      1: 'title',
      2: 'organisation',
      3: 'phone',
      4: 'email',
      5: 'seat',
    });
    expect(suggestMapping(['ho va ten', 'SĐT', 'Cơ quan/đơn vị', 'Số điện thoại liên hệ'])).toEqual({
      0: 'fullName',
      1: 'phone',
      2: 'organisation',
    });
  });
  it('gives a field to one column only, preferring an exact name', () => {
    expect(suggestMapping(['Họ và tên (ghi rõ)', 'Họ tên', 'Điện thoại'])).toEqual({ 1: 'fullName', 2: 'phone' });
  });
  it('maps nothing for unknown headers or data rows', () => {
    expect(suggestMapping(['1', 'Phạm Thiện Nghĩa', 'Chủ tịch UBND', '0912345678'])).toEqual({});
  });
});

describe('detectHeaderRow', () => {
  it('finds the header under a title', () => expect(detectHeaderRow(sheet)).toBe(2));
  it('is -1 for a sheet without headers', () => expect(detectHeaderRow(sheet.slice(3))).toBe(-1));
});

describe('restorePhoneCell', () => {
  it('puts back the 0 that Excel dropped', () => {
    expect(restorePhoneCell('912345678')).toBe('0912345678');
    expect(restorePhoneCell('2773851234')).toBe('02773851234');
    expect(restorePhoneCell('84912345678')).toBe('0912345678');
    expect(restorePhoneCell('0912 345 678')).toBe('0912 345 678');
    expect(restorePhoneCell('12345')).toBe('12345');
  });
});

describe('mapRows', () => {
  const result = mapRows(sheet, suggestMapping(header));
  it('skips the header and blank rows and keeps the good rows, normalised', () => {
    expect(result.headerRow).toBe(2);
    expect(result.validRows).toEqual([4, 5]);
    expect(result.valid[0]).toEqual({
      fullName: 'Phạm Thiện Nghĩa',
      title: 'Chủ tịch',
      organisation: 'UBND tỉnh',
      phone: '0912345678',
      email: 'nghia@dongthap.gov.vn',
      seat: '',
      notes: 'Chủ trì',
    });
    expect(result.valid[1]!.phone).toBe('0912345678');
  });
  it('reports each problem with its spreadsheet row number and field, in row order', () => {
    expect(result.problems.map((p) => [p.row, p.field, p.code])).toEqual([
      [7, 'fullName', 'delegate.name_required'],
      [8, 'phone', 'delegate.phone_invalid'],
      [8, 'email', 'delegate.email_invalid'],
      [9, 'fullName', 'import.duplicate_row'],
    ]);
    const duplicate = result.problems.at(-1)!;
    expect(duplicate.message.vi).toContain('dòng 5');
    expect(duplicate.message.en).toContain('same name and organisation');
  });
  it('refuses a mapping without the name column or with a field twice', () => {
    expect(mapRows(sheet, { 2: 'title' }).problems.map((p) => p.code)).toEqual(['import.name_column_missing']);
    const twice = mapRows(sheet, { 1: 'fullName', 4: 'phone', 5: 'phone' });
    expect(twice.valid).toEqual([]);
    expect(twice.problems.map((p) => [p.row, p.code])).toEqual([[0, 'import.column_mapped_twice']]);
  });
  it('takes every row when told there is no header, and tolerates short rows', () => {
    const out = mapRows([['Lê Văn Bình'], ['Trần Thị Hoa', 'Phó Chủ tịch']], { 0: 'fullName', 1: 'title' }, { headerRow: -1 });
    expect(out.validRows).toEqual([1, 2]);
    expect(out.valid[1]!.title).toBe('Phó Chủ tịch');
  });
  it('flags every repeat of a row as a duplicate of the first', () => {
    const row = ['Lê Văn Bình', '0903123456'];
    const out = mapRows([['Họ và tên', 'Điện thoại'], row, row, row], { 0: 'fullName', 1: 'phone' });
    expect(out.validRows).toEqual([2]);
    expect(out.problems.map((p) => [p.row, p.code])).toEqual([
      [3, 'import.duplicate_row'],
      [4, 'import.duplicate_row'],
    ]);
  });
  it('property: every non-blank data row is either valid or has a problem, never both', () => {
    const cell = fc.constantFrom('', ' ', 'Nguyễn Văn A', 'nguyen van a', '0912345678', '912345678', 'abc', 'a@b.vn', 'x@');
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 0, maxLength: 4 }), { maxLength: 40 }), (body) => {
        const rows = [['Họ và tên', 'Điện thoại', 'Email', 'Đơn vị'], ...body];
        const out = mapRows(rows, suggestMapping(rows[0]!));
        expect(out.headerRow).toBe(0);
        const problemRows = new Set(out.problems.map((p) => p.row));
        for (const r of out.validRows) expect(problemRows.has(r)).toBe(false);
        body.forEach((cells, i) => {
          const blank = cells.every((c) => !c.trim());
          const row = i + 2;
          expect(blank ? false : out.validRows.includes(row) || problemRows.has(row)).toBe(!blank);
        });
      }),
    );
  });
  // Time is measured in bench/, not asserted here: this checks the result at size.
  it('maps 10,000 rows, all valid', () => {
    const rows = [
      header,
      ...Array.from({ length: 10000 }, (_, i) => [String(i + 1), `Đại biểu ${i}`, 'Chủ tịch', `Xã ${i}`, '0912345678', '', '']),
    ];
    const out = mapRows(rows, suggestMapping(header));
    expect(out.valid).toHaveLength(10000);
  });
});
