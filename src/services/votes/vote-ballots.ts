/**
 * Ballots (biểu quyết, issue 16): cast by a delegate or, per point, by its operator; committed
 * in groups (check-in-batch.ts: one fsync for all that arrived meanwhile), each in its own
 * savepoint, with its audit row. Open votes: one row per voter, replaced while open (the same
 * choice again writes nothing). Secret votes: the voter in vote_voters, the choice added to
 * the hall's tallies, the audit row naming the voter and never the choice; a second ballot is
 * refused (nothing could say which choice to take back).
 */
import { randomUUID } from 'node:crypto';
import { voteErrors } from '../../domain/votes/vote-errors.js';
import { decideCast } from '../../domain/votes/vote-rules.js';
import { BallotInput, type Vote } from '../../domain/votes/vote.schema.js';
import type { Database } from '../../storage/database.js';
import { listHallPoints } from '../../storage/repositories/live-repository.js';
import {
  addToTally,
  findBallot,
  findDelegateVoter,
  findHands,
  findVoteRow,
  hasVoted,
  insertVoter,
  lockVoteState,
  upsertBallot,
} from '../../storage/repositories/vote-repository.js';
import type { Executor, VoteRow } from '../../storage/tables.js';
import { SYSTEM_ORIGIN, type AuditOrigin } from '../accounts/audit-context.js';
import { recordAudit } from '../accounts/audit-service.js';
import { prepareInput } from '../input.js';
import type { GroupCommit } from '../participants/check-in-batch.js';
import type { VoteNotices } from './vote-notices.js';
import { definitionOf } from './vote-read.js';

/** Who casts: a delegate (personal link) or a bridge point (its operator, for a vote per point). */
export type VoterRef = { kind: 'delegate'; delegateId: string } | { kind: 'bridge_point'; bridgePointId: string };

export interface CastReceipt {
  voteId: string;
  /** The choice recorded; null for a secret vote (it is not kept with the voter). */
  option: number | null;
  /** An earlier ballot of this voter was replaced (open votes). */
  replaced: boolean;
}

/** The vote row (404 vote.not_found) and one audit row of a vote write, at the service's clock. */
export function voteWrites(clock: () => Date) {
  return {
    async load(executor: Executor, conferenceId: string, voteId: string): Promise<VoteRow> {
      const row = await findVoteRow(executor, conferenceId, voteId);
      if (!row) throw voteErrors.notFound();
      return row;
    },
    audit(executor: Executor, origin: AuditOrigin, conferenceId: string, voteId: string, action: string, before: unknown, after: unknown) {
      const entry = { ...origin, action, conferenceId, entityType: 'vote', entityId: voteId, before, after };
      return recordAudit(executor, entry, clock().toISOString(), randomUUID());
    },
  };
}

/** The voter's entry in the electorate now (null: not on it). */
async function voterEntry(executor: Executor, conferenceId: string, electorate: string, voter: VoterRef) {
  if (electorate === 'delegates')
    return voter.kind === 'delegate' ? ((await findDelegateVoter(executor, conferenceId, voter.delegateId)) ?? null) : null;
  if (voter.kind !== 'bridge_point') return null;
  const points = await listHallPoints(executor, conferenceId);
  return points.some((point) => point.id === voter.bridgePointId)
    ? { voterId: voter.bridgePointId, bridgePointId: voter.bridgePointId, present: true }
    : null;
}

export interface BallotDeps {
  clock: () => Date;
  batch: GroupCommit;
  notices: VoteNotices;
}

export function createBallots(database: Database, { clock, batch, notices }: BallotDeps) {
  const { db } = database;
  const { load, audit } = voteWrites(clock);
  return {
    async cast(
      conferenceId: string,
      voteId: string,
      voter: VoterRef,
      input: unknown,
      origin: AuditOrigin = SYSTEM_ORIGIN,
    ): Promise<CastReceipt> {
      const { option } = prepareInput(BallotInput, input);
      const row = await load(db, conferenceId, voteId);
      const definition = definitionOf(row);
      const receipt = await batch.run(async (trx): Promise<CastReceipt & { wrote: boolean }> => {
        const state = (await lockVoteState(trx, voteId, 'share')) as Vote['state'];
        const entry = await voterEntry(trx, conferenceId, definition.electorate, voter);
        const hands = entry ? await findHands(trx, voteId, entry.bridgePointId) : undefined;
        const counted = decideCast(state, definition, { entry, hallCountedByHands: hands !== undefined }, option);
        if (definition.secret) {
          if (!(await insertVoter(trx, voteId, counted.voterId, counted.bridgePointId))) throw voteErrors.alreadyVoted();
          await addToTally(trx, voteId, counted.bridgePointId, option);
          // The voter and their hall, never the choice.
          await audit(trx, origin, conferenceId, voteId, 'vote.cast_secret', null, {
            voterId: counted.voterId,
            bridgePointId: counted.bridgePointId,
          });
          return { voteId, option: null, replaced: false, wrote: true };
        }
        const earlier = await findBallot(trx, voteId, counted.voterId);
        if (earlier && Number(earlier.option_index) === option) return { voteId, option, replaced: false, wrote: false };
        await upsertBallot(trx, {
          vote_id: voteId,
          voter_id: counted.voterId,
          bridge_point_id: counted.bridgePointId,
          option_index: option,
          cast_at: clock().toISOString(),
        });
        const label = definition.options[option];
        await audit(trx, origin, conferenceId, voteId, 'vote.cast', earlier ? { option: Number(earlier.option_index) } : null, {
          voterId: counted.voterId,
          bridgePointId: counted.bridgePointId,
          option,
          label,
        });
        return { voteId, option, replaced: earlier !== undefined, wrote: true };
      });
      if (receipt.wrote) notices.ballot(conferenceId, voteId);
      return { voteId: receipt.voteId, option: receipt.option, replaced: receipt.replaced };
    },

    /** Whether the voter has voted, and (open votes) their choice. */
    async ballotOf(conferenceId: string, voteId: string, voter: VoterRef): Promise<{ voted: boolean; option: number | null }> {
      const row = await load(db, conferenceId, voteId);
      const definition = definitionOf(row);
      const entry = await voterEntry(db, conferenceId, definition.electorate, voter);
      if (!entry) return { voted: false, option: null };
      if (definition.secret) {
        const voted = await hasVoted(db, voteId, entry.voterId);
        return { voted, option: null };
      }
      const ballot = await findBallot(db, voteId, entry.voterId);
      return { voted: ballot !== undefined, option: ballot ? Number(ballot.option_index) : null };
    },
  };
}
