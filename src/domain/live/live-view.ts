/** Small selectors over the live state, used by the screens and the service. */
import type { FloorRequest, LiveItem, LiveState } from './live-state.js';

export const itemOf = (state: LiveState, id: string): LiveItem | undefined => state.items.find((item) => item.id === id);

export const requestOf = (state: LiveState, id: string): FloorRequest | undefined => state.requests.find((request) => request.id === id);

/** The item running now, if any. */
export const currentItem = (state: LiveState): LiveItem | undefined =>
  state.currentItemId === null ? undefined : itemOf(state, state.currentItemId);

/**
 * What `start_item` without an id starts: the first pending item after the current one in
 * running order, else the first pending one.
 */
export const nextItem = (state: LiveState): LiveItem | undefined => {
  const from = state.currentItemId === null ? -1 : state.items.findIndex((item) => item.id === state.currentItemId);
  return (
    state.items.find((item, index) => index > from && item.state === 'pending') ?? state.items.find((item) => item.state === 'pending')
  );
};

/** The request that has the floor now. */
export const speakingRequest = (state: LiveState): FloorRequest | undefined =>
  state.floor === null ? undefined : requestOf(state, state.floor.requestId);

/** Waiting requests, first to speak first. */
export const waitingRequests = (state: LiveState): FloorRequest[] =>
  state.waitingOrder.flatMap((id) => {
    const request = requestOf(state, id);
    return request ? [request] : [];
  });

/** The request a client already sent with this key (a retry), if any. */
export const requestByClientKey = (state: LiveState, requesterId: string, clientKey: string): FloorRequest | undefined =>
  state.requests.find((request) => request.clientKey === clientKey && request.requesterId === requesterId);
