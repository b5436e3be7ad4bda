/** Schemas of the vote routes (issue 16): the domain's own (src/domain/votes/vote.schema.ts) and what the caller may do. */
import { Type } from 'typebox';
import { BallotInput, HandsInput, Vote, VoteCreate } from '../../../domain/votes/vote.schema.js';
import { ConferenceParams, Id, errorResponses } from '../common.schema.js';

const tags = ['votes'];
const VoteParams = Type.Object({ conferenceId: Id, voteId: Id });
const HallParams = Type.Object({ conferenceId: Id, voteId: Id, pointId: Id });

export const VoteAccess = Type.Object(
  {
    manage: Type.Boolean({ description: 'May create and open votes (the chair, the secretariat; until the meeting is closed)' }),
    close: Type.Boolean({ description: 'May close a vote (the chair, the secretariat; after the meeting too, until archived)' }),
    manageForms: Type.Boolean({
      description:
        'May make, send, close and merge written opinion forms (the chair, the secretariat; after the meeting too, until archived)',
    }),
    delegateId: Type.Union([Type.String(), Type.Null()], {
      description: 'The delegate the caller votes as (a personal link, or an account whose e-mail is on the list)',
    }),
    castAt: Type.Array(Type.String(), {
      description: 'Bridge points whose one vote the caller casts (a vote per point); empty when castAtAll',
    }),
    castAtAll: Type.Boolean({ description: 'Casts the vote of every bridge point (then not listed)' }),
    handsAt: Type.Array(Type.String(), { description: 'Bridge points whose show-of-hands count the caller enters; empty when handsAtAll' }),
    handsAtAll: Type.Boolean({ description: 'Enters the count of every bridge point (then not listed)' }),
  },
  { description: 'What the caller may do with the votes' },
);

const CastBody = Type.Object(
  {
    option: BallotInput.properties.option,
    bridgePointId: Type.Optional(Id),
  },
  { additionalProperties: false, description: 'A ballot: the option chosen; bridgePointId for a vote per point (the operator’s hall)' },
);
const BallotQuery = Type.Object({ bridgePointId: Type.Optional(Id) }, { additionalProperties: false });

const Receipt = Type.Object({
  voteId: Type.String(),
  option: Type.Union([Type.Integer(), Type.Null()], {
    description: 'The choice recorded; null for a secret vote (not kept with the voter)',
  }),
  replaced: Type.Boolean({ description: 'An earlier ballot of this voter was replaced (open votes, while open)' }),
});
const MyBallot = Type.Object({ voted: Type.Boolean(), option: Type.Union([Type.Integer(), Type.Null()]) });

export const voteSchemas = {
  list: {
    tags,
    summary: 'Biểu quyết / the votes of the conference and what the caller may do',
    params: ConferenceParams,
    response: { 200: Type.Object({ items: Type.Array(Vote), access: VoteAccess }), ...errorResponses },
  },
  get: {
    tags,
    summary: 'Một cuộc biểu quyết và kết quả / one vote and its result',
    params: VoteParams,
    response: { 200: Vote, ...errorResponses },
  },
  create: {
    tags,
    summary: 'Tạo biểu quyết (dự thảo) / create a vote (draft): question, options, open or secret, quorum and majority rules',
    params: ConferenceParams,
    body: VoteCreate,
    response: { 201: Vote, ...errorResponses },
  },
  open: {
    tags,
    summary: 'Mở biểu quyết / open the vote (refused without the quorum)',
    params: VoteParams,
    response: { 200: Vote, ...errorResponses },
  },
  close: {
    tags,
    summary: 'Kết thúc biểu quyết / close the vote: the result and the roll of entitled and present are fixed',
    params: VoteParams,
    response: { 200: Vote, ...errorResponses },
  },
  cast: {
    tags,
    summary: 'Bỏ phiếu / cast a ballot (a delegate for themselves; an operator for a vote per point)',
    params: VoteParams,
    body: CastBody,
    response: { 200: Receipt, ...errorResponses },
  },
  ballot: {
    tags,
    summary: 'Phiếu của tôi / whether the caller has voted, and their choice (open votes)',
    params: VoteParams,
    querystring: BallotQuery,
    response: { 200: MyBallot, ...errorResponses },
  },
  hands: {
    tags,
    summary: 'Kết quả biểu quyết giơ tay của điểm cầu / the show-of-hands count of a hall (replaces its ballots)',
    params: HallParams,
    body: HandsInput,
    response: { 200: Vote, ...errorResponses },
  },
};
