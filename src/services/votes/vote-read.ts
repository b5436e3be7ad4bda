/**
 * Reading votes: a stored row as the API's Vote, the electorate of the moment, the counts of
 * an open vote (live for an open vote; only the turnout for a secret one), and the votes a
 * timeline records. Every function reads through the executor it is given.
 */
import type { LiveItem } from '../../domain/live/live-state.js';
import { computeResult, type RollEntry, type VoteDefinition } from '../../domain/votes/vote-rules.js';
import type { Electorate, Fraction, MajorityRule, Vote, VoteResult, VoteState } from '../../domain/votes/vote.schema.js';
import type { TimelineVote } from '../../domain/live/live-timeline.types.js';
import { listHallPoints } from '../../storage/repositories/live-repository.js';
import {
  countBallots,
  countCastByHall,
  listDelegateElectorate,
  listHands,
  listPointElectorate,
  listTallies,
  listVoteRows,
} from '../../storage/repositories/vote-repository.js';
import type { Executor, VoteRow } from '../../storage/tables.js';

export const definitionOf = (row: VoteRow): VoteDefinition => ({
  question: row.question,
  options: JSON.parse(row.options_json) as string[],
  secret: Number(row.secret) === 1,
  electorate: row.electorate as Electorate,
  quorum: row.quorum_json === null ? null : (JSON.parse(row.quorum_json) as Fraction),
  majority: JSON.parse(row.majority_json) as MajorityRule,
});

/** "2. Báo cáo kết quả …" for the item a vote is on. */
export const itemLabel = (item: Pick<LiveItem, 'number' | 'content'>): string => [item.number, item.content].filter(Boolean).join('. ');

export const electorateOf = (executor: Executor, conferenceId: string, electorate: Electorate): Promise<RollEntry[]> =>
  electorate === 'bridge_points' ? listPointElectorate(executor, conferenceId) : listDelegateElectorate(executor, conferenceId);

/** The counts now: ballots (open) or tallies (secret) per hall and option, and the show-of-hands counts. */
export async function currentCounts(executor: Executor, row: VoteRow) {
  const secret = Number(row.secret) === 1;
  const [ballots, hands] = await Promise.all([
    secret ? listTallies(executor, row.id) : countBallots(executor, row.id),
    listHands(executor, row.id),
  ]);
  return { ballots, hands };
}

/** Ballots cast so far: each hall by its show-of-hands count when it has one, else by its ballots (or secret voters). */
export async function castSoFar(executor: Executor, row: VoteRow): Promise<number> {
  const [byHall, hands] = await Promise.all([countCastByHall(executor, row.id, Number(row.secret) === 1), listHands(executor, row.id)]);
  const counted = new Set(hands.map((hand) => hand.bridgePointId));
  let cast = hands.reduce((total, hand) => total + hand.counts.reduce((sum, count) => sum + count, 0), 0);
  for (const [hall, count] of byHall) if (!counted.has(hall)) cast += count;
  return cast;
}

/** The result as it would be if the vote closed now (open, not secret votes). */
export async function liveResult(executor: Executor, row: VoteRow): Promise<VoteResult> {
  const definition = definitionOf(row);
  const [roll, halls, counts] = await Promise.all([
    electorateOf(executor, row.conference_id, definition.electorate),
    listHallPoints(executor, row.conference_id),
    currentCounts(executor, row),
  ]);
  return computeResult(definition, roll, halls, counts.ballots, counts.hands);
}

/** The vote as the API answers it: the stored result once closed; live counts while an open vote runs; none for a secret one before closing. */
export async function presentVote(executor: Executor, row: VoteRow): Promise<Vote> {
  const definition = definitionOf(row);
  const state = row.state as VoteState;
  const stored = row.result_json === null ? null : (JSON.parse(row.result_json) as VoteResult);
  const result = state === 'closed' ? stored : state === 'open' && !definition.secret ? await liveResult(executor, row) : null;
  const cast = state === 'closed' ? (stored?.cast ?? 0) : state === 'open' ? (result?.cast ?? (await castSoFar(executor, row))) : 0;
  return {
    id: row.id,
    conferenceId: row.conference_id,
    itemId: row.item_id,
    itemLabel: row.item_label,
    ...definition,
    state,
    createdAt: row.created_at,
    openedAt: row.opened_at,
    closedAt: row.closed_at,
    openedWith: row.opened_with_json === null ? null : (JSON.parse(row.opened_with_json) as { present: number; entitled: number }),
    cast,
    result,
  };
}

/** The closed votes of a conference for its timeline, in the order they closed. */
export async function timelineVotes(executor: Executor, conferenceId: string): Promise<TimelineVote[]> {
  const rows = await listVoteRows(executor, conferenceId, 'closed');
  return rows
    .filter((row) => row.result_json !== null && row.closed_at !== null)
    .map((row) => ({ row, result: JSON.parse(row.result_json!) as VoteResult }))
    .sort((a, b) => a.row.closed_at!.localeCompare(b.row.closed_at!))
    .map(({ row, result }) => ({
      voteId: row.id,
      itemId: row.item_id,
      itemLabel: row.item_label,
      question: row.question,
      secret: Number(row.secret) === 1,
      openedAt: Date.parse(row.opened_at ?? row.closed_at!),
      closedAt: Date.parse(row.closed_at!),
      result,
    }));
}
