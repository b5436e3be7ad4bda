import { describe, expect, it } from 'vitest';
import { daysBetween, openingWarnings, sendWarnings, type SendFacts } from './safety-warnings.js';

const send = (facts: Partial<SendFacts>): SendFacts => ({
  status: 'issued',
  startsAt: '2021-07-07T08:00',
  deadline: '2021-07-05T17:00',
  meeting: 'not_started',
  lastPlannedDay: '2021-07-07',
  now: '2021-06-26T09:30',
  ...facts,
});
const codes = (warnings: { code: string }[]) => warnings.map((warning) => warning.code);

describe('sendWarnings', () => {
  it('warns of nothing for an issued plan before its deadline', () => {
    expect(sendWarnings(send({}))).toEqual([]);
  });

  it('warns when the deadline has passed, naming it', () => {
    const [warning] = sendWarnings(send({ now: '2021-07-05T17:00' }));
    expect(warning?.code).toBe('safety.deadline_passed');
    expect(warning?.message.vi).toContain('17:00 ngày 05/7/2021');
    expect(warning?.message.en).toContain('Monday, 5 July 2021');
    expect(sendWarnings(send({ now: '2021-07-05T16:59' }))).toEqual([]);
  });

  it('without a deadline, answers close at the opening', () => {
    const warnings = sendWarnings(send({ deadline: null, now: '2021-07-07T08:01' }));
    expect(codes(warnings)).toEqual(['safety.deadline_passed']);
    expect(warnings[0]?.message.vi).toMatch(/^Giờ khai mạc \(08:00 ngày 07\/7\/2021\)/);
    expect(sendWarnings(send({ deadline: null, startsAt: null, lastPlannedDay: null, now: '2030-01-01T00:00' }))).toEqual([]);
  });

  it('a new deadline in the future clears the warning', () => {
    expect(sendWarnings(send({ deadline: '2021-07-06T17:00', now: '2021-07-05T18:00' }))).toEqual([]);
  });

  it('warns of a draft plan', () => {
    expect(codes(sendWarnings(send({ status: 'draft' })))).toEqual(['safety.plan_draft']);
  });

  it('warns of a meeting that was closed, or whose planned day is over', () => {
    expect(codes(sendWarnings(send({ meeting: 'ended', now: '2021-07-07T07:00', deadline: null })))).toEqual(['safety.meeting_ended']);
    expect(codes(sendWarnings(send({ status: 'closed', now: '2021-07-01T07:00' })))).toEqual(['safety.meeting_ended']);
    const late = sendWarnings(send({ now: '2021-07-08T07:00' }));
    expect(codes(late)).toEqual(['safety.deadline_passed', 'safety.meeting_ended']);
    expect(late[1]?.message.vi).toContain('07/7/2021');
    // The day itself is not over; a meeting running now is not ended.
    expect(codes(sendWarnings(send({ deadline: null, startsAt: '2021-07-07T14:00', now: '2021-07-07T09:00' })))).toEqual([]);
    expect(codes(sendWarnings(send({ meeting: 'running', deadline: '2021-07-09T00:00', now: '2021-07-08T07:00' })))).toEqual([]);
  });

  it('gives every warning at once', () => {
    expect(codes(sendWarnings(send({ status: 'draft', meeting: 'ended', now: '2021-07-08T00:00' })))).toEqual([
      'safety.deadline_passed',
      'safety.plan_draft',
      'safety.meeting_ended',
    ]);
  });
});

describe('openingWarnings', () => {
  const start = '2021-07-07T08:00';
  it('warns of nothing on the planned day of an issued plan, early or late in the day', () => {
    expect(openingWarnings({ status: 'issued', startsAt: start, now: '2021-07-07T07:30' })).toEqual([]);
    expect(openingWarnings({ status: 'issued', startsAt: start, now: '2021-07-07T23:59' })).toEqual([]);
  });

  it('says how many days early or late', () => {
    const [early] = openingWarnings({ status: 'issued', startsAt: start, now: '2021-06-26T10:00' });
    expect(early?.code).toBe('safety.opening_other_day');
    expect(early?.message.vi).toBe('Hôm nay là 26/6/2021, kế hoạch khai mạc lúc 08:00 ngày 07/7/2021: sớm 11 ngày.');
    expect(early?.message.en).toContain('11 days early');
    const [late] = openingWarnings({ status: 'live', startsAt: start, now: '2021-07-08T08:00' });
    expect(late?.message.vi).toContain('muộn 1 ngày');
    expect(late?.message.en).toContain('1 day late');
  });

  it('warns of a draft plan, with the day', () => {
    expect(codes(openingWarnings({ status: 'draft', startsAt: start, now: '2021-06-26T10:00' }))).toEqual([
      'safety.opening_other_day',
      'safety.plan_draft',
    ]);
    expect(codes(openingWarnings({ status: 'draft', startsAt: start, now: '2021-07-07T08:00' }))).toEqual(['safety.plan_draft']);
  });
});

describe('daysBetween', () => {
  it('counts across months and years', () => {
    expect(daysBetween('2021-06-26', '2021-07-07')).toBe(11);
    expect(daysBetween('2021-12-31', '2022-01-01')).toBe(1);
    expect(daysBetween('2024-03-01', '2024-02-28')).toBe(-2);
  });
});
