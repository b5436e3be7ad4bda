import { describe, expect, it } from 'vitest';
import { refusalCode } from './refusal.fixture.js';
import {
  computeResult,
  decideCast,
  decideClose,
  decideHands,
  decideOpen,
  defineVote,
  fractionText,
  majorityText,
  required,
  type RollEntry,
} from './vote-rules.js';

const code = refusalCode;

/** `present` of `entitled` delegates at each hall. */
const roll = (...halls: [string, number, number][]): RollEntry[] =>
  halls.flatMap(([hall, entitled, present]) =>
    Array.from({ length: entitled }, (_, index) => ({ voterId: `${hall}-${index}`, bridgePointId: hall, present: index < present })),
  );
const HALLS = [
  { id: 'h1', name: 'Hội trường UBND tỉnh' },
  { id: 'h2', name: 'Huyện Tháp Mười' },
];

describe('the fractions of the rules', () => {
  it('required() is the smallest whole number more than / at least the fraction of the base, for every small case', () => {
    for (let denominator = 1; denominator <= 6; denominator += 1) {
      for (let numerator = 1; numerator <= denominator; numerator += 1) {
        for (const strict of [true, false]) {
          for (let base = 0; base <= 60; base += 1) {
            const share = (numerator * base) / denominator;
            let expected = 0;
            while (strict ? !(expected > share) : !(expected >= share)) expected += 1;
            expect(required({ numerator, denominator, strict }, base), `${numerator}/${denominator} ${strict} of ${base}`).toBe(expected);
          }
        }
      }
    }
  });

  it('more than half of 40 is 21, of 41 also 21; at least two thirds of 40 is 27, of 30 exactly 20', () => {
    expect(required({ numerator: 1, denominator: 2, strict: true }, 40)).toBe(21);
    expect(required({ numerator: 1, denominator: 2, strict: true }, 41)).toBe(21);
    expect(required({ numerator: 2, denominator: 3, strict: false }, 40)).toBe(27);
    expect(required({ numerator: 2, denominator: 3, strict: false }, 30)).toBe(20);
  });

  it('states the rules in words, Vietnamese first', () => {
    expect(fractionText({ numerator: 1, denominator: 2, strict: true })).toEqual({ vi: 'quá một nửa', en: 'more than half' });
    expect(fractionText({ numerator: 3, denominator: 5, strict: false }).vi).toBe('ít nhất 3/5');
    const definition = defineVote({ question: 'Thông qua dự thảo Quyết định?' });
    expect(majorityText(definition).vi).toBe('Tán thành quá một nửa tổng số đại biểu có quyền biểu quyết');
  });
});

describe('defining a vote', () => {
  it('defaults: the three usual options, open, per delegate, quorum and majority more than half of those entitled', () => {
    expect(defineVote({ question: 'Q' })).toEqual({
      question: 'Q',
      options: ['Tán thành', 'Không tán thành', 'Không biểu quyết'],
      secret: false,
      electorate: 'delegates',
      quorum: { numerator: 1, denominator: 2, strict: true },
      majority: { fraction: { numerator: 1, denominator: 2, strict: true }, base: 'entitled' },
    });
    expect(defineVote({ question: 'Q', quorum: null }).quorum).toBeNull();
  });

  it('refuses a fraction above one', () => {
    expect(code(() => defineVote({ question: 'Q', quorum: { numerator: 3, denominator: 2, strict: false } }))).toBe('vote.bad_rule');
  });
});

