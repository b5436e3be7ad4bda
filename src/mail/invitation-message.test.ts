import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isPdfAvailable } from '../documents/pdf.js';
import { seedConference, seedId } from '../documents/fixtures/seed-conference.js';
import { readDocxParts, findParagraph } from '../documents/fixtures/docx-parts.js';
import { decodeQrPng } from '../documents/invitation/qr-decode.fixture.js';
import { readMailConfig } from './mail-config.js';
import { createMailer, type Mailer } from './mailer.js';
import {
  ATTACHMENT_NAMES,
  BatchDocuments,
  buildInvitationMessage,
  invitationSubjectLine,
  invitationTextLines,
  senderAddress,
  type InvitationMessageInput,
} from './invitation-message.js';
import { startTestSmtpServer, type TestSmtpServer } from './smtp-server.fixture.js';

const LINK = 'https://hoinghi.example.vn/xac-nhan/q7Zk3m9XyT2bLw8RvN4sJd6HfA1cEgPu0oIi5YtKxWe';

const input = (patch: Partial<InvitationMessageInput> = {}): InvitationMessageInput => {
  const conference = seedConference();
  return {
    kind: 'invitation',
    conference,
    delegate: {
      id: seedId(9001),
      fullName: 'Nguyễn Văn An',
      title: 'Chủ tịch',
      organisation: 'UBND huyện Châu Thành',
      email: 'an@chauthanh.example.vn',
    },
    bridgePoint: conference.bridgePoints.find((p) => !p.isHost)!,
    confirmationUrl: LINK,
    deadline: '2021-07-05T17:00',
    organizerEmail: 'vp@dongthap.example.vn',
    attachPdf: false,
    ...patch,
  };
};

let server: TestSmtpServer;
let mailer: Mailer;
beforeAll(async () => {
  server = await startTestSmtpServer();
  mailer = createMailer(
    readMailConfig({
      DIEMCAU_SMTP_URL: server.url,
      DIEMCAU_SMTP_TLS: 'none',
      DIEMCAU_MAIL_FROM: 'Văn phòng UBND <vp@dongthap.example.vn>',
    }),
  );
});
afterAll(async () => {
  mailer.close();
  await server.close();
});

type Parsed = Awaited<ReturnType<typeof deliver>>;
const names = (mail: Parsed) => mail.attachments.map((a) => a.filename).sort();
const attachment = (mail: Parsed, name: string) => mail.attachments.find((a) => a.filename === name)!;

const deliver = async (message: Awaited<ReturnType<typeof buildInvitationMessage>>) => {
  const before = server.received.length;
  await mailer.send(message);
  return (await server.waitFor(before + 1))[before]!.parsed;
};

