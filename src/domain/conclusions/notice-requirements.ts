/**
 * What a conclusion notice must have before it is issued, pure: who issues it (the issuing body
 * and its symbol, `…/TB-VPUBND`) and who signs it (authority, title, name). The first draft
 * leaves them empty (notice-draft.ts: they are the secretariat's choice, never guessed), the
 * editor shows them as to be filled, the .docx of a draft prints a visible blank in their place,
 * and issuing refuses while any is missing. A blank left in the text (`………………`, a fact the
 * record did not hold) is refused too: an issued notice is not filled in by hand.
 */
import { BLANK_TIME } from '../session-time.js';
import type { FieldProblem, LocalizedMessage } from '../errors.js';

export interface NoticeForIssue {
  issuingBody: string;
  documentSymbol: string;
  signerAuthority: string;
  signerTitle: string;
  signerName: string;
  subject: string;
  preamble: string;
  closing: string;
}

export const REQUIRED_NOTICE_FIELDS: Record<keyof NoticeForIssue, LocalizedMessage> = {
  issuingBody: { vi: 'Chưa có cơ quan ban hành thông báo.', en: 'The issuing body of the notice is missing.' },
  documentSymbol: { vi: 'Chưa có ký hiệu của cơ quan ban hành (ví dụ VPUBND).', en: "The issuing body's symbol is missing (e.g. VPUBND)." },
  signerAuthority: { vi: 'Chưa chọn thẩm quyền ký (TM., KT., TL. …).', en: 'The signing authority (TM., KT., TL. …) is missing.' },
  signerTitle: { vi: 'Chưa có chức vụ người ký.', en: "The signer's title is missing." },
  signerName: { vi: 'Chưa có họ tên người ký.', en: "The signer's name is missing." },
  subject: { vi: 'Trích yếu còn chỗ trống cần điền.', en: 'The subject still has a blank to fill.' },
  preamble: { vi: 'Phần mở đầu còn chỗ trống cần điền.', en: 'The preamble still has a blank to fill.' },
  closing: { vi: 'Phần kết thúc còn chỗ trống cần điền.', en: 'The closing still has a blank to fill.' },
};

const TEXTS = new Set<keyof NoticeForIssue>(['subject', 'preamble', 'closing']);

/** The fields still to fill, in the order of the form. */
export function missingNoticeFields(notice: NoticeForIssue): (keyof NoticeForIssue)[] {
  return (Object.keys(REQUIRED_NOTICE_FIELDS) as (keyof NoticeForIssue)[]).filter((field) =>
    TEXTS.has(field) ? notice[field].includes(BLANK_TIME) : notice[field].trim() === '',
  );
}

/** The problems of an incomplete notice, one per field, for the 422 the issue answers. */
export const noticeProblems = (notice: NoticeForIssue): FieldProblem[] =>
  missingNoticeFields(notice).map((field) => ({ path: `/${field}`, code: 'required', message: REQUIRED_NOTICE_FIELDS[field] }));
