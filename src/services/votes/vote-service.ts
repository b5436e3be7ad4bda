/**
 * Votes (biểu quyết, issue 16): the chair creates, opens and closes; delegates (or, per point,
 * operators) cast; an operator enters a hall's show-of-hands count. One transaction and one
 * audit row per write; after commit a `vote.changed` on the backbone (vote-notices.ts).
 *
 * - Open votes: one ballot row per voter (primary key); casting again replaces the choice while
 *   the vote is open (the same choice again writes nothing).
 * - Secret votes: who voted (vote_voters) and how many chose what per hall (vote_tallies) are
 *   stored apart with nothing to join them; the audit row names the voter, never the choice; a
 *   second ballot is refused (409 vote.already_voted): nothing could say which choice to take back.
 * - A hall's show-of-hands count replaces its electronic ballots (kept, not counted) and closes
 *   the hall to further ballots; entering it again replaces the count.
 * - Closing writes who was entitled and present (vote_roll) and the result, once.
 * Ballots are committed in groups (check-in-batch.ts): one fsync for all that arrived meanwhile.
 */
import { randomUUID } from 'node:crypto';
import type { LiveState } from '../../domain/live/live-state.js';
import { voteErrors } from '../../domain/votes/vote-errors.js';
import { computeResult, decideClose, decideHands, decideOpen, defineVote } from '../../domain/votes/vote-rules.js';
import { HandsInput, VoteCreate, type Vote } from '../../domain/votes/vote.schema.js';
import type { EventBus } from '../../realtime/event-bus.js';
import type { Database } from '../../storage/database.js';
import { findLiveState, listHallPoints } from '../../storage/repositories/live-repository.js';
import {
  createTallies,
  findHands,
  insertRoll,
  insertVote,
  listVoteRows,
  lockVoteState,
  markVoteClosed,
  markVoteOpen,
  saveHands,
} from '../../storage/repositories/vote-repository.js';
import type { VoteRow } from '../../storage/tables.js';
import { SYSTEM_ORIGIN, type AuditOrigin } from '../accounts/audit-context.js';
import { prepareInput } from '../input.js';
import { createGroupCommit } from '../participants/check-in-batch.js';
import { createVoteNotices } from './vote-notices.js';
import { currentCounts, definitionOf, electorateOf, itemLabel, presentVote } from './vote-read.js';

export type { CastReceipt, VoterRef } from './vote-ballots.js';
import { createBallots, voteWrites, type CastReceipt, type VoterRef } from './vote-ballots.js';

export interface VoteService {
  list(conferenceId: string): Promise<Vote[]>;
  get(conferenceId: string, voteId: string): Promise<Vote>;
  create(conferenceId: string, input: unknown, origin?: AuditOrigin): Promise<Vote>;
  open(conferenceId: string, voteId: string, origin?: AuditOrigin): Promise<Vote>;
  cast(conferenceId: string, voteId: string, voter: VoterRef, input: unknown, origin?: AuditOrigin): Promise<CastReceipt>;
  /** Whether the voter has voted, and (open votes) their choice. */
  ballotOf(conferenceId: string, voteId: string, voter: VoterRef): Promise<{ voted: boolean; option: number | null }>;
  enterHands(conferenceId: string, voteId: string, bridgePointId: string, input: unknown, origin?: AuditOrigin): Promise<Vote>;
  close(conferenceId: string, voteId: string, origin?: AuditOrigin): Promise<Vote>;
}

export interface VoteServiceDeps {
  now?: () => Date;
  events?: Pick<EventBus, 'publish'>;
  /** Most ballots committed together; 1 = a transaction each. */
  maxBatch?: number;
  /** Milliseconds between two announcements of the ballots of one vote (default 250). */
  noticeMs?: number;
}

