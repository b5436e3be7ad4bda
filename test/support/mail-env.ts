/**
 * A real SMTP server for a test's in-process server, with the mail settings pointing at it:
 * `DIEMCAU_SMTP_URL` plus the given ones, set in process.env before the server starts and put
 * back as they were by `close` (which also stops the SMTP server).
 */
import { startTestSmtpServer, type TestSmtpServer } from '../../src/mail/smtp-server.fixture.js';

export interface MailEnv {
  smtp: TestSmtpServer;
  close: () => Promise<void>;
}

export async function startMailEnv(settings: Record<string, string>): Promise<MailEnv> {
  const smtp = await startTestSmtpServer();
  const saved: Record<string, string | undefined> = {};
  for (const [key, value] of Object.entries({ ...settings, DIEMCAU_SMTP_URL: smtp.url })) {
    saved[key] = process.env[key];
    process.env[key] = value;
  }
  return {
    smtp,
    async close() {
      await smtp.close();
      for (const [key, value] of Object.entries(saved)) {
        if (value === undefined) delete process.env[key];
        else process.env[key] = value;
      }
    },
  };
}
