/**
 * Invitations for the organizer: counts per point and group, sending invitations and
 * reminders (delegate.invite; the messages go out in the background), the deliveries, the
 * printable list, a sample Giấy mời, and nominator links for delegated invitation. The
 * queue of deliveries is resumed when the app is ready and stopped when it closes.
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyRequest } from 'fastify';
import { presentAccessLink } from '../../../domain/access/present-conference-access.js';
import { allow, auditOrigin, readableConference, readableWholePlan } from '../../access.js';
import type { RouteOptions } from '../../server-services.js';
import { contentDisposition } from '../documents/file-name.js';
import { invitationSchemas as schemas } from './invitations.schema.js';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** The address the organizer uses: the links in the messages start with it unless DIEMCAU_PUBLIC_URL says otherwise. */
export const requestOrigin = (request: FastifyRequest): string => `${request.protocol}://${request.host}`;

export const invitationRoutes: FastifyPluginAsyncTypebox<RouteOptions> = async (app, { services }) => {
  const { conferences, invitations, accessLinks } = services;
  const base = '/conferences/:conferenceId/invitations';

  app.addHook('onReady', async () => {
    await invitations.resume();
  });
  app.addHook('onClose', async () => {
    await invitations.close();
  });

  app.get(base, { schema: schemas.summary }, async (request) => {
    const conference = await readableWholePlan(request, conferences, request.params.conferenceId);
    allow(request, 'delegate.list', { conference, bridgePointId: null });
    return invitations.summary(conference);
  });

  app.post(`${base}/send`, { schema: schemas.send }, async (request, reply) => {
    const conference = await readableConference(request, conferences, request.params.conferenceId);
    allow(request, 'delegate.invite', { conference, bridgePointId: null });
    const result = await invitations.send(conference.id, request.body, requestOrigin(request), auditOrigin(request));
    return reply.code(202).send(result);
  });

  app.post(`${base}/preview`, { schema: schemas.preview }, async (request) => {
    const conference = await readableConference(request, conferences, request.params.conferenceId);
    allow(request, 'delegate.invite', { conference, bridgePointId: null });
    return invitations.preview(conference.id, request.body);
  });

  app.get(`${base}/deliveries`, { schema: schemas.deliveries }, async (request) => {
    const conference = await readableConference(request, conferences, request.params.conferenceId);
    allow(request, 'delegate.read_contact', { conference, bridgePointId: null });
    return invitations.deliveries(conference.id, request.query);
  });

  app.get(`${base}/delivery-list.docx`, { schema: schemas.deliveryList }, async (request, reply) => {
    const conference = await readableWholePlan(request, conferences, request.params.conferenceId);
    const { bridgePointId } = request.query;
    allow(request, 'delegate.list', { conference, bridgePointId: bridgePointId ?? null });
    const docx = await invitations.deliveryListDocx(conference, bridgePointId);
    return reply.type(DOCX).header('Content-Disposition', contentDisposition('Danh sách phát giấy mời.docx')).send(docx);
  });

  app.get(`${base}/sample.docx`, { schema: schemas.sample }, async (request, reply) => {
    const conference = await readableWholePlan(request, conferences, request.params.conferenceId);
    allow(request, 'delegate.list', { conference, bridgePointId: null });
    const docx = await invitations.sampleDocx(conference, requestOrigin(request), request.query.delegateId);
    return reply.type(DOCX).header('Content-Disposition', contentDisposition('Giấy mời (mẫu).docx')).send(docx);
  });

  app.post(`${base}/nominator-links`, { schema: schemas.nominatorLink }, async (request, reply) => {
    const conference = await readableConference(request, conferences, request.params.conferenceId);
    allow(request, 'delegate.invite', { conference, bridgePointId: null });
    const createdByUserId = request.actor.kind === 'user' ? request.actor.userId : null;
    const { link, token } = await accessLinks.createLink(
      { ...request.body, purpose: 'nominator', conferenceId: conference.id, createdByUserId },
      auditOrigin(request),
    );
    return reply.code(201).send({ link: presentAccessLink(request.actor, conference, link), url: `/cu-nguoi-du/${token}` });
  });
};
