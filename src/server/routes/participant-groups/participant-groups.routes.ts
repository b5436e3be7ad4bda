/**
 * Participant groups: add, change, remove, reorder. The organizer writes every group; an
 * operator writes the groups attending at a point in their scope. A change is checked on the
 * group as it is AND as it will be, so a group cannot be moved to or from a point the
 * caller does not operate. Reordering the whole list is the organizer's (conference.update).
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { ParticipantGroupObject } from '../../../domain/access/actions.js';
import type { Conference } from '../../../domain/conference.schema.js';
import { allow, conferenceFor, present, presentCreated, readableConference, writeFor } from '../../access.js';
import type { RouteOptions } from '../../server-services.js';
import { participantGroupSchemas as schemas } from './participant-groups.schema.js';

type GroupFacts = ParticipantGroupObject['group'];

/** The group as stored; a missing one is judged as a group of every other point (organizer only). */
const groupOf = (conference: Pick<Conference, 'participantGroups'>, groupId: string): GroupFacts => {
  const group = conference.participantGroups.find((candidate) => candidate.id === groupId);
  return group
    ? { id: group.id, scope: group.scope, bridgePointId: group.bridgePointId }
    : { id: groupId, scope: 'every_other_point', bridgePointId: null };
};

export const participantGroupRoutes: FastifyPluginAsyncTypebox<RouteOptions> = async (app, { services }) => {
  const conferences = services.conferences;
  const base = '/conferences/:conferenceId/participant-groups';

  app.post(base, { schema: schemas.create }, async (request, reply) => {
    const { conferenceId } = request.params;
    const conference = await readableConference(request, conferences, conferenceId);
    const { scope, bridgePointId } = request.body;
    allow(request, 'participant_group.create', { conference, group: { scope, bridgePointId } });
    const created = await conferences.addParticipantGroup(conferenceId, request.body, writeFor(request, 'participant_group.create'));
    return reply.code(201).send(presentCreated(request, created));
  });

  app.put(`${base}/order`, { schema: schemas.reorder }, async (request) => {
    const { conferenceId } = request.params;
    await conferenceFor(request, conferences, conferenceId, 'conference.update');
    return present(
      request,
      await conferences.reorderParticipantGroups(conferenceId, request.body.ids, writeFor(request, 'participant_group.reorder')),
    );
  });

  app.patch(`${base}/:groupId`, { schema: schemas.update }, async (request) => {
    const { conferenceId, groupId } = request.params;
    const conference = await readableConference(request, conferences, conferenceId);
    const before = groupOf(await conferences.readPlan(conferenceId), groupId);
    const after: GroupFacts = {
      id: groupId,
      scope: request.body.scope ?? before.scope,
      bridgePointId: request.body.bridgePointId !== undefined ? request.body.bridgePointId : before.bridgePointId,
    };
    allow(request, 'participant_group.update', { conference, group: before });
    allow(request, 'participant_group.update', { conference, group: after });
    const updated = await conferences.updateParticipantGroup(
      conferenceId,
      groupId,
      request.body,
      writeFor(request, 'participant_group.update'),
    );
    return present(request, updated);
  });

  app.delete(`${base}/:groupId`, { schema: schemas.remove }, async (request) => {
    const { conferenceId, groupId } = request.params;
    const conference = await readableConference(request, conferences, conferenceId);
    allow(request, 'participant_group.delete', { conference, group: groupOf(await conferences.readPlan(conferenceId), groupId) });
    return present(request, await conferences.removeParticipantGroup(conferenceId, groupId, writeFor(request, 'participant_group.delete')));
  });
};
