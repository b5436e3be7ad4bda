/**
 * The timeline of a meeting (diễn biến hội nghị) from its final state and its event log:
 * items in the order they ran with planned against actual, every speech, every live change
 * of the programme, and totals. Pure.
 *
 * Actual lengths are wall-clock spans (start to end, pauses included), as the minutes
 * record them; the extensions are listed apart so the reader sees the time granted.
 */
import { speakerLabel } from './speaker-label.js';
import type { LiveEvent } from './live-commands.js';
import type { FloorRequest, LiveItem, LiveState } from './live-state.js';
import type { Timeline, TimelineChange, TimelineChangeKind, TimelineItem, TimelineSpeech, TimelineVote } from './live-timeline.types.js';

const seconds = (from: number | null, to: number | null): number | null =>
  from === null || to === null ? null : Math.round((to - from) / 1000);

/**
 * Run order: started items by their start; an item that never started (skipped, pending)
 * stays right after the started item before it in the programme.
 */
const runOrder = (items: readonly LiveItem[]): LiveItem[] => {
  let key = Number.NEGATIVE_INFINITY;
  const keyed = items.map((item, index) => {
    if (item.actualStart !== null) key = item.actualStart;
    return { item, index, key: item.actualStart ?? key };
  });
  return keyed.sort((a, b) => a.key - b.key || a.index - b.index).map(({ item }) => item);
};

const timelineItem = (item: LiveItem, index: number): TimelineItem => {
  const { id, agendaItemId: _agendaItemId, parentId: _parentId, perSpeakerSeconds: _rule, ...shown } = item;
  const actualSeconds = seconds(item.actualStart, item.actualEnd);
  const overrunSeconds = actualSeconds === null || item.plannedSeconds === null ? null : actualSeconds - item.plannedSeconds;
  return { itemId: id, ...shown, runOrder: index + 1, actualSeconds, overrunSeconds };
};

const speech = (request: FloorRequest & { givenAt: number }, item: LiveItem | undefined): TimelineSpeech => {
  const spoken = seconds(request.givenAt, request.endedAt);
  return {
    requestId: request.id,
    speakerName: request.speakerName,
    bridgePointId: request.bridgePointId,
    bridgePointName: request.bridgePointName,
    kind: request.kind,
    itemId: item?.id ?? null,
    itemNumber: item?.number ?? '',
    itemContent: item?.content ?? '',
    requestedAt: request.requestedAt,
    givenAt: request.givenAt,
    endedAt: request.endedAt,
    seconds: spoken,
    allowedSeconds: request.allowedSeconds,
    overrunSeconds: spoken === null || request.allowedSeconds === null ? null : spoken - request.allowedSeconds,
  };
};

/** The item running at `at` by the event log (null between items; the later one at a change-over). */
const itemRunningAt = (events: readonly LiveEvent[]) => {
  const runs: { itemId: string; from: number; to: number }[] = [];
  let open: { itemId: string; from: number } | null = null;
  for (const event of events) {
    // A skipped item closes the run only when it was the running one (a pending item skipped never ran).
    const skippedRunning = event.type === 'item.skipped' && open?.itemId === event.itemId;
    const closes = event.type === 'item.ended' || event.type === 'meeting.ended' || skippedRunning;
    if (closes && open) {
      runs.push({ ...open, to: event.at });
      open = null;
    }
    if (event.type === 'item.started') {
      if (open) runs.push({ ...open, to: event.at });
      open = { itemId: event.itemId, from: event.at };
    }
  }
  if (open) runs.push({ ...open, to: Number.POSITIVE_INFINITY });
  return (at: number) => [...runs].reverse().find((run) => run.from <= at && at <= run.to)?.itemId ?? null;
};

/** A force-muted feed's name: the hall's, or a guest's (guest feeds are `guest:<id>`). */
const feedName = (feed: string, hallNames: ReadonlyMap<string, string>): string =>
  hallNames.get(feed) ?? (feed.startsWith('guest:') ? 'Khách mời' : feed);

