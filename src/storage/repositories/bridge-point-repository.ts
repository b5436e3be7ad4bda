/** Bridge point queries beyond the shared child-row statements: the paged list, one point, the counts. */
import { sql } from 'kysely';
import type { BridgePointKind } from '../../domain/conference.schema.js';
import type { BridgePointRow, Executor } from '../tables.js';
import type { KeysetPage } from './keyset.js';

/** The points of the conference marked host (normally zero or one). */
export async function listHostPoints(executor: Executor, conferenceId: string): Promise<{ id: string; isHost: boolean }[]> {
  const rows = await executor
    .selectFrom('bridge_points')
    .select('id')
    .where('conference_id', '=', conferenceId)
    .where('is_host', '=', 1)
    .execute();
  return rows.map((row) => ({ id: row.id, isHost: true }));
}

export async function clearHost(executor: Executor, conferenceId: string, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  await executor
    .updateTable('bridge_points')
    .set({ is_host: 0 })
    .where('conference_id', '=', conferenceId)
    .where('id', 'in', [...ids])
    .execute();
}

/** Administrative unit codes that already have a point in the conference. */
export async function listPointUnitCodes(executor: Executor, conferenceId: string): Promise<Set<string>> {
  const rows = await executor
    .selectFrom('bridge_points')
    .select('unit_code')
    .where('conference_id', '=', conferenceId)
    .where('unit_code', 'is not', null)
    .execute();
  return new Set(rows.map((row) => row.unit_code!));
}

/** Whether the id is a bridge point of this conference. */
export async function bridgePointExists(executor: Executor, conferenceId: string, id: string): Promise<boolean> {
  const row = await executor
    .selectFrom('bridge_points')
    .select('id')
    .where('conference_id', '=', conferenceId)
    .where('id', '=', id)
    .executeTakeFirst();
  return row !== undefined;
}

/**
 * The top unit of each point's administrative unit (a commune's province, a province's own
 * code, a group's parent unit), from the stored unit lists, newest list first when a code is
 * in several. Run after every write that adds points or changes a unit code; `ids` limits it
 * to those points (all points of the conference when absent). Migration 0017 runs the same.
 */
export async function fillProvinceCodes(executor: Executor, conferenceId: string, ids?: readonly string[]): Promise<void> {
  if (ids && ids.length === 0) return;
  const chunks = ids ? chunk(ids, 500) : [null];
  for (const part of chunks) {
    await executor
      .updateTable('bridge_points')
      .set({
        province_code: sql<string | null>`case when parent_unit_code is not null then parent_unit_code else (
          select coalesce(p.parent_code, u.parent_code, u.code)
          from administrative_units u
          join administrative_unit_lists l on l.id = u.list_id
          left join administrative_units p on p.list_id = u.list_id and p.code = u.parent_code
          where u.code = bridge_points.unit_code
          order by l.valid_on desc, l.id
          limit 1) end`,
      })
      .where('conference_id', '=', conferenceId)
      .$if(part !== null, (query) => query.where('id', 'in', part!))
      .execute();
  }
}

const chunk = <T>(items: readonly T[], size: number): T[][] => {
  const parts: T[][] = [];
  for (let start = 0; start < items.length; start += size) parts.push(items.slice(start, start + size));
  return parts;
};

export interface BridgePointFilter {
  kind?: BridgePointKind | undefined;
  /** The top unit (province) code: its own point, its communes and its group. */
  provinceCode?: string | undefined;
  /** true: only groups kept as a count; false: only named points. */
  group?: boolean | undefined;
  host?: boolean | undefined;
  /** Already folded (foldForSearch): every word must occur in name or address. */
  searchWords?: readonly string[] | undefined;
  /** Only these points (an operator's scope). */
  onlyIds?: readonly string[] | undefined;
}

/** Keys of a point in the plan's order: position, then id. */
export const bridgePointKeys = (row: Pick<BridgePointRow, 'position' | 'id'>): string[] => [String(row.position), row.id];

const escapeLike = (word: string) => word.replace(/[\\%_]/g, (c) => `\\${c}`);

/** A page of the conference's points in the plan's order, after the point whose keys are `page.after`. */
export async function listBridgePointRows(
  executor: Executor,
  conferenceId: string,
  filter: BridgePointFilter,
  page: KeysetPage,
): Promise<BridgePointRow[]> {
  let query = executor.selectFrom('bridge_points').selectAll().where('conference_id', '=', conferenceId);
  if (filter.kind) query = query.where('kind', '=', filter.kind);
  if (filter.provinceCode) query = query.where('province_code', '=', filter.provinceCode);
  if (filter.group !== undefined) query = query.where('group_count', filter.group ? 'is not' : 'is', null);
  if (filter.host !== undefined) query = query.where('is_host', '=', filter.host ? 1 : 0);
  if (filter.onlyIds) {
    if (filter.onlyIds.length === 0) return [];
    query = query.where('id', 'in', [...filter.onlyIds]);
  }
  for (const word of filter.searchWords ?? []) {
    // The stored key is folded, so plain LIKE serves both dialects.
    query = query.where(sql<boolean>`search_key like ${`%${escapeLike(word)}%`} escape '\\'`);
  }
  const after = page.after;
  if (after) {
    const position = Number(after[0]);
    const id = after[1]!;
    query = query.where((eb) => eb.or([eb('position', '>', position), eb.and([eb('position', '=', position), eb('id', '>', id)])]));
  }
  return query.orderBy('position').orderBy('id').limit(page.limit).execute();
}

