import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ConferenceInfo, CONFERENCE_STATUSES } from './conference.schema.js';
import { Value } from 'typebox/value';
import {
  blankConferenceInfo,
  canTransition,
  checkAgendaOrder,
  checkAgendaPlacement,
  checkIssuable,
  checkOrder,
  checkParticipantScope,
  flattenAgenda,
  hostsToDemote,
  shiftConferenceYears,
  shiftDateYears,
} from './conference-rules.js';
import { isValidDate } from './vietnamese-dates.js';

const codes = (problems: { code: string }[]) => problems.map((p) => p.code);

describe('blankConferenceInfo', () => {
  it('is a valid plan once title and start are given', () => {
    const info = { ...blankConferenceInfo(), title: 'Hội nghị', startsAt: '2021-07-07T08:00' };
    expect(Value.Check(ConferenceInfo, info)).toBe(true);
    expect(info).toMatchObject({ documentType: 'KH', signerAuthority: 'TM.', issueDate: null, documentNumber: '' });
  });
  it('returns a fresh object each time', () => {
    const a = blankConferenceInfo();
    a.title = 'x';
    expect(blankConferenceInfo().title).toBe('');
  });
});

describe('canTransition', () => {
  const allowed = new Set(['draft>issued', 'issued>draft', 'issued>live', 'live>closed']);
  for (const from of CONFERENCE_STATUSES) {
    for (const to of CONFERENCE_STATUSES) {
      it(`${from} → ${to}`, () => {
        expect(canTransition(from, to)).toBe(allowed.has(`${from}>${to}`));
      });
    }
  }
});

describe('checkIssuable', () => {
  it('needs a number and a complete, real date', () => {
    expect(codes(checkIssuable({ documentNumber: '', issueDate: null }))).toEqual([
      'conference.number_required',
      'conference.issue_date_required',
    ]);
    expect(codes(checkIssuable({ documentNumber: '05', issueDate: '2021-06' }))).toEqual(['conference.issue_date_required']);
    expect(codes(checkIssuable({ documentNumber: '05', issueDate: '2021-02-30' }))).toEqual(['conference.issue_date_required']);
    expect(codes(checkIssuable({ documentNumber: '  ', issueDate: '2021-06-15' }))).toEqual(['conference.number_required']);
    expect(checkIssuable({ documentNumber: '05', issueDate: '2021-06-15' })).toEqual([]);
  });
  it('gives Vietnamese and English messages with the field path', () => {
    const [p] = checkIssuable({ documentNumber: '', issueDate: '2021-06-15' });
    expect(p?.path).toBe('/documentNumber');
    expect(p?.message.vi).toMatch(/số văn bản/);
    expect(p?.message.en).toMatch(/number/);
  });
});

describe('shifting years', () => {
  it('moves 29 February to 28 February in a common year', () => {
    expect(shiftDateYears('2024-02-29', 1)).toBe('2025-02-28');
    expect(shiftDateYears('2024-02-29T08:00', 4)).toBe('2028-02-29T08:00');
    expect(shiftDateYears('2021-07-07T08:00', 1)).toBe('2022-07-07T08:00');
    expect(shiftDateYears('2021-06', 2)).toBe('2023-06');
    expect(shiftDateYears('2021', 1)).toBe('2022');
    expect(shiftDateYears('2021-07-07', 0)).toBe('2021-07-07');
  });
  it('always yields a real date with the same month', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1950-01-01'), max: new Date('2090-12-31'), noInvalidDate: true }),
        fc.integer({ min: 0, max: 10 }),
        (d, years) => {
          const iso = d.toISOString().slice(0, 10);
          const shifted = shiftDateYears(iso, years);
          expect(isValidDate(shifted)).toBe(true);
          expect(shifted.slice(5, 7)).toBe(iso.slice(5, 7));
          expect(Number(shifted.slice(0, 4))).toBe(Number(iso.slice(0, 4)) + years);
        },
      ),
    );
  });
  it('shifts the start and issue date of the plan, nothing else', () => {
    const info = { ...blankConferenceInfo(), title: 'Hội nghị năm 2021', startsAt: '2021-07-07T08:00', issueDate: '2021-06' };
    const shifted = shiftConferenceYears(info, 1);
    expect(shifted).toEqual({ ...info, startsAt: '2022-07-07T08:00', issueDate: '2022-06' });
  });
});