export function createVoteService(database: Database, deps: VoteServiceDeps = {}): VoteService {
  const { db } = database;
  const clock = deps.now ?? (() => new Date());
  const batch = createGroupCommit(database, {
    ...(deps.maxBatch === undefined ? {} : { maxBatch: deps.maxBatch }),
    // One batch at a time on both dialects: two batches side by side on PostgreSQL take the same
    // ballot rows (a delegate voting twice) or a hall's tally rows in opposite orders and deadlock.
    lanes: 1,
  });
  const notices = createVoteNotices(database, deps.events, deps.noticeMs ?? 250);

  const { load, audit } = voteWrites(clock);
  const ballots = createBallots(database, { clock, batch, notices });

  return {
    async list(conferenceId) {
      const rows = await listVoteRows(db, conferenceId);
      return Promise.all(rows.map((row) => presentVote(db, row)));
    },

    async get(conferenceId, voteId) {
      return presentVote(db, await load(db, conferenceId, voteId));
    },

    async create(conferenceId, input, origin = SYSTEM_ORIGIN) {
      const request = prepareInput(VoteCreate, input);
      const definition = defineVote(request);
      const now = clock().toISOString();
      const row = await db.transaction().execute(async (trx) => {
        let label = '';
        if (request.itemId) {
          const state: LiveState | undefined = await findLiveState(trx, conferenceId);
          const item = state?.items.find((candidate) => candidate.id === request.itemId);
          if (!item) throw voteErrors.itemNotFound();
          label = itemLabel(item);
        }
        const created: VoteRow = {
          id: randomUUID(),
          conference_id: conferenceId,
          item_id: request.itemId ?? null,
          item_label: label,
          question: definition.question,
          options_json: JSON.stringify(definition.options),
          secret: definition.secret ? 1 : 0,
          electorate: definition.electorate,
          quorum_json: definition.quorum === null ? null : JSON.stringify(definition.quorum),
          majority_json: JSON.stringify(definition.majority),
          state: 'draft',
          opened_with_json: null,
          result_json: null,
          created_at: now,
          opened_at: null,
          closed_at: null,
        };
        await insertVote(trx, created);
        await audit(trx, origin, conferenceId, created.id, 'vote.create', null, {
          ...definition,
          itemId: created.item_id,
          itemLabel: label,
        });
        return created;
      });
      notices.changed(conferenceId, row.id, 'draft', 0);
      return presentVote(db, row);
    },

    async open(conferenceId, voteId, origin = SYSTEM_ORIGIN) {
      const row = await db.transaction().execute(async (trx) => {
        const current = await load(trx, conferenceId, voteId);
        const definition = definitionOf(current);
        const state = await lockVoteState(trx, voteId, 'update');
        const roll = await electorateOf(trx, conferenceId, definition.electorate);
        const openedWith = decideOpen((state ?? current.state) as Vote['state'], definition.quorum, roll);
        const now = clock().toISOString();
        if (!(await markVoteOpen(trx, voteId, now, JSON.stringify(openedWith)))) throw voteErrors.notDraft();
        if (definition.secret) {
          const halls = await listHallPoints(trx, conferenceId);
          await createTallies(
            trx,
            halls.flatMap((hall) =>
              definition.options.map((_, option) => ({ vote_id: voteId, bridge_point_id: hall.id, option_index: option, count: 0 })),
            ),
          );
        }
        await audit(trx, origin, conferenceId, voteId, 'vote.open', { state: 'draft' }, { state: 'open', ...openedWith });
        return load(trx, conferenceId, voteId);
      });
      notices.changed(conferenceId, voteId, 'open', 0);
      return presentVote(db, row);
    },

    ...ballots,

    async enterHands(conferenceId, voteId, bridgePointId, input, origin = SYSTEM_ORIGIN) {
      const { counts } = prepareInput(HandsInput, input);
      const row = await db.transaction().execute(async (trx) => {
        const current = await load(trx, conferenceId, voteId);
        const definition = definitionOf(current);
        const state = (await lockVoteState(trx, voteId, 'share')) as Vote['state'];
        const roll = await electorateOf(trx, conferenceId, definition.electorate);
        const hall = roll.filter((entry) => entry.bridgePointId === bridgePointId);
        if (!(await listHallPoints(trx, conferenceId)).some((point) => point.id === bridgePointId)) throw voteErrors.hallNotFound();
        decideHands(state, definition, counts, hall.length);
        const before = await findHands(trx, voteId, bridgePointId);
        await saveHands(trx, {
          vote_id: voteId,
          bridge_point_id: bridgePointId,
          counts_json: JSON.stringify(counts),
          entered_at: clock().toISOString(),
          entered_by: origin.actor.label,
        });
        await audit(
          trx,
          origin,
          conferenceId,
          voteId,
          'vote.count_hands',
          before ? { bridgePointId, counts: JSON.parse(before.counts_json) as number[] } : null,
          { bridgePointId, counts },
        );
        return current;
      });
      notices.ballot(conferenceId, voteId);
      return presentVote(db, row);
    },

    async close(conferenceId, voteId, origin = SYSTEM_ORIGIN) {
      const row = await db.transaction().execute(async (trx) => {
        const current = await load(trx, conferenceId, voteId);
        const definition = definitionOf(current);
        decideClose((await lockVoteState(trx, voteId, 'update')) as Vote['state']);
        const [roll, halls, counts] = await Promise.all([
          electorateOf(trx, conferenceId, definition.electorate),
          listHallPoints(trx, conferenceId),
          currentCounts(trx, current),
        ]);
        const result = computeResult(definition, roll, halls, counts.ballots, counts.hands);
        await insertRoll(
          trx,
          roll.map((entry) => ({
            vote_id: voteId,
            voter_id: entry.voterId,
            bridge_point_id: entry.bridgePointId,
            present: entry.present ? 1 : 0,
          })),
        );
        if (!(await markVoteClosed(trx, voteId, clock().toISOString(), JSON.stringify(result)))) throw voteErrors.notOpen();
        const summary = {
          entitled: result.entitled,
          present: result.present,
          cast: result.cast,
          counts: result.options.map((o) => o.count),
          passed: result.majority.passed,
        };
        await audit(trx, origin, conferenceId, voteId, 'vote.close', { state: 'open' }, { state: 'closed', ...summary });
        return load(trx, conferenceId, voteId);
      });
      const vote = await presentVote(db, row);
      notices.changed(conferenceId, voteId, 'closed', vote.cast);
      return vote;
    },
  };
}
