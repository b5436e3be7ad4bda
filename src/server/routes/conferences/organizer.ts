/**
 * Whoever creates a conference (blank, imported or copied) becomes its organizer. The
 * service grants the membership inside the create transaction (one write, one audit
 * row); here the actor of the request gains it too, so that the answer already shows
 * what an organizer may do.
 */
import type { FastifyRequest } from 'fastify';
import type { Conference } from '../../../domain/conference.schema.js';
import type { CreateOptions } from '../../../services/conference-service.types.js';
import { auditContext } from '../../access.js';

/** Options for a create: the audit context and, for a signed-in user, the organizer grant. */
export const createOptions = (request: FastifyRequest, action: string): CreateOptions => ({
  audit: auditContext(request, action),
  ...(request.actor.kind === 'user' ? { organizerUserId: request.actor.userId } : {}),
});

export function asOrganizer<C extends Pick<Conference, 'id'>>(request: FastifyRequest, conference: C): C {
  const actor = request.actor;
  if (actor.kind !== 'user') return conference;
  request.actor = { ...actor, memberships: [...actor.memberships, { conferenceId: conference.id, role: 'organizer', bridgePointIds: [] }] };
  return conference;
}
