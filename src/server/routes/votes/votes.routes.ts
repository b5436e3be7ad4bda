/**
 * Votes through HTTP (issue 16): the chair opens and closes, delegates vote by their personal
 * link, operators enter their hall's show-of-hands count (or cast its one vote); the service
 * writes with its audit row and announces `vote.changed` on the backbone after commit.
 * The policy is asked before the vote is looked up; 404 when the caller may not read the conference.
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyRequest } from 'fastify';
import { operatorScope, type Actor } from '../../../domain/access/actor.js';
import type { ConferenceFacts, VoteObject } from '../../../domain/access/actions.js';
import { can } from '../../../domain/access/can.js';
import { voteErrors } from '../../../domain/votes/vote-errors.js';
import { conferenceNotFound } from '../../../services/input.js';
import type { VoterRef } from '../../../services/votes/vote-service.js';
import { allow, auditOrigin, signedIn } from '../../access.js';
import type { RouteOptions } from '../../server-services.js';
import { voteSchemas as schemas } from './votes.schema.js';

const ownDelegateId = (actor: Actor): string | null =>
  actor.kind === 'link' && actor.purpose === 'delegate' && typeof actor.delegateId === 'string' ? actor.delegateId : null;

export const voteRoutes: FastifyPluginAsyncTypebox<RouteOptions> = async (app, { services }) => {
  const { votes, checkIns, live } = services;
  const base = '/conferences/:conferenceId/votes';
  const at = (conference: ConferenceFacts, bridgePointId: string | null = null, delegateId: string | null = null): VoteObject => ({
    conference,
    bridgePointId,
    delegateId,
  });

  /** 401 for anonymous; 404 when the conference is missing or the caller may not read it. */
  const readable = async (request: FastifyRequest, conferenceId: string): Promise<ConferenceFacts> => {
    const actor = signedIn(request);
    const facts = await checkIns.conferenceFacts(conferenceId);
    if (!can(actor, 'vote.read', at(facts))) throw conferenceNotFound();
    return facts;
  };

  /** As whom the caller votes: a personal link as its delegate; an operator for the hall they name (or operate alone). */
  const voterOf = (request: FastifyRequest, facts: ConferenceFacts, bridgePointId: string | undefined): VoterRef => {
    const delegateId = ownDelegateId(request.actor);
    if (delegateId !== null) {
      allow(request, 'vote.cast', at(facts, null, delegateId));
      return { kind: 'delegate', delegateId };
    }
    const scope = [...operatorScope(request.actor, facts.id)];
    const point = bridgePointId ?? (scope.length === 1 ? scope[0]! : null);
    if (point === null) {
      allow(request, 'vote.cast', at(facts));
      throw voteErrors.noDelegate();
    }
    allow(request, 'vote.cast', at(facts, point));
    return { kind: 'bridge_point', bridgePointId: point };
  };

  app.get(base, { schema: schemas.list }, async (request) => {
    const facts = await readable(request, request.params.conferenceId);
    const actor = request.actor;
    const points = (await live.facts(facts.id)).bridgePoints.map((point) => point.id);
    const delegateId = ownDelegateId(actor);
    return {
      items: await votes.list(facts.id),
      access: {
        manage: can(actor, 'vote.manage', at(facts)),
        delegateId: delegateId !== null && can(actor, 'vote.cast', at(facts, null, delegateId)) ? delegateId : null,
        castAt: points.filter((point) => can(actor, 'vote.cast', at(facts, point))),
        handsAt: points.filter((point) => can(actor, 'vote.count_hands', at(facts, point))),
      },
    };
  });

  app.get(`${base}/:voteId`, { schema: schemas.get }, async (request) => {
    const facts = await readable(request, request.params.conferenceId);
    return votes.get(facts.id, request.params.voteId);
  });

  app.post(base, { schema: schemas.create }, async (request, reply) => {
    const facts = await readable(request, request.params.conferenceId);
    allow(request, 'vote.manage', at(facts));
    return reply.code(201).send(await votes.create(facts.id, request.body, auditOrigin(request)));
  });

  app.post(`${base}/:voteId/open`, { schema: schemas.open }, async (request) => {
    const facts = await readable(request, request.params.conferenceId);
    allow(request, 'vote.manage', at(facts));
    return votes.open(facts.id, request.params.voteId, auditOrigin(request));
  });

  app.post(`${base}/:voteId/close`, { schema: schemas.close }, async (request) => {
    const facts = await readable(request, request.params.conferenceId);
    allow(request, 'vote.manage', at(facts));
    return votes.close(facts.id, request.params.voteId, auditOrigin(request));
  });

  app.post(`${base}/:voteId/ballots`, { schema: schemas.cast }, async (request) => {
    const facts = await readable(request, request.params.conferenceId);
    const voter = voterOf(request, facts, request.body.bridgePointId);
    return votes.cast(facts.id, request.params.voteId, voter, { option: request.body.option }, auditOrigin(request));
  });

  app.get(`${base}/:voteId/ballot`, { schema: schemas.ballot }, async (request) => {
    const facts = await readable(request, request.params.conferenceId);
    const voter = voterOf(request, facts, request.query.bridgePointId);
    return votes.ballotOf(facts.id, request.params.voteId, voter);
  });

  app.put(`${base}/:voteId/hands/:pointId`, { schema: schemas.hands }, async (request) => {
    const { conferenceId, voteId, pointId } = request.params;
    const facts = await readable(request, conferenceId);
    allow(request, 'vote.count_hands', at(facts, pointId));
    return votes.enterHands(facts.id, voteId, pointId, request.body, auditOrigin(request));
  });
};
