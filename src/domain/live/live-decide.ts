/**
 * Decides what a command does to the live programme: the events to record, or a refusal
 * (DomainError 409 when the state does not allow it, 404 for an unknown id). Pure: the
 * time and new ids come from the CommandContext.
 *
 * Pause and resume act on every timer at once: `pause` stops the item's countdown and the
 * speaker's together (a break in the meeting stops both clocks), `resume` restarts
 * whichever is stopped. A timer started while the other is paused runs on its own.
 * Starting, ending or skipping an item leaves the floor as it is (a speaker may finish across items);
 * ending the meeting ends the floor, then the item.
 */
import {
  INSERTED_ITEM_KIND,
  type CommandContext,
  type LiveEventBody,
  type ProgrammeCommand,
  type ResolvedFloorRequest,
} from './live-commands.js';
import type { FloorRequest, LiveItem, LiveState } from './live-state.js';
import { liveErrors } from './live-errors.js';
import { startTimer } from './live-timer.js';
import { currentItem, itemOf, nextItem, requestOf, requestByClientKey } from './live-view.js';
import { plannedMediaTier, type MediaTier } from '../media/media-tier.js';
import type { BridgePointKind } from '../conference-values.schema.js';

/** What the plan says of a point a command names (the service reads it); undefined: not a point of the conference. */
export interface PlannedPoint {
  kind: BridgePointKind;
  isHost: boolean;
  mediaTier: MediaTier | null;
}

/** Facts of the plan a programme command needs besides the state. */
export interface ProgrammeFacts {
  /** The point `set_point_tier` names, as the plan has it; undefined: not one of the conference's. */
  point?: PlannedPoint;
}

type Command<T extends ProgrammeCommand['type']> = Extract<ProgrammeCommand, { type: T }>;

const sameSet = (given: readonly string[], expected: readonly string[]): boolean =>
  given.length === expected.length && new Set(given).size === given.length && expected.every((id) => given.includes(id));

const endFloorEvents = (state: LiveState): LiveEventBody[] =>
  state.floor === null ? [] : [{ type: 'floor.ended', requestId: state.floor.requestId }];

const endItemEvents = (state: LiveState): LiveEventBody[] =>
  state.currentItemId === null ? [] : [{ type: 'item.ended', itemId: state.currentItemId }];

const startItem = (state: LiveState, command: Command<'start_item'>, ctx: CommandContext): LiveEventBody[] => {
  const item = command.itemId === undefined ? nextItem(state) : itemOf(state, command.itemId);
  if (!item) throw command.itemId === undefined ? liveErrors.noPendingItem() : liveErrors.itemNotFound();
  if (item.state === 'running') throw liveErrors.itemRunning();
  if (item.state !== 'pending') throw liveErrors.itemClosed();
  const durationMs = item.plannedSeconds === null ? null : (item.plannedSeconds + item.extendedSeconds) * 1000;
  return [
    ...endItemEvents(state),
    { type: 'item.started', itemId: item.id, timer: startTimer(durationMs, state.warningSeconds * 1000, ctx.now) },
  ];
};

const waitingRequest = (state: LiveState, requestId: string): FloorRequest => {
  const request = requestOf(state, requestId);
  if (!request) throw liveErrors.requestNotFound();
  if (request.state !== 'waiting') throw liveErrors.requestNotWaiting();
  return request;
};

const giveFloor = (state: LiveState, command: Command<'give_floor'>, ctx: CommandContext): LiveEventBody[] => {
  const request = waitingRequest(state, command.requestId);
  const seconds = command.seconds ?? currentItem(state)?.perSpeakerSeconds ?? state.defaultSpeakerSeconds;
  return [
    ...endFloorEvents(state),
    { type: 'floor.given', requestId: request.id, timer: startTimer(seconds * 1000, state.warningSeconds * 1000, ctx.now) },
  ];
};

const insertItem = (state: LiveState, command: Command<'insert_item'>, ctx: CommandContext): LiveEventBody[] => {
  if (command.afterItemId !== null && !itemOf(state, command.afterItemId)) throw liveErrors.itemNotFound();
  const item: LiveItem = {
    id: ctx.newId(),
    agendaItemId: null,
    parentId: null,
    number: '',
    content: command.content.trim(),
    presenter: command.presenter.trim(),
    kind: INSERTED_ITEM_KIND,
    plannedStart: null,
    plannedOrder: null,
    plannedSeconds: command.minutes === null ? null : command.minutes * 60,
    perSpeakerSeconds: null,
    state: 'pending',
    actualStart: null,
    actualEnd: null,
    extendedSeconds: 0,
    inserted: true,
  };
  return [{ type: 'item.inserted', afterItemId: command.afterItemId, item }];
};

const hasRunningTimer = (state: LiveState) => state.itemTimer?.runningSince != null || state.floor?.timer.runningSince != null;
const hasPausedTimer = (state: LiveState) =>
  (state.itemTimer !== null && state.itemTimer.runningSince === null) || (state.floor !== null && state.floor.timer.runningSince === null);

