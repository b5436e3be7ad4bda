/**
 * Votes through HTTP (issue 16): the chair opens and closes, delegates vote by their personal
 * link or their account, operators enter their hall's show-of-hands count (or cast its one vote); the service
 * writes with its audit row and announces `vote.changed` on the backbone after commit.
 * The policy is asked before the vote is looked up; 404 when the caller may not read the conference.
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyRequest } from 'fastify';
import { boundPoints, operatorScope } from '../../../domain/access/actor.js';
import type { ConferenceFacts, VoteObject } from '../../../domain/access/actions.js';
import { allowedPointsOf } from '../../../domain/access/allowed-points.js';
import { can } from '../../../domain/access/can.js';
import { voteErrors } from '../../../domain/votes/vote-errors.js';
import { conferenceNotFound } from '../../../services/input.js';
import type { VoterRef } from '../../../services/votes/vote-service.js';
import { allow, auditOrigin, signedIn } from '../../access.js';
import type { RouteOptions } from '../../server-services.js';
import { delegateObject, ownDelegateOf } from './own-delegate.js';
import { voteSchemas as schemas } from './votes.schema.js';

export const voteRoutes: FastifyPluginAsyncTypebox<RouteOptions> = async (app, { services }) => {
  const { votes, checkIns, live, writtenOpinions } = services;
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

  /**
   * As whom the caller votes: a personal link as its delegate; an account with the delegate role as
   * the delegate its e-mail stands for (unless it names a hall); an operator for the hall they name
   * (or operate alone).
   */
  const voterOf = async (request: FastifyRequest, facts: ConferenceFacts, bridgePointId: string | undefined): Promise<VoterRef> => {
    const own = await ownDelegateOf(request, facts.id, writtenOpinions.accountDelegate);
    if (own && (own.via === 'link' || bridgePointId === undefined)) {
      allow(request, 'vote.cast', delegateObject(facts, own));
      return { kind: 'delegate', delegateId: own.delegateId };
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
    // The points the caller is bound to and the count: "every hall" is asked of the rules, not of 16,242 ids.
    const bound = await live.facts(facts.id, { onlyPoints: [...boundPoints(actor, facts.id)] });
    const points = bound.bridgePoints.map((point) => point.id);
    const own = await ownDelegateOf(request, facts.id, writtenOpinions.accountDelegate);
    const cast = allowedPointsOf(bound.pointCount, points, (point) => can(actor, 'vote.cast', at(facts, point)));
    const hands = allowedPointsOf(bound.pointCount, points, (point) => can(actor, 'vote.count_hands', at(facts, point)));
    return {
      items: await votes.list(facts.id),
      access: {
        manage: can(actor, 'vote.manage', at(facts)),
        close: can(actor, 'vote.close', at(facts)),
        manageForms: can(actor, 'written_opinion.manage', at(facts)),
        delegateId: own !== null && can(actor, 'vote.cast', delegateObject(facts, own)) ? own.delegateId : null,
        castAt: cast.ids,
        castAtAll: cast.all,
        handsAt: hands.ids,
        handsAtAll: hands.all,
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

  // Also after the meeting: a vote left open when the meeting closed still gets its result.
  app.post(`${base}/:voteId/close`, { schema: schemas.close }, async (request) => {
    const facts = await readable(request, request.params.conferenceId);
    allow(request, 'vote.close', at(facts));
    return votes.close(facts.id, request.params.voteId, auditOrigin(request));
  });

  app.post(`${base}/:voteId/ballots`, { schema: schemas.cast }, async (request) => {
    const facts = await readable(request, request.params.conferenceId);
    const voter = await voterOf(request, facts, request.body.bridgePointId);
    return votes.cast(facts.id, request.params.voteId, voter, { option: request.body.option }, auditOrigin(request));
  });

  app.get(`${base}/:voteId/ballot`, { schema: schemas.ballot }, async (request) => {
    const facts = await readable(request, request.params.conferenceId);
    const voter = await voterOf(request, facts, request.query.bridgePointId);
    return votes.ballotOf(facts.id, request.params.voteId, voter);
  });

  app.put(`${base}/:voteId/hands/:pointId`, { schema: schemas.hands }, async (request) => {
    const { conferenceId, voteId, pointId } = request.params;
    const facts = await readable(request, conferenceId);
    allow(request, 'vote.count_hands', at(facts, pointId));
    return votes.enterHands(facts.id, voteId, pointId, request.body, auditOrigin(request));
  });
};
