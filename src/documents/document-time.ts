/**
 * The time a document prints. `startsAt` is the first session's exact start and writing it
 * sets the first session (conference.schema.ts); a plan whose `startsAt` was written after its
 * sessions (an older client, a test patch) prints that start for its first session. Otherwise
 * the sessions print as they are known, or a blank to fill in by hand: never an invented time.
 */
import type { Conference, ConferenceSession } from '../domain/conference.schema.js';
import { conferenceTimeText, exactStart, sessionFromStart, sessionsInOrder } from '../domain/session-time.js';

type TimedConference = Pick<Conference, 'startsAt'> & Partial<Pick<Conference, 'sessions'>>;

/** The sessions in order, the first one following `startsAt` when the two disagree. */
export const documentSessions = (conference: TimedConference): ConferenceSession[] => {
  const sessions = sessionsInOrder(conference.sessions ?? []);
  const [first, ...rest] = sessions;
  if (!first || !conference.startsAt || exactStart(first) === conference.startsAt) return sessions;
  return [{ ...first, ...sessionFromStart(conference.startsAt), label: first.label }, ...rest];
};

/** `08 giờ 00 phút, ngày 07/7/2021 (thứ Tư)`, every session as known, or `………………`. */
export const documentTimeText = (conference: TimedConference): string =>
  conferenceTimeText({ startsAt: conference.startsAt, sessions: documentSessions(conference) });
