/**
 * What one actor may follow of a conference's live stream, as Socket.IO rooms (pure: the
 * policies of src/domain/access/live-policy.ts over the conference's facts).
 *
 * - everyone who reads the live programme: the conference room;
 * - the chair and the secretariat (`live.read_halls` on the whole conference): the staff room,
 *   every hall's report and every message; of a national conference, also the wall room (they
 *   get provinces' counts instead of every hall's report);
 * - an operator or a hall's big screen: the room of each point they may read, and the halls
 *   room (messages to every point).
 *
 * No room per user or link: nothing is emitted to one (a revocation finds a principal's
 * sockets through PrincipalIndex), and each room a socket holds is a Set in the adapter,
 * filled at every connect and emptied at every disconnect (issue 18: 5,000 big screens held
 * 5,000 one-socket rooms).
 */
import type { Actor } from '../../domain/access/actor.js';
import { can } from '../../domain/access/can.js';
import { conferenceNotFound } from '../../services/input.js';
import type { HallScope, LiveFacts } from '../../services/live/live-service.types.js';
import { rooms } from '../live-protocol.js';
import { byProvince } from '../../domain/live/hall-wall.js';

export interface LiveAccess {
  conferenceId: string;
  /** Which halls this reader sees; null: none (a delegate, a guest, the press). */
  hallScope: HallScope | null;
  rooms: string[];
  /** A staff reader of a national conference: the wall by provinces (issue 18). */
  wall: boolean;
}

/**
 * The rooms and hall scope of `actor` in the conference; 404 `conference.not_found` when it
 * may not read the live programme (the same answer as a missing conference: no existence leak).
 */
export function liveAccessOf(actor: Actor, facts: LiveFacts): LiveAccess {
  const conference = { id: facts.id, status: facts.status, archived: facts.archived };
  if (!can(actor, 'live.read', { conference, bridgePointId: null })) throw conferenceNotFound();
  const joined = [rooms.conference(facts.id)];
  let hallScope: HallScope | null = null;
  let wall = false;
  if (can(actor, 'live.read_halls', { conference, bridgePointId: null })) {
    hallScope = 'all';
    wall = byProvince(facts.pointCount);
    joined.push(rooms.staff(facts.id), rooms.halls(facts.id), ...(wall ? [rooms.wall(facts.id)] : []));
  } else {
    const points = facts.bridgePoints
      .filter((point) => can(actor, 'live.read_halls', { conference, bridgePointId: point.id }))
      .map((p) => p.id);
    if (points.length > 0) {
      hallScope = points;
      joined.push(rooms.halls(facts.id), ...points.map((id) => rooms.point(facts.id, id)));
    }
  }
  return { conferenceId: facts.id, hallScope, rooms: joined, wall };
}

/** The same rooms and scope (a revalidated socket whose access changed is disconnected). */
export const sameAccess = (a: LiveAccess, b: LiveAccess): boolean =>
  a.rooms.length === b.rooms.length && a.rooms.every((room, index) => room === b.rooms[index]);
