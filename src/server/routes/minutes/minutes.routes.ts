/**
 * The minutes (biên bản): the secretary's notes during the meeting, the draft built from the
 * record, the secretary's edits, the review window (the draft mailed to the participants, each
 * with a link to its review page), the lock, and the Biên bản as .docx (rendered in the file
 * pool's rendering threads, off the event loop) and PDF. minutes.write (the secretariat) for every
 * change; minutes.read for reading (participants only once sent for review, and only their own
 * remark); minutes.review to answer. The review mail queue resumes when the app is ready.
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyRequest } from 'fastify';
import type { MinutesAction } from '../../../domain/access/actions.js';
import { can } from '../../../domain/access/can.js';
import { entityNotFound } from '../../../services/input.js';
import { filePool } from '../../../workers/file-pool.js';
import type { ConferenceService } from '../../../services/conference-service.types.js';
import { allow, auditOrigin, readableConference } from '../../access.js';
import type { RouteOptions } from '../../server-services.js';
import { expectedVersionOf } from '../common.schema.js';
import { PDF_UNAVAILABLE } from '../documents/documents.routes.js';
import { cleanForFileName, contentDisposition } from '../documents/file-name.js';
import { requestOrigin } from '../invitations/invitations.routes.js';
import { minutesSchemas as schemas } from './minutes.schema.js';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

const minutesFor = async (request: FastifyRequest, conferences: ConferenceService, conferenceId: string, action: MinutesAction) => {
  const conference = await readableConference(request, conferences, conferenceId);
  allow(request, action, conference);
  return conference;
};

export const minutesRoutes: FastifyPluginAsyncTypebox<RouteOptions> = async (app, { services }) => {
  const { conferences, minutes, documents, minutesReviewMail } = services;
  const base = '/conferences/:conferenceId/minutes';
  app.addHook('onReady', async () => {
    await minutesReviewMail.resume();
  });
  app.addHook('onClose', async () => {
    await minutesReviewMail.close();
  });

  /** The minutes the caller may read: the secretariat always, the others once sent for review. */
  const readable = async (request: FastifyRequest, conferenceId: string) => {
    const conference = await minutesFor(request, conferences, conferenceId, 'minutes.read');
    const writes = can(request.actor, 'minutes.write', conference);
    const found = await minutes.get(conferenceId, writes ? undefined : auditOrigin(request));
    if (!found || (found.status === 'draft' && !writes)) {
      throw entityNotFound('minutes.not_found', 'biên bản', 'minutes');
    }
    return { conference, found };
  };

  app.get(`${base}/notes`, { schema: schemas.notes }, async (request) => {
    await minutesFor(request, conferences, request.params.conferenceId, 'minutes.write');
    return { items: await minutes.notes(request.params.conferenceId) };
  });

  app.post(`${base}/notes`, { schema: schemas.saveNote }, async (request, reply) => {
    await minutesFor(request, conferences, request.params.conferenceId, 'minutes.write');
    return reply.code(201).send(await minutes.saveNote(request.params.conferenceId, request.body, auditOrigin(request)));
  });

  app.get(base, { schema: schemas.get }, async (request) => (await readable(request, request.params.conferenceId)).found);

  app.post(`${base}/draft`, { schema: schemas.draft }, async (request) => {
    await minutesFor(request, conferences, request.params.conferenceId, 'minutes.write');
    return minutes.draft(request.params.conferenceId, request.body, auditOrigin(request));
  });

  app.patch(base, { schema: schemas.update }, async (request) => {
    await minutesFor(request, conferences, request.params.conferenceId, 'minutes.write');
    const expected = expectedVersionOf(request.headers['if-match']);
    return minutes.update(request.params.conferenceId, request.body, expected, auditOrigin(request));
  });

  app.post(`${base}/review`, { schema: schemas.openReview }, async (request) => {
    await minutesFor(request, conferences, request.params.conferenceId, 'minutes.write');
    return minutes.openReview(request.params.conferenceId, request.body, auditOrigin(request), requestOrigin(request));
  });

  app.get(`${base}/review/deliveries`, { schema: schemas.deliveries }, async (request) => {
    await minutesFor(request, conferences, request.params.conferenceId, 'minutes.write');
    return { items: await minutes.deliveries(request.params.conferenceId) };
  });

  app.post(`${base}/review/answers`, { schema: schemas.review }, async (request) => {
    await minutesFor(request, conferences, request.params.conferenceId, 'minutes.review');
    return minutes.review(request.params.conferenceId, request.body, auditOrigin(request));
  });

  app.post(`${base}/lock`, { schema: schemas.lock }, async (request) => {
    await minutesFor(request, conferences, request.params.conferenceId, 'minutes.write');
    return minutes.lock(request.params.conferenceId, auditOrigin(request));
  });

  const docxOf = async (request: FastifyRequest, conferenceId: string) => {
    const { conference } = await readable(request, conferenceId);
    return { conference, docx: await filePool().renderMinutesDocx(await minutes.document(conferenceId)) };
  };
  const fileName = (title: string, extension: string) => `Biên bản ${cleanForFileName(title).slice(0, 80)}`.trim() + `.${extension}`;

  app.get(`${base}/minutes.docx`, { schema: schemas.docx }, async (request, reply) => {
    const { conference, docx } = await docxOf(request, request.params.conferenceId);
    return reply
      .type(DOCX)
      .header('Content-Disposition', contentDisposition(fileName(conference.title, 'docx')))
      .send(docx);
  });

  app.get(`${base}/minutes.pdf`, { schema: schemas.pdf }, async (request, reply) => {
    const { conference, docx } = await docxOf(request, request.params.conferenceId);
    if (!(await documents.isPdfAvailable())) throw PDF_UNAVAILABLE;
    const pdf = await documents.convertDocxToPdf(docx);
    return reply
      .type('application/pdf')
      .header('Content-Disposition', contentDisposition(fileName(conference.title, 'pdf')))
      .send(pdf);
  });
};
