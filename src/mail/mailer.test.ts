import { createServer, type Server, type Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { readMailConfig } from './mail-config.js';
import { createMailer, MailError, type Mailer, type MailMessage } from './mailer.js';
import { startTestSmtpServer, type TestSmtpServer } from './smtp-server.fixture.js';

const message = (to = 'an@chauthanh.example.vn'): MailMessage => ({
  to: { name: 'Nguyễn Văn An', address: to },
  subject: 'Giấy mời: Hội nghị trực tuyến (07/7/2021)',
  text: 'Kính gửi: Ông (Bà) Nguyễn Văn An.',
  html: '<p>Kính gửi: Ông (Bà) Nguyễn Văn An.</p>',
  attachments: [
    {
      filename: 'giay-moi.docx',
      content: Buffer.from('PK fake docx'),
      contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    },
    { filename: 'invite.ics', content: 'BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n', contentType: 'text/calendar; charset=utf-8' },
  ],
  headers: { 'X-Diemcau-Delegate': 'd-1' },
});

let servers: TestSmtpServer[] = [];
let mailers: Mailer[] = [];
const open = (env: Record<string, string>) => {
  const mailer = createMailer(readMailConfig({ DIEMCAU_MAIL_FROM: 'Văn phòng UBND <vp@dongthap.example.vn>', ...env }));
  mailers.push(mailer);
  return mailer;
};
afterEach(async () => {
  for (const mailer of mailers) mailer.close();
  await Promise.all(servers.map((server) => server.close()));
  servers = [];
  mailers = [];
});

describe('SMTP mailer', () => {
  it('delivers a message with its attachments to a server without auth', async () => {
    const server = await startTestSmtpServer();
    servers.push(server);
    const mailer = open({ DIEMCAU_SMTP_URL: server.url, DIEMCAU_SMTP_TLS: 'none' });
    const sent = await mailer.send(message());
    expect(sent.accepted).toEqual(['an@chauthanh.example.vn']);
    const [mail] = await server.waitFor(1);
    expect(mail!.envelopeTo).toEqual(['an@chauthanh.example.vn']);
    expect(mail!.parsed.subject).toBe('Giấy mời: Hội nghị trực tuyến (07/7/2021)');
    expect(mail!.parsed.from?.value).toEqual([{ name: 'Văn phòng UBND', address: 'vp@dongthap.example.vn' }]);
    expect(mail!.parsed.text?.trim()).toBe('Kính gửi: Ông (Bà) Nguyễn Văn An.');
    expect(mail!.parsed.headers.get('x-diemcau-delegate')).toBe('d-1');
    expect(mail!.parsed.attachments.map((a) => [a.filename, a.contentType])).toEqual([
      ['giay-moi.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
      ['invite.ics', 'text/calendar'],
    ]);
    expect(mail!.parsed.attachments[0]!.content.toString()).toBe('PK fake docx');
  });

  it('authenticates over STARTTLS (self-signed certificate accepted when told so)', async () => {
    const server = await startTestSmtpServer({ auth: { user: 'vp@dongthap', pass: 'mật khẩu:1' }, startTls: true });
    servers.push(server);
    const mailer = open({ DIEMCAU_SMTP_URL: server.url, DIEMCAU_SMTP_TLS: 'required', DIEMCAU_SMTP_TLS_REJECT_UNAUTHORIZED: 'false' });
    await mailer.send(message());
    await mailer.send(message('binh@example.vn'));
    const mails = await server.waitFor(2);
    expect(mails.map((m) => m.envelopeTo[0])).toEqual(['an@chauthanh.example.vn', 'binh@example.vn']);
  });

  it('fails with the SMTP answer on a wrong password, a refused mailbox, and missing STARTTLS', async () => {
    const server = await startTestSmtpServer({ auth: { user: 'u', pass: 'right' } });
    servers.push(server);
    const wrong = open({ DIEMCAU_SMTP_URL: `smtp://u:wrong@127.0.0.1:${server.port}`, DIEMCAU_SMTP_TLS: 'none' });
    const error = await wrong.send(message()).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(MailError);
    expect((error as MailError).message).toMatch(/535|Invalid username/);
    expect((error as MailError).message).not.toContain('wrong');

    const plain = await startTestSmtpServer();
    servers.push(plain);
    plain.refuse('nobody@example.vn');
    const mailer = open({ DIEMCAU_SMTP_URL: plain.url, DIEMCAU_SMTP_TLS: 'none' });
    const refused = await mailer.send(message('nobody@example.vn')).catch((caught: unknown) => caught);
    expect(refused).toBeInstanceOf(MailError);
    expect((refused as MailError).message).toMatch(/550|nobody@example\.vn/);

    const noTls = open({ DIEMCAU_SMTP_URL: plain.url, DIEMCAU_SMTP_TLS: 'required' });
    await expect(noTls.send(message())).rejects.toBeInstanceOf(MailError);
    expect(plain.received).toHaveLength(0);
  });

  it('gives up after the timeout on a server that never greets', async () => {
    const sockets: Socket[] = [];
    const silent: Server = createServer((socket) => sockets.push(socket));
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const port = (silent.address() as { port: number }).port;
    try {
      const mailer = open({ DIEMCAU_SMTP_URL: `smtp://127.0.0.1:${port}`, DIEMCAU_SMTP_TLS: 'none', DIEMCAU_SMTP_TIMEOUT_MS: '1000' });
      const error = await mailer.send(message()).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(MailError);
      expect((error as MailError).message).toMatch(/timeout|Greeting never received/i);
    } finally {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => silent.close(() => resolve()));
    }
  });

  it('refuses with mail.disabled when no server is configured', async () => {
    const mailer = createMailer(readMailConfig({}));
    expect(mailer.enabled).toBe(false);
    await expect(mailer.send(message())).rejects.toMatchObject({ status: 409, code: 'mail.disabled' });
  });
});
