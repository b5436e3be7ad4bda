/**
 * Reading a whole conference through the API with 1,000 conferences stored, on SQLite
 * and PostgreSQL. Beside it, in the same run: the service call without HTTP (the floor
 * the API adds to), Fastify's in-process inject, then real HTTP over loopback with
 * keep-alive; and the diacritics-insensitive list search over the 1,000.
 * Run: npx tsx bench/api-read.ts [conferences] [runs]   (DATABASE_URL picks the PostgreSQL server)
 */
import { readFile } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import { demoSeedPath } from '../src/cli/demo-conference.js';
import { importPlan } from '../src/import/index.js';
import { buildApp } from '../src/server/app.js';
import { createServices, loadReferenceUnitLists } from '../src/services/index.js';
import { openTestPostgres, openTestSqlite } from '../src/storage/test-databases.js';
import { benchAdminSession } from './session.js';
import { report, time, benchPostgres } from './stats.js';

const conferenceCount = Number(process.argv[2] ?? 1000);
const runs = Number(process.argv[3] ?? 300);

/** A benchmark of error answers would be meaningless: stop on anything but 200. */
const checked = async (pending: Promise<Response>): Promise<Response> => {
  const response = await pending;
  if (response.status !== 200) throw new Error(`HTTP ${response.status}: ${await response.text()}`);
  return response;
};

async function benchOne(dialect: 'sqlite' | 'postgres'): Promise<void> {
  const database = dialect === 'sqlite' ? await openTestSqlite() : await openTestPostgres();
  try {
    await loadReferenceUnitLists(database);
    const services = createServices(database);
    const draft = await importPlan({ fileName: 'seed.txt', data: await readFile(demoSeedPath()) });
    const filling = Date.now();
    let last = '';
    for (let i = 0; i < conferenceCount; i += 1) {
      const created = await services.conferences.createFromDraft({
        ...draft,
        title: `${draft.title} (${i}) ${randomBytes(3).toString('hex')}`,
      });
      last = created.id;
    }
    const fillSeconds = (Date.now() - filling) / 1000;
    const target = last;
    await services.conferences.addBridgePointsFromUnits(target, { unitListId: 'dong-thap-2021' });
    const whole = await services.conferences.get(target);
    const rows = whole.bridgePoints.length + whole.participantGroups.length + whole.tasks.length + whole.agendaItems.length;

    const { headers } = await benchAdminSession(services);
    const app = await buildApp({ services, database: { dialect }, webRoot: null, logger: false });
    const url = await app.listen({ host: '127.0.0.1', port: 0 });
    try {
      const common = { dialect, conferences: conferenceCount, rowsInPlan: rows, fillSeconds };
      report('api-read/service-get (baseline, no HTTP)', { ...common, ...(await time(() => services.conferences.get(target), runs)) });
      report('api-read/inject GET /conferences/:id', {
        ...common,
        ...(await time(async () => {
          const response = await app.inject({ url: `/api/v1/conferences/${target}`, headers });
          if (response.statusCode !== 200) throw new Error(`HTTP ${response.statusCode}`);
        }, runs)),
      });
      report('api-read/http GET /conferences/:id', {
        ...common,
        ...(await time(async () => (await checked(fetch(`${url}/api/v1/conferences/${target}`, { headers }))).arrayBuffer(), runs)),
      });
      report('api-read/http GET /conferences?q=dong thap', {
        ...common,
        ...(await time(
          async () => (await checked(fetch(`${url}/api/v1/conferences?q=dong%20thap&limit=50`, { headers }))).arrayBuffer(),
          runs,
        )),
      });
    } finally {
      await app.close();
    }
  } finally {
    await database.close();
  }
}

export async function benchApiRead(): Promise<void> {
  await benchOne('sqlite');
  await benchPostgres(() => benchOne('postgres'));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  benchApiRead().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
