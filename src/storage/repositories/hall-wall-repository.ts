/**
 * The walls of a national conference counted in SQL (issue 18): bridge points grouped by the
 * province of their administrative unit, with the roll call's counts (ready, not reported,
 * link state, people) and the attendance's (expected, present), one grouped query each, and
 * one province's points a page at a time. The same queries run on SQLite and PostgreSQL.
 *
 * A point's province: the top unit above its unit code in the stored lists (up to three
 * levels: commune → district → province); a province's group of communes (`parent_unit_code`)
 * belongs to that province. A code found in several lists with different tops, or no unit at
 * all, puts the point in the group without a province (null): never guessed.
 */
import { sql } from 'kysely';
import type { HallLink, HallPlayback, HallStatus } from '../../domain/live/live-state.js';
import type { BridgePointKind } from '../../domain/conference-values.schema.js';
import { effectiveMediaTier, type MediaTier } from '../../domain/media/media-tier.js';
import { provinceOfPoint, unitTops, type ProvinceHalls, type UnitTops } from '../../domain/live/hall-wall.js';
import type { Executor } from '../tables.js';

/** Ids or codes per `IN (…)` list: well under both dialects' parameter limits. */
const IN_LIST = 5000;

const count = (value: number | string | bigint | null | undefined) => Number(value ?? 0);

