/**
 * The scale of a national conference: one plan with 16,242 bridge points (December 2023).
 * Stores it through createFromDraft, then times reading it whole (service and HTTP),
 * adding one point (every write returns the whole plan), and rendering its Kế hoạch.
 * Run: npx tsx bench/national-plan.ts [points] [runs]
 */
import { ONE_POINT } from '../src/domain/conference-rules.js';
import { readFile } from 'node:fs/promises';
import { demoSeedPath } from '../src/cli/demo-conference.js';
import type { PlanDraft } from '../src/domain/conference.schema.js';
import { renderPlanDocx } from '../src/documents/index.js';
import { importPlan } from '../src/import/index.js';
import { buildApp } from '../src/server/app.js';
import { createServices, loadReferenceUnitLists } from '../src/services/index.js';
import { openTestPostgres, openTestSqlite } from '../src/storage/test-databases.js';
import { benchAdminSession } from './session.js';
import { report, time, benchPostgres } from './stats.js';

const pointCount = Number(process.argv[2] ?? 16242);
const runs = Number(process.argv[3] ?? 10);

const withPoints = (draft: PlanDraft, count: number): PlanDraft => ({
  ...draft,
  bridgePoints: [
    ...draft.bridgePoints,
    ...Array.from({ length: count - draft.bridgePoints.length }, (_, i) => ({
      key: `national-point-${i}`,
      name: `UBND xã số ${i + 1}`,
      address: `Hội trường UBND xã số ${i + 1}`,
      quota: 15,
      kind: 'commune' as const,
      isHost: false,
      operatorName: `Cán bộ ${i + 1}`,
      operatorPhone: '0277 3851 234',
      operatorEmail: `xa${i + 1}@example.gov.vn`,
      unitCode: null,
      ...ONE_POINT,
    })),
  ],
});

async function benchOne(dialect: 'sqlite' | 'postgres'): Promise<void> {
  const database = dialect === 'sqlite' ? await openTestSqlite() : await openTestPostgres();
  try {
    await loadReferenceUnitLists(database);
    const services = createServices(database);
    const draft = withPoints(await importPlan({ fileName: 'seed.txt', data: await readFile(demoSeedPath()) }), pointCount);
    const common = { dialect, bridgePoints: pointCount };
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
    report('national-plan/service get', { ...common, ...(await time(() => services.conferences.get(id), runs)) });
    const { headers } = await benchAdminSession(services);
    const app = await buildApp({ services, database: { dialect }, webRoot: null, logger: false });
    try {
      report('national-plan/inject GET /conferences/:id', {
        ...common,
        ...(await time(async () => {
          const response = await app.inject({ url: `/api/v1/conferences/${id}`, headers });
          if (response.statusCode !== 200) throw new Error(`HTTP ${response.statusCode}`);
        }, runs)),
      });
    } finally {
      await app.close();
    }
    let n = 0;
    report('national-plan/add one bridge point (returns the whole plan)', {
      ...common,
      ...(await time(() => {
        n += 1;
        const { key: _key, ...point } = draft.bridgePoints[1]!;
        return services.conferences.addBridgePoint(id, { ...point, name: `Điểm cầu thêm ${n}`, isHost: false });
      }, runs)),
    });
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
