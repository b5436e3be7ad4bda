/**
 * Applies a recorded event to the live state. Pure and clock-free: every time comes from
 * the event (`at`, its timers), so the server and every browser reach the same state.
 * Never mutates its input. Throws when the version is not the next one: the client uses
 * this to notice a gap and ask for the events it missed.
 */
import type { LiveEvent, LiveEventBody } from './live-commands.js';
import type { FloorRequest, LiveItem, LiveState } from './live-state.js';
import { extendTimer, pauseTimer, resumeTimer } from './live-timer.js';

/** Numbers event bodies from `version + 1`, all at the same server time. */
export const stamp = (conferenceId: string, version: number, at: number, bodies: readonly LiveEventBody[]): LiveEvent[] =>
  bodies.map((body, index) => ({ ...body, conferenceId, version: version + index + 1, at }));

const updateItem = (state: LiveState, id: string, change: (item: LiveItem) => LiveItem): LiveItem[] =>
  state.items.map((item) => (item.id === id ? change(item) : item));

const updateRequest = (state: LiveState, id: string, change: (request: FloorRequest) => FloorRequest): FloorRequest[] =>
  state.requests.map((request) => (request.id === id ? change(request) : request));

const endItem = (state: LiveState, at: number): LiveState =>
  state.currentItemId === null
    ? state
    : {
        ...state,
        items: updateItem(state, state.currentItemId, (item) => ({ ...item, state: 'done', actualEnd: at })),
        currentItemId: null,
        itemTimer: null,
      };

const endFloor = (state: LiveState, at: number): LiveState =>
  state.floor === null
    ? state
    : {
        ...state,
        requests: updateRequest(state, state.floor.requestId, (request) => ({ ...request, state: 'done', endedAt: at })),
        floor: null,
      };

const closeRequest = (state: LiveState, requestId: string, closed: 'withdrawn' | 'removed'): LiveState => ({
  ...state,
  requests: updateRequest(state, requestId, (request) => ({ ...request, state: closed })),
  waitingOrder: state.waitingOrder.filter((id) => id !== requestId),
});

/** Where a new waiting request goes: a point of order after the points of order at the front, else last. */
const queueWith = (state: LiveState, request: FloorRequest): string[] => {
  if (request.state !== 'waiting') return state.waitingOrder;
  if (request.kind !== 'point_of_order') return [...state.waitingOrder, request.id];
  const kinds = new Map(state.requests.map((r) => [r.id, r.kind]));
  let front = 0;
  while (front < state.waitingOrder.length && kinds.get(state.waitingOrder[front]!) === 'point_of_order') front += 1;
  return [...state.waitingOrder.slice(0, front), request.id, ...state.waitingOrder.slice(front)];
};

/** Puts the pending items in the given order, in the places pending items held (others stay put). */
const reorderPending = (items: LiveItem[], itemIds: readonly string[]): LiveItem[] => {
  const byId = new Map(items.map((item) => [item.id, item]));
  const queue = itemIds.flatMap((id) => {
    const item = byId.get(id);
    return item && item.state === 'pending' ? [item] : [];
  });
  let next = 0;
  return items.map((item) => (item.state === 'pending' && next < queue.length ? queue[next++]! : item));
};

