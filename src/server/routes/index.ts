/** The API under /api/v1: one plugin per resource, all given the same services; every route authorizes its caller. */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import fp from 'fastify-plugin';
import type { RouteOptions } from '../server-services.js';
import { administrativeUnitRoutes } from './administrative-units/administrative-units.routes.js';
import { agendaRoutes } from './agenda/agenda.routes.js';
import { assignmentRoutes } from './assignments/assignments.routes.js';
import { bridgePointRoutes } from './bridge-points/bridge-points.routes.js';
import { budgetRoutes } from './budget/budget.routes.js';
import { conferenceRoutes } from './conferences/conferences.routes.js';
import { conveningRoutes } from './convening/convening.routes.js';
import { distributionRoutes } from './distribution/distribution.routes.js';
import { documentRoutes } from './documents/documents.routes.js';
import { healthRoutes } from './health/health.routes.js';
import { importRoutes } from './imports/imports.routes.js';
import { participantGroupRoutes } from './participant-groups/participant-groups.routes.js';
import { taskRoutes } from './tasks/tasks.routes.js';
import { accessLinkRoutes } from './access-links/access-links.routes.js';
import { auditRoutes } from './audit/audit.routes.js';
import { authRoutes } from './auth/auth.routes.js';
import { membershipRoutes } from './memberships/memberships.routes.js';
import { setupRoutes } from './setup/setup.routes.js';
import { userRoutes } from './users/users.routes.js';
import { delegateRoutes } from './delegates/delegates.routes.js';
import { checkInRoutes } from './check-in/check-in.routes.js';
import { delegateImportRoutes } from './delegates/delegate-import.routes.js';
import { seatingRoutes } from './seating/seating.routes.js';
import { attendanceRoutes } from './attendance/attendance.routes.js';
import { invitationRoutes } from './invitations/invitations.routes.js';
import { invitationLinkRoutes } from './invitations/invitation-links.routes.js';
import { liveRoutes } from './live/live.routes.js';
import { liveWallRoutes } from './live/live-wall.routes.js';
import { consultationRoutes } from './consultations/consultations.routes.js';
import { contributionRoutes } from './consultations/contributions.routes.js';
import { contributionFileRoutes } from './consultations/contribution-file.routes.js';
import { voteRoutes } from './votes/votes.routes.js';
import { writtenOpinionRoutes } from './votes/written-opinions.routes.js';
import { minutesRoutes } from './minutes/minutes.routes.js';
import { conclusionRoutes } from './conclusions/conclusions.routes.js';
import { followUpRoutes } from './conclusions/follow-up.routes.js';
import { followUpFileRoutes } from './conclusions/follow-up-file.routes.js';
import { conferenceDocumentRoutes } from './conference-documents/conference-documents.routes.js';
import { meetingRegimeRoutes } from './meeting-regime/meeting-regime.routes.js';

export interface ApiOptions extends RouteOptions {
  dialect: 'sqlite' | 'postgres';
}

const api: FastifyPluginAsyncTypebox<ApiOptions> = async (app, { services, dialect }) => {
  const options: RouteOptions = { services };
  await app.register(healthRoutes, { services, dialect });
  await app.register(conferenceRoutes, options);
  await app.register(conveningRoutes, options);
  await app.register(bridgePointRoutes, options);
  await app.register(participantGroupRoutes, options);
  await app.register(assignmentRoutes, options);
  await app.register(taskRoutes, options);
  await app.register(agendaRoutes, options);
  await app.register(budgetRoutes, options);
  await app.register(distributionRoutes, options);
  await app.register(documentRoutes, options);
  await app.register(importRoutes, options);
  await app.register(administrativeUnitRoutes, options);
  await app.register(setupRoutes, options);
  await app.register(authRoutes, options);
  await app.register(userRoutes, options);
  await app.register(membershipRoutes, options);
  await app.register(accessLinkRoutes, options);
  await app.register(auditRoutes, options);
  await app.register(delegateRoutes, options);
  await app.register(checkInRoutes, options);
  await app.register(delegateImportRoutes, options);
  await app.register(seatingRoutes, options);
  await app.register(attendanceRoutes, options);
  await app.register(invitationRoutes, options);
  await app.register(invitationLinkRoutes, options);
  await app.register(liveRoutes, options);
  await app.register(liveWallRoutes, options);
  await app.register(consultationRoutes, options);
  await app.register(contributionRoutes, options);
  await app.register(contributionFileRoutes, options);
  await app.register(voteRoutes, options);
  await app.register(writtenOpinionRoutes, options);
  await app.register(minutesRoutes, options);
  await app.register(conclusionRoutes, options);
  await app.register(followUpRoutes, options);
  await app.register(followUpFileRoutes, options);
  await app.register(conferenceDocumentRoutes, options);
  await app.register(meetingRegimeRoutes, options);
};

/**
 * Encapsulated (so that the /api/v1 prefix and the multipart parser of the imports stay
 * inside), named, and checked to come after the plugins every route relies on.
 */
export const apiRoutes = fp(api, {
  name: 'diemcau-api',
  fastify: '5.x',
  encapsulate: true,
  dependencies: ['diemcau-errors', 'diemcau-body-parsing', 'diemcau-security-headers', 'diemcau-openapi', 'diemcau-auth'],
});
