/** The errors an import can end with; each is a DomainError with a Vietnamese and an English message. */
import { DomainError } from '../domain/errors.js';

export const unsupportedFormat = (fileName: string): DomainError =>
  new DomainError(415, 'import.unsupported_format', {
    vi: `Không nhập được tệp “${fileName}”: chỉ nhận tệp văn bản (.txt, .md) hoặc Word (.docx).`,
    en: `Cannot import “${fileName}”: only text (.txt, .md) and Word (.docx) files are accepted.`,
  });

export const emptyOrUnreadable = (detail?: { vi: string; en: string }): DomainError =>
  new DomainError(422, 'import.empty', {
    vi: `Tệp trống hoặc không đọc được${detail ? `: ${detail.vi}` : ''}.`,
    en: `The file is empty or unreadable${detail ? `: ${detail.en}` : ''}.`,
  });

export const notAPlan = (): DomainError =>
  new DomainError(422, 'import.not_a_plan', {
    vi: 'Không nhận ra kế hoạch trong tệp: không có trích yếu, mục I, II… hay bảng chương trình.',
    en: 'No plan was recognised in the file: no subject line, no numbered sections and no programme table.',
  });

export const noStartTime = (): DomainError =>
  new DomainError(422, 'import.no_start_time', {
    vi: 'Không tìm thấy thời gian tổ chức hội nghị (ví dụ “Thời gian: 08 giờ 00 phút, ngày 07/7/2021”) hay năm ban hành.',
    en: 'No conference time (e.g. “Thời gian: 08 giờ 00 phút, ngày 07/7/2021”) and no issue year were found.',
  });

export const fileTooLarge = (maxBytes: number): DomainError =>
  new DomainError(413, 'import.too_large', {
    vi: `Tệp quá lớn: tối đa ${Math.round(maxBytes / 1024 / 1024)} MB.`,
    en: `The file is too large: at most ${Math.round(maxBytes / 1024 / 1024)} MB.`,
  });