describe('invitation message', () => {
  it('names the meeting and the date in the subject; a reminder says so', () => {
    expect(invitationSubjectLine('invitation', seedConference())).toMatch(/^Giấy mời: Hội nghị trực tuyến về tổng kết.*\(07\/7\/2021\)$/);
    expect(invitationSubjectLine('reminder', seedConference())).toMatch(/^Nhắc xác nhận tham dự: Hội nghị/);
    expect(invitationSubjectLine('invitation', seedConference()).length).toBeLessThan(170);
    expect(senderAddress('Văn phòng UBND <vp@dongthap.example.vn>')).toBe('vp@dongthap.example.vn');
    expect(senderAddress('vp@dongthap.example.vn')).toBe('vp@dongthap.example.vn');
  });

  it('sends the plan .docx when the plan replaces the invitation, with invite.ics and the QR code', async () => {
    const conference = { ...seedConference(), replacesInvitation: true };
    const mail = await deliver(await buildInvitationMessage(input({ conference }), new BatchDocuments(conference)));
    expect(names(mail)).toEqual([ATTACHMENT_NAMES.calendar, ATTACHMENT_NAMES.plan, ATTACHMENT_NAMES.qr]);
    const plan = await readDocxParts(attachment(mail, ATTACHMENT_NAMES.plan).content);
    expect(findParagraph(plan.document, 'KẾ HOẠCH')).toBeDefined();
    expect(attachment(mail, ATTACHMENT_NAMES.calendar).contentType).toBe('text/calendar');
    expect(attachment(mail, ATTACHMENT_NAMES.calendar).content.toString()).toContain('DTSTART:20210707T010000Z');
    expect(attachment(mail, ATTACHMENT_NAMES.qr).contentDisposition).toBe('inline');
    expect(decodeQrPng(attachment(mail, ATTACHMENT_NAMES.qr).content)).toBe(LINK);
    expect(mail.text).toContain('Kính gửi: Ông (Bà) Nguyễn Văn An - Chủ tịch, UBND huyện Châu Thành.');
    expect(mail.text).toContain(LINK);
    expect(mail.text).toContain('(trước 17 giờ 00 phút, ngày 05/7/2021 (thứ Hai))');
    expect(mail.text).toContain('Kế hoạch (thay giấy mời)');
    expect(mail.html).toContain(`<a href="${LINK}">`);
    // mailparser inlines the cid image as a data URL
    expect(attachment(mail, ATTACHMENT_NAMES.qr).cid).toBe('qr@diemcau');
    expect(mail.html).toMatch(/<img src="data:image\/png;base64,/);
  });

  it('sends a personal Giấy mời otherwise, and a reminder with the same attachments', async () => {
    const conference = { ...seedConference(), replacesInvitation: false };
    const batch = new BatchDocuments(conference);
    const mail = await deliver(await buildInvitationMessage(input({ conference }), batch));
    expect(names(mail)).toEqual([ATTACHMENT_NAMES.invitation, ATTACHMENT_NAMES.calendar, ATTACHMENT_NAMES.qr]);
    const giayMoi = await readDocxParts(attachment(mail, ATTACHMENT_NAMES.invitation).content);
    expect(findParagraph(giayMoi.document, 'GIẤY MỜI')).toBeDefined();
    expect(findParagraph(giayMoi.document, /^Kính gửi: Ông \(Bà\) Nguyễn Văn An/)).toBeDefined();
    expect(mail.text).toContain('Giấy mời và tệp lịch (invite.ics)');
    const reminder = await deliver(await buildInvitationMessage(input({ conference, kind: 'reminder' }), batch));
    expect(reminder.subject).toMatch(/^Nhắc xác nhận tham dự:/);
    expect(reminder.text).toContain('chưa nhận được xác nhận tham dự');
    expect(names(reminder)).toEqual(names(mail));
  });

  it('adds the PDF copy when LibreOffice is installed, and renders the shared plan once per batch', async () => {
    const conference = { ...seedConference(), replacesInvitation: true };
    const batch = new BatchDocuments(conference);
    const [first, second] = await Promise.all([
      buildInvitationMessage(input({ conference, attachPdf: true }), batch),
      buildInvitationMessage(
        input({ conference, attachPdf: true, delegate: { ...input().delegate, id: seedId(9002), email: 'b@example.vn' } }),
        batch,
      ),
    ]);
    expect(first.attachments[0]!.content).toBe(second.attachments[0]!.content);
    const names = first.attachments.map((a) => a.filename);
    if (await isPdfAvailable()) {
      expect(names).toContain(ATTACHMENT_NAMES.planPdf);
      const mail = await deliver(first);
      const pdf = attachment(mail, ATTACHMENT_NAMES.planPdf);
      expect(pdf.contentType).toBe('application/pdf');
      expect(pdf.content.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    } else {
      expect(names).not.toContain(ATTACHMENT_NAMES.planPdf);
    }
  }, 120_000);
});

describe('the text of a notice that replaces the invitation, with its chairs', () => {
  it('names the document that invites and the chair and co-chair the plan gives', () => {
    const conference = {
      ...seedConference(),
      documentType: 'TB' as const,
      chairs: [
        { id: seedId(9101), position: 0, role: 'chair' as const, personName: 'Nguyễn Văn Hậu', title: 'Phó Chủ tịch UBND tỉnh', text: 'x' },
        { id: seedId(9102), position: 1, role: 'co_chair' as const, personName: '', title: 'Giám đốc Sở Tài chính', text: 'x' },
      ],
    };
    const lines = invitationTextLines(input({ conference }));
    expect(lines.join('\n')).toContain('Thông báo (thay giấy mời)');
    expect(lines).toContain('Chủ trì: Nguyễn Văn Hậu, Phó Chủ tịch UBND tỉnh.');
    expect(lines).toContain('Đồng chủ trì: Giám đốc Sở Tài chính.');
  });
});
