import { describe, expect, it } from 'vitest';
import { deadlineReminderPhase } from './deadline-reminders.js';
import { createWorkingCalendar } from './working-days.js';

const calendar = createWorkingCalendar();

describe('when a deadline is reminded', () => {
  it('two working days before, up to the deadline day; not earlier', () => {
    // Deadline Friday 11/12/2026.
    expect(deadlineReminderPhase('2026-12-11', '2026-12-08', calendar)).toBeNull();
    expect(deadlineReminderPhase('2026-12-11', '2026-12-09', calendar)).toBe('before');
    expect(deadlineReminderPhase('2026-12-11', '2026-12-11', calendar)).toBe('before');
  });

  it('after the deadline for five working days, then no more', () => {
    expect(deadlineReminderPhase('2026-12-11', '2026-12-14', calendar)).toBe('after');
    expect(deadlineReminderPhase('2026-12-11', '2026-12-18', calendar)).toBe('after');
    expect(deadlineReminderPhase('2026-12-11', '2026-12-21', calendar)).toBeNull();
  });

  it('never on a weekend or a holiday; Tết counts as no working day in between', () => {
    expect(deadlineReminderPhase('2026-12-14', '2026-12-12', calendar)).toBeNull(); // Saturday
    expect(deadlineReminderPhase('2026-02-23', '2026-02-17', calendar)).toBeNull(); // Tết
    expect(deadlineReminderPhase('2026-02-23', '2026-02-13', calendar)).toBe('before'); // one working day before
  });
});
