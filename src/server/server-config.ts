/**
 * Server settings from the environment: PORT (default 3000), HOST (default 127.0.0.1),
 * DATA_DIR (default ./data, the SQLite folder), DATABASE_URL (PostgreSQL; SQLite when
 * unset), REDIS_URL (optional), and the media engine (src/server/media-config.ts:
 * MEDIA_ENGINE, JANUS_URL, MEDIA_HOST_ADDRESS, MEDIA_PORT_RANGE, ICE_SERVERS), the scheduled
 * reminders (DIEMCAU_REMINDER_INTERVAL_SECONDS, default 600; 0 turns them off) and the
 * installation's holidays file (DIEMCAU_HOLIDAYS_FILE, docs/calendar.md). Bad values
 * fail at start with a message in both languages.
 */
import { DomainError, type FieldProblem } from '../domain/errors.js';
import type { MediaConfig } from '../media/select-engine.js';
import { readMediaConfig } from './media-config.js';
import { readPdfSettings, readPoolSettings } from '../workers/file-limits.js';

export interface ServerConfig {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | null;
  redisUrl: string | null;
  media: MediaConfig;
  /**
   * TRUST_PROXY: the reverse proxy whose X-Forwarded-For and X-Forwarded-Proto are believed
   * (its addresses or CIDRs, comma-separated, e.g. `127.0.0.1`); unset: none. Behind it the
   * client's own address is the one limits see, and HTTPS at the proxy makes the session
   * cookie Secure and sends HSTS.
   */
  trustProxy: string[] | false;
  /** Seconds between two runs of the scheduled reminders in milliseconds; absent or 0: no reminders (tests). */
  reminderIntervalMs?: number;
  /** DIEMCAU_HOLIDAYS_FILE: the installation's calendar days (JSON), or null. */
  holidaysFile?: string | null;
}

/** DIEMCAU_REMINDER_INTERVAL_SECONDS: 0 (off) to 86400; default 600 (ten minutes). */
const readReminderInterval = (env: Env, problems: FieldProblem[]): number => {
  const raw = env.DIEMCAU_REMINDER_INTERVAL_SECONDS?.trim() || '600';
  const seconds = /^\d{1,5}$/.test(raw) ? Number(raw) : Number.NaN;
  if (seconds >= 0 && seconds <= 86_400) return seconds * 1000;
  problems.push({
    path: '/DIEMCAU_REMINDER_INTERVAL_SECONDS',
    code: 'config.invalid_number',
    message: {
      vi: 'DIEMCAU_REMINDER_INTERVAL_SECONDS phải là số giây từ 0 (tắt nhắc việc tự động) đến 86400.',
      en: 'DIEMCAU_REMINDER_INTERVAL_SECONDS must be a number of seconds from 0 (no automatic reminders) to 86400.',
    },
  });
  return 0;
};

/** `127.0.0.1, 10.0.0.0/8` → the list; blank → trust no proxy. */
export const parseTrustProxy = (value: string | undefined): string[] | false => {
  const text = value?.trim() ?? '';
  if (!text || /^(0|false|no)$/i.test(text)) return false;
  return text
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);
};

type Env = Record<string, string | undefined>;

const blankToNull = (value: string | undefined): string | null => {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
};

const urlProblem = (name: string, value: string, protocols: string[]): FieldProblem | null => {
  let protocol: string;
  try {
    protocol = new URL(value).protocol;
  } catch {
    protocol = '';
  }
  if (protocols.includes(protocol)) return null;
  const expected = protocols.map((p) => `${p}//…`).join(', ');
  return {
    path: `/${name}`,
    code: 'config.invalid_url',
    message: { vi: `${name} phải là địa chỉ dạng ${expected}.`, en: `${name} must be a URL like ${expected}.` },
  };
};

/** Reads and checks the settings; throws DomainError `config.invalid` listing every bad variable. */
export function readServerConfig(env: Env = process.env): ServerConfig {
  const problems: FieldProblem[] = [];
  const rawPort = env.PORT?.trim() || '3000';
  const port = /^\d{1,5}$/.test(rawPort) ? Number(rawPort) : Number.NaN;
  if (!(port >= 0 && port <= 65535)) {
    problems.push({
      path: '/PORT',
      code: 'config.invalid_port',
      message: {
        vi: `PORT phải là số nguyên từ 0 đến 65535 (đang là "${env.PORT}").`,
        en: `PORT must be an integer from 0 to 65535 (got "${env.PORT}").`,
      },
    });
  }
  const host = env.HOST?.trim() || '127.0.0.1';
  if (/\s/.test(host)) {
    problems.push({
      path: '/HOST',
      code: 'config.invalid_host',
      message: { vi: 'HOST không được chứa khoảng trắng.', en: 'HOST must not contain spaces.' },
    });
  }
  const databaseUrl = blankToNull(env.DATABASE_URL);
  const redisUrl = blankToNull(env.REDIS_URL);
  const databaseProblem = databaseUrl ? urlProblem('DATABASE_URL', databaseUrl, ['postgres:', 'postgresql:']) : null;
  const redisProblem = redisUrl ? urlProblem('REDIS_URL', redisUrl, ['redis:', 'rediss:']) : null;
  for (const problem of [databaseProblem, redisProblem]) if (problem) problems.push(problem);
  const media = readMediaConfig(env, problems);
  // The file pool and LibreOffice's queue read these at first use; a bad value fails the start here.
  readPoolSettings(env, problems);
  readPdfSettings(env, problems);
  const reminderIntervalMs = readReminderInterval(env, problems);
  if (problems.length > 0) {
    throw new DomainError(
      422,
      'config.invalid',
      {
        vi: `Cấu hình máy chủ không hợp lệ: ${problems.map((p) => p.message.vi).join(' ')}`,
        en: `Invalid server configuration: ${problems.map((p) => p.message.en).join(' ')}`,
      },
      problems,
    );
  }
  return {
    port,
    host,
    dataDir: env.DATA_DIR?.trim() || './data',
    databaseUrl,
    redisUrl,
    media,
    trustProxy: parseTrustProxy(env.TRUST_PROXY),
    reminderIntervalMs,
    holidaysFile: blankToNull(env.DIEMCAU_HOLIDAYS_FILE),
  };
}
