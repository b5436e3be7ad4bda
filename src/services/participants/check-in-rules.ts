/**
 * Pure rules of check-in: which link a scanned QR code holds, which time a check-in made
 * offline is recorded at, and the counts of one hall. No I/O, no clock (the time is passed in).
 */
import { DomainError, invalid, type LocalizedMessage } from '../../domain/errors.js';
import type { Delegate } from '../../domain/participants/delegate.js';

export const CHECK_IN_METHODS = ['qr', 'search'] as const;
export type CheckInMethod = (typeof CHECK_IN_METHODS)[number];

/** A personal link token: base64url of 32 bytes (src/services/accounts/tokens.ts). */
const TOKEN = /^[A-Za-z0-9_-]{43}$/;
/** The path of the personal link printed on the invitation: /xac-nhan/<token> (also the generic /l/<token>). */
const LINK_PATH = /(?:^|\/)(?:xac-nhan|l)\/([A-Za-z0-9_-]{43})(?:[/?#]|$)/;

/**
 * The token of the personal link a QR code holds: the whole URL of the invitation
 * (`https://host/xac-nhan/<token>`), its path, or the bare token; null for anything else.
 */
export const tokenOfCode = (code: string): string | null => {
  const text = code.trim();
  if (TOKEN.test(text)) return text;
  let path = text;
  try {
    path = new URL(text).pathname;
  } catch {
    /* not an absolute URL: a path, or something else */
  }
  return LINK_PATH.exec(path)?.[1] ?? null;
};

/** How far back a check-in made offline may be dated, and how far ahead a client clock may run. */
export const OFFLINE_WINDOW_MS = 24 * 60 * 60_000;
export const CLOCK_SKEW_MS = 5 * 60_000;

/**
 * The time a check-in is recorded at: the client's (when the person arrived, even if the
 * link came back later) when it is plausible, else the server's.
 */
export const checkInTime = (clientTime: string | undefined, now: Date): string => {
  if (!clientTime) return now.toISOString();
  const at = Date.parse(clientTime);
  if (!Number.isFinite(at) || at < now.getTime() - OFFLINE_WINDOW_MS || at > now.getTime() + CLOCK_SKEW_MS) return now.toISOString();
  return new Date(Math.min(at, now.getTime())).toISOString();
};

export interface HallCounts {
  /** Delegates registered at the point (walk-ins included). */
  delegates: number;
  present: number;
  absent: number;
  unknown: number;
  walkIns: number;
}

export const hallCounts = (rows: readonly { attendance: string; walkIn: number; count: number }[]): HallCounts => {
  const counts: HallCounts = { delegates: 0, present: 0, absent: 0, unknown: 0, walkIns: 0 };
  for (const row of rows) {
    counts.delegates += row.count;
    if (row.attendance === 'present') counts.present += row.count;
    else if (row.attendance === 'absent') counts.absent += row.count;
    else counts.unknown += row.count;
    if (row.walkIn === 1) counts.walkIns += row.count;
  }
  return counts;
};

export interface CheckInRecord {
  key: string;
  at: string;
  method: string;
}

export interface CheckInResult {
  outcome: 'checked_in' | 'already_present';
  /** True when this key was recorded before: the first answer again, nothing written now. */
  replayed: boolean;
  delegate: Delegate;
  checkIn: CheckInRecord | null;
}

export interface Headcount {
  bridgePointId: string;
  count: number;
  reportedAt: string;
  reportedBy: string;
}

export interface HallSummary {
  bridgePointId: string;
  name: string;
  quota: number | null;
  counts: HallCounts;
  headcount: Headcount | null;
}

const message = (vi: string, en: string): LocalizedMessage => ({ vi, en });

/** The refusals of check-in, each with a message the operator can act on. */
export const checkInErrors = {
  targetRequired: () =>
    invalid('check_in.target_required', message('Cần chọn đại biểu hoặc quét mã QR.', 'Choose a delegate or scan a QR code.'), [
      {
        path: '/delegateId',
        code: 'check_in.target_required',
        message: message('Cần một trong hai: delegateId hoặc code.', 'One of delegateId or code is needed.'),
      },
    ]),
  codeInvalid: () =>
    invalid(
      'check_in.code_invalid',
      message('Mã QR này không phải giấy mời của hệ thống.', 'This QR code is not an invitation of this system.'),
    ),
  codeUnknown: () =>
    new DomainError(404, 'check_in.code_unknown', message('Không tìm thấy giấy mời của mã QR này.', 'No invitation matches this QR code.')),
  notPersonal: () =>
    invalid(
      'check_in.code_not_personal',
      message('Mã QR này không phải giấy mời cá nhân của một đại biểu.', 'This QR code is not the personal invitation of a delegate.'),
    ),
  otherConference: () =>
    invalid(
      'check_in.other_conference',
      message('Mã QR này là giấy mời của một hội nghị khác.', 'This QR code is the invitation to another conference.'),
    ),
  wrongPoint: (pointName: string) =>
    new DomainError(
      409,
      'check_in.wrong_point',
      message(
        `Đại biểu này đăng ký dự tại điểm cầu "${pointName}", không phải điểm cầu này.`,
        `This delegate is registered at the bridge point "${pointName}", not at this one.`,
      ),
    ),
  keyReused: () =>
    new DomainError(
      409,
      'check_in.key_reused',
      message('Mã lượt điểm danh này đã dùng cho một đại biểu khác.', 'This check-in key was already used for another delegate.'),
    ),
  unknownPoint: () =>
    invalid(
      'check_in.unknown_bridge_point',
      message('Điểm cầu không thuộc hội nghị này.', 'The bridge point does not belong to this conference.'),
      [
        {
          path: '/bridgePointId',
          code: 'check_in.unknown_bridge_point',
          message: message('Không có điểm cầu này.', 'No such bridge point.'),
        },
      ],
    ),
};
