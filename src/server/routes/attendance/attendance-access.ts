/** Which bridge points' attendance the caller may read: the set-based check of the attendance routes. */
import type { FastifyRequest } from 'fastify';
import { accessDenied, can } from '../../../domain/access/can.js';
import type { Conference } from '../../../domain/conference.schema.js';

/**
 * The points whose attendance the caller may read, in plan order; null = every point
 * (organizer, chair). 403 `access.denied` when there is none.
 */
export const readablePointIds = (request: FastifyRequest, conference: Conference): string[] | null => {
  if (can(request.actor, 'attendance.read', { conference, bridgePointId: null })) return null;
  const ids = conference.bridgePoints
    .filter((point) => can(request.actor, 'attendance.read', { conference, bridgePointId: point.id }))
    .map((point) => point.id);
  if (ids.length === 0) throw accessDenied();
  return ids;
};
