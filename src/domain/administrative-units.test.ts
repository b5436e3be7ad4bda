import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bridgePointNameForUnit, parseUnitList, unitsToBridgePoints } from './administrative-units.js';
import { DomainError } from './errors.js';

const referenceFile = new URL('../../reference/administrative-units/dong-thap-2021.json', import.meta.url);
const dongThap = parseUnitList(JSON.parse(readFileSync(referenceFile, 'utf8')), 'dong-thap-2021.json');

describe('Đồng Tháp 2021 reference list', () => {
  it('holds the 12 district-level units with GSO codes 866–877', () => {
    expect(dongThap.id).toBe('dong-thap-2021');
    expect(dongThap.validOn).toBe('2021-07-01');
    expect(dongThap.units).toHaveLength(12);
    expect(dongThap.units.map((u) => u.code)).toEqual(Array.from({ length: 12 }, (_, i) => String(866 + i)));
    expect(dongThap.units.filter((u) => u.kind === 'city').map((u) => u.name)).toEqual([
      'Thành phố Cao Lãnh',
      'Thành phố Sa Đéc',
      'Thành phố Hồng Ngự',
    ]);
    expect(dongThap.units.map((u) => u.name)).toContain('Huyện Cao Lãnh');
  });
  it('is stored NFC', () => {
    for (const unit of dongThap.units) expect(unit.name).toBe(unit.name.normalize('NFC'));
  });
});

describe('bridge points from units', () => {
  it('names points like the seed district halls', () => {
    expect(bridgePointNameForUnit({ name: 'Huyện Châu Thành' })).toBe('UBND huyện Châu Thành');
    expect(bridgePointNameForUnit({ name: 'Thành phố Sa Đéc' })).toBe('UBND thành phố Sa Đéc');
  });
  it('creates one hall per unit, skipping units that already have a point', () => {
    const points = unitsToBridgePoints(dongThap, new Set(['866', '877']), { quota: 30 });
    expect(points).toHaveLength(10);
    expect(points.map((p) => p.unitCode)).not.toContain('866');
    expect(points[0]).toMatchObject({ name: 'UBND thành phố Sa Đéc', kind: 'hall', quota: 30, isHost: false, unitCode: '867' });
  });
  it('keeps only the chosen codes and rejects unknown ones', () => {
    expect(unitsToBridgePoints(dongThap, new Set(), { unitCodes: ['877'], kind: 'other' })).toEqual([
      expect.objectContaining({ name: 'UBND huyện Châu Thành', kind: 'other', quota: null }),
    ]);
    try {
      unitsToBridgePoints(dongThap, new Set(), { unitCodes: ['877', '999'] });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(DomainError);
      expect((error as DomainError).code).toBe('administrative_unit.unknown');
      expect((error as DomainError).fields[0]?.path).toBe('/unitCodes/1');
    }
  });
});

describe('parseUnitList', () => {
  it('reports every bad field in Vietnamese and English', () => {
    try {
      parseUnitList({
        id: 'Bad Id',
        name: '',
        validOn: '2021-13-01',
        units: [
          { code: 'a', name: 'X', kind: 'village' },
          { code: 'a', name: '', kind: 'city' },
        ],
      });
      expect.unreachable();
    } catch (error) {
      const e = error as DomainError;
      expect(e.status).toBe(422);
      expect(e.fields.map((f) => f.path)).toEqual(['/id', '/name', '/validOn', '/units/0/kind', '/units/1/code', '/units/1/name']);
      expect(e.localized.vi).toMatch(/không hợp lệ/);
    }
  });
  it('survives garbage', () => {
    expect(() => parseUnitList(null)).toThrow(DomainError);
    expect(() => parseUnitList('text')).toThrow(DomainError);
  });
});
