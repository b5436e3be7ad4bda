/**
 * Mail settings, from the environment only (docs/mail.md):
 * - DIEMCAU_SMTP_URL: smtp://user:pass@host:587 (STARTTLS when offered) or smtps://…:465
 *   (TLS from the first byte); user and password percent-encoded. Unset: mail is disabled
 *   and the screens say so; invitations can still be printed and handed over.
 * - DIEMCAU_MAIL_FROM: the sender, e.g. `Văn phòng UBND tỉnh <vpubnd@dongthap.gov.vn>`.
 * - DIEMCAU_SMTP_TLS: `auto` (default: STARTTLS when the server offers it), `required`
 *   (refuse to send without STARTTLS), `none` (never STARTTLS: a relay on the same host).
 * - DIEMCAU_SMTP_TLS_REJECT_UNAUTHORIZED: `false` accepts a self-signed certificate.
 * - DIEMCAU_SMTP_TIMEOUT_MS (default 30000), DIEMCAU_SMTP_POOL_SIZE (default 3),
 *   DIEMCAU_SMTP_RATE_PER_SECOND (default unlimited).
 * - DIEMCAU_MAIL_PDF: `auto` (default: attach a PDF copy when LibreOffice is installed) or `never`.
 * - DIEMCAU_PUBLIC_URL: the address delegates open, e.g. https://hoinghi.dongthap.gov.vn,
 *   used for the personal links in the messages (default: the address the organizer uses).
 * Bad values fail with every problem listed, in Vietnamese and English.
 */
import { DomainError, type FieldProblem } from '../domain/errors.js';

export const SMTP_TLS_MODES = ['auto', 'required', 'none'] as const;
export type SmtpTlsMode = (typeof SMTP_TLS_MODES)[number];

export interface SmtpSettings {
  host: string;
  port: number;
  /** TLS from the first byte (smtps://). */
  secure: boolean;
  auth: { user: string; pass: string } | null;
  tls: SmtpTlsMode;
  rejectUnauthorized: boolean;
  timeoutMs: number;
  poolSize: number;
  ratePerSecond: number | null;
}

export type MailConfig =
  | { enabled: false; publicUrl: string | null; reason: 'not_configured' }
  | { enabled: true; publicUrl: string | null; from: string; smtp: SmtpSettings; attachPdf: MailPdfMode };

export const MAIL_PDF_MODES = ['auto', 'never'] as const;
export type MailPdfMode = (typeof MAIL_PDF_MODES)[number];

type Env = Record<string, string | undefined>;

const blank = (value: string | undefined) => value?.trim() || null;

const problem = (name: string, code: string, vi: string, en: string): FieldProblem => ({
  path: `/${name}`,
  code,
  message: { vi: `${name}: ${vi}`, en: `${name}: ${en}` },
});

const integer = (env: Env, name: string, fallback: number, min: number, max: number, problems: FieldProblem[]): number => {
  const raw = blank(env[name]);
  if (raw === null) return fallback;
  const value = /^\d+$/.test(raw) ? Number(raw) : Number.NaN;
  if (value >= min && value <= max) return value;
  problems.push(
    problem(name, 'config.invalid_number', `phải là số nguyên từ ${min} đến ${max}.`, `must be an integer from ${min} to ${max}.`),
  );
  return fallback;
};

