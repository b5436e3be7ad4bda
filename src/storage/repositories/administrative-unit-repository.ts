/** Lists of administrative units and their units. */
import type { UnitKind, UnitList } from '../../domain/administrative-units.js';
import type { Executor } from '../tables.js';

/** Inserts the list or replaces its name, date and units (same id). */
export async function saveUnitList(executor: Executor, list: UnitList): Promise<void> {
  await executor
    .insertInto('administrative_unit_lists')
    .values({ id: list.id, name: list.name, valid_on: list.validOn })
    .onConflict((oc) => oc.column('id').doUpdateSet({ name: list.name, valid_on: list.validOn }))
    .execute();
  await executor.deleteFrom('administrative_units').where('list_id', '=', list.id).execute();
  if (list.units.length === 0) return;
  await executor
    .insertInto('administrative_units')
    .values(list.units.map((unit, position) => ({ list_id: list.id, code: unit.code, position, name: unit.name, kind: unit.kind })))
    .execute();
}

/** Every list (by validOn, newest first, then name) with its units in order. */
export async function listUnitLists(executor: Executor): Promise<UnitList[]> {
  const lists = await executor.selectFrom('administrative_unit_lists').selectAll().orderBy('valid_on', 'desc').orderBy('id').execute();
  const units = await executor.selectFrom('administrative_units').selectAll().orderBy('list_id').orderBy('position').execute();
  return lists.map((list) => ({
    id: list.id,
    name: list.name,
    validOn: list.valid_on,
    units: units
      .filter((unit) => unit.list_id === list.id)
      .map((unit) => ({ code: unit.code, name: unit.name, kind: unit.kind as UnitKind })),
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
    units: units.map((unit) => ({ code: unit.code, name: unit.name, kind: unit.kind as UnitKind })),
  };
}