const runningCommand = (state: LiveState, command: ProgrammeCommand, ctx: CommandContext): LiveEventBody[] => {
  switch (command.type) {
    case 'start_meeting':
      throw liveErrors.alreadyStarted();
    case 'end_meeting':
      return [...endFloorEvents(state), ...endItemEvents(state), { type: 'meeting.ended' }];
    case 'start_item':
      return startItem(state, command, ctx);
    case 'end_item':
      if (state.currentItemId === null) throw liveErrors.noItemRunning();
      return endItemEvents(state);
    case 'skip_item': {
      const item = itemOf(state, command.itemId);
      if (!item) throw liveErrors.itemNotFound();
      // The running item may be skipped too (cut short and marked skipped); the floor stays, as when an item ends.
      if (item.state !== 'pending' && item.state !== 'running') throw liveErrors.itemNotPending();
      return [{ type: 'item.skipped', itemId: item.id }];
    }
    case 'pause':
      if (!hasRunningTimer(state)) throw liveErrors.nothingToPause();
      return [{ type: 'timer.paused' }];
    case 'resume':
      if (!hasPausedTimer(state)) throw liveErrors.nothingToResume();
      return [{ type: 'timer.resumed' }];
    case 'extend':
      if ((command.target === 'item' ? state.itemTimer : state.floor) === null) throw liveErrors.nothingToExtend();
      return [{ type: 'timer.extended', target: command.target, seconds: command.seconds }];
    case 'reorder_items': {
      const pending = state.items.filter((item) => item.state === 'pending').map((item) => item.id);
      if (!sameSet(command.itemIds, pending)) throw liveErrors.reorderMismatch();
      return [{ type: 'items.reordered', itemIds: [...command.itemIds] }];
    }
    case 'insert_item':
      return insertItem(state, command, ctx);
    case 'give_floor':
      return giveFloor(state, command, ctx);
    case 'end_floor':
      if (state.floor === null) throw liveErrors.noFloor();
      return endFloorEvents(state);
    case 'order_queue':
      if (!sameSet(command.requestIds, state.waitingOrder)) throw liveErrors.queueMismatch();
      return [{ type: 'queue.ordered', requestIds: [...command.requestIds] }];
    case 'remove_request':
      return [{ type: 'floor.removed', requestId: waitingRequest(state, command.requestId).id }];
    case 'mute_hall':
    case 'set_point_tier':
    case 'set_recording':
      return []; // decided in decideProgramme, whatever the phase
  }
};

/**
 * The chair's promotion of a watching point for the day (issue 19): only a point of the
 * conference, only one the plan makes watching (the host and interactive points need none);
 * sending back a point that is not promoted, or promoting one twice, is no event.
 */
const setPointTier = (state: LiveState, command: Command<'set_point_tier'>, point: PlannedPoint | undefined): LiveEventBody[] => {
  if (!point) throw liveErrors.pointNotFound();
  const promoted = state.promotedPoints.includes(command.bridgePointId);
  if (promoted === command.promoted) return [];
  if (command.promoted && plannedMediaTier(point) !== 'watching') throw liveErrors.pointNotWatching();
  return [{ type: 'point_tier.set', bridgePointId: command.bridgePointId, promoted: command.promoted }];
};

/** The events of a programme command (chair, secretariat), or a DomainError. */
export const decideProgramme = (
  state: LiveState,
  command: ProgrammeCommand,
  ctx: CommandContext,
  facts: ProgrammeFacts = {},
): LiveEventBody[] => {
  if (state.phase === 'ended') throw liveErrors.ended();
  // Who watches and who interacts is set before the opening too (the sound and picture check).
  if (command.type === 'set_point_tier') return setPointTier(state, command, facts.point);
  if (command.type === 'mute_hall') {
    // Sound is checked before the meeting starts, so muting needs no running phase; a no-op is no event.
    const muted = state.forcedMutes.includes(command.feed);
    return muted === command.muted ? [] : [{ type: 'hall.muted', feed: command.feed, muted: command.muted }];
  }
  if (command.type === 'set_recording') {
    // Recording may start before the opening (the sound check is part of the record).
    return state.recording === command.recording ? [] : [{ type: 'recording.set', recording: command.recording }];
  }
  if (state.phase === 'not_started') {
    if (command.type !== 'start_meeting') throw liveErrors.notRunning();
    return [{ type: 'meeting.started' }];
  }
  return runningCommand(state, command, ctx);
};

/**
 * A new request to speak. Accepted before the meeting starts too. The same client key from
 * the same requester (a retry) gives no event: the service returns the request it already has.
 * A requester with a 'speak' request waiting may not add another (a point of order is allowed).
 */
export const decideFloorRequest = (state: LiveState, request: ResolvedFloorRequest, ctx: CommandContext): LiveEventBody[] => {
  if (state.phase === 'ended') throw liveErrors.ended();
  if (requestByClientKey(state, request.requesterId, request.clientKey)) return [];
  const waiting = state.requests.some((r) => r.requesterId === request.requesterId && r.state === 'waiting' && r.kind === 'speak');
  if (request.kind === 'speak' && waiting) throw liveErrors.alreadyWaiting();
  const created: FloorRequest = {
    id: ctx.newId(),
    clientKey: request.clientKey,
    bridgePointId: request.bridgePointId,
    bridgePointName: request.bridgePointName,
    speakerName: request.speakerName,
    requesterId: request.requesterId,
    requestedBy: request.requestedBy,
    kind: request.kind,
    itemId: state.currentItemId,
    state: 'waiting',
    requestedAt: ctx.now,
    givenAt: null,
    endedAt: null,
    allowedSeconds: null,
  };
  return [{ type: 'floor.requested', request: created }];
};

/** A waiting request withdrawn by its requester (`requesterId`) or by staff (null). */
export const decideWithdraw = (state: LiveState, requestId: string, requesterId: string | null): LiveEventBody[] => {
  if (state.phase === 'ended') throw liveErrors.ended();
  const request = requestOf(state, requestId);
  if (!request) throw liveErrors.requestNotFound();
  if (requesterId !== null && request.requesterId !== requesterId) throw liveErrors.notYourRequest();
  if (request.state !== 'waiting') throw liveErrors.requestNotWaiting();
  return [{ type: 'floor.withdrawn', requestId: request.id }];
};
