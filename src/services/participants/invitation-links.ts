/**
 * Personal links of delegates and the clock of the confirmation page: the link row of a
 * fresh personal link, how long it lives, the address delegates open, and the local time in
 * Asia/Ho_Chi_Minh that answers are compared with.
 */
import { randomUUID } from 'node:crypto';
import { vietnamLocalToEpoch, VIETNAM_UTC_OFFSET_MINUTES } from '../../documents/invitation/invitation-ics.js';
import type { AccessLinkRow, DelegateRow } from '../../storage/tables.js';
import { MAX_LINK_LIFE_MS } from '../accounts/access-link-service.js';
import { newToken } from '../accounts/tokens.js';

const DAY_MS = 24 * 60 * 60_000;
/** A personal link works until a week after the conference starts (the QR code is read at check-in). */
export const LINK_LIFE_AFTER_START_MS = 7 * DAY_MS;

/** `2021-07-07T08:00` for a moment, in Asia/Ho_Chi_Minh. */
export const vietnamLocalNow = (now: Date): string =>
  new Date(now.getTime() + VIETNAM_UTC_OFFSET_MINUTES * 60_000).toISOString().slice(0, 16);

/** End of a personal link: a week after the start (or from now for a past date), at most a year ahead. */
export const personalLinkExpiry = (startsAt: string, now: Date): Date => {
  const start = vietnamLocalToEpoch(startsAt);
  const wanted = Math.max(start, now.getTime()) + LINK_LIFE_AFTER_START_MS;
  return new Date(Math.min(wanted, now.getTime() + MAX_LINK_LIFE_MS - DAY_MS));
};

/** The page a delegate opens: `<publicUrl>/xac-nhan/<token>`; the QR code holds the same text. */
export const confirmationUrl = (publicUrl: string, token: string): string => `${publicUrl.replace(/\/+$/, '')}/xac-nhan/${token}`;

/** The page a nominator opens: `<publicUrl>/cu-nguoi-du/<token>`. */
export const nominationUrl = (publicUrl: string, token: string): string => `${publicUrl.replace(/\/+$/, '')}/cu-nguoi-du/${token}`;

/** A new personal link of one delegate (purpose delegate), and its token, shown once. */
export const personalLinkRow = (
  delegate: Pick<DelegateRow, 'id' | 'conference_id' | 'participant_group_id' | 'full_name'>,
  startsAt: string,
  now: Date,
): { row: AccessLinkRow; token: string } => {
  const { token, hash } = newToken();
  return {
    token,
    row: {
      id: randomUUID(),
      token_hash: hash,
      purpose: 'delegate',
      conference_id: delegate.conference_id,
      bridge_point_id: null,
      participant_group_id: delegate.participant_group_id,
      label: `Giấy mời: ${delegate.full_name}`.slice(0, 200),
      created_by_user_id: null,
      created_at: now.toISOString(),
      expires_at: personalLinkExpiry(startsAt, now).toISOString(),
      revoked_at: null,
      last_used_at: null,
      last_used_ip: null,
      use_count: 0,
      delegate_id: delegate.id,
    },
  };
};
