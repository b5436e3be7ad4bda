/**
 * TypeBox schemas of a vote (biểu quyết, issue 16): what the chair sends to create one, a
 * ballot, a show-of-hands count, and the vote as the API answers it. One schema gives the
 * validation, the TypeScript types and the OpenAPI text; the finer rules are vote-rules.ts's.
 */
import { Type, type Static } from 'typebox';

export const DEFAULT_OPTIONS = ['Tán thành', 'Không tán thành', 'Không biểu quyết'] as const;
export const MAX_OPTIONS = 10;

/** "more than" (strict) or "at least" numerator/denominator of a base. */
export const Fraction = Type.Object(
  {
    numerator: Type.Integer({ minimum: 1, maximum: 99 }),
    denominator: Type.Integer({ minimum: 1, maximum: 100 }),
    strict: Type.Boolean({ description: 'true: more than (quá); false: at least (ít nhất)' }),
  },
  { additionalProperties: false },
);
export type Fraction = Static<typeof Fraction>;

export const RuleBase = Type.Enum(['entitled', 'present'], {
  description: 'entitled: of the members entitled to vote (tổng số thành viên); present: of those present (có mặt)',
});
export type RuleBase = Static<typeof RuleBase>;

export const MajorityRule = Type.Object({ fraction: Fraction, base: RuleBase }, { additionalProperties: false });
export type MajorityRule = Static<typeof MajorityRule>;

export const Electorate = Type.Enum(['delegates', 'bridge_points'], {
  description: 'delegates: each delegate checked in as present votes; bridge_points: one vote per bridge point, cast by its operator',
});
export type Electorate = Static<typeof Electorate>;

export const VoteState = Type.Enum(['draft', 'open', 'closed']);
export type VoteState = Static<typeof VoteState>;

export const VoteCreate = Type.Object(
  {
    question: Type.String({ minLength: 1, maxLength: 1000, pattern: '\\S' }),
    /** Default: Tán thành / Không tán thành / Không biểu quyết. The first option is the one the majority rule counts. */
    options: Type.Optional(
      Type.Array(Type.String({ minLength: 1, maxLength: 200, pattern: '\\S' }), { minItems: 2, maxItems: MAX_OPTIONS }),
    ),
    secret: Type.Optional(Type.Boolean({ description: 'bỏ phiếu kín: who voted is stored, not how (default false)' })),
    electorate: Type.Optional(Electorate),
    /** The live programme item the vote is on (null: none). */
    itemId: Type.Optional(Type.Union([Type.String({ minLength: 1, maxLength: 100 }), Type.Null()])),
    /** Present members needed before it opens, as a fraction of those entitled (default: more than half); null: no quorum check. */
    quorum: Type.Optional(Type.Union([Fraction, Type.Null()])),
    /** Default: more than half of the members entitled. */
    majority: Type.Optional(MajorityRule),
  },
  { additionalProperties: false },
);
export type VoteCreate = Static<typeof VoteCreate>;

export const BallotInput = Type.Object(
  { option: Type.Integer({ minimum: 0, maximum: MAX_OPTIONS - 1, description: 'Index of the chosen option' }) },
  { additionalProperties: false },
);
export type BallotInput = Static<typeof BallotInput>;

export const HandsInput = Type.Object(
  { counts: Type.Array(Type.Integer({ minimum: 0, maximum: 1_000_000 }), { minItems: 2, maxItems: MAX_OPTIONS }) },
  { additionalProperties: false },
);
export type HandsInput = Static<typeof HandsInput>;

const Count = Type.Integer({ minimum: 0 });
const Percent = Type.Union([Type.Number(), Type.Null()], {
  description: 'Of the members entitled, two decimals; null when none is entitled',
});
const RuleText = Type.Object({ vi: Type.String(), en: Type.String() });

export const HallTally = Type.Object({
  bridgePointId: Type.String(),
  name: Type.String(),
  entitled: Count,
  present: Count,
  cast: Count,
  /** ballots: electronic ballots; show_of_hands: the operator's count replaced them. */
  method: Type.Enum(['ballots', 'show_of_hands']),
  counts: Type.Array(Count),
});
export type HallTally = Static<typeof HallTally>;

export const VoteResult = Type.Object({
  entitled: Count,
  present: Count,
  cast: Count,
  options: Type.Array(Type.Object({ label: Type.String(), count: Count, percentOfEntitled: Percent })),
  halls: Type.Array(HallTally),
  quorum: Type.Union([
    Type.Object({ rule: Fraction, text: RuleText, present: Count, entitled: Count, required: Count, met: Type.Boolean() }),
    Type.Null(),
  ]),
  majority: Type.Object({
    rule: MajorityRule,
    text: RuleText,
    /** The number the fraction is taken of (entitled or present at closing). */
    baseCount: Count,
    /** Votes for the first option needed to pass. */
    required: Count,
    inFavour: Count,
    passed: Type.Boolean(),
  }),
});
export type VoteResult = Static<typeof VoteResult>;

export const Vote = Type.Object({
  id: Type.String(),
  conferenceId: Type.String(),
  itemId: Type.Union([Type.String(), Type.Null()]),
  itemLabel: Type.String(),
  question: Type.String(),
  options: Type.Array(Type.String()),
  secret: Type.Boolean(),
  electorate: Electorate,
  quorum: Type.Union([Fraction, Type.Null()]),
  majority: MajorityRule,
  state: VoteState,
  createdAt: Type.String(),
  openedAt: Type.Union([Type.String(), Type.Null()]),
  closedAt: Type.Union([Type.String(), Type.Null()]),
  /** The quorum check when it opened (present / entitled then). */
  openedWith: Type.Union([Type.Object({ present: Count, entitled: Count }), Type.Null()]),
  /** Ballots cast so far (and hall counts): the only number shown while a secret vote is open. */
  cast: Count,
  /** The result: live while an open (not secret) vote is open, fixed at closing; null for a secret vote before closing. */
  result: Type.Union([VoteResult, Type.Null()]),
});
export type Vote = Static<typeof Vote>;
