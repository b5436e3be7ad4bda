/**
 * The calendar file (invite.ics) sent with an invitation: one VEVENT from the conference
 * start to the end of the planned agenda (or 4 hours when the agenda does not say), at the
 * delegate's bridge point, organised by the issuing body. The UID is stable per delegate and
 * conference, and SEQUENCE is the plan's version, so a calendar updates the same event when
 * the invitation or a reminder is sent again.
 */
import { createEvent, type EventAttributes } from 'ics';
import type { Conference } from '../../domain/conference.schema.js';
import { computeSchedule } from '../../domain/agenda-schedule.js';
import { DomainError } from '../../domain/errors.js';
import { requireExactStart } from '../../domain/session-time.js';
import { addMinutes, minutesBetween } from '../../domain/vietnamese-dates.js';
import { bodyInSentence } from '../document-text.js';
import { bridgePointLabel } from '../plan-outline.js';
import { eventName, timeText, type InvitationPoint } from './invitation-text.js';

/** Asia/Ho_Chi_Minh is UTC+7 all year (no daylight saving since 1975). */
export const VIETNAM_UTC_OFFSET_MINUTES = 7 * 60;
export const DEFAULT_DURATION_MINUTES = 4 * 60;

export interface InvitationIcsInput {
  conference: Pick<Conference, 'id' | 'version' | 'title' | 'issuingBody' | 'startsAt' | 'venue' | 'agendaItems'>;
  delegate: { id: string; fullName: string; email: string };
  bridgePoint: (InvitationPoint & { address: string }) | null;
  /** The personal link, put in the description and URL. */
  confirmationUrl: string;
  /** Address of the organizer (the mail sender); the name is the issuing body. */
  organizerEmail?: string;
  /** DTSTAMP in epoch milliseconds; default now. */
  timestamp?: number;
}

/** Epoch milliseconds of a local `YYYY-MM-DDTHH:mm` in Asia/Ho_Chi_Minh. */
export const vietnamLocalToEpoch = (local: string): number => {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(local);
  if (!match) throw new RangeError(`Not a local date-time: ${local}`);
  const [, y, mo, d, h, mi] = match.map(Number) as [number, number, number, number, number, number];
  return Date.UTC(y, mo - 1, d, h, mi) - VIETNAM_UTC_OFFSET_MINUTES * 60_000;
};

/**
 * Minutes from the start to the end of the programme: the planned end when every duration
 * is known; otherwise 4 hours, but never less than the durations that are known.
 */
export const eventDurationMinutes = (conference: Pick<Conference, 'startsAt' | 'agendaItems'>): number => {
  if (conference.agendaItems.length === 0 || conference.startsAt === null) return DEFAULT_DURATION_MINUTES;
  const { totals } = computeSchedule(conference.startsAt, conference.agendaItems);
  if (totals.end !== null && minutesBetween(conference.startsAt, totals.end) > 0) return minutesBetween(conference.startsAt, totals.end);
  // With an exact start the schedule's bound is a clock time too.
  return Math.max(DEFAULT_DURATION_MINUTES, minutesBetween(conference.startsAt, totals.endNoEarlierThan ?? conference.startsAt));
};

/** `<conferenceId>.<delegateId>@diemcau`: the same event for the same delegate, whatever is resent. */
export const invitationUid = (conferenceId: string, delegateId: string): string => `${conferenceId}.${delegateId}@diemcau`;

const locationOf = (point: InvitationIcsInput['bridgePoint'], venue: string): string => {
  if (!point) return venue.trim();
  if (point.kind === 'remote') return `Trực tuyến (${bridgePointLabel(point.name)})`;
  return [bridgePointLabel(point.name), point.address.trim()].filter(Boolean).join(', ');
};

/** The .ics text (CRLF lines, folded at 75 octets). */
export const renderInvitationIcs = (input: InvitationIcsInput): string => {
  const startsAt = requireExactStart(input.conference, 'calendar_file');
  const conference = { ...input.conference, startsAt };
  const start = vietnamLocalToEpoch(startsAt);
  const minutes = eventDurationMinutes(conference);
  const location = locationOf(input.bridgePoint, conference.venue);
  const attributes: EventAttributes & { timestamp: number } = {
    uid: invitationUid(conference.id, input.delegate.id),
    sequence: conference.version,
    timestamp: input.timestamp ?? Date.now(),
    productId: 'diemcau/giay-moi',
    method: 'PUBLISH',
    title: eventName(conference.title),
    start,
    startInputType: 'utc',
    startOutputType: 'utc',
    end: vietnamLocalToEpoch(addMinutes(startsAt, minutes)),
    endInputType: 'utc',
    endOutputType: 'utc',
    description: [
      `Thời gian: ${timeText(startsAt)}.`,
      location ? `Địa điểm: ${location}.` : '',
      `Xác nhận tham dự: ${input.confirmationUrl}`,
    ]
      .filter(Boolean)
      .join('\n'),
    url: input.confirmationUrl,
    ...(location ? { location } : {}),
    status: 'CONFIRMED',
    busyStatus: 'BUSY',
    organizer: { name: bodyInSentence(conference.issuingBody), ...(input.organizerEmail ? { email: input.organizerEmail } : {}) },
    ...(input.delegate.email
      ? { attendees: [{ name: input.delegate.fullName, email: input.delegate.email, role: 'REQ-PARTICIPANT' }] }
      : {}),
  };
  const { error, value } = createEvent(attributes);
  if (error || !value) {
    throw new DomainError(422, 'documents.invalid_calendar', {
      vi: `Không tạo được tệp lịch (.ics): ${error?.message ?? 'lỗi không rõ'}.`,
      en: `The calendar file (.ics) could not be produced: ${error?.message ?? 'unknown error'}.`,
    });
  }
  return value;
};
