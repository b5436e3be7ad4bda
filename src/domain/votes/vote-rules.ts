/**
 * The rules of a vote (biểu quyết), pure: the default definition, the fractions of the quorum
 * and majority rules in whole numbers, the checks of each step (open, cast, show of hands,
 * close) and the result. No I/O, no clock.
 *
 * - Entitled (thành viên có quyền biểu quyết): every delegate on the list of the conference (walk-ins
 *   are not on it), or every bridge point for a vote per point. Present: a delegate checked in
 *   as present; a point with a delegate present or ready in the roll call.
 * - Quorum (checked before opening): present ≥ the smallest whole number that is "more than"
 *   or "at least" the fraction of those entitled. Null: no check.
 * - Majority: votes for the FIRST option (Tán thành) ≥ the smallest whole number that is more
 *   than / at least the fraction of the base (entitled or present at closing), and at least 1.
 * - Percentages are of the members entitled (DOMAIN.md), not of those who voted.
 * - A hall whose operator entered a show-of-hands count is counted by that count alone; its
 *   electronic ballots are kept but not counted, and it takes no more.
 * - States: draft → open → closed; nothing changes after closing.
 */
import { voteErrors } from './vote-errors.js';
import {
  DEFAULT_OPTIONS,
  type Electorate,
  type Fraction,
  type HallTally,
  type MajorityRule,
  type VoteCreate,
  type VoteResult,
  type VoteState,
} from './vote.schema.js';

export interface VoteDefinition {
  question: string;
  options: string[];
  secret: boolean;
  electorate: Electorate;
  quorum: Fraction | null;
  majority: MajorityRule;
}

export const MORE_THAN_HALF: Fraction = { numerator: 1, denominator: 2, strict: true };
export const TWO_THIRDS: Fraction = { numerator: 2, denominator: 3, strict: false };

/** The definition with its defaults: the three usual options, open, per delegate, quorum and majority more than half of those entitled. */
export function defineVote(input: VoteCreate): VoteDefinition {
  const definition: VoteDefinition = {
    question: input.question,
    options: input.options ?? [...DEFAULT_OPTIONS],
    secret: input.secret ?? false,
    electorate: input.electorate ?? 'delegates',
    quorum: input.quorum === undefined ? MORE_THAN_HALF : input.quorum,
    majority: input.majority ?? { fraction: MORE_THAN_HALF, base: 'entitled' },
  };
  for (const fraction of [definition.quorum, definition.majority.fraction]) {
    if (fraction && fraction.numerator > fraction.denominator) throw voteErrors.badRule();
  }
  return definition;
}

/** The smallest whole number n with n > (strict) or n ≥ fraction × base; integers only, no rounding error. */
export function required(fraction: Fraction, base: number): number {
  const product = fraction.numerator * base;
  return fraction.strict ? Math.floor(product / fraction.denominator) + 1 : Math.ceil(product / fraction.denominator);
}

const NAMED: Record<string, { vi: string; en: string }> = {
  '1/2': { vi: 'một nửa', en: 'half' },
  '2/3': { vi: 'hai phần ba', en: 'two thirds' },
  '3/4': { vi: 'ba phần tư', en: 'three quarters' },
  '1/1': { vi: 'toàn bộ', en: 'all' },
};

export function fractionText(fraction: Fraction): { vi: string; en: string } {
  const key = `${fraction.numerator}/${fraction.denominator}`;
  const named = NAMED[key] ?? { vi: key, en: key };
  return fraction.strict
    ? { vi: `quá ${named.vi}`, en: `more than ${named.en}` }
    : { vi: `ít nhất ${named.vi}`, en: `at least ${named.en}` };
}

const baseText = (base: 'entitled' | 'present', electorate: Electorate) =>
  electorate === 'bridge_points'
    ? base === 'entitled'
      ? { vi: 'tổng số điểm cầu', en: 'of the bridge points' }
      : { vi: 'số điểm cầu có mặt', en: 'of the bridge points present' }
    : base === 'entitled'
      ? { vi: 'tổng số đại biểu có quyền biểu quyết', en: 'of the members entitled to vote' }
      : { vi: 'số đại biểu có mặt', en: 'of the members present' };

/** "Tán thành quá một nửa tổng số đại biểu có quyền biểu quyết" and its English. */
export function majorityText(definition: Pick<VoteDefinition, 'majority' | 'options' | 'electorate'>) {
  const fraction = fractionText(definition.majority.fraction);
  const base = baseText(definition.majority.base, definition.electorate);
  const first = definition.options[0] ?? '';
  return { vi: `${first} ${fraction.vi} ${base.vi}`, en: `"${first}" by ${fraction.en} ${base.en}` };
}

export function quorumText(quorum: Fraction, electorate: Electorate) {
  const fraction = fractionText(quorum);
  const base = baseText('entitled', electorate);
  return { vi: `Có mặt ${fraction.vi} ${base.vi}`, en: `Present: ${fraction.en} ${base.en}` };
}

/** One entry of the electorate: a delegate (or a bridge point) and whether present. */
export interface RollEntry {
  voterId: string;
  bridgePointId: string;
  present: boolean;
}