const changeOf = (
  event: LiveEvent,
  state: LiveState,
  extended: Map<number, string>,
  hallNames: ReadonlyMap<string, string>,
): TimelineChange | null => {
  const itemName = (id: string) => state.items.find((item) => item.id === id)?.content ?? id;
  const requestName = (id: string) => {
    const request = state.requests.find((r) => r.id === id);
    return request ? speakerLabel(request) : id;
  };
  const change = (kind: TimelineChangeKind, subject: string, secs: number | null = null): TimelineChange => ({
    at: event.at,
    version: event.version,
    kind,
    subject,
    seconds: secs,
  });
  switch (event.type) {
    case 'item.skipped':
      return change('skipped', itemName(event.itemId));
    case 'timer.extended':
      return change(event.target === 'item' ? 'extended_item' : 'extended_floor', extended.get(event.version) ?? '', event.seconds);
    case 'items.reordered':
      return change('reordered', event.itemIds.map(itemName).join('; '));
    case 'item.inserted':
      return change('inserted', event.item.content);
    case 'timer.paused':
      return change('paused', '');
    case 'timer.resumed':
      return change('resumed', '');
    case 'floor.removed':
      return change('request_removed', requestName(event.requestId));
    case 'floor.withdrawn':
      return change('request_withdrawn', requestName(event.requestId));
    case 'recording.set':
      return change(event.recording ? 'recording_started' : 'recording_stopped', '');
    case 'hall.muted':
      return change(event.muted ? 'hall_muted' : 'hall_unmuted', feedName(event.feed, hallNames));
    case 'point_tier.set':
      return change(event.promoted ? 'point_promoted' : 'point_demoted', feedName(event.bridgePointId, hallNames));
    default:
      return null;
  }
};

/** What an extension was about: the item or the speaker holding the floor when it was given. */
const extendedSubjects = (events: readonly LiveEvent[], state: LiveState): Map<number, string> => {
  const subjects = new Map<number, string>();
  let item: string | null = null;
  let floor: string | null = null;
  for (const event of events) {
    if (event.type === 'item.started') item = event.itemId;
    if ((event.type === 'item.ended' || event.type === 'item.skipped') && item === event.itemId) item = null;
    if (event.type === 'floor.given') floor = event.requestId;
    if (event.type === 'floor.ended' && floor === event.requestId) floor = null;
    if (event.type === 'timer.extended') {
      const id = event.target === 'item' ? item : floor;
      const subject =
        event.target === 'item' ? state.items.find((i) => i.id === id)?.content : state.requests.find((r) => r.id === id)?.speakerName;
      subjects.set(event.version, subject ?? '');
    }
  }
  return subjects;
};

/**
 * `hallNames`: bridge point id → name, for the force-mutes (the live state names only speakers' halls);
 * `votes`: the closed votes with their results (issue 16), kept in the order they closed.
 */
export const buildTimeline = (
  state: LiveState,
  events: readonly LiveEvent[],
  hallNames: ReadonlyMap<string, string> = new Map(),
  votes: readonly TimelineVote[] = [],
): Timeline => {
  const ordered = [...events].sort((a, b) => a.version - b.version);
  const subjects = extendedSubjects(ordered, state);
  const items = runOrder(state.items).map(timelineItem);
  const byId = new Map(state.items.map((item) => [item.id, item]));
  const runningAt = itemRunningAt(ordered);
  const speeches = state.requests
    .filter((request): request is FloorRequest & { givenAt: number } => request.givenAt !== null)
    .sort((a, b) => a.givenAt - b.givenAt)
    .map((request) => speech(request, byId.get(runningAt(request.givenAt) ?? '')));
  const changes = ordered.flatMap((event) => changeOf(event, state, subjects, hallNames) ?? []);
  const sum = (values: (number | null)[]) => values.reduce<number>((total, value) => total + (value ?? 0), 0);
  const topLevel = items.filter((item) => byId.get(item.itemId)?.parentId === null);
  return {
    conferenceId: state.conferenceId,
    startedAt: state.startedAt,
    endedAt: state.endedAt,
    items,
    speeches,
    changes,
    votes: [...votes].sort((a, b) => a.closedAt - b.closedAt),
    totals: {
      plannedSeconds: sum(topLevel.map((item) => item.plannedSeconds)),
      actualSeconds: seconds(state.startedAt, state.endedAt) ?? 0,
      itemsRun: items.filter((item) => item.actualStart !== null).length,
      itemsSkipped: items.filter((item) => item.state === 'skipped').length,
      itemsInserted: items.filter((item) => item.inserted).length,
      itemsOverrun: items.filter((item) => (item.overrunSeconds ?? 0) > 0).length,
      speeches: speeches.length,
      speakingSeconds: sum(speeches.map((s) => s.seconds)),
    },
  };
};
