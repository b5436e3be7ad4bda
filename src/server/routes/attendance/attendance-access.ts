/** Which bridge points' attendance the caller may read: the set-based check of the attendance routes. */
import type { FastifyRequest } from 'fastify';
import type { ConferenceFacts } from '../../../domain/access/actions.js';
import { operatorScope } from '../../../domain/access/actor.js';
import { accessDenied, can } from '../../../domain/access/can.js';

/**
 * The points whose attendance the caller may read; null = every point (organizer, chair).
 * Below the whole conference only the points one operates can be read (delegate-policy), so
 * those are the candidates: the plan's points are not loaded. Ids of points since removed
 * are dropped by the reads. 403 `access.denied` when there is none.
 */
export const readablePointIds = (request: FastifyRequest, conference: ConferenceFacts): string[] | null => {
  if (can(request.actor, 'attendance.read', { conference, bridgePointId: null })) return null;
  const ids = [...operatorScope(request.actor, conference.id)].filter((bridgePointId) =>
    can(request.actor, 'attendance.read', { conference, bridgePointId }),
  );
  if (ids.length === 0) throw accessDenied();
  return ids;
};
