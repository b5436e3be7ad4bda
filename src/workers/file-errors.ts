/** The refusals of an untrusted file or of a full pool; each a DomainError with a Vietnamese and an English message. */
import { DomainError } from '../domain/errors.js';

const MB = 1024 * 1024;
const megabytes = (bytes: number) => `${Math.round((bytes / MB) * 10) / 10}`.replace('.', ',');
const megabytesEn = (bytes: number) => `${Math.round((bytes / MB) * 10) / 10}`;

/** 413: more bytes than the upload accepts; nothing was read. The API's one code for a body too large. */
export const fileTooLarge = (maxBytes: number): DomainError =>
  new DomainError(413, 'request.too_large', {
    vi: `Tệp quá lớn: tối đa ${megabytes(maxBytes)} MB. Không có gì được ghi.`,
    en: `The file is too large: at most ${megabytesEn(maxBytes)} MB. Nothing was written.`,
  });

/** 422: the zip inflates to more than it may (declared in its directory, or found while inflating). */
export const zipBomb = (maxInflatedBytes: number): DomainError =>
  new DomainError(422, 'file.zip_bomb', {
    vi: `Tệp nén giải nén ra hơn ${megabytes(maxInflatedBytes)} MB; tài liệu thật không lớn như vậy. Không có gì được ghi.`,
    en: `The compressed file inflates to more than ${megabytesEn(maxInflatedBytes)} MB; a real document is not that large. Nothing was written.`,
  });

/** 422: more zip entries, paragraphs or XML elements than a real document has. */
export const fileTooComplex = (what: { vi: string; en: string }): DomainError =>
  new DomainError(422, 'file.too_complex', {
    vi: `Tệp quá phức tạp để đọc: ${what.vi}. Không có gì được ghi.`,
    en: `The file is too complex to read: ${what.en}. Nothing was written.`,
  });

/** 422: reading the file took longer than its time budget; the worker reading it was ended. */
export const parseTimeout = (ms: number): DomainError =>
  new DomainError(422, 'file.parse_timeout', {
    vi: `Đọc tệp quá ${Math.round(ms / 100) / 10} giây nên đã dừng. Hãy kiểm tra tệp hoặc chia nhỏ nội dung. Không có gì được ghi.`,
    en: `Reading the file took more than ${Math.round(ms / 100) / 10} s and was stopped. Check the file or split its content. Nothing was written.`,
  });

/** 422: the zip's directory cannot be read (cut short, or a form no office program writes). */
export const zipUnreadable = (): DomainError =>
  new DomainError(422, 'file.unreadable', {
    vi: 'Tệp nén bị hỏng hoặc không đầy đủ; hãy lưu lại tài liệu rồi thử lại.',
    en: 'The compressed file is damaged or incomplete; save the document again and retry.',
  });

/** 503: every worker is busy and the queue is full; the client may retry. */
export const filesBusy = (): DomainError =>
  new DomainError(503, 'file.queue_full', {
    vi: 'Máy chủ đang xử lý nhiều tệp; hãy thử lại sau ít phút.',
    en: 'The server is processing many files; try again in a few minutes.',
  });

/** 503: a document took longer to render than its budget. */
export const renderTimeout = (ms: number): DomainError =>
  new DomainError(503, 'documents.render_timeout', {
    vi: `Tạo tài liệu quá ${Math.round(ms / 1000)} giây nên đã dừng; hãy thử lại sau.`,
    en: `Making the document took more than ${Math.round(ms / 1000)} s and was stopped; try again later.`,
  });

/** 503: LibreOffice's queue is full. */
export const pdfBusy = (): DomainError =>
  new DomainError(503, 'documents.pdf_queue_full', {
    vi: 'Máy chủ đang chuyển nhiều tài liệu sang PDF; hãy thử lại sau ít phút (hoặc tải tệp .docx).',
    en: 'The server is converting many documents to PDF; try again in a few minutes (or download the .docx).',
  });

/** 503: a document needs more memory to render than a rendering thread has (RENDER_WORKER_MEMORY_MB). */
export const renderTooLarge = (): DomainError =>
  new DomainError(503, 'documents.render_too_large', {
    vi: 'Tài liệu quá lớn để tạo với bộ nhớ máy chủ cho phép; hãy lọc theo điểm cầu hoặc báo quản trị hệ thống.',
    en: 'The document is too large to make within the memory the server allows; filter by bridge point or tell the administrator.',
  });
