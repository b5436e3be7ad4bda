/**
 * Pure views of the live state for the hall-side pages (operator console, delegate phone,
 * big screen): a hall's or a delegate's place in the speaker queue, the messages a hall
 * sees, and the server clock as Vietnamese local time. No clock or network here.
 */
import type { FloorRequest, LiveMessage, LiveState } from '../../../../src/domain/live/live-state.js';
import { speakingRequest, waitingRequests } from '../../../../src/domain/live/live-view.js';

export interface QueuePlace {
  request: FloorRequest;
  /** 1 = next to speak. */
  place: number;
}

export interface QueueStanding {
  /** The matching waiting requests with their places, first first. */
  mine: QueuePlace[];
  /** Everyone waiting. */
  total: number;
  /** The matching request that has the floor now, if any. */
  speaking: FloorRequest | null;
}

const standing = (state: LiveState | null, matches: (request: FloorRequest) => boolean): QueueStanding => {
  if (!state) return { mine: [], total: 0, speaking: null };
  const waiting = waitingRequests(state);
  const mine = waiting.flatMap((request, index) => (matches(request) ? [{ request, place: index + 1 }] : []));
  const floor = speakingRequest(state) ?? null;
  return { mine, total: waiting.length, speaking: floor && matches(floor) ? floor : null };
};

/** A bridge point's requests (asked by its operator or its delegates). */
export const hallStanding = (state: LiveState | null, bridgePointId: string): QueueStanding =>
  standing(state, (request) => request.bridgePointId === bridgePointId);

/** One requester's requests (a delegate on their phone). */
export const requesterStanding = (state: LiveState | null, requesterId: string | null): QueueStanding =>
  requesterId ? standing(state, (request) => request.requesterId === requesterId) : { mine: [], total: 0, speaking: null };

/** Messages to every point or to this one, newest first. */
export const messagesFor = (messages: readonly LiveMessage[], bridgePointId: string): LiveMessage[] =>
  messages.filter((message) => message.toBridgePointId === null || message.toBridgePointId === bridgePointId).sort((a, b) => b.seq - a.seq);

/** Viet Nam keeps UTC+7 all year (no daylight saving since 1975). */
const VIETNAM_OFFSET_MS = 7 * 60 * 60_000;

/** Server time as the clock on the wall in Viet Nam: `YYYY-MM-DD` and `HH:mm:ss`. */
export const vietnamClock = (epochMs: number): { date: string; time: string } => {
  const local = new Date(epochMs + VIETNAM_OFFSET_MS).toISOString();
  return { date: local.slice(0, 10), time: local.slice(11, 19) };
};
