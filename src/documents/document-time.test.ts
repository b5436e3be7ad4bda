import { describe, expect, it } from 'vitest';
import { BLANK_TIME } from '../domain/session-time.js';
import { session } from './fixtures/convening/blank-conference.js';
import { seedConference } from './fixtures/seed-conference.js';
import { documentSessions, documentTimeText } from './document-time.js';

describe('the time a document prints', () => {
  it('prints the sessions as they are', () => {
    expect(documentTimeText(seedConference())).toBe('08 giờ 00 phút, ngày 07/7/2021 (thứ Tư)');
  });

  it('follows startsAt for the first session when it was written after the sessions', () => {
    const moved = { ...seedConference(), startsAt: '2021-07-09T14:00' };
    expect(documentTimeText(moved)).toBe('14 giờ 00 phút, ngày 09/7/2021 (thứ Sáu)');
    expect(documentSessions(moved)[0]).toMatchObject({
      id: '00000000-0000-4000-8000-0000000000f1',
      date: '2021-07-09',
      startTime: '14:00',
    });
  });

  it('prints a blank to fill in by hand, never a time, when nothing is known', () => {
    expect(documentTimeText({ startsAt: null, sessions: [session(1)] })).toBe(BLANK_TIME);
    expect(documentTimeText({ startsAt: null, sessions: [] })).toBe(BLANK_TIME);
    expect(documentTimeText({ startsAt: null, sessions: [session(1, { date: '2026-06', dateIsApproximate: true })] })).toBe(
      'dự kiến tháng 6/2026',
    );
  });

  it('throws a RangeError for a start that is not a date (the renderers answer 422)', () => {
    expect(() => documentTimeText({ ...seedConference(), startsAt: 'not a date' })).toThrow(RangeError);
  });
});
