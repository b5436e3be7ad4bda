/** The refusals of reading a spreadsheet; each is a DomainError 422 with a Vietnamese and an English message. */
import { DomainError, type LocalizedMessage } from '../../domain/errors.js';

/** Rows of a sheet (up to the last non-blank one) that an import reads at most. */
export const MAX_SHEET_ROWS = 20_000;
/** Columns of a row that an import reads at most (a delegate list has a dozen). */
export const MAX_SHEET_COLUMNS = 200;

export const fileUnreadable = (detail: LocalizedMessage): DomainError =>
  new DomainError(422, 'import.file_unreadable', {
    vi: `Không đọc được tệp: ${detail.vi}. Hãy lưu lại danh sách dưới dạng Excel (.xlsx) hoặc CSV UTF-8 rồi thử lại.`,
    en: `The file cannot be read: ${detail.en}. Save the list as Excel (.xlsx) or CSV UTF-8 and try again.`,
  });

export const tooManyRows = (): DomainError =>
  new DomainError(422, 'import.too_many_rows', {
    vi: `Tệp có hơn ${MAX_SHEET_ROWS.toLocaleString('vi-VN')} dòng; hãy chia danh sách thành nhiều tệp.`,
    en: `The file has more than ${MAX_SHEET_ROWS.toLocaleString('en-US')} rows; split the list into several files.`,
  });

export const tooManyColumns = (): DomainError =>
  new DomainError(422, 'import.too_many_columns', {
    vi: `Tệp có hơn ${MAX_SHEET_COLUMNS} cột; danh sách đại biểu chỉ cần vài cột.`,
    en: `The file has more than ${MAX_SHEET_COLUMNS} columns; a delegate list needs only a few.`,
  });

export const UNREADABLE = {
  damagedXlsx: { vi: 'tệp Excel bị hỏng hoặc không đầy đủ', en: 'the Excel file is damaged or incomplete' },
  notAWorkbook: {
    vi: 'tệp nén này không phải bảng tính Excel (có thể là tệp Word đổi đuôi)',
    en: 'this zip file is not an Excel workbook (perhaps a renamed Word file)',
  },
  oldXls: { vi: 'đây là tệp Excel 97-2003 (.xls), chưa được hỗ trợ', en: 'this is an Excel 97-2003 (.xls) file, which is not supported' },
  binary: { vi: 'tệp không phải bảng tính hay văn bản CSV', en: 'the file is neither a spreadsheet nor CSV text' },
  encoding: { vi: 'tệp CSV không ở bảng mã UTF-8 hay UTF-16', en: 'the CSV file is not in UTF-8 or UTF-16' },
  quote: { vi: 'tệp CSV có dấu ngoặc kép chưa đóng', en: 'the CSV file has an unclosed quotation mark' },
} as const satisfies Record<string, LocalizedMessage>;