describe('checkOrder', () => {
  it('accepts a permutation', () => expect(checkOrder(['a', 'b', 'c'], ['c', 'a', 'b'])).toEqual([]));
  it('rejects unknown, repeated and missing ids', () => {
    expect(codes(checkOrder(['a', 'b'], ['a', 'x']))).toEqual(['order.unknown_id']);
    expect(codes(checkOrder(['a', 'b'], ['a', 'a', 'b']))).toEqual(['order.duplicate_id']);
    expect(codes(checkOrder(['a', 'b'], ['a']))).toEqual(['order.missing_id']);
  });
});

describe('agenda tree', () => {
  const ids = ['1', '2', '3', '4'];
  it('accepts items with sub-items', () => {
    expect(
      checkAgendaOrder(ids, [
        { id: '1', parentId: null },
        { id: '2', parentId: '1' },
        { id: '3', parentId: '1' },
        { id: '4', parentId: null },
      ]),
    ).toEqual([]);
  });
  it('rejects a third level, a cycle, a self-parent and an unknown parent', () => {
    const deep = checkAgendaOrder(ids, [
      { id: '1', parentId: null },
      { id: '2', parentId: '1' },
      { id: '3', parentId: '2' },
      { id: '4', parentId: null },
    ]);
    expect(codes(deep)).toEqual(['agenda_item.too_deep']);
    expect(deep[0]?.path).toBe('/items/2/parentId');
    const cycle = checkAgendaOrder(
      ['1', '2'],
      [
        { id: '1', parentId: '2' },
        { id: '2', parentId: '1' },
      ],
    );
    expect(cycle.length).toBe(2);
    expect(codes(checkAgendaOrder(['1'], [{ id: '1', parentId: '1' }]))).toEqual(['agenda_item.unknown_parent']);
    expect(codes(checkAgendaOrder(['1'], [{ id: '1', parentId: 'x' }]))).toEqual(['agenda_item.unknown_parent']);
  });
  it('rejects missing or repeated items', () => {
    expect(codes(checkAgendaOrder(ids, [{ id: '1', parentId: null }]))).toEqual(['order.missing_id']);
    expect(
      checkAgendaOrder(
        ['1'],
        [
          { id: '1', parentId: null },
          { id: '1', parentId: null },
        ],
      )[0]?.path,
    ).toBe('/items/1');
  });
  it('places a new or moved item only under a top-level item', () => {
    const nodes = [
      { id: '1', parentId: null },
      { id: '2', parentId: '1' },
      { id: '3', parentId: null },
    ];
    expect(checkAgendaPlacement(nodes, null, '1')).toEqual([]);
    expect(checkAgendaPlacement(nodes, null, null)).toEqual([]);
    expect(codes(checkAgendaPlacement(nodes, null, '2'))).toEqual(['agenda_item.too_deep']);
    expect(codes(checkAgendaPlacement(nodes, '1', '3'))).toEqual(['agenda_item.too_deep']);
    expect(codes(checkAgendaPlacement(nodes, '3', '3'))).toEqual(['agenda_item.unknown_parent']);
    expect(codes(checkAgendaPlacement(nodes, null, 'other-conference'))).toEqual(['agenda_item.unknown_parent']);
  });
  it('flattens to display order', () => {
    const items = [
      { id: 'b', parentId: null, position: 1 },
      { id: 'a2', parentId: 'a', position: 1 },
      { id: 'a', parentId: null, position: 0 },
      { id: 'a1', parentId: 'a', position: 0 },
    ];
    expect(flattenAgenda(items).map((i) => i.id)).toEqual(['a', 'a1', 'a2', 'b']);
  });
});

describe('host point', () => {
  it('demotes every other host', () => {
    const points = [
      { id: 'p1', isHost: true },
      { id: 'p2', isHost: false },
    ];
    expect(hostsToDemote(points, 'p2')).toEqual(['p1']);
    expect(hostsToDemote(points, 'p1')).toEqual([]);
  });
});

describe('participant scope', () => {
  const points = new Set(['p1']);
  it('a group at one point needs a point of this conference', () => {
    expect(checkParticipantScope({ scope: 'point', bridgePointId: 'p1' }, points)).toEqual([]);
    expect(codes(checkParticipantScope({ scope: 'point', bridgePointId: null }, points))).toEqual([
      'participant_group.bridge_point_required',
    ]);
    expect(codes(checkParticipantScope({ scope: 'point', bridgePointId: 'p9' }, points))).toEqual([
      'participant_group.unknown_bridge_point',
    ]);
  });
  it('a group at every other point names none', () => {
    expect(checkParticipantScope({ scope: 'every_other_point', bridgePointId: null }, points)).toEqual([]);
    expect(codes(checkParticipantScope({ scope: 'every_other_point', bridgePointId: 'p1' }, points))).toEqual([
      'participant_group.bridge_point_not_allowed',
    ]);
  });
});
