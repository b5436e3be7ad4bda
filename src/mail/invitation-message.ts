/**
 * The e-mail of an invitation or a reminder to one delegate: subject and body in
 * Vietnamese with the personal link, and the attachments:
 * - the Giấy mời .docx addressed to them, or the plan .docx when the plan "replaces the
 *   invitation" (conference.replacesInvitation);
 * - the same document as PDF when LibreOffice is installed (and DIEMCAU_MAIL_PDF ≠ never);
 * - invite.ics, the calendar event at their bridge point;
 * - the QR code of the link, shown inside the HTML body.
 * Documents shared by every delegate (the plan and its PDF) are rendered once per batch.
 */
import { documentTypeNameInSentence } from '../documents/document-text.js';
import { conferenceTimeText } from '../domain/session-time.js';
import type { Conference } from '../domain/conference.schema.js';
import { shortDateVi, parseDate } from '../domain/vietnamese-dates.js';
import { renderPlanDocx } from '../documents/plan-docx.js';
import { convertDocxToPdf, isPdfAvailable } from '../documents/pdf.js';
import { renderGiayMoiDocx } from '../documents/invitation/giay-moi-docx.js';
import { renderInvitationIcs } from '../documents/invitation/invitation-ics.js';
import { qrPng } from '../documents/invitation/qr.js';
import {
  CHECK_IN_NOTE,
  deadlineText,
  eventName,
  invitingSentence,
  placeLines,
  presidingLines,
  salutationLine,
  type InvitationPoint,
} from '../documents/invitation/invitation-text.js';
import type { MailAttachment, MailMessage } from './mailer.js';

export type InvitationKind = 'invitation' | 'reminder';

export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
export const ATTACHMENT_NAMES = {
  invitation: 'giay-moi.docx',
  invitationPdf: 'giay-moi.pdf',
  plan: 'ke-hoach.docx',
  planPdf: 'ke-hoach.pdf',
  calendar: 'invite.ics',
  qr: 'ma-qr.png',
} as const;

export interface InvitationMessageInput {
  kind: InvitationKind;
  conference: Conference;
  delegate: { id: string; fullName: string; title: string; organisation: string; email: string };
  bridgePoint: (InvitationPoint & { address: string }) | null;
  confirmationUrl: string;
  deadline?: string | null;
  /** The sender's address, the organizer in the calendar event. */
  organizerEmail?: string;
  /** Attach a PDF copy when LibreOffice is installed. */
  attachPdf: boolean;
}

/** Shared documents of one batch: the plan and its PDF are rendered at most once. */
export class BatchDocuments {
  private planDocx: Promise<Buffer> | undefined;
  private planPdf: Promise<Buffer | null> | undefined;
  constructor(private readonly conference: Conference) {}
  plan(): Promise<Buffer> {
    return (this.planDocx ??= renderPlanDocx(this.conference));
  }
  planAsPdf(): Promise<Buffer | null> {
    return (this.planPdf ??= this.plan().then((docx) => pdfOrNull(docx)));
  }
}

/** The PDF of a document, or null when LibreOffice is missing or fails (the .docx still goes). */
const pdfOrNull = async (docx: Buffer): Promise<Buffer | null> => {
  if (!(await isPdfAvailable())) return null;
  try {
    return await convertDocxToPdf(docx);
  } catch {
    return null;
  }
};

/** `Giấy mời: Hội nghị … (07/7/2021)` or `Nhắc xác nhận tham dự: Hội nghị … (07/7/2021)`. */
export const invitationSubjectLine = (kind: InvitationKind, conference: Pick<Conference, 'title' | 'startsAt'>): string => {
  const name = eventName(conference.title);
  const short = name.length > 140 ? `${name.slice(0, 137).trimEnd()}…` : name;
  // Invitations are sent only once the start is fixed (requireExactStart); a preview without it shows no date.
  const date = conference.startsAt ? ` (${shortDateVi(parseDate(conference.startsAt))})` : '';
  return `${kind === 'reminder' ? 'Nhắc xác nhận tham dự' : 'Giấy mời'}: ${short}${date}`;
};