/** A bare address `a@b.c` or a display form `Name <a@b.c>`. */
const FROM = /^(?:[^<>]*<[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+>|[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+)$/;

const parseSmtpUrl = (raw: string, problems: FieldProblem[]): Pick<SmtpSettings, 'host' | 'port' | 'secure' | 'auth'> | null => {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    url = new URL('invalid:');
  }
  if ((url.protocol !== 'smtp:' && url.protocol !== 'smtps:') || !url.hostname) {
    problems.push(
      problem(
        'DIEMCAU_SMTP_URL',
        'config.invalid_url',
        'phải có dạng smtp://tên:mật-khẩu@máy-chủ:587 hoặc smtps://…:465.',
        'must look like smtp://user:password@host:587 or smtps://…:465.',
      ),
    );
    return null;
  }
  const secure = url.protocol === 'smtps:';
  const port = url.port ? Number(url.port) : secure ? 465 : 587;
  let auth: SmtpSettings['auth'] = null;
  try {
    if (url.username) auth = { user: decodeURIComponent(url.username), pass: decodeURIComponent(url.password) };
  } catch {
    problems.push(
      problem(
        'DIEMCAU_SMTP_URL',
        'config.invalid_url',
        'tên hoặc mật khẩu mã hóa sai (%XX).',
        'the user or password is badly percent-encoded.',
      ),
    );
  }
  return { host: url.hostname.replace(/^\[|\]$/g, ''), port, secure, auth };
};

const publicUrlOf = (env: Env, problems: FieldProblem[]): string | null => {
  const raw = blank(env.DIEMCAU_PUBLIC_URL);
  if (raw === null) return null;
  try {
    const url = new URL(raw);
    if (url.protocol === 'http:' || url.protocol === 'https:') return raw.replace(/\/+$/, '');
  } catch {
    // reported below
  }
  problems.push(problem('DIEMCAU_PUBLIC_URL', 'config.invalid_url', 'phải là địa chỉ http(s)://…', 'must be an http(s)://… address.'));
  return null;
};

/** Reads the mail settings; throws DomainError 422 `config.invalid` listing every bad variable. */
export const readMailConfig = (env: Env = process.env): MailConfig => {
  const problems: FieldProblem[] = [];
  const publicUrl = publicUrlOf(env, problems);
  const rawUrl = blank(env.DIEMCAU_SMTP_URL);
  let config: MailConfig = { enabled: false, publicUrl, reason: 'not_configured' };
  if (rawUrl !== null) {
    const server = parseSmtpUrl(rawUrl, problems);
    const from = blank(env.DIEMCAU_MAIL_FROM);
    if (from === null || !FROM.test(from)) {
      problems.push(
        problem(
          'DIEMCAU_MAIL_FROM',
          'config.invalid_from',
          'cần địa chỉ gửi, ví dụ "Văn phòng UBND <vp@example.gov.vn>".',
          'a sender is required, e.g. "Office <office@example.gov.vn>".',
        ),
      );
    }
    const tls = (blank(env.DIEMCAU_SMTP_TLS) ?? 'auto').toLowerCase();
    if (!(SMTP_TLS_MODES as readonly string[]).includes(tls)) {
      problems.push(
        problem('DIEMCAU_SMTP_TLS', 'config.invalid_tls', 'phải là auto, required hoặc none.', 'must be auto, required or none.'),
      );
    }
    const reject = (blank(env.DIEMCAU_SMTP_TLS_REJECT_UNAUTHORIZED) ?? 'true').toLowerCase();
    if (!['true', 'false'].includes(reject)) {
      problems.push(
        problem('DIEMCAU_SMTP_TLS_REJECT_UNAUTHORIZED', 'config.invalid_boolean', 'phải là true hoặc false.', 'must be true or false.'),
      );
    }
    const timeoutMs = integer(env, 'DIEMCAU_SMTP_TIMEOUT_MS', 30_000, 1_000, 600_000, problems);
    const poolSize = integer(env, 'DIEMCAU_SMTP_POOL_SIZE', 3, 1, 50, problems);
    const rate = integer(env, 'DIEMCAU_SMTP_RATE_PER_SECOND', 0, 0, 10_000, problems);
    const attachPdf = (blank(env.DIEMCAU_MAIL_PDF) ?? 'auto').toLowerCase();
    if (!(MAIL_PDF_MODES as readonly string[]).includes(attachPdf)) {
      problems.push(problem('DIEMCAU_MAIL_PDF', 'config.invalid_pdf', 'phải là auto hoặc never.', 'must be auto or never.'));
    }
    if (server && from) {
      config = {
        enabled: true,
        publicUrl,
        from,
        attachPdf: attachPdf as MailPdfMode,
        smtp: {
          ...server,
          tls: tls as SmtpTlsMode,
          rejectUnauthorized: reject !== 'false',
          timeoutMs,
          poolSize,
          ratePerSecond: rate || null,
        },
      };
    }
  }
  if (problems.length > 0) {
    throw new DomainError(
      422,
      'config.invalid',
      {
        vi: `Cấu hình gửi thư không hợp lệ: ${problems.map((p) => p.message.vi).join(' ')}`,
        en: `Invalid mail configuration: ${problems.map((p) => p.message.en).join(' ')}`,
      },
      problems,
    );
  }
  return config;
};

/** What the screens may show of the settings: never the password. */
export const describeMailConfig = (config: MailConfig): { enabled: boolean; from: string | null; server: string | null } =>
  config.enabled
    ? { enabled: true, from: config.from, server: `${config.smtp.secure ? 'smtps' : 'smtp'}://${config.smtp.host}:${config.smtp.port}` }
    : { enabled: false, from: null, server: null };
