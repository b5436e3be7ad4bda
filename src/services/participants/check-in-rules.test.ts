import { describe, expect, it } from 'vitest';
import { checkInTime, hallCounts, tokenOfCode } from './check-in-rules.js';

const TOKEN = 'Zm9vYmFyYmF6cXV4MTIzNDU2Nzg5MGFiY2RlZmdoaWo';

describe('check-in rules', () => {
  it('finds the personal link token in what a QR code holds', () => {
    expect(TOKEN).toHaveLength(43);
    expect(tokenOfCode(`https://hoinghi.dongthap.gov.vn/xac-nhan/${TOKEN}`)).toBe(TOKEN);
    expect(tokenOfCode(`https://hoinghi.dongthap.gov.vn/xac-nhan/${TOKEN}?utm=qr#x`)).toBe(TOKEN);
    expect(tokenOfCode(`/xac-nhan/${TOKEN}`)).toBe(TOKEN);
    expect(tokenOfCode(`/l/${TOKEN}`)).toBe(TOKEN);
    expect(tokenOfCode(`  ${TOKEN}\n`)).toBe(TOKEN);
    expect(tokenOfCode(`https://example.com/xac-nhan/${TOKEN}x`)).toBeNull();
    expect(tokenOfCode('https://example.com/menu')).toBeNull();
    expect(tokenOfCode('WIFI:S:hoitruong;T:WPA;P:123;;')).toBeNull();
    expect(tokenOfCode('')).toBeNull();
  });

  it('dates an offline check-in at the client time when plausible, else at the server time', () => {
    const now = new Date('2021-07-07T01:30:00.000Z');
    expect(checkInTime(undefined, now)).toBe(now.toISOString());
    expect(checkInTime('2021-07-07T01:05:00.000Z', now)).toBe('2021-07-07T01:05:00.000Z');
    expect(checkInTime('2021-07-07T01:32:00.000Z', now)).toBe(now.toISOString()); // a fast clock: not in the future
    expect(checkInTime('2021-07-07T02:30:00.000Z', now)).toBe(now.toISOString()); // too far ahead
    expect(checkInTime('2021-07-05T01:30:00.000Z', now)).toBe(now.toISOString()); // more than a day back
    expect(checkInTime('not a date', now)).toBe(now.toISOString());
  });

  it('counts a hall by attendance and walk-ins', () => {
    expect(
      hallCounts([
        { attendance: 'present', walkIn: 0, count: 5 },
        { attendance: 'present', walkIn: 1, count: 2 },
        { attendance: 'absent', walkIn: 0, count: 1 },
        { attendance: 'unknown', walkIn: 0, count: 12 },
      ]),
    ).toEqual({ delegates: 20, present: 7, absent: 1, unknown: 12, walkIns: 2 });
  });
});
