/**
 * The mail to a body of the plan (issue 16): the request to comment on a draft, a reminder of
 * it, or a reminder of a written contribution owed to an agenda slot. Plain text first (read
 * on any phone), with the body's personal link when it has one, and the deadline written out.
 */
import { longDateWithWeekdayVi, parseDate } from '../domain/vietnamese-dates.js';
import type { MailMessage } from './mailer.js';

export type BodyMailKind = 'request' | 'reminder';

export type BodyMailInput =
  | {
      subject: 'consultation';
      kind: BodyMailKind;
      conferenceTitle: string;
      bodyName: string;
      recipient: string;
      draftTitle: string;
      draftingAgency: string;
      deadline: string;
      /** The body's page, or null when the body has no bridge point to bind a link to. */
      url: string | null;
    }
  | {
      subject: 'contribution';
      kind: BodyMailKind;
      conferenceTitle: string;
      bodyName: string;
      recipient: string;
      slotContent: string;
      deadline: string | null;
      url: string | null;
    };

const deadlineText = (deadline: string | null): string => (deadline ? longDateWithWeekdayVi(parseDate(deadline)) : '');

const linkLines = (url: string | null): string[] =>
  url
    ? ['Trang trả lời của cơ quan, đơn vị (không cần đăng nhập, không chuyển cho người khác):', url]
    : ['Xin đăng nhập hệ thống bằng tài khoản của đơn vị để trả lời, hoặc gửi văn bản về cơ quan chủ trì.'];

export const bodyMailSubject = (input: BodyMailInput): string => {
  const prefix = input.kind === 'reminder' ? 'Nhắc: ' : '';
  return input.subject === 'consultation'
    ? `${prefix}Lấy ý kiến góp ý ${input.draftTitle}`.slice(0, 250)
    : `${prefix}Gửi tham luận: ${input.slotContent}`.slice(0, 250);
};

export const bodyMailLines = (input: BodyMailInput): string[] => {
  const lines = [`Kính gửi: ${input.bodyName}`, ''];
  if (input.subject === 'consultation') {
    lines.push(
      input.kind === 'reminder'
        ? `${input.draftingAgency} chưa nhận được ý kiến của quý cơ quan về ${input.draftTitle}.`
        : `${input.draftingAgency} đề nghị quý cơ quan góp ý ${input.draftTitle} (phục vụ ${input.conferenceTitle}).`,
      `Ý kiến góp ý xin gửi trước hết ${deadlineText(input.deadline)}. Quá thời hạn trên mà không có ý kiến được coi như thống nhất với dự thảo.`,
    );
  } else {
    lines.push(
      input.kind === 'reminder'
        ? `Ban tổ chức chưa nhận được nội dung tham luận của quý cơ quan tại ${input.conferenceTitle}: ${input.slotContent}.`
        : `Đề nghị quý cơ quan gửi nội dung tham luận tại ${input.conferenceTitle}: ${input.slotContent}.`,
    );
    if (input.deadline) lines.push(`Thời hạn gửi: trước hết ${deadlineText(input.deadline)}.`);
  }
  return [...lines, '', ...linkLines(input.url), '', 'Trân trọng.'];
};

export const buildBodyMessage = (input: BodyMailInput): MailMessage => ({
  to: { name: input.bodyName, address: input.recipient },
  subject: bodyMailSubject(input),
  text: bodyMailLines(input).join('\n'),
  attachments: [],
  headers: { 'X-Diemcau-Body': input.subject },
});