const apply = (state: LiveState, event: LiveEvent): LiveState => {
  const at = event.at;
  switch (event.type) {
    case 'meeting.started':
      return { ...state, phase: 'running', startedAt: at };
    case 'meeting.ended':
      return { ...endItem(endFloor(state, at), at), phase: 'ended', endedAt: at, recording: false };
    case 'item.started': {
      const ended = state.currentItemId === event.itemId ? state : endItem(state, at);
      return {
        ...ended,
        items: updateItem(ended, event.itemId, (item) => ({ ...item, state: 'running', actualStart: at, actualEnd: null })),
        currentItemId: event.itemId,
        itemTimer: event.timer,
      };
    }
    case 'item.ended':
      return state.currentItemId === event.itemId
        ? endItem(state, at)
        : { ...state, items: updateItem(state, event.itemId, (item) => ({ ...item, state: 'done', actualEnd: at })) };
    case 'item.skipped': {
      // The running item skipped: cut short where it stands (its start and end kept for the timeline).
      const ended = state.currentItemId === event.itemId ? endItem(state, at) : state;
      return { ...ended, items: updateItem(ended, event.itemId, (item) => ({ ...item, state: 'skipped' })) };
    }
    case 'timer.paused':
      return {
        ...state,
        itemTimer: state.itemTimer && pauseTimer(state.itemTimer, at),
        floor: state.floor && { ...state.floor, timer: pauseTimer(state.floor.timer, at) },
      };
    case 'timer.resumed':
      return {
        ...state,
        itemTimer: state.itemTimer && resumeTimer(state.itemTimer, at),
        floor: state.floor && { ...state.floor, timer: resumeTimer(state.floor.timer, at) },
      };
    case 'timer.extended': {
      const ms = event.seconds * 1000;
      if (event.target === 'item') {
        const id = state.currentItemId;
        return {
          ...state,
          itemTimer: state.itemTimer && extendTimer(state.itemTimer, ms),
          items:
            id === null
              ? state.items
              : updateItem(state, id, (item) => ({ ...item, extendedSeconds: item.extendedSeconds + event.seconds })),
        };
      }
      const floor = state.floor;
      if (floor === null) return state;
      return {
        ...state,
        floor: { ...floor, timer: extendTimer(floor.timer, ms) },
        requests: updateRequest(state, floor.requestId, (request) => ({
          ...request,
          allowedSeconds: request.allowedSeconds === null ? null : request.allowedSeconds + event.seconds,
        })),
      };
    }
    case 'items.reordered':
      return { ...state, items: reorderPending(state.items, event.itemIds) };
    case 'item.inserted': {
      const index = event.afterItemId === null ? 0 : state.items.findIndex((item) => item.id === event.afterItemId) + 1;
      const place = index <= 0 && event.afterItemId !== null ? state.items.length : index;
      return { ...state, items: [...state.items.slice(0, place), event.item, ...state.items.slice(place)] };
    }
    case 'floor.requested':
      return { ...state, requests: [...state.requests, event.request], waitingOrder: queueWith(state, event.request) };
    case 'floor.withdrawn':
      return closeRequest(state, event.requestId, 'withdrawn');
    case 'floor.removed':
      return closeRequest(state, event.requestId, 'removed');
    case 'queue.ordered':
      return { ...state, waitingOrder: [...event.requestIds] };
    case 'floor.given': {
      const ended = state.floor?.requestId === event.requestId ? state : endFloor(state, at);
      const seconds = event.timer.durationMs === null ? null : Math.round(event.timer.durationMs / 1000);
      return {
        ...ended,
        requests: updateRequest(ended, event.requestId, (request) => ({
          ...request,
          state: 'speaking',
          givenAt: at,
          endedAt: null,
          allowedSeconds: seconds,
        })),
        waitingOrder: ended.waitingOrder.filter((id) => id !== event.requestId),
        floor: { requestId: event.requestId, timer: event.timer },
      };
    }
    case 'floor.ended':
      return state.floor?.requestId === event.requestId
        ? endFloor(state, at)
        : { ...state, requests: updateRequest(state, event.requestId, (request) => ({ ...request, state: 'done', endedAt: at })) };
    case 'hall.muted': {
      const others = (state.forcedMutes ?? []).filter((feed) => feed !== event.feed);
      return { ...state, forcedMutes: event.muted ? [...others, event.feed] : others };
    }
    case 'point_tier.set': {
      const others = (state.promotedPoints ?? []).filter((id) => id !== event.bridgePointId);
      return { ...state, promotedPoints: event.promoted ? [...others, event.bridgePointId] : others };
    }
    case 'recording.set':
      return { ...state, recording: event.recording };
  }
};

/** The state after `event`; throws Error when `event.version` is not `state.version + 1`. */
export const evolve = (state: LiveState, event: LiveEvent): LiveState => {
  if (event.version !== state.version + 1) {
    throw new Error(`live event ${event.version} does not follow version ${state.version} of ${state.conferenceId}`);
  }
  if (event.conferenceId !== state.conferenceId) {
    throw new Error(`live event of ${event.conferenceId} applied to ${state.conferenceId}`);
  }
  return { ...apply(state, event), version: event.version };
};

/** Applies events in order (replay). */
export const evolveAll = (state: LiveState, events: readonly LiveEvent[]): LiveState => events.reduce(evolve, state);
