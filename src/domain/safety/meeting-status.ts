/**
 * The conference's status follows its live meeting (issue 17): opening the meeting makes a
 * draft or issued plan "Đang diễn ra" (live), closing it makes it "Đã kết thúc" (closed).
 * A plan opened while still a draft goes live too (the chair confirmed it: the meeting is a
 * fact); a status already further on is left as it is. Pure.
 */
import type { ConferenceStatus } from '../conference.schema.js';

export type MeetingMoment = 'meeting.started' | 'meeting.ended';

/** The status the conference takes at this moment of the meeting, or null when it stays. */
export function statusFollowingMeeting(status: ConferenceStatus, moment: MeetingMoment): ConferenceStatus | null {
  if (moment === 'meeting.started') return status === 'draft' || status === 'issued' ? 'live' : null;
  return status === 'closed' ? null : 'closed';
}

/** The status after a list of events of the programme (only the meeting's start and end count). */
export function statusAfterEvents(status: ConferenceStatus, events: readonly { type: string }[]): ConferenceStatus {
  let current = status;
  for (const event of events) {
    if (event.type !== 'meeting.started' && event.type !== 'meeting.ended') continue;
    current = statusFollowingMeeting(current, event.type) ?? current;
  }
  return current;
}
