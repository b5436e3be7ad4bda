/** The votes over HTTP (/api/v1/conferences/:id/votes…, issue 16); the socket only says a vote changed. */
import type { Vote, VoteCreate } from '../../../src/domain/votes/vote.schema.js';
import { request } from '../api/client.js';

export type { Vote, VoteCreate };

/** What the caller may do with the votes (GET /votes). */
export interface VoteAccess {
  /** May create and open votes (until the meeting is closed). */
  manage: boolean;
  /** May close a vote (after the meeting too, until archived). */
  close: boolean;
  /** May make, send, close and merge written opinion forms (after the meeting too, until archived). */
  manageForms: boolean;
  /** The delegate the caller votes as (a personal link). */
  delegateId: string | null;
  /** Bridge points whose one vote the caller casts (a vote per point). */
  castAt: string[];
  /** Every point: then castAt is empty. */
  castAtAll: boolean;
  /** Bridge points whose show-of-hands count the caller enters. */
  handsAt: string[];
  handsAtAll: boolean;
}

export interface CastReceipt {
  voteId: string;
  option: number | null;
  replaced: boolean;
}

const base = (conferenceId: string) => `/conferences/${encodeURIComponent(conferenceId)}/votes`;
const one = (conferenceId: string, voteId: string) => `${base(conferenceId)}/${encodeURIComponent(voteId)}`;

export const listVotes = (conferenceId: string, signal?: AbortSignal) =>
  request<{ items: Vote[]; access: VoteAccess }>('GET', base(conferenceId), signal ? { signal } : {});

export const createVote = (conferenceId: string, input: VoteCreate) =>
  request<Vote>('POST', base(conferenceId), { body: input, quiet: true });

export const openVote = (conferenceId: string, voteId: string) =>
  request<Vote>('POST', `${one(conferenceId, voteId)}/open`, { quiet: true });

export const closeVote = (conferenceId: string, voteId: string) =>
  request<Vote>('POST', `${one(conferenceId, voteId)}/close`, { quiet: true });

export const castBallot = (conferenceId: string, voteId: string, option: number, bridgePointId?: string) =>
  request<CastReceipt>('POST', `${one(conferenceId, voteId)}/ballots`, {
    body: bridgePointId ? { option, bridgePointId } : { option },
    quiet: true,
  });

export const myBallot = (conferenceId: string, voteId: string) =>
  request<{ voted: boolean; option: number | null }>('GET', `${one(conferenceId, voteId)}/ballot`, { quiet: true });

export const enterHands = (conferenceId: string, voteId: string, pointId: string, counts: number[]) =>
  request<Vote>('PUT', `${one(conferenceId, voteId)}/hands/${encodeURIComponent(pointId)}`, { body: { counts }, quiet: true });
