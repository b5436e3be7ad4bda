/**
 * The mail of a written opinion form (phiếu lấy ý kiến, issue 16) to one member: the form, or a
 * reminder of it. Plain text first (read on any phone): the questions, the deadline written out,
 * and the member's personal link, which opens the form without an account.
 */
import { longDateWithWeekdayVi, parseDate, timeVi } from '../domain/vietnamese-dates.js';
import type { MailMessage } from './mailer.js';

export interface FormMailInput {
  kind: 'request' | 'reminder';
  conferenceTitle: string;
  formTitle: string;
  questions: readonly string[];
  /** Local time in Viet Nam, YYYY-MM-DDTHH:mm. */
  deadline: string;
  recipientName: string;
  recipient: string;
  url: string;
}

/** "17 giờ 00, ngày 10 tháng 7 năm 2021 (Thứ Bảy)". */
export const formDeadlineText = (deadline: string): string =>
  `${timeVi(deadline)}, ${longDateWithWeekdayVi(parseDate(deadline.slice(0, 10)))}`;

export const formMailSubject = (input: FormMailInput): string =>
  `${input.kind === 'reminder' ? 'Nhắc: ' : ''}Phiếu lấy ý kiến: ${input.formTitle}`.slice(0, 250);

export const formMailLines = (input: FormMailInput): string[] => [
  `Kính gửi: ${input.recipientName}`,
  '',
  input.kind === 'reminder'
    ? `Ban tổ chức ${input.conferenceTitle} chưa nhận được phiếu lấy ý kiến của đồng chí.`
    : `Ban tổ chức ${input.conferenceTitle} xin ý kiến của đồng chí bằng phiếu về các nội dung sau:`,
  ...input.questions.map((question, index) => `${index + 1}. ${question}`),
  '',
  `Thời hạn gửi phiếu: trước ${formDeadlineText(input.deadline)}.`,
  'Trả lời phiếu tại trang cá nhân của đồng chí (không cần đăng nhập, xin không chuyển cho người khác):',
  input.url,
  '',
  'Trân trọng.',
];

export const buildFormMessage = (input: FormMailInput): MailMessage => ({
  to: { name: input.recipientName, address: input.recipient },
  subject: formMailSubject(input),
  text: formMailLines(input).join('\n'),
  attachments: [],
  headers: { 'X-Diemcau-Form': input.kind },
});
