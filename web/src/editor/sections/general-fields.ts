import type { ConferenceStatus } from '../../../../src/domain/conference.schema.js';

/** The moves the server allows: draft → issued → live → closed, and issued → draft to withdraw. */
export const STATUS_TRANSITIONS: Record<ConferenceStatus, ConferenceStatus[]> = {
  draft: ['issued'],
  issued: ['live', 'draft'],
  live: ['closed'],
  closed: [],
};

const pad = (value: string) => (value.trim().length === 1 ? `0${value.trim()}` : value.trim());

/**
 * The issue date may stay partial until the document is signed: `2021`, `2021-06` or
 * `2021-06-15`. Parts typed out of order are sent as typed so that the server names the problem.
 */
export const composeIssueDate = (year: string, month: string, day: string): string | null => {
  const [y, m, d] = [year.trim(), pad(month), pad(day)];
  if (!y && !m && !d) return null;
  if (!d && !m) return y;
  if (!d) return `${y}-${m}`;
  return `${y}-${m}-${d}`;
};

export const splitIssueDate = (value: string | null) => {
  const [issueYear = '', issueMonth = '', issueDay = ''] = (value ?? '').split('-');
  return { issueYear, issueMonth, issueDay };
};
