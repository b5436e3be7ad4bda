/**
 * What the draft of the minutes is built from, gathered from the other services: the plan (its
 * chairs, venue, bridge points), the live timeline (with its votes when the votes recorded them
 * there), attendance per bridge point, and the latest revision of each of the secretary's notes.
 */
import type { Conference } from '../../domain/conference.schema.js';
import type { Timeline } from '../../domain/live/live-timeline.types.js';
import { minutesVoteOf, type MinutesRecord, type MinutesVote } from '../../domain/minutes/minutes-draft.js';
import { localDateTimeOf } from '../../domain/minutes/record-time.js';
import type { MinutesNoteRow } from '../../storage/tables.js';
import type { AttendanceReport } from '../participants/attendance-service.js';

/** The chair as printed: the plan's chair line(s), '' when the plan names none. */
export const chairTextOf = (conference: Pick<Conference, 'chairs'>): string =>
  [...conference.chairs]
    .sort((a, b) => a.position - b.position)
    .map((chair) => [chair.title.trim(), chair.personName.trim()].filter(Boolean).join(' ') || chair.text.trim())
    .filter(Boolean)
    .join(', ');

/** The chair's name for the signature block ('' when the plan gives none: the block shows a blank). */
export const chairNameOf = (conference: Pick<Conference, 'chairs'>): string =>
  [...conference.chairs]
    .sort((a, b) => a.position - b.position)
    .find((chair) => chair.role === 'chair')
    ?.personName.trim() ?? '';

/** The venue of the host hall: the plan's venue, else the host point's name and address. */
export const venueOf = (conference: Pick<Conference, 'venue' | 'bridgePoints'>): string => {
  if (conference.venue.trim()) return conference.venue.trim();
  const host = conference.bridgePoints.find((point) => point.isHost);
  return host ? [host.name.trim(), host.address.trim()].filter(Boolean).join(', ') : '';
};

/** The votes recorded in the timeline (a field the votes add to it), closed ones only. */
export const votesOf = (timeline: Timeline): MinutesVote[] => {
  const recorded = (timeline as Timeline & { votes?: unknown }).votes;
  return Array.isArray(recorded) ? recorded.map(minutesVoteOf).filter((vote): vote is MinutesVote => vote !== null) : [];
};

/** The latest revision per item. */
export const latestNotes = (rows: readonly MinutesNoteRow[]): Map<string, string> => {
  const latest = new Map<string, MinutesNoteRow>();
  for (const row of rows) {
    const seen = latest.get(row.item_id);
    if (!seen || Number(seen.revision) < Number(row.revision)) latest.set(row.item_id, row);
  }
  return new Map([...latest].map(([itemId, row]) => [itemId, row.text]));
};

/** The local date the meeting was held, from the record (null when it never started). */
export const heldOnOf = (timeline: Pick<Timeline, 'startedAt'>): string | null =>
  timeline.startedAt === null ? null : localDateTimeOf(timeline.startedAt).slice(0, 10);

export const minutesRecordOf = (
  conference: Conference,
  timeline: Timeline,
  attendance: AttendanceReport,
  notes: readonly MinutesNoteRow[],
  secretaryName: string,
): MinutesRecord => ({
  title: conference.title,
  venue: venueOf(conference),
  onlinePoints: conference.bridgePoints.filter((point) => !point.isHost).map((point) => point.name),
  chairText: chairTextOf(conference),
  secretaryName,
  timeline,
  attendance: attendance.points.map((point) => ({ name: point.name, isHost: point.isHost, present: point.present, absent: point.absent })),
  notes: latestNotes(notes),
  votes: votesOf(timeline),
});
