/** Lists of administrative units and their units. */
import { createHash } from 'node:crypto';
import type { UnitKind, UnitList } from '../../domain/administrative-units.js';
import type { Executor } from '../tables.js';

const hashOf = (list: UnitList): string => createHash('sha256').update(JSON.stringify(list)).digest('hex');

/**
 * Inserts the list or replaces its name, date and units (same id). A list stored with the
 * same content is left as it is (the 3,354 units of 2025 are not rewritten at every start).
 */
export async function saveUnitList(executor: Executor, list: UnitList): Promise<void> {
  const hash = hashOf(list);
  const stored = await executor.selectFrom('administrative_unit_lists').select('content_hash').where('id', '=', list.id).executeTakeFirst();
  if (stored?.content_hash === hash) return;
  const head = { name: list.name, valid_on: list.validOn, source: list.source, note: list.note, content_hash: hash };
  await executor
    .insertInto('administrative_unit_lists')
    .values({ id: list.id, ...head })
    .onConflict((oc) => oc.column('id').doUpdateSet(head))
    .execute();
  await executor.deleteFrom('administrative_units').where('list_id', '=', list.id).execute();
  const rows = list.units.map((unit, position) => ({
    list_id: list.id,
    code: unit.code,
    position,
    name: unit.name,
    kind: unit.kind,
    parent_code: unit.parentCode,
  }));
  // 1,000 rows (6,000 parameters) per statement: under both dialects' limits.
  for (let start = 0; start < rows.length; start += 1000) {
    await executor
      .insertInto('administrative_units')
      .values(rows.slice(start, start + 1000))
      .execute();
  }
}

const toUnit = (unit: { code: string; name: string; kind: string; parent_code: string | null }) => ({
  code: unit.code,
  name: unit.name,
  kind: unit.kind as UnitKind,
  parentCode: unit.parent_code,
});

/** Every list (by validOn, newest first, then name) with its units in order. */
export async function listUnitLists(executor: Executor): Promise<UnitList[]> {
  const lists = await executor.selectFrom('administrative_unit_lists').selectAll().orderBy('valid_on', 'desc').orderBy('id').execute();
  const units = await executor.selectFrom('administrative_units').selectAll().orderBy('list_id').orderBy('position').execute();
  return lists.map((list) => ({
    id: list.id,
    name: list.name,
    validOn: list.valid_on,
    source: list.source,
    note: list.note,
    units: units.filter((unit) => unit.list_id === list.id).map(toUnit),
  }));
}

export async function findUnitList(executor: Executor, id: string): Promise<UnitList | undefined> {
  const list = await executor.selectFrom('administrative_unit_lists').selectAll().where('id', '=', id).executeTakeFirst();
  if (!list) return undefined;
  const units = await executor.selectFrom('administrative_units').selectAll().where('list_id', '=', id).orderBy('position').execute();
  return {
    id: list.id,
    name: list.name,
    validOn: list.valid_on,
    source: list.source,
    note: list.note,
    units: units.map(toUnit),
  };
}
