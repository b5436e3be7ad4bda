/**
 * What a live socket is sent when it connects and when it asks `live:sync`: the programme
 * events it missed (or the whole state when it has none or is too far behind), then the
 * hall reports and messages of its scope (likewise). Sent after the socket joined its rooms,
 * so a change committed meanwhile arrives at least once; the client drops a version or seq
 * it already applied.
 */
import type { LiveService, HallScope } from '../../services/live/live-service.types.js';
import type { HallSnapshot, LiveHandshake, ServerToClientEvents, SyncReply } from '../live-protocol.js';

/** The emitting side of a socket, typed by the protocol. */
export interface LiveEmitter {
  emit<E extends keyof ServerToClientEvents>(event: E, ...args: Parameters<ServerToClientEvents[E]>): unknown;
}

type ReplayService = Pick<LiveService, 'state' | 'eventsSince' | 'halls' | 'hallChangesSince' | 'wall'>;

/** `live:sync`: the events after `version`, or the state when they are too many or unknown. */
export async function syncReply(live: ReplayService, conferenceId: string, version: number): Promise<SyncReply> {
  const events = await live.eventsSince(conferenceId, version);
  return events ? { events } : { state: await live.state(conferenceId) };
}

export async function sendHalls(
  live: ReplayService,
  socket: LiveEmitter,
  conferenceId: string,
  scope: HallScope,
  hallSeq?: number,
  wall = false,
): Promise<void> {
  // A wall by provinces is sent its counts afresh: one grouped query, smaller than any replay.
  if (wall) return void socket.emit('wall:snapshot', await live.wall(conferenceId));
  const changes = hallSeq === undefined ? null : await live.hallChangesSince(conferenceId, hallSeq, scope);
  if (changes) {
    for (const change of changes) socket.emit('hall:change', change);
    return;
  }
  const snapshot: HallSnapshot = await live.halls(conferenceId, scope);
  socket.emit('hall:snapshot', snapshot);
}

export async function replay(
  live: ReplayService,
  socket: LiveEmitter,
  handshake: LiveHandshake,
  hallScope: HallScope | null,
  wall = false,
): Promise<void> {
  const { conferenceId } = handshake;
  const reply =
    handshake.version === undefined ? { state: await live.state(conferenceId) } : await syncReply(live, conferenceId, handshake.version);
  if ('events' in reply) for (const event of reply.events) socket.emit('live:event', event);
  else socket.emit('live:snapshot', reply.state);
  if (hallScope) await sendHalls(live, socket, conferenceId, hallScope, handshake.hallSeq, wall);
}
