import { describe, expect, it } from 'vitest';
import { isTokenShaped, hashToken } from '../accounts/tokens.js';
import { confirmationUrl, nominationUrl, personalLinkExpiry, personalLinkRow, vietnamLocalNow } from './invitation-links.js';
import { selectRecipients } from './invitation-service.js';
import { remainingSeats } from './nomination-service.js';
import type { DelegateRow } from '../../storage/tables.js';

const DAY = 86_400_000;

describe('personal links', () => {
  it('reads the clock in Hà Nội time', () => {
    expect(vietnamLocalNow(new Date('2021-07-07T01:00:00Z'))).toBe('2021-07-07T08:00');
    expect(vietnamLocalNow(new Date('2021-07-06T17:30:00Z'))).toBe('2021-07-07T00:30');
  });

  it('live until a week after the start, counted from now for a past date, never beyond a year', () => {
    const now = new Date('2021-06-01T00:00:00Z');
    expect(personalLinkExpiry('2021-07-07T08:00', now).toISOString()).toBe('2021-07-14T01:00:00.000Z');
    expect(personalLinkExpiry('2020-01-01T08:00', now).getTime()).toBe(now.getTime() + 7 * DAY);
    expect(personalLinkExpiry('2099-01-01T08:00', now).getTime()).toBeLessThan(now.getTime() + 366 * DAY);
  });

  it('makes a delegate link row holding only the hash of a fresh token', () => {
    const now = new Date('2021-06-01T00:00:00Z');
    const { row, token } = personalLinkRow(
      { id: 'd-1', conference_id: 'c-1', participant_group_id: 'g-1', full_name: 'Nguyễn Văn An' },
      '2021-07-07T08:00',
      now,
    );
    expect(isTokenShaped(token)).toBe(true);
    expect(row).toMatchObject({
      purpose: 'delegate',
      delegate_id: 'd-1',
      conference_id: 'c-1',
      participant_group_id: 'g-1',
      bridge_point_id: null,
      token_hash: hashToken(token),
      revoked_at: null,
      label: 'Giấy mời: Nguyễn Văn An',
    });
    expect(JSON.stringify(row)).not.toContain(token);
  });

  it('builds the addresses delegates and nominators open', () => {
    expect(confirmationUrl('https://hoinghi.example.vn/', 'abc')).toBe('https://hoinghi.example.vn/xac-nhan/abc');
    expect(nominationUrl('https://hoinghi.example.vn', 'abc')).toBe('https://hoinghi.example.vn/cu-nguoi-du/abc');
  });
});

const row = (id: string, invitation: string, email = `${id}@example.vn`) => ({ id, invitation, email }) as DelegateRow;

describe('who a send reaches', () => {
  const rows = [row('a', 'not_invited'), row('b', 'invited'), row('c', 'confirmed'), row('d', 'not_invited', ''), row('e', 'invited', '')];

  it('invites those not yet invited; the ones without e-mail are reported', () => {
    const { chosen, skipped } = selectRecipients('invitation', rows, false);
    expect(chosen.map((r) => r.id)).toEqual(['a']);
    expect(skipped).toEqual([{ delegateId: 'd', reason: 'no_email' }]);
  });

  it('re-invites everyone listed who has an e-mail address', () => {
    expect(selectRecipients('invitation', rows, true).chosen.map((r) => r.id)).toEqual(['a', 'b', 'c']);
  });

  it('reminds only those invited who have not answered, saying why the listed others are left out', () => {
    expect(selectRecipients('reminder', rows, false)).toEqual({ chosen: [rows[1]], skipped: [{ delegateId: 'e', reason: 'no_email' }] });
    expect(selectRecipients('reminder', rows, true).skipped).toEqual([
      { delegateId: 'a', reason: 'not_invited' },
      { delegateId: 'c', reason: 'answered' },
      { delegateId: 'd', reason: 'not_invited' },
      { delegateId: 'e', reason: 'no_email' },
    ]);
  });
});

describe('seats left for a nominator', () => {
  it('is the smaller of what the point and the group allow, never below zero, null without limits', () => {
    expect(remainingSeats(40, null, { atPoint: 38, inGroup: 0 })).toBe(2);
    expect(remainingSeats(40, 5, { atPoint: 10, inGroup: 4 })).toBe(1);
    expect(remainingSeats(40, null, { atPoint: 41, inGroup: 0 })).toBe(0);
    expect(remainingSeats(null, null, { atPoint: 3, inGroup: 1 })).toBeNull();
    expect(remainingSeats(null, 2, { atPoint: 3, inGroup: 1 })).toBe(1);
  });
});
