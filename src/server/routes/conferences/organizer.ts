/**
 * Whoever creates a conference (blank, imported or copied) becomes its organizer: the
 * membership is granted in the same request, and the actor of the request gains it so that
 * the answer already shows what an organizer may do.
 */
import type { FastifyRequest } from 'fastify';
import type { Conference } from '../../../domain/conference.schema.js';
import { auditOrigin } from '../../access.js';
import type { RouteServices } from '../../server-services.js';

export async function makeOrganizer(
  request: FastifyRequest,
  services: Pick<RouteServices, 'memberships'>,
  conference: Conference,
): Promise<Conference> {
  const actor = request.actor;
  if (actor.kind !== 'user') return conference;
  await services.memberships.grant(conference.id, actor.userId, 'organizer', [], auditOrigin(request));
  request.actor = { ...actor, memberships: [...actor.memberships, { conferenceId: conference.id, role: 'organizer', bridgePointIds: [] }] };
  return conference;
}
