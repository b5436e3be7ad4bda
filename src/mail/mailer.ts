/**
 * Sending mail over SMTP with nodemailer: one pooled transport per process (a few
 * connections reused across messages), each `send` bounded by a timeout. Errors come back
 * as MailError with a short text fit for the delivery record (never the password).
 */
import nodemailer, { type Transporter } from 'nodemailer';
import { DomainError } from '../domain/errors.js';
import type { MailConfig, SmtpSettings } from './mail-config.js';

export interface MailAttachment {
  filename: string;
  content: Buffer | string;
  contentType: string;
  /** Content-ID of an image shown inside the HTML body (`<img src="cid:…">`). */
  cid?: string;
}

export interface MailMessage {
  to: { name: string; address: string };
  subject: string;
  text: string;
  html?: string;
  attachments: MailAttachment[];
  /** Extra headers, e.g. X-Diemcau-Delegate for tracing. */
  headers?: Record<string, string>;
}

export interface SentMail {
  messageId: string;
  accepted: string[];
  rejected: string[];
}

export interface Mailer {
  readonly enabled: boolean;
  send(message: MailMessage): Promise<SentMail>;
  /** Closes the pooled connections. */
  close(): void;
}

/** A failed send, with the SMTP response code when the server gave one. */
export class MailError extends Error {
  readonly responseCode: number | null;
  constructor(message: string, responseCode: number | null = null) {
    super(message);
    this.name = 'MailError';
    this.responseCode = responseCode;
  }
}

export const mailDisabled = () =>
  new DomainError(409, 'mail.disabled', {
    vi: 'Chưa cấu hình máy chủ gửi thư (DIEMCAU_SMTP_URL, DIEMCAU_MAIL_FROM): không gửi được giấy mời qua email. Có thể in danh sách và giấy mời để phát tay.',
    en: 'No mail server is configured (DIEMCAU_SMTP_URL, DIEMCAU_MAIL_FROM): invitations cannot be e-mailed. Print the list and the invitations to deliver them by hand.',
  });

/** A one-line description of a send failure for the delivery record and the organizer's screen. */
export const mailErrorText = (error: unknown): string => {
  if (error instanceof MailError) return error.message;
  const e = error as { code?: string; responseCode?: number; response?: string; message?: string };
  const parts = [
    e.responseCode ? `SMTP ${e.responseCode}` : e.code,
    (e.response ?? e.message ?? String(error)).replace(/\s+/g, ' ').trim(),
  ].filter(Boolean);
  return parts.join(': ').slice(0, 500);
};

const transportOptions = (smtp: SmtpSettings) => ({
  pool: true as const,
  host: smtp.host,
  port: smtp.port,
  secure: smtp.secure,
  ...(smtp.auth ? { auth: { user: smtp.auth.user, pass: smtp.auth.pass } } : {}),
  ignoreTLS: smtp.tls === 'none',
  requireTLS: smtp.tls === 'required',
  tls: { rejectUnauthorized: smtp.rejectUnauthorized },
  maxConnections: smtp.poolSize,
  maxMessages: 100,
  ...(smtp.ratePerSecond ? { rateDelta: 1000, rateLimit: smtp.ratePerSecond } : {}),
  connectionTimeout: smtp.timeoutMs,
  greetingTimeout: smtp.timeoutMs,
  socketTimeout: smtp.timeoutMs,
  disableFileAccess: true,
  disableUrlAccess: true,
});

const withTimeout = <T>(promise: Promise<T>, ms: number): Promise<T> =>
  new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new MailError(`timeout after ${Math.round(ms / 1000)} s`)), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });

class SmtpMailer implements Mailer {
  readonly enabled = true;
  private readonly transport: Transporter;

  constructor(
    private readonly from: string,
    private readonly smtp: SmtpSettings,
  ) {
    this.transport = nodemailer.createTransport(transportOptions(smtp));
  }

  async send(message: MailMessage): Promise<SentMail> {
    try {
      const info = (await withTimeout(
        this.transport.sendMail({
          from: this.from,
          to: { name: message.to.name, address: message.to.address },
          subject: message.subject,
          text: message.text,
          ...(message.html ? { html: message.html } : {}),
          attachments: message.attachments.map((a) => ({
            filename: a.filename,
            content: a.content,
            contentType: a.contentType,
            ...(a.cid ? { cid: a.cid, contentDisposition: 'inline' as const } : {}),
          })),
          ...(message.headers ? { headers: message.headers } : {}),
        }),
        // The overall bound: connection, greeting and data each have their own timeout too.
        this.smtp.timeoutMs * 2,
      )) as { messageId: string; accepted?: unknown[]; rejected?: unknown[] };
      const addresses = (list: unknown[] | undefined) =>
        (list ?? []).map((a) => (typeof a === 'string' ? a : String((a as { address?: string }).address)));
      const sent = { messageId: info.messageId, accepted: addresses(info.accepted), rejected: addresses(info.rejected) };
      if (sent.accepted.length === 0) throw new MailError(`rejected: ${sent.rejected.join(', ') || message.to.address}`);
      return sent;
    } catch (error) {
      if (error instanceof MailError) throw error;
      const responseCode = (error as { responseCode?: number }).responseCode ?? null;
      throw new MailError(mailErrorText(error), responseCode);
    }
  }

  close(): void {
    this.transport.close();
  }
}

class DisabledMailer implements Mailer {
  readonly enabled = false;
  send(): Promise<SentMail> {
    return Promise.reject(mailDisabled());
  }
  close(): void {}
}

/** The mailer of these settings: SMTP when configured, else one that refuses with `mail.disabled`. */
export const createMailer = (config: MailConfig): Mailer =>
  config.enabled ? new SmtpMailer(config.from, config.smtp) : new DisabledMailer();
