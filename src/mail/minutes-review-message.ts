/**
 * The mail that sends the draft minutes (biên bản) to a participant for review (issue 16 item 5):
 * plain text first (read on any phone), the participant's personal link to the page where the
 * draft is read and a remark left, and the end of the review window written out in Viet Nam's
 * time. Nothing is attached: the draft may still change until it is locked.
 */
import { recordedMomentVi } from '../domain/minutes/record-time.js';
import type { MailMessage } from './mailer.js';

export interface MinutesReviewMailInput {
  conferenceTitle: string;
  minutesSubject: string;
  delegateName: string;
  recipient: string;
  /** End of the review window (ISO instant). */
  deadline: string;
  /** The review page: `<publicUrl>/bien-ban/<token>`. */
  url: string;
}

/** The page a participant opens to read the draft minutes: `<publicUrl>/bien-ban/<token>`. */
export const minutesReviewUrl = (publicUrl: string, token: string): string => `${publicUrl.replace(/\/+$/, '')}/bien-ban/${token}`;

export const minutesReviewLines = (input: MinutesReviewMailInput): string[] => [
  `Kính gửi: ${input.delegateName}`,
  '',
  `Ban tổ chức gửi dự thảo biên bản ${input.conferenceTitle} để quý đại biểu xem và góp ý.`,
  `Ý kiến góp ý xin gửi trước ${recordedMomentVi(Date.parse(input.deadline))}. Sau thời hạn này biên bản được khóa và không sửa được nữa.`,
  '',
  'Trang đọc dự thảo và góp ý (không cần đăng nhập, không chuyển cho người khác):',
  input.url,
  '',
  'Trân trọng.',
];

export const buildMinutesReviewMessage = (input: MinutesReviewMailInput): MailMessage => ({
  to: { name: input.delegateName, address: input.recipient },
  subject: `Góp ý dự thảo biên bản: ${input.minutesSubject.trim() || input.conferenceTitle}`.slice(0, 250),
  text: minutesReviewLines(input).join('\n'),
  attachments: [],
  headers: { 'X-Diemcau-Minutes': 'review' },
});
