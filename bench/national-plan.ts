/**
 * The scale of a national conference: one plan with 16,242 bridge points (December 2023).
 * Stores it through createFromDraft (the 34 provinces and 3,320 communes of the 2025 unit
 * list with their unit codes, the rest named points without a unit), then times through
 * HTTP (app.inject): the plan read (counts, not points: issue 18), a page of 100 points (the
 * first and one deep in the list by cursor), a filtered and searched page, one point, one
 * point write (PATCH, which answers the point and the counts); beside them the whole plan
 * (`conferences.get`, for documents and imports) and its Kế hoạch .docx.
 * Run: npx tsx bench/national-plan.ts [points] [runs]
 */
import { readFile } from 'node:fs/promises';
import { ONE_POINT } from '../src/domain/conference-rules.js';
import type { BridgePointInput, PlanDraft } from '../src/domain/conference.schema.js';
import { bridgePointNameForUnit, type UnitList } from '../src/domain/administrative-units.js';
import { demoSeedPath } from '../src/cli/demo-conference.js';
import { renderPlanDocx } from '../src/documents/index.js';
import { importPlan } from '../src/import/index.js';
import { buildApp } from '../src/server/app.js';
import { createServices, loadReferenceUnitLists } from '../src/services/index.js';
import { openTestPostgres, openTestSqlite } from '../src/storage/test-databases.js';
import { benchAdminSession } from './session.js';
import { report, time, benchPostgres } from './stats.js';

const pointCount = Number(process.argv[2] ?? 16242);
const runs = Number(process.argv[3] ?? 30);

const point = (over: Partial<BridgePointInput> & Pick<BridgePointInput, 'name'>, i: number): BridgePointInput & { key: string } => ({
  key: `national-point-${i}`,
  address: `Hội trường ${over.name}`,
  quota: 15,
  kind: 'commune',
  isHost: false,
  operatorName: `Cán bộ ${i + 1}`,
  operatorPhone: '0277 3851 234',
  operatorEmail: `xa${i + 1}@example.gov.vn`,
  unitCode: null,
  ...ONE_POINT,
  ...over,
});

/** The seed's points, then every unit of the 2025 list, then named points up to `count`. */
const withPoints = (draft: PlanDraft, units: UnitList, count: number): PlanDraft => {
  const fromUnits = units.units.map((unit, i) =>
    point({ name: bridgePointNameForUnit(unit), unitCode: unit.code, kind: unit.parentCode === null ? 'hall' : 'commune' }, i),
  );
  const extra = Math.max(0, count - draft.bridgePoints.length - fromUnits.length);
  return {
    ...draft,
    bridgePoints: [
      ...draft.bridgePoints,
      ...fromUnits,
      ...Array.from({ length: extra }, (_, i) => point({ name: `UBND xã số ${i + 1}` }, fromUnits.length + i)),
    ].slice(0, count),
  };
};

async function benchOne(dialect: 'sqlite' | 'postgres'): Promise<void> {
  const database = dialect === 'sqlite' ? await openTestSqlite() : await openTestPostgres();
  try {
    await loadReferenceUnitLists(database);
    const services = createServices(database);
    const units = (await services.administrativeUnits.list()).find((list) => list.id === 'vn-2025')!;
    const draft = withPoints(await importPlan({ fileName: 'seed.txt', data: await readFile(demoSeedPath()) }), units, pointCount);
    const common = { dialect, bridgePoints: draft.bridgePoints.length };
    let id = '';
    report('national-plan/store whole plan', {
      ...common,
      ...(await time(
        async () => {
          id = (await services.conferences.createFromDraft(draft)).id;
        },
        1,
        0,
      )),
    });
    report('national-plan/service get (the whole plan, every point)', {
      ...common,
      ...(await time(() => services.conferences.get(id), runs)),
    });
    const { headers, writeHeaders } = await benchAdminSession(services);
    const app = await buildApp({ services, database: { dialect }, webRoot: null, logger: false });
    const get = async (url: string): Promise<{ bytes: number; body: unknown }> => {
      const response = await app.inject({ url: `/api/v1/conferences/${id}${url}`, headers });
      if (response.statusCode !== 200) throw new Error(`GET ${url}: HTTP ${response.statusCode} ${response.body.slice(0, 200)}`);
      return { bytes: response.rawPayload.length, body: response.json() };
    };
    const timed = async (name: string, url: string) => {
      const { bytes } = await get(url);
      report(`national-plan/inject GET ${name}`, { ...common, bytes, ...(await time(() => get(url), runs)) });
    };
    try {
      await timed('/conferences/:id (the plan: counts, not points)', '');
      await timed('/bridge-points?limit=100 (first page)', '/bridge-points?limit=100');
      // A page deep in the list: the cursor of the point at position 12,000 (keyset: same cost wherever it starts).
      let cursor: string | null = null;
      for (let page = 0; page < 24 && (page === 0 || cursor); page += 1) {
        const { body } = await get(`/bridge-points?limit=500${cursor ? `&cursor=${cursor}` : ''}`);
        cursor = (body as { nextCursor: string | null }).nextCursor;
      }
      if (cursor) await timed('/bridge-points?limit=100&cursor=… (after 12,000 points)', `/bridge-points?limit=100&cursor=${cursor}`);
      await timed('/bridge-points?province=01 (Hà Nội: its point and communes)', '/bridge-points?province=01&limit=100');
      await timed(
        '/bridge-points?q=phuong ha dong (search without diacritics)',
        `/bridge-points?q=${encodeURIComponent('phuong ha dong')}`,
      );
      await timed('/bridge-points?kind=commune&q=xa so 1234', `/bridge-points?kind=commune&q=${encodeURIComponent('xa so 1234')}`);
      const { body } = await get('/bridge-points?limit=1&province=16');
      const pointId = (body as { items: { id: string }[] }).items[0]!.id;
      await timed('/bridge-points/:pointId (one point)', `/bridge-points/${pointId}`);
      let quota = 0;
      let bytes = 0;
      const patch = async () => {
        quota += 1;
        const response = await app.inject({
          method: 'PATCH',
          url: `/api/v1/conferences/${id}/bridge-points/${pointId}`,
          headers: writeHeaders,
          payload: { quota },
        });
        if (response.statusCode !== 200) throw new Error(`PATCH: HTTP ${response.statusCode} ${response.body.slice(0, 200)}`);
        bytes = response.rawPayload.length;
      };
      const patchTiming = await time(patch, runs);
      report('national-plan/inject PATCH /bridge-points/:pointId (answers the point and the counts)', { ...common, bytes, ...patchTiming });
    } finally {
      await app.close();
    }
    const conference = await services.conferences.get(id);
    report('national-plan/render Kế hoạch .docx', { ...common, ...(await time(() => renderPlanDocx(conference), 3, 1)) });
  } finally {
    await database.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  (async () => {
    await benchOne('sqlite');
    await benchPostgres(() => benchOne('postgres'));
  })().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}

export { benchOne as benchNationalPlan };