describe('the steps', () => {
  const definition = defineVote({ question: 'Q' });

  it('opens a draft only when the quorum is met', () => {
    expect(decideOpen('draft', definition.quorum, roll(['h1', 10, 6]))).toEqual({ entitled: 10, present: 6 });
    expect(code(() => decideOpen('draft', definition.quorum, roll(['h1', 10, 5])))).toBe('vote.no_quorum');
    expect(decideOpen('draft', null, roll(['h1', 10, 0]))).toEqual({ entitled: 10, present: 0 });
    expect(code(() => decideOpen('open', null, roll(['h1', 1, 1])))).toBe('vote.not_draft');
    expect(code(() => decideOpen('closed', null, roll(['h1', 1, 1])))).toBe('vote.not_draft');
  });

  it('takes a ballot from an entitled, present delegate on an open vote, for an option on the ballot', () => {
    const present = { voterId: 'd', bridgePointId: 'h1', present: true };
    expect(decideCast('open', definition, { entry: present, hallCountedByHands: false }, 2)).toBe(present);
    expect(code(() => decideCast('draft', definition, { entry: present, hallCountedByHands: false }, 0))).toBe('vote.not_open');
    expect(code(() => decideCast('closed', definition, { entry: present, hallCountedByHands: false }, 0))).toBe('vote.not_open');
    expect(code(() => decideCast('open', definition, { entry: present, hallCountedByHands: false }, 3))).toBe('vote.bad_option');
    expect(code(() => decideCast('open', definition, { entry: null, hallCountedByHands: false }, 0))).toBe('vote.not_entitled');
    expect(code(() => decideCast('open', definition, { entry: { ...present, present: false }, hallCountedByHands: false }, 0))).toBe(
      'vote.not_present',
    );
    expect(code(() => decideCast('open', definition, { entry: present, hallCountedByHands: true }, 0))).toBe('vote.hall_counted_by_hands');
  });

  it('a vote per bridge point does not ask for presence', () => {
    const perPoint = defineVote({ question: 'Q', electorate: 'bridge_points' });
    const absentPoint = { voterId: 'h1', bridgePointId: 'h1', present: false };
    expect(decideCast('open', perPoint, { entry: absentPoint, hallCountedByHands: false }, 0)).toBe(absentPoint);
  });

  it('takes a show-of-hands count on an open vote of delegates, not on a secret one, not over the hall', () => {
    expect(decideHands('open', definition, [3, 1, 0], 5)).toBe(4);
    expect(code(() => decideHands('open', definition, [3, 3, 0], 5))).toBe('vote.hands_too_many');
    expect(code(() => decideHands('open', definition, [3, 1], 5))).toBe('vote.hands_wrong_length');
    expect(code(() => decideHands('open', { ...definition, secret: true }, [1, 0, 0], 5))).toBe('vote.hands_not_allowed');
    expect(code(() => decideHands('open', { ...definition, electorate: 'bridge_points' }, [1, 0, 0], 5))).toBe('vote.hands_not_allowed');
    expect(code(() => decideHands('closed', definition, [1, 0, 0], 5))).toBe('vote.not_open');
  });

  it('closes an open vote only (a closed one stays as it is)', () => {
    expect(() => decideClose('open')).not.toThrow();
    expect(code(() => decideClose('closed'))).toBe('vote.not_open');
    expect(code(() => decideClose('draft'))).toBe('vote.not_open');
  });
});

describe('the result', () => {
  it('counts per hall, replaces a hall by its show-of-hands count, and gives percentages of those entitled', () => {
    const definition = defineVote({ question: 'Q' });
    const result = computeResult(
      definition,
      roll(['h1', 30, 28], ['h2', 10, 9]),
      HALLS,
      [
        { bridgePointId: 'h1', option: 0, count: 20 },
        { bridgePointId: 'h1', option: 1, count: 5 },
        { bridgePointId: 'h2', option: 0, count: 2 },
      ],
      [{ bridgePointId: 'h2', counts: [7, 1, 1] }],
    );
    expect(result.halls).toEqual([
      { bridgePointId: 'h1', name: HALLS[0]!.name, entitled: 30, present: 28, cast: 25, method: 'ballots', counts: [20, 5, 0] },
      { bridgePointId: 'h2', name: HALLS[1]!.name, entitled: 10, present: 9, cast: 9, method: 'show_of_hands', counts: [7, 1, 1] },
    ]);
    expect(result.options).toEqual([
      { label: 'Tán thành', count: 27, percentOfEntitled: 67.5 },
      { label: 'Không tán thành', count: 6, percentOfEntitled: 15 },
      { label: 'Không biểu quyết', count: 1, percentOfEntitled: 2.5 },
    ]);
    expect(result).toMatchObject({ entitled: 40, present: 37, cast: 34 });
    expect(result.majority).toMatchObject({ baseCount: 40, required: 21, inFavour: 27, passed: true });
    expect(result.quorum).toMatchObject({ present: 37, entitled: 40, required: 21, met: true });
  });

  it('passes or fails by the rule and its base: 26 in favour fail two thirds of 40 entitled (27) and pass two thirds of 37 present (25)', () => {
    const counted = (majority: Parameters<typeof defineVote>[0]['majority']) =>
      computeResult(
        defineVote({ question: 'Q', majority }),
        roll(['h1', 40, 37]),
        HALLS.slice(0, 1),
        [{ bridgePointId: 'h1', option: 0, count: 26 }],
        [],
      ).majority;
    const twoThirds = { numerator: 2, denominator: 3, strict: false };
    expect(counted({ fraction: twoThirds, base: 'entitled' })).toMatchObject({ baseCount: 40, required: 27, passed: false });
    expect(counted({ fraction: twoThirds, base: 'present' })).toMatchObject({ baseCount: 37, required: 25, passed: true });
  });

  it('percentages are of those entitled, not of those who voted; none entitled gives no percentage and no pass', () => {
    const result = computeResult(
      defineVote({ question: 'Q' }),
      roll(['h1', 3, 3]),
      HALLS.slice(0, 1),
      [{ bridgePointId: 'h1', option: 0, count: 1 }],
      [],
    );
    expect(result.options[0]).toEqual({ label: 'Tán thành', count: 1, percentOfEntitled: 33.33 });
    const empty = computeResult(defineVote({ question: 'Q', quorum: null }), [], HALLS.slice(0, 1), [], []);
    expect(empty.options[0]!.percentOfEntitled).toBeNull();
    expect(empty.majority).toMatchObject({ required: 1, passed: false });
    expect(empty.quorum).toBeNull();
  });
});
