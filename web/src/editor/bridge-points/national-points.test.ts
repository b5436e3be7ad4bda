import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseUnitList, type UnitList } from '../../../../src/domain/administrative-units.js';
import {
  childCounts,
  existingOf,
  hasHierarchy,
  listInForce,
  pointCount,
  previewUnitTree,
  provincesByName,
  topUnits,
} from './national-points.js';

const list: UnitList = {
  id: 'test',
  name: 'Test',
  validOn: '2025-07-01',
  source: '',
  note: '',
  units: [
    { code: 'P1', name: 'Tỉnh Một', kind: 'province', parentCode: null },
    { code: 'c1', name: 'Xã A', kind: 'commune', parentCode: 'P1' },
    { code: 'c2', name: 'Xã B', kind: 'commune', parentCode: 'P1' },
    { code: 'P2', name: 'Tỉnh Hai', kind: 'province', parentCode: null },
    { code: 'c3', name: 'Phường C', kind: 'ward', parentCode: 'P2' },
    { code: 'c4', name: 'Phường D', kind: 'ward', parentCode: 'P2' },
    { code: 'c5', name: 'Xã E', kind: 'commune', parentCode: 'P2' },
  ],
};

describe('the list in force for a conference', () => {
  const lists = [
    { validOn: '2021-07-01', id: 'dong-thap-2021' },
    { validOn: '2025-07-01', id: 'vn-2025' },
  ];
  it('is the latest list valid on the conference date, however precise the date', () => {
    expect(listInForce(lists, '2021-07-07')?.id).toBe('dong-thap-2021');
    expect(listInForce(lists, '2026-06')?.id).toBe('vn-2025');
    expect(listInForce(lists, '2025')?.id).toBe('vn-2025');
    expect(listInForce(lists, '2025-06-30')?.id).toBe('dong-thap-2021');
  });
  it('is the latest list without a date, the oldest before every list', () => {
    expect(listInForce(lists, null)?.id).toBe('vn-2025');
    expect(listInForce(lists, '2019-01-01')?.id).toBe('dong-thap-2021');
    expect(listInForce([], '2021')).toBeUndefined();
  });
});

describe('the national conference preview', () => {
  it('counts province points, named communes and groups as the server will create them', () => {
    expect(hasHierarchy(list)).toBe(true);
    expect(topUnits(list).map((unit) => unit.code)).toEqual(['P1', 'P2']);
    expect(provincesByName(list).map((unit) => unit.name)).toEqual(['Tỉnh Hai', 'Tỉnh Một']);
    expect(childCounts(list)).toEqual(
      new Map([
        ['P1', 2],
        ['P2', 3],
      ]),
    );
    expect(previewUnitTree(list, [], { expandCodes: ['P1'] })).toEqual({ provinces: 2, named: 2, groups: 1, inGroups: 3, total: 7 });
    expect(previewUnitTree(list, [], {})).toEqual({ provinces: 2, named: 0, groups: 2, inGroups: 5, total: 7 });
  });

  it('skips what the plan already has: a unit with a point, a province with a group', () => {
    const points = [
      { unitCode: 'P1', groupCount: null, parentUnitCode: null },
      { unitCode: null, groupCount: 3, parentUnitCode: 'P2' },
    ];
    expect(existingOf(points).groupParents).toEqual(new Set(['P2']));
    expect(previewUnitTree(list, points, { expandCodes: ['P1'] })).toEqual({ provinces: 1, named: 2, groups: 0, inGroups: 0, total: 3 });
    expect(pointCount(points)).toBe(4);
  });

  it('on the 2025 list: 34 provinces and 3,320 commune-level units', () => {
    const raw: unknown = JSON.parse(
      readFileSync(new URL('../../../../reference/administrative-units/vn-2025.json', import.meta.url), 'utf8'),
    );
    const vn = parseUnitList(raw);
    expect(topUnits(vn)).toHaveLength(34);
    // Alphabetical without "Tỉnh" / "Thành phố": An Giang first, Vĩnh Long last.
    expect(provincesByName(vn).map((unit) => unit.name)).toEqual(
      expect.arrayContaining(['Tỉnh An Giang', 'Thành phố Hà Nội', 'Thành phố Huế']),
    );
    expect(provincesByName(vn)[0]!.name).toBe('Tỉnh An Giang');
    const counts = childCounts(vn);
    const first = topUnits(vn)[0]!.code;
    const preview = previewUnitTree(vn, [], { expandCodes: [first] });
    expect(preview).toEqual({
      provinces: 34,
      named: counts.get(first),
      groups: 33,
      inGroups: 3320 - counts.get(first)!,
      total: 34 + 3320,
    });
  });
});
