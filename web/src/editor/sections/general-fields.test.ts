import { describe, expect, it } from 'vitest';
import { composeIssueDate, splitIssueDate, STATUS_TRANSITIONS } from './general-fields.js';

describe('partial issue date', () => {
  it('composes year, year-month and full dates with leading zeros', () => {
    expect(composeIssueDate('', '', '')).toBeNull();
    expect(composeIssueDate('2021', '', '')).toBe('2021');
    expect(composeIssueDate('2021', '6', '')).toBe('2021-06');
    expect(composeIssueDate('2021', '6', '5')).toBe('2021-06-05');
  });

  it('sends parts typed out of order as typed so the server names the problem', () => {
    expect(composeIssueDate('2021', '', '15')).toBe('2021--15');
  });

  it('splits a stored date back into its parts', () => {
    expect(splitIssueDate('2021-06')).toEqual({ issueYear: '2021', issueMonth: '06', issueDay: '' });
    expect(splitIssueDate(null)).toEqual({ issueYear: '', issueMonth: '', issueDay: '' });
  });
});

describe('status transitions offered', () => {
  it('follows draft → issued → live → closed, with withdrawal of an issued plan', () => {
    expect(STATUS_TRANSITIONS.draft).toEqual(['issued']);
    expect(STATUS_TRANSITIONS.issued).toEqual(['live', 'draft']);
    expect(STATUS_TRANSITIONS.closed).toEqual([]);
  });
});