/** How many bridge points the conference has. */
export async function countBridgePoints(executor: Executor, conferenceId: string): Promise<number> {
  const row = await executor
    .selectFrom('bridge_points')
    .select((eb) => eb.fn.countAll().as('n'))
    .where('conference_id', '=', conferenceId)
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

/** The last tops computed, by the lists' content hashes (tops follow from the lists' content alone). */
let cachedTops: { fingerprint: string; tops: UnitTops } | null = null;

/** Every stored unit's top unit and the tops' names; computed again only when a list's content changed. */
export async function loadUnitTops(executor: Executor): Promise<UnitTops> {
  const lists = await executor.selectFrom('administrative_unit_lists').select(['id', 'content_hash']).orderBy('id').execute();
  const fingerprint = lists.map((l) => `${l.id}:${l.content_hash}`).join(',');
  if (cachedTops?.fingerprint === fingerprint) return cachedTops.tops;
  const rows = await executor
    .selectFrom('administrative_units as u')
    .innerJoin('administrative_unit_lists as l', 'l.id', 'u.list_id')
    .select(['u.list_id', 'u.code', 'u.parent_code', 'u.name', 'l.valid_on'])
    .execute();
  const tops = unitTops(
    rows.map((r) => ({ listId: r.list_id, code: r.code, parentCode: r.parent_code, name: r.name, validOn: r.valid_on })),
  );
  cachedTops = { fingerprint, tops };
  return tops;
}

/**
 * The roll call's counts per province, in the plan's order (of each province's first point).
 * SQL counts per unit (one row per unit code, never one per point); the units are then summed
 * into their provinces (`provinceOfPoint`), since the province of a unit is a walk up its list
 * (in SQL a join on a derived table of tops, which PostgreSQL planned as a nested loop of
 * 400 ms for 200 points before its statistics caught up).
 */
export async function countHallsByProvince(executor: Executor, conferenceId: string): Promise<ProvinceHalls[]> {
  const [tops, rows] = await Promise.all([
    loadUnitTops(executor),
    executor
      .selectFrom('bridge_points as bp')
      .leftJoin('live_halls as h', 'h.bridge_point_id', 'bp.id')
      .leftJoin('headcounts as hc', 'hc.bridge_point_id', 'bp.id')
      .where('bp.conference_id', '=', conferenceId)
      .select(['bp.unit_code', 'bp.parent_unit_code'])
      .select((eb) => [
        eb.fn.countAll().as('points'),
        eb.fn.min('bp.position').as('first'),
        sql<number>`sum(case when h.ready = 1 then 1 else 0 end)`.as('ready'),
        sql<number>`sum(case when h.reported_at is null then 1 else 0 end)`.as('not_reported'),
        sql<number>`sum(case when h.link = 'good' then 1 else 0 end)`.as('good'),
        sql<number>`sum(case when h.link = 'weak' then 1 else 0 end)`.as('weak'),
        sql<number>`sum(case when h.link = 'down' then 1 else 0 end)`.as('down'),
        sql<number>`sum(coalesce(hc.count, 0))`.as('people'),
      ])
      .groupBy(['bp.unit_code', 'bp.parent_unit_code'])
      .execute(),
  ]);
  const provinces = new Map<string | null, ProvinceHalls & { first: number }>();
  for (const row of rows) {
    const code = provinceOfPoint(tops, { unitCode: row.unit_code, parentUnitCode: row.parent_unit_code });
    let p = provinces.get(code);
    if (!p) {
      const name = code === null ? '' : (tops.nameOf.get(code) ?? code);
      const links: Record<HallLink, number> = { good: 0, weak: 0, down: 0, unknown: 0 };
      provinces.set(code, (p = { code, name, points: 0, ready: 0, notReported: 0, links, people: 0, first: Number.MAX_SAFE_INTEGER }));
    }
    const points = count(row.points);
    p.points += points;
    p.ready += count(row.ready);
    p.notReported += count(row.not_reported);
    p.links.good += count(row.good);
    p.links.weak += count(row.weak);
    p.links.down += count(row.down);
    p.links.unknown += points - count(row.good) - count(row.weak) - count(row.down);
    p.people += count(row.people);
    p.first = Math.min(p.first, count(row.first));
  }
  return [...provinces.values()].sort((a, b) => a.first - b.first).map(({ first: _first, ...province }) => province);
}

/** The province of each of the given points (null: none); points of other conferences are left out. */
export async function provincesOfPoints(
  executor: Executor,
  conferenceId: string,
  bridgePointIds: readonly string[],
  tops?: UnitTops,
): Promise<Map<string, string | null>> {
  const known = tops ?? (await loadUnitTops(executor));
  const provinces = new Map<string, string | null>();
  for (let start = 0; start < bridgePointIds.length; start += IN_LIST) {
    const rows = await executor
      .selectFrom('bridge_points')
      .select(['id', 'unit_code', 'parent_unit_code'])
      .where('conference_id', '=', conferenceId)
      .where('id', 'in', bridgePointIds.slice(start, start + IN_LIST))
      .execute();
    for (const row of rows)
      provinces.set(row.id, provinceOfPoint(known, { unitCode: row.unit_code, parentUnitCode: row.parent_unit_code }));
  }
  return provinces;
}

export interface ProvinceHallPage {
  halls: HallStatus[];
  /** Give it back as `after` for the next page; null on the last. */
  next: string | null;
}

/** Cursor of a point in plan order: `<position>:<id>`. */
const cursorOf = (position: number, id: string) => `${position}:${id}`;
const parseCursor = (cursor: string): { position: number; id: string } | null => {
  const match = /^(\d{1,9}):(.{1,100})$/.exec(cursor);
  return match ? { position: Number(match[1]), id: match[2]! } : null;
};

/**
 * One province's points with their roll call (hosts first, then plan order), `limit` at a time
 * after the cursor `after`; null when the cursor is not one this function gave.
 */
export async function listProvinceHalls(
  executor: Executor,
  conferenceId: string,
  province: string | null,
  options: { after?: string; limit: number; promoted?: readonly string[] },
): Promise<ProvinceHallPage | null> {
  const after = options.after === undefined ? undefined : parseCursor(options.after);
  if (after === null) return null;
  const { topOf } = await loadUnitTops(executor);
  const known = [...topOf.keys()];
  const under = province === null ? [] : known.filter((code) => topOf.get(code) === province);
  const rows = await executor
    .selectFrom('bridge_points as bp')
    .where('bp.conference_id', '=', conferenceId)
    .leftJoin('live_halls as h', 'h.bridge_point_id', 'bp.id')
    .leftJoin('headcounts as hc', 'hc.bridge_point_id', 'bp.id')
    .select([
      'bp.id',
      'bp.name',
      'bp.is_host',
      'bp.position',
      'bp.kind',
      'bp.media_tier',
      'h.playback_json',
      'h.ready',
      'h.link',
      'h.rtt_ms',
      'h.loss_percent',
      'h.note',
      'h.reported_at',
      'h.seq',
      'hc.count as headcount',
    ])
    .where((eb) =>
      province === null
        ? eb.or([
            eb.and([eb('bp.unit_code', 'is', null), eb('bp.parent_unit_code', 'is', null)]),
            ...(known.length === 0
              ? [eb('bp.unit_code', 'is not', null), eb('bp.parent_unit_code', 'is not', null)]
              : [
                  eb('bp.unit_code', 'not in', known),
                  eb.and([eb('bp.unit_code', 'is', null), eb('bp.parent_unit_code', 'not in', known)]),
                ]),
          ])
        : under.length === 0
          ? eb.val(false)
          : eb.or([eb('bp.unit_code', 'in', under), eb.and([eb('bp.unit_code', 'is', null), eb('bp.parent_unit_code', 'in', under)])]),
    )
    .$if(after !== undefined, (query) =>
      query.where((eb) =>
        eb.or([eb('bp.position', '>', after!.position), eb.and([eb('bp.position', '=', after!.position), eb('bp.id', '>', after!.id)])]),
      ),
    )
    .orderBy('bp.position')
    .orderBy('bp.id')
    .limit(options.limit + 1)
    .execute();
  const more = rows.length > options.limit;
  const page = more ? rows.slice(0, options.limit) : rows;
  const last = page.at(-1);
  return {
    halls: page.map((row) => ({
      bridgePointId: row.id,
      name: row.name,
      isHost: Number(row.is_host) === 1,
      ready: Number(row.ready ?? 0) === 1,
      headcount: row.headcount === null ? null : Number(row.headcount),
      link: (row.link ?? 'unknown') as HallLink,
      rttMs: row.rtt_ms === null ? null : Number(row.rtt_ms),
      lossPercent: row.loss_percent === null ? null : Number(row.loss_percent),
      note: row.note ?? '',
      reportedAt: row.reported_at === null ? null : Number(row.reported_at),
      seq: Number(row.seq ?? 0),
      tier: effectiveMediaTier(
        { kind: row.kind as BridgePointKind, isHost: Number(row.is_host) === 1, mediaTier: row.media_tier as MediaTier | null },
        options.promoted ?? [],
        row.id,
      ),
      playback: row.playback_json ? (JSON.parse(row.playback_json) as HallPlayback) : null,
    })),
    next: more && last ? cursorOf(Number(last.position), last.id) : null,
  };
}

/** The attendance wall's counts of one province. */
export interface ProvinceAttendance {
  code: string | null;
  /** The province's name; '' for the points without one. */
  name: string;
  points: number;
  /** Delegates on the list who have not declined (walk-ins are not expected). */
  expected: number;
  /** Checked in, walk-ins included. */
  present: number;
  /** People reported by the halls that count heads instead of checking in. */
  headcount: number;
}

/** The attendance's counts per province, from grouped queries (per unit, never one row per delegate). */
export async function countAttendanceByProvince(executor: Executor, conferenceId: string): Promise<ProvinceAttendance[]> {
  const [tops, delegates, points] = await Promise.all([
    loadUnitTops(executor),
    executor
      .selectFrom('bridge_points as bp')
      .innerJoin('delegates as d', 'd.bridge_point_id', 'bp.id')
      .where('bp.conference_id', '=', conferenceId)
      .select(['bp.unit_code', 'bp.parent_unit_code'])
      .select([
        sql<number>`sum(case when d.walk_in = 0 and d.invitation <> 'declined' then 1 else 0 end)`.as('expected'),
        sql<number>`sum(case when d.attendance = 'present' then 1 else 0 end)`.as('present'),
      ])
      .groupBy(['bp.unit_code', 'bp.parent_unit_code'])
      .execute(),
    executor
      .selectFrom('bridge_points as bp')
      .leftJoin('headcounts as hc', 'hc.bridge_point_id', 'bp.id')
      .where('bp.conference_id', '=', conferenceId)
      .select(['bp.unit_code', 'bp.parent_unit_code'])
      .select((eb) => [
        eb.fn.countAll().as('points'),
        eb.fn.min('bp.position').as('first'),
        sql<number>`sum(coalesce(hc.count, 0))`.as('headcount'),
      ])
      .groupBy(['bp.unit_code', 'bp.parent_unit_code'])
      .execute(),
  ]);
  const provinces = new Map<string | null, ProvinceAttendance & { first: number }>();
  const of = (row: { unit_code: string | null; parent_unit_code: string | null }) => {
    const code = provinceOfPoint(tops, { unitCode: row.unit_code, parentUnitCode: row.parent_unit_code });
    let p = provinces.get(code);
    if (!p) {
      const name = code === null ? '' : (tops.nameOf.get(code) ?? code);
      provinces.set(code, (p = { code, name, points: 0, expected: 0, present: 0, headcount: 0, first: Number.MAX_SAFE_INTEGER }));
    }
    return p;
  };
  for (const row of points) {
    const p = of(row);
    p.points += count(row.points);
    p.headcount += count(row.headcount);
    p.first = Math.min(p.first, count(row.first));
  }
  for (const row of delegates) {
    const p = of(row);
    p.expected += count(row.expected);
    p.present += count(row.present);
  }
  return [...provinces.values()].sort((a, b) => a.first - b.first).map(({ first: _first, ...province }) => province);
}
