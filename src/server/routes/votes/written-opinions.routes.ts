/**
 * Written opinion forms through HTTP (issue 16): the chair and the secretariat read them
 * (written_opinion.read) and (written_opinion.manage) make, send, remind, close and merge; a delegate (personal link, or an
 * account whose e-mail is on the list) reads the forms sent to them and answers
 * (written_opinion.answer for themselves). Both go on after the meeting is closed, until the
 * conference is archived (issue 17). The policy is asked before the form is looked up; 404 when
 * the caller may not read the conference.
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyRequest } from 'fastify';
import type { ConferenceFacts, VoteObject, WrittenOpinionAction } from '../../../domain/access/actions.js';
import { can } from '../../../domain/access/can.js';
import { voteErrors } from '../../../domain/votes/vote-errors.js';
import { conferenceNotFound } from '../../../services/input.js';
import { allow, auditOrigin, signedIn } from '../../access.js';
import type { RouteOptions } from '../../server-services.js';
import { requestOrigin } from '../invitations/invitations.routes.js';
import { delegateObject, ownDelegateOf } from './own-delegate.js';
import { formSchemas as schemas } from './written-opinions.schema.js';

export const writtenOpinionRoutes: FastifyPluginAsyncTypebox<RouteOptions> = async (app, { services }) => {
  const { writtenOpinions: forms, checkIns } = services;
  const base = '/conferences/:conferenceId/written-opinions';
  const whole = (conference: ConferenceFacts): VoteObject => ({ conference, bridgePointId: null, delegateId: null });

  app.addHook('onReady', async () => {
    await forms.mail.resume();
  });
  app.addHook('onClose', async () => {
    await forms.mail.close();
  });

  const readable = async (request: FastifyRequest, conferenceId: string): Promise<ConferenceFacts> => {
    const actor = signedIn(request);
    const facts = await checkIns.conferenceFacts(conferenceId);
    if (!can(actor, 'vote.read', whole(facts))) throw conferenceNotFound();
    return facts;
  };
  type FormPermission = Extract<WrittenOpinionAction, 'written_opinion.read' | 'written_opinion.manage'>;
  /** The chair and the secretariat: reading the forms (an archived conference's too), or writing them. */
  const presidium = async (
    request: FastifyRequest,
    conferenceId: string,
    permission: FormPermission = 'written_opinion.manage',
  ): Promise<ConferenceFacts> => {
    const facts = await readable(request, conferenceId);
    allow(request, permission, whole(facts));
    return facts;
  };
  const managed = (request: FastifyRequest, conferenceId: string) => presidium(request, conferenceId);
  const readsForms = (request: FastifyRequest, conferenceId: string) => presidium(request, conferenceId, 'written_opinion.read');
  /** The caller as a delegate acting for themselves (403 vote.no_delegate when they are none). */
  const asDelegate = async (request: FastifyRequest, facts: ConferenceFacts) => {
    const own = await ownDelegateOf(request, facts.id, forms.accountDelegate);
    if (!own) throw voteErrors.noDelegate();
    return own;
  };

  app.get(base, { schema: schemas.list }, async (request) => {
    const facts = await readsForms(request, request.params.conferenceId);
    return { items: await forms.list(facts.id) };
  });

  app.get(`${base}/mine`, { schema: schemas.mine }, async (request) => {
    const facts = await readable(request, request.params.conferenceId);
    const own = await ownDelegateOf(request, facts.id, forms.accountDelegate);
    return { items: own ? await forms.formsOf(facts.id, own.delegateId) : [] };
  });

  app.get(`${base}/:formId`, { schema: schemas.get }, async (request) => {
    const facts = await readsForms(request, request.params.conferenceId);
    return forms.get(facts.id, request.params.formId);
  });

  app.get(`${base}/:formId/recipients`, { schema: schemas.recipients }, async (request) => {
    const facts = await readsForms(request, request.params.conferenceId);
    return { items: await forms.recipients(facts.id, request.params.formId) };
  });

  app.post(base, { schema: schemas.create }, async (request, reply) => {
    const facts = await managed(request, request.params.conferenceId);
    return reply.code(201).send(await forms.create(facts.id, request.body, requestOrigin(request), auditOrigin(request)));
  });

  app.post(`${base}/:formId/send`, { schema: schemas.send }, async (request) => {
    const facts = await managed(request, request.params.conferenceId);
    return forms.send(facts.id, request.params.formId, auditOrigin(request));
  });

  app.post(`${base}/:formId/remind`, { schema: schemas.remind }, async (request) => {
    const facts = await managed(request, request.params.conferenceId);
    return forms.remind(facts.id, request.params.formId, auditOrigin(request));
  });

  app.post(`${base}/:formId/close`, { schema: schemas.close }, async (request) => {
    const facts = await managed(request, request.params.conferenceId);
    return forms.closeForm(facts.id, request.params.formId, auditOrigin(request));
  });

  app.post(`${base}/:formId/merge`, { schema: schemas.merge }, async (request) => {
    const facts = await managed(request, request.params.conferenceId);
    return forms.merge(facts.id, request.params.formId, auditOrigin(request));
  });

  app.post(`${base}/:formId/answer`, { schema: schemas.answer }, async (request) => {
    const facts = await readable(request, request.params.conferenceId);
    const own = await asDelegate(request, facts);
    allow(request, 'written_opinion.answer', delegateObject(facts, own));
    return forms.answer(facts.id, request.params.formId, own.delegateId, own.via, request.body, auditOrigin(request));
  });
};
