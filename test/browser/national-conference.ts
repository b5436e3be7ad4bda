/**
 * A conference past the 500 points a plan inlines, for the browser tests of screens that
 * choose or name points (issue 18): the seed's plan and its points, then points for the
 * first units of the 2025 list (provinces as halls, communes), `size` points in all. Its
 * plan read carries no points; the screens page and search GET …/bridge-points.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bridgePointNameForUnit, unitsToBridgePoints, type UnitList } from '../../src/domain/administrative-units.js';
import { conferenceToDraft } from '../../src/services/plan-draft.js';
import { ROOT, type Harness } from './harness.js';

const LIST = JSON.parse(readFileSync(join(ROOT, 'reference/administrative-units/vn-2025.json'), 'utf8')) as UnitList;

export interface NationalConference {
  id: string;
  /** Names of some points, as stored: a province hall and two communes of the list. */
  names: { province: string; commune: string; otherCommune: string };
}

export async function createNationalConference(h: Harness, size = 600): Promise<NationalConference> {
  const seed = await h.importSeed();
  const draft = conferenceToDraft(seed, 0);
  const units = LIST.units.slice(0, size - draft.bridgePoints.length);
  const topUnits = new Set(units.filter((unit) => unit.parentCode === null).map((unit) => unit.code));
  const points = unitsToBridgePoints(LIST, new Set(), { unitCodes: units.map((unit) => unit.code), quota: 10 }).map((point, i) => ({
    ...point,
    key: `u${i}`,
    kind: topUnits.has(point.unitCode ?? '') ? ('hall' as const) : ('commune' as const),
  }));
  const created = await h.services.conferences.createFromDraft({ ...draft, bridgePoints: [...draft.bridgePoints, ...points] });
  const communes = units.filter((unit) => unit.parentCode !== null).map(bridgePointNameForUnit);
  const province = units.find((unit) => unit.parentCode === null)!;
  return {
    id: created.id,
    names: { province: bridgePointNameForUnit(province), commune: communes[0]!, otherCommune: communes[communes.length - 1]! },
  };
}
