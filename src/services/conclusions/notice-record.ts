/** The record the first draft of the notice is built from: the plan, the timeline and who presented the items that ran. */
import type { Conference } from '../../domain/conference.schema.js';
import { draftNotice, type NoticeDraft } from '../../domain/conclusions/notice-draft.js';
import type { Timeline } from '../../domain/live/live-timeline.types.js';
import { BLANK_TIME } from '../../domain/session-time.js';
import { longDateVi, parseDate } from '../../domain/vietnamese-dates.js';
import { chairTextOf, heldOnOf, venueOf } from '../minutes/minutes-record.js';

const unique = (values: readonly string[]) => [...new Set(values.map((v) => v.trim()).filter(Boolean))];

export const noticeDraftOf = (conference: Conference, timeline: Timeline): NoticeDraft => {
  const heldOn = heldOnOf(timeline);
  const online = conference.bridgePoints.filter((point) => !point.isHost).length;
  const groups = unique(conference.participantGroups.map((group) => group.organisation));
  return draftNotice({
    title: conference.title,
    governingBody: conference.governingBody,
    issuingBody: conference.issuingBody,
    place: conference.place,
    heldOn: heldOn ? longDateVi(parseDate(heldOn)) : `ngày ${BLANK_TIME}`,
    venue: venueOf(conference),
    onlinePoints: online,
    chairText: chairTextOf(conference),
    attendees: [...groups, ...(online > 0 ? [`đại biểu dự họp tại ${online} điểm cầu trực tuyến`] : [])],
    reporters: unique(timeline.items.filter((item) => item.actualStart !== null && item.kind === 'item').map((item) => item.presenter)),
  });
};