export const rollCounts = (roll: readonly RollEntry[]) => ({
  entitled: roll.length,
  present: roll.filter((entry) => entry.present).length,
});

/** Opening: a draft only, and the quorum met (else 409 with the numbers). Returns the numbers it opened with. */
export function decideOpen(state: VoteState, quorum: Fraction | null, roll: readonly RollEntry[]) {
  if (state !== 'draft') throw voteErrors.notDraft();
  const counts = rollCounts(roll);
  if (quorum) {
    const needed = required(quorum, counts.entitled);
    if (counts.present < needed) throw voteErrors.noQuorum(counts.present, needed, counts.entitled);
  }
  return counts;
}

export interface Voter {
  /** Null: not on the electorate. */
  entry: RollEntry | null;
  /** The voter's hall has a show-of-hands count. */
  hallCountedByHands: boolean;
}

/** A ballot: the vote open, the option on it, the voter entitled and (per delegate) present, their hall not counted by hands. */
export function decideCast(state: VoteState, definition: Pick<VoteDefinition, 'options' | 'electorate'>, voter: Voter, option: number) {
  if (state !== 'open') throw voteErrors.notOpen();
  if (!Number.isInteger(option) || option < 0 || option >= definition.options.length) throw voteErrors.badOption();
  if (!voter.entry) throw voteErrors.notEntitled();
  if (definition.electorate === 'delegates' && !voter.entry.present) throw voteErrors.notPresent();
  if (voter.hallCountedByHands) throw voteErrors.hallCountedByHands();
  return voter.entry;
}

/** A show-of-hands count for a hall: open, not secret, per delegate, one count per option, no more than the hall's members. */
export function decideHands(
  state: VoteState,
  definition: Pick<VoteDefinition, 'options' | 'electorate' | 'secret'>,
  counts: readonly number[],
  hallEntitled: number,
) {
  if (state !== 'open') throw voteErrors.notOpen();
  if (definition.secret || definition.electorate !== 'delegates') throw voteErrors.handsNotAllowed();
  if (counts.length !== definition.options.length) throw voteErrors.handsWrongLength();
  const sum = counts.reduce((total, count) => total + count, 0);
  if (sum > hallEntitled) throw voteErrors.handsTooMany(sum, hallEntitled);
  return sum;
}

export function decideClose(state: VoteState): void {
  if (state !== 'open') throw voteErrors.notOpen();
}

/** Electronic ballots counted per hall and option. */
export interface BallotCount {
  bridgePointId: string;
  option: number;
  count: number;
}

export interface HandsCount {
  bridgePointId: string;
  counts: readonly number[];
}

const percent = (count: number, entitled: number): number | null => (entitled === 0 ? null : Math.round((count * 10_000) / entitled) / 100);

/**
 * The result from the electorate, the halls (in their order), the ballots and the hands counts.
 * Each hall is counted by its show-of-hands count when it has one, else by its ballots.
 */
export function computeResult(
  definition: VoteDefinition,
  roll: readonly RollEntry[],
  halls: readonly { id: string; name: string }[],
  ballots: readonly BallotCount[],
  hands: readonly HandsCount[],
): VoteResult {
  const width = definition.options.length;
  const handsOf = new Map(hands.map((count) => [count.bridgePointId, count.counts]));
  const hallTallies: HallTally[] = halls.map((hall) => {
    const members = roll.filter((entry) => entry.bridgePointId === hall.id);
    const byHand = handsOf.get(hall.id);
    const counts = byHand ? [...byHand] : new Array<number>(width).fill(0);
    if (!byHand) {
      for (const ballot of ballots) if (ballot.bridgePointId === hall.id && ballot.option < width) counts[ballot.option]! += ballot.count;
    }
    return {
      bridgePointId: hall.id,
      name: hall.name,
      entitled: members.length,
      present: members.filter((entry) => entry.present).length,
      cast: counts.reduce((total, count) => total + count, 0),
      method: byHand ? 'show_of_hands' : 'ballots',
      counts,
    };
  });
  const { entitled, present } = rollCounts(roll);
  const totals = definition.options.map((_, index) => hallTallies.reduce((total, hall) => total + (hall.counts[index] ?? 0), 0));
  const baseCount = definition.majority.base === 'entitled' ? entitled : present;
  const needed = Math.max(1, required(definition.majority.fraction, baseCount));
  const inFavour = totals[0] ?? 0;
  return {
    entitled,
    present,
    cast: totals.reduce((total, count) => total + count, 0),
    options: definition.options.map((label, index) => ({
      label,
      count: totals[index]!,
      percentOfEntitled: percent(totals[index]!, entitled),
    })),
    halls: hallTallies,
    quorum: definition.quorum
      ? {
          rule: definition.quorum,
          text: quorumText(definition.quorum, definition.electorate),
          present,
          entitled,
          required: required(definition.quorum, entitled),
          met: present >= required(definition.quorum, entitled),
        }
      : null,
    majority: {
      rule: definition.majority,
      text: majorityText(definition),
      baseCount,
      required: needed,
      inFavour,
      passed: inFavour >= needed,
    },
  };
}
