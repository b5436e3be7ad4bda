import { describe, expect, it } from 'vitest';
import { followUpStatus, isWorkingDay, workingDaysBetween } from './follow-up-rules.js';

describe('working days (Monday to Friday)', () => {
  it('knows the weekdays of July 2021', () => {
    // 07/7/2021 was a Wednesday; 10 and 11 July a Saturday and a Sunday.
    expect(isWorkingDay('2021-07-07')).toBe(true);
    expect(isWorkingDay('2021-07-10')).toBe(false);
    expect(isWorkingDay('2021-07-11')).toBe(false);
    expect(isWorkingDay('2021-07-12')).toBe(true);
  });

  it('counts the working days after the first date up to the second, skipping weekends', () => {
    expect(workingDaysBetween('2021-07-07', '2021-07-07')).toBe(0);
    expect(workingDaysBetween('2021-07-09', '2021-07-12')).toBe(1); // Friday → Monday
    expect(workingDaysBetween('2021-07-07', '2021-07-14')).toBe(5);
    expect(workingDaysBetween('2021-07-14', '2021-07-07')).toBe(-5);
    expect(workingDaysBetween('2021-12-31', '2022-01-04')).toBe(1); // across a year: 1/1/2022 a Saturday, Monday 3/1 off in lieu
    expect(workingDaysBetween('2026-02-13', '2026-02-23')).toBe(1); // Tết 2026 (16-20/2) is not counted
  });
});

describe('follow-up state of a task', () => {
  it('a task done is never overdue', () => {
    expect(followUpStatus({ deadline: '2021-07-01', done: true }, '2021-08-01').state).toBe('done');
  });
  it('is overdue the day after its deadline, counting working days late', () => {
    expect(followUpStatus({ deadline: '2021-07-16', done: false }, '2021-07-16').state).toBe('due_soon');
    expect(followUpStatus({ deadline: '2021-07-16', done: false }, '2021-07-17')).toEqual({
      state: 'overdue',
      workingDaysLate: 1,
      remind: true,
    });
    expect(followUpStatus({ deadline: '2021-07-16', done: false }, '2021-07-20')).toEqual({
      state: 'overdue',
      workingDaysLate: 2,
      remind: true,
    });
  });
  it('is reminded two working days before, not earlier; a Friday deadline seen on Wednesday is due soon', () => {
    expect(followUpStatus({ deadline: '2021-07-16', done: false }, '2021-07-14')).toMatchObject({ state: 'due_soon', remind: true });
    expect(followUpStatus({ deadline: '2021-07-16', done: false }, '2021-07-13')).toMatchObject({ state: 'on_track', remind: false });
    // Monday's deadline seen on the Thursday before: Friday and Monday are two working days.
    expect(followUpStatus({ deadline: '2021-07-19', done: false }, '2021-07-15')).toMatchObject({ state: 'due_soon' });
  });
  it('a task without deadline is never overdue', () => {
    expect(followUpStatus({ deadline: null, done: false }, '2030-01-01')).toEqual({
      state: 'no_deadline',
      workingDaysLate: 0,
      remind: false,
    });
  });
  it('refuses what is not a date', () => {
    expect(() => followUpStatus({ deadline: 'mai', done: false }, '2021-07-01')).toThrow(RangeError);
  });
});
