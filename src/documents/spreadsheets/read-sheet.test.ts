import { Document, Packer, Paragraph } from 'docx';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { DomainError } from '../../domain/errors.js';
import { detectHeaderRow, mapRows, suggestMapping } from '../../domain/participants/spreadsheet-rows.js';
import { detectSeparator, parseCsv } from './csv-text.js';
import { readSheet } from './read-sheet.js';
import { MAX_SHEET_ROWS } from './sheet-errors.js';

const xlsx = async (fill: (workbook: ExcelJS.Workbook) => void): Promise<Buffer> => {
  const workbook = new ExcelJS.Workbook();
  fill(workbook);
  return Buffer.from(await workbook.xlsx.writeBuffer());
};

const refusal = async (data: Buffer): Promise<DomainError> => {
  try {
    await readSheet(data);
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
};

describe('readSheet: .xlsx', () => {
  it('reads text, numbers, dates, rich text, formulas and hyperlinks as the sheet shows them', async () => {
    const data = await xlsx((wb) => {
      const ws = wb.addWorksheet('DS');
      ws.addRow(['Họ và tên', 'Điện thoại', 'Ngày sinh', 'Đơn vị', 'Ghế', 'Email', 'Đúng']);
      ws.addRow([
        { richText: [{ text: 'Nguyễn ', font: { bold: true } }, { text: 'Văn An' }] },
        912345678,
        new Date(Date.UTC(1975, 3, 30)),
        { formula: 'CONCATENATE("Sở ","Nội vụ")', result: 'Sở Nội vụ' },
        { formula: '1+1', result: 2 },
        { text: 'an@example.vn', hyperlink: 'mailto:an@example.vn' },
        true,
      ]);
      ws.addRow(['Trần Thị Bình', 84987654321, 'ghi chú', null, 12.5]);
    });
    expect(await readSheet(data)).toEqual([
      ['Họ và tên', 'Điện thoại', 'Ngày sinh', 'Đơn vị', 'Ghế', 'Email', 'Đúng'],
      ['Nguyễn Văn An', '0912345678', '30/04/1975', 'Sở Nội vụ', '2', 'an@example.vn', 'TRUE'],
      ['Trần Thị Bình', '0987654321', 'ghi chú', '', '12.5'],
    ]);
  });

  it('keeps the sheet row numbers: leading blank rows stay, trailing blank cells and rows go', async () => {
    const data = await xlsx((wb) => {
      const ws = wb.addWorksheet('DS');
      ws.getCell('B3').value = 'Họ và tên';
      ws.getCell('C3').value = 'Chức vụ';
      ws.getCell('B5').value = 'Lê Văn C';
      ws.getCell('H20').numFmt = '@'; // a styled, empty cell far below
    });
    expect(await readSheet(data)).toEqual([[], [], ['', 'Họ và tên', 'Chức vụ'], [], ['', 'Lê Văn C']]);
  });

  it('gives the text of a merged title once, and a zero-padded number its zeros', async () => {
    const data = await xlsx((wb) => {
      const ws = wb.addWorksheet('DS');
      ws.mergeCells('A1:C1');
      ws.getCell('A1').value = 'DANH SÁCH ĐẠI BIỂU';
      ws.getCell('A2').value = 12345;
      ws.getCell('A2').numFmt = '0000000';
    });
    expect(await readSheet(data)).toEqual([['DANH SÁCH ĐẠI BIỂU'], ['0012345']]);
  });

  it('reads the first non-empty visible worksheet', async () => {
    const data = await xlsx((wb) => {
      wb.addWorksheet('Trống');
      const hidden = wb.addWorksheet('Ẩn', { state: 'hidden' });
      hidden.addRow(['bí mật']);
      wb.addWorksheet('Danh sách').addRow(['Họ và tên']);
    });
    expect(await readSheet(data)).toEqual([['Họ và tên']]);
  });

  it('gives no rows for a workbook whose sheet is empty', async () => {
    expect(await readSheet(await xlsx((wb) => wb.addWorksheet('Sheet1')))).toEqual([]);
  });

  it('refuses a truncated .xlsx with import.file_unreadable and both messages', async () => {
    const data = await xlsx((wb) => wb.addWorksheet('DS').addRow(['Họ và tên', 'Chức vụ']));
    const error = await refusal(data.subarray(0, Math.floor(data.length / 2)));
    expect(error.status).toBe(422);
    expect(error.code).toBe('import.file_unreadable');
    expect(error.localized.vi).toContain('Không đọc được tệp');
    expect(error.localized.en).toContain('cannot be read');
  });

  it('refuses a Word document renamed to .xlsx', async () => {
    const docx = await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('Họ và tên')] }] }));
    const error = await refusal(docx);
    expect(error.code).toBe('import.file_unreadable');
    expect(error.localized.vi).toContain('Word');
  });

  it('refuses an old .xls and random bytes', async () => {
    const xls = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
    expect((await refusal(xls)).localized.en).toContain('.xls');
    const noise = Buffer.from(Array.from({ length: 500 }, (_, i) => (i * 7919) % 256));
    expect((await refusal(noise)).code).toBe('import.file_unreadable');
  });

  it(`refuses a sheet of more than ${MAX_SHEET_ROWS} rows`, async () => {
    const data = await xlsx((wb) => {
      const ws = wb.addWorksheet('DS');
      ws.getCell(MAX_SHEET_ROWS + 1, 1).value = 'một dòng quá nhiều';
    });
    expect((await refusal(data)).code).toBe('import.too_many_rows');
    const ok = await xlsx((wb) => (wb.addWorksheet('DS').getCell(MAX_SHEET_ROWS, 1).value = 'vừa đủ'));
    expect((await readSheet(ok)).length).toBe(MAX_SHEET_ROWS);
  });
});