export async function findBridgePointRow(executor: Executor, conferenceId: string, id: string): Promise<BridgePointRow | undefined> {
  return executor.selectFrom('bridge_points').selectAll().where('conference_id', '=', conferenceId).where('id', '=', id).executeTakeFirst();
}

/** The points with these ids, in the plan's order. */
export async function listBridgePointRowsByIds(
  executor: Executor,
  conferenceId: string,
  ids: readonly string[],
): Promise<BridgePointRow[]> {
  const rows: BridgePointRow[] = [];
  for (const part of chunk(ids, 500)) {
    rows.push(
      ...(await executor
        .selectFrom('bridge_points')
        .selectAll()
        .where('conference_id', '=', conferenceId)
        .where('id', 'in', part)
        .execute()),
    );
  }
  return rows.sort((a, b) => a.position - b.position || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

export interface BridgePointCounts {
  /** Rows: named points and groups. */
  rows: number;
  /** Points a group stands for counted one by one (a group of 228 communes counts 228). */
  points: number;
  hosts: number;
  groups: number;
  byKind: { kind: string; rows: number; points: number }[];
  /** Per top unit, with its name from the newest unit list that has it; `code` null: no unit known. */
  byProvince: { code: string | null; name: string | null; rows: number; points: number }[];
}

/** The counts of the plan read: one grouped statement (by kind and province), however many points. */
export async function countBridgePoints(executor: Executor, conferenceId: string): Promise<BridgePointCounts> {
  const cells = await executor
    .selectFrom('bridge_points')
    .select((eb) => [
      'kind',
      'province_code',
      eb.fn.min<number>('position').as('first'),
      eb.fn.countAll<number>().as('rows'),
      sql<number>`coalesce(sum(coalesce(group_count, 1)), 0)`.as('points'),
      sql<number>`coalesce(sum(is_host), 0)`.as('hosts'),
      eb.fn.count<number>('group_count').as('groups'),
    ])
    .where('conference_id', '=', conferenceId)
    .groupBy(['kind', 'province_code'])
    .execute();
  const totals = { rows: 0, points: 0, hosts: 0, groups: 0 };
  const kindsByName = new Map<string, { kind: string; rows: number; points: number }>();
  const provincesByCode = new Map<string | null, { province_code: string | null; first: number; rows: number; points: number }>();
  for (const cell of cells) {
    const rows = Number(cell.rows);
    const points = Number(cell.points);
    totals.rows += rows;
    totals.points += points;
    totals.hosts += Number(cell.hosts);
    totals.groups += Number(cell.groups);
    const kind = kindsByName.get(cell.kind) ?? { kind: cell.kind, rows: 0, points: 0 };
    kindsByName.set(cell.kind, { ...kind, rows: kind.rows + rows, points: kind.points + points });
    const province = provincesByCode.get(cell.province_code) ?? { province_code: cell.province_code, first: Infinity, rows: 0, points: 0 };
    provincesByCode.set(cell.province_code, {
      ...province,
      first: Math.min(province.first, Number(cell.first)),
      rows: province.rows + rows,
      points: province.points + points,
    });
  }
  const kinds = [...kindsByName.values()].sort((a, b) => (a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : 0));
  const provinces = [...provincesByCode.values()].sort((a, b) => a.first - b.first);
  const codes = provinces.flatMap((row) => (row.province_code === null ? [] : [row.province_code]));
  const names = new Map<string, string>();
  for (const part of chunk(codes, 500)) {
    const rows = await executor
      .selectFrom('administrative_units')
      .innerJoin('administrative_unit_lists', 'administrative_unit_lists.id', 'administrative_units.list_id')
      .select(['administrative_units.code', 'administrative_units.name'])
      .where('administrative_units.code', 'in', part)
      .orderBy('administrative_unit_lists.valid_on', 'asc')
      .orderBy('administrative_unit_lists.id', 'desc')
      .execute();
    // Ascending: the newest list's name is set last and wins.
    for (const row of rows) names.set(row.code, row.name);
  }
  return {
    ...totals,
    byKind: kinds,
    byProvince: provinces.map((row) => ({
      code: row.province_code,
      name: row.province_code === null ? null : (names.get(row.province_code) ?? null),
      rows: row.rows,
      points: row.points,
    })),
  };
}