/** The plain-text body, line by line. */
export const invitationTextLines = (input: InvitationMessageInput): string[] => {
  const { conference } = input;
  const until = deadlineText(input.deadline);
  // The document that invites: a Kế hoạch or a Thông báo that replaces the invitation, else the Giấy mời.
  const document = conference.replacesInvitation ? `${documentTypeNameInSentence(conference.documentType)} (thay giấy mời)` : 'Giấy mời';
  return [
    salutationLine(input.delegate),
    '',
    ...(input.kind === 'reminder'
      ? ['Ban Tổ chức chưa nhận được xác nhận tham dự của Ông (Bà). Xin nhắc lại thông tin hội nghị:', '']
      : []),
    invitingSentence(conference),
    ...presidingLines(conference).map((line) => `${line}.`),
    `Thời gian: ${conferenceTimeText(conference)}.`,
    ...placeLines(conference, input.bridgePoint),
    '',
    `Xác nhận tham dự, không tham dự hoặc cử người dự thay${until ? ` (trước ${until})` : ''} tại đường dẫn:`,
    input.confirmationUrl,
    '',
    `${document} và tệp lịch (${ATTACHMENT_NAMES.calendar}) được gửi kèm thư này.`,
    CHECK_IN_NOTE,
    '',
    'Thư được gửi tự động từ hệ thống Điểm Cầu; xin đừng trả lời thư này.',
  ];
};

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const htmlBody = (lines: string[], url: string): string => {
  const paragraphs = lines
    .map((line) => (line === url ? `<p><a href="${escapeHtml(url)}">${escapeHtml(url)}</a></p>` : line ? `<p>${escapeHtml(line)}</p>` : ''))
    .join('\n');
  return [
    '<!doctype html><html lang="vi"><head><meta charset="utf-8"></head>',
    '<body style="font-family: \'Times New Roman\', serif; font-size: 16px; color: #000">',
    paragraphs,
    `<p><img src="cid:qr@diemcau" alt="Mã QR xác nhận tham dự" width="180" height="180"></p>`,
    '</body></html>',
  ].join('\n');
};

/** The message, ready for Mailer.send. */
export const buildInvitationMessage = async (input: InvitationMessageInput, batch: BatchDocuments): Promise<MailMessage> => {
  const { conference, delegate } = input;
  const attachments: MailAttachment[] = [];
  if (conference.replacesInvitation) {
    attachments.push({ filename: ATTACHMENT_NAMES.plan, content: await batch.plan(), contentType: DOCX_TYPE });
    const pdf = input.attachPdf ? await batch.planAsPdf() : null;
    if (pdf) attachments.push({ filename: ATTACHMENT_NAMES.planPdf, content: pdf, contentType: 'application/pdf' });
  } else {
    const docx = await renderGiayMoiDocx({
      conference,
      delegate,
      bridgePoint: input.bridgePoint,
      confirmationUrl: input.confirmationUrl,
      deadline: input.deadline ?? null,
    });
    attachments.push({ filename: ATTACHMENT_NAMES.invitation, content: docx, contentType: DOCX_TYPE });
    const pdf = input.attachPdf ? await pdfOrNull(docx) : null;
    if (pdf) attachments.push({ filename: ATTACHMENT_NAMES.invitationPdf, content: pdf, contentType: 'application/pdf' });
  }
  const ics = renderInvitationIcs({
    conference,
    delegate,
    bridgePoint: input.bridgePoint,
    confirmationUrl: input.confirmationUrl,
    ...(input.organizerEmail ? { organizerEmail: input.organizerEmail } : {}),
  });
  attachments.push({ filename: ATTACHMENT_NAMES.calendar, content: ics, contentType: 'text/calendar; charset=utf-8; method=PUBLISH' });
  attachments.push({
    filename: ATTACHMENT_NAMES.qr,
    content: await qrPng(input.confirmationUrl),
    contentType: 'image/png',
    cid: 'qr@diemcau',
  });
  const lines = invitationTextLines(input);
  return {
    to: { name: delegate.fullName, address: delegate.email },
    subject: invitationSubjectLine(input.kind, conference),
    text: lines.join('\n'),
    html: htmlBody(lines, input.confirmationUrl),
    attachments,
    headers: { 'X-Diemcau-Conference': conference.id, 'X-Diemcau-Delegate': delegate.id },
  };
};

/** The bare address of a sender `Name <a@b.c>` (for the calendar organizer). */
export const senderAddress = (from: string): string => /<([^<>]+)>\s*$/.exec(from)?.[1] ?? from.trim();