describe('readSheet: .csv', () => {
  const rows = [
    ['STT', 'Họ và tên', 'Đơn vị', 'Điện thoại'],
    ['1', 'Nguyễn Văn An', 'Sở Nội vụ; Phòng CCHC', '0912345678'],
    ['2', 'Phạm "Út" Bảy', 'UBND huyện Cao Lãnh,\nVăn phòng', '912 345 679'],
  ];
  const quote = (cell: string) => (/[;,\t"\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);
  const csv = (sep: string, eol = '\r\n') => rows.map((r) => r.map(quote).join(sep)).join(eol) + eol;

  it('reads UTF-8 with a BOM and semicolons, quotes and line breaks inside quotes', async () => {
    const data = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(csv(';'), 'utf8')]);
    expect(await readSheet(data)).toEqual(rows);
  });

  it('reads UTF-8 without a BOM, comma separated, LF line ends', async () => {
    expect(await readSheet(Buffer.from(csv(',', '\n'), 'utf8'))).toEqual(rows);
  });

  it('reads Excel "Unicode text": UTF-16 LE with a BOM, tab separated', async () => {
    const data = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(csv('\t'), 'utf16le')]);
    expect(await readSheet(data)).toEqual(rows);
  });

  it('reads UTF-16 BE with a BOM and UTF-16 LE without one', async () => {
    const le = Buffer.from(csv('\t'), 'utf16le');
    expect(await readSheet(le)).toEqual(rows);
    const be = Buffer.from(le);
    be.swap16();
    expect(await readSheet(Buffer.concat([Buffer.from([0xfe, 0xff]), be]))).toEqual(rows);
  });

  it('follows an Excel "sep=" line and drops it', () => {
    expect(parseCsv('sep=;\na;b,c\n')).toEqual([['a', 'b,c']]);
  });

  it('picks the separator that splits the lines evenly', () => {
    expect(detectSeparator('Họ và tên;Đơn vị\nAn;Sở Nội vụ, tỉnh Đồng Tháp\nBình;UBND\n')).toBe(';');
    expect(detectSeparator('Họ và tên\nAn\n')).toBe(',');
  });

  it('gives no rows for an empty file and refuses text that is not UTF-8 or an unclosed quote', async () => {
    expect(await readSheet(Buffer.alloc(0))).toEqual([]);
    expect(await readSheet(Buffer.from('\r\n;;\r\n', 'utf8'))).toEqual([]);
    const latin1 = Buffer.from('Họ tên;Đơn vị\nNguy\xeAn;S\xf4\n', 'latin1');
    expect((await refusal(latin1)).code).toBe('import.file_unreadable');
    expect((await refusal(Buffer.from('a;"b\nc;d\n'))).code).toBe('import.file_unreadable');
  });

  it('refuses more than the row limit', async () => {
    const data = Buffer.from('Họ và tên\n' + 'An\n'.repeat(MAX_SHEET_ROWS), 'utf8');
    expect((await refusal(data)).code).toBe('import.too_many_rows');
  });
});

describe('readSheet feeds the import rules', () => {
  it('an office list with a title, an STT column and a phone typed as a number maps to valid delegates', async () => {
    const data = await xlsx((wb) => {
      const ws = wb.addWorksheet('DS');
      ws.addRow(['DANH SÁCH ĐẠI BIỂU DỰ HỘI NGHỊ']);
      ws.addRow([]);
      ws.addRow(['STT', 'Họ và tên', 'Chức vụ', 'Cơ quan, đơn vị', 'SĐT', 'Ghi chú']);
      ws.addRow([1, 'Nguyễn Văn An', 'Giám đốc', 'Sở Nội vụ', 912345678, '']);
      ws.addRow([2, 'Lê Thị Cúc', 'Phó Giám đốc', 'Sở Nội vụ', '0387654321', 'Chủ trì']);
    });
    const sheet = await readSheet(data);
    const headerRow = detectHeaderRow(sheet);
    expect(headerRow).toBe(2);
    const mapped = mapRows(sheet, suggestMapping(sheet[headerRow]!), { headerRow });
    expect(mapped.problems).toEqual([]);
    expect(mapped.validRows).toEqual([4, 5]);
    expect(mapped.valid.map((d) => d.phone)).toEqual(['0912345678', '0387654321']);
  });
});
