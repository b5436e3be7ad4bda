/**
 * The live programme before the meeting starts: one LiveItem per agenda item of the plan
 * (groups and their sub-rows), in display order, with the planned starts and lengths of
 * the schedule (agenda-schedule.ts). A length the plan does not give stays null.
 */
import type { Conference } from '../conference.schema.js';
import { computeSchedule, displayNumbers } from '../agenda-schedule.js';
import type { LiveItem, LiveState } from './live-state.js';

export const DEFAULT_SPEAKER_SECONDS = 300;
export const DEFAULT_WARNING_SECONDS = 60;

const presenterOf = (organisation: string, person: string): string =>
  [organisation.trim(), person.trim()].filter((part) => part !== '').join(' - ');

/**
 * `perSpeakerSeconds`: the item's rule "Mỗi đại biểu trình bày 07 phút", a sub-row taking its
 * group's; the sub-row's planned length is the rule when it has no duration of its own
 * (computeSchedule). The group rule is the default time of the floor given under the item.
 */
export const initialLiveState = (conference: Pick<Conference, 'id' | 'startsAt' | 'agendaItems'>): LiveState => {
  const schedule = computeSchedule(conference.startsAt, conference.agendaItems);
  const numbers = displayNumbers(conference.agendaItems);
  const byId = new Map(conference.agendaItems.map((item) => [item.id, item]));
  const items: LiveItem[] = schedule.items.map((entry, index) => {
    const agendaItem = byId.get(entry.id)!;
    const parent = entry.parentId === null ? undefined : byId.get(entry.parentId);
    const ruleMinutes = agendaItem.perSpeakerMinutes ?? parent?.perSpeakerMinutes ?? null;
    return {
      id: entry.id,
      agendaItemId: entry.id,
      parentId: entry.parentId,
      number: numbers[entry.id] ?? '',
      content: agendaItem.content,
      presenter: presenterOf(agendaItem.presenterOrganisation, agendaItem.presenterPerson),
      kind: agendaItem.kind,
      plannedStart: entry.start,
      plannedOrder: index + 1,
      plannedSeconds: entry.durationMinutes === null ? null : entry.durationMinutes * 60,
      perSpeakerSeconds: ruleMinutes === null ? null : ruleMinutes * 60,
      state: 'pending',
      actualStart: null,
      actualEnd: null,
      extendedSeconds: 0,
      inserted: false,
    };
  });
  return {
    conferenceId: conference.id,
    version: 0,
    phase: 'not_started',
    startedAt: null,
    endedAt: null,
    items,
    currentItemId: null,
    itemTimer: null,
    floor: null,
    requests: [],
    waitingOrder: [],
    defaultSpeakerSeconds: DEFAULT_SPEAKER_SECONDS,
    warningSeconds: DEFAULT_WARNING_SECONDS,
    forcedMutes: [],
    promotedPoints: [],
    recording: false,
  };
};
