/**
 * Event-loop delay of a server serving check-ins while hostile and heavy work arrives (issue
 * 15; aim: p99 under 50 ms), beside the same server serving the same check-ins alone. The
 * server runs in this process on SQLite, its loop watched by `monitorEventLoopDelay`; the
 * check-ins come from a child (bench/check-in.ts --load, open loop at a fixed rate) and the
 * heavy requests from another child (this file with --heavy), so that neither client's work
 * lands on the measured loop. The heavy requests, sent one second into the loaded phase:
 * two plan imports of a .docx holding a million tiny paragraphs (a bomb of ~160 KB), the
 * attendance list (.docx) of a hall of 12,000 delegates, and 8 PDFs of the plan at once.
 * Run: npx tsx bench/event-loop.ts [seconds] [check-ins per second]
 */
import { fork } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { demoSeedPath } from '../src/cli/demo-conference.js';
import { importPlan } from '../src/import/index.js';
import { buildApp } from '../src/server/app.js';
import { createServices, loadReferenceUnitLists } from '../src/services/index.js';
import { newDelegateRow, personFields } from '../src/services/participants/delegate-input.js';
import { insertDelegates } from '../src/storage/repositories/delegate-repository.js';
import { openTestSqlite } from '../src/storage/test-databases.js';
import { pointInput } from '../src/services/testing.js';
import { docxWithParagraphs } from '../src/workers/fixtures/hostile-files.js';
import { runLoad, type LoadResult } from './check-in.js';
import { report } from './stats.js';

type HeavyPart = 'bombs' | 'list' | 'pdfs';

interface HeavyJob {
  /** What to send (all: the three together). */
  parts: HeavyPart[];
  origin: string;
  conferenceId: string;
  listPointId: string;
  headers: Record<string, string>;
}

interface HeavyResult {
  what: string;
  status: number;
  code: string | null;
  ms: number;
}

const LIST_DELEGATES = 12_000;
const PDFS = 8;

/** The child: sends the heavy requests together and times each. */
async function heavy(job: HeavyJob): Promise<HeavyResult[]> {
  const bomb = await docxWithParagraphs(1_000_000);
  const base = `${job.origin}/api/v1`;
  const timed = async (what: string, url: string, init: RequestInit = {}): Promise<HeavyResult> => {
    const start = performance.now();
    const response = await fetch(url, { ...init, headers: { ...job.headers, ...(init.headers as Record<string, string>) } });
    const body = Buffer.from(await response.arrayBuffer());
    let code: string | null = null;
    if (response.status >= 400) code = (JSON.parse(body.toString('utf8')) as { error?: { code?: string } }).error?.code ?? null;
    return { what, status: response.status, code, ms: Math.round(performance.now() - start) };
  };
  const upload = () => {
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(bomb)]), 'ke-hoach.docx');
    return timed('import of a million-paragraph .docx', `${base}/imports`, { method: 'POST', body: form });
  };
  const sent: Promise<HeavyResult>[] = [];
  if (job.parts.includes('bombs')) sent.push(upload(), upload());
  if (job.parts.includes('list'))
    sent.push(
      timed(
        `attendance list .docx of ${LIST_DELEGATES} delegates`,
        `${base}/conferences/${job.conferenceId}/attendance/${job.listPointId}/list.docx`,
      ),
    );
  if (job.parts.includes('pdfs'))
    for (let i = 0; i < PDFS; i += 1) sent.push(timed('plan PDF', `${base}/conferences/${job.conferenceId}/documents/plan.pdf`));
  return Promise.all(sent);
}

const runHeavy = (job: HeavyJob) =>
  new Promise<HeavyResult[]>((resolve, reject) => {
    const child = fork(fileURLToPath(import.meta.url), ['--heavy'], { execArgv: process.execArgv, stdio: 'inherit' });
    child.once('message', (result) => resolve(result as HeavyResult[]));
    child.once('error', reject);
    child.once('exit', (code) => (code === 0 ? undefined : reject(new Error(`heavy requests exited with ${code}`))));
    child.send(job);
  });

const ms = (ns: number) => Math.round(ns / 1e4) / 100;

export async function benchEventLoop(seconds = 30, rate = 200): Promise<void> {
  const database = await openTestSqlite();
  const services = createServices(database);
  await loadReferenceUnitLists(database);
  const conference = await services.conferences.createFromDraft(
    await importPlan({ fileName: 'seed.txt', data: await readFile(demoSeedPath()) }),
  );
  const listPoint = conference.bridgePoints[0];
  const doorPoint = await services.conferences.addBridgePoint(conference.id, pointInput('Điểm cầu đón tiếp (bench)'));
  const delegates = async (pointId: string, count: number) => {
    const at = new Date().toISOString();
    const rows = Array.from({ length: count }, (_, i) =>
      newDelegateRow(
        { id: randomUUID(), conferenceId: conference.id, bridgePointId: pointId, participantGroupId: null },
        personFields({ fullName: `Đại biểu số ${i + 1}`, title: 'Chuyên viên', organisation: 'Sở Nội vụ' }),
        at,
      ),
    );
    await database.db.transaction().execute((trx) => insertDelegates(trx, rows));
    return rows.map((row) => row.id);
  };
  await delegates(listPoint!.id, LIST_DELEGATES);
  const email = 'bench@diemcau.local';
  const password = 'Hội nghị trực tuyến Đồng Tháp 2021 (bench)';
  const { token } = await services.accounts.createFirstAdminSetupLink();
  await services.accounts.completeSetup(token, { email, displayName: 'Bench', password });
  const login = await services.sessions.login({ email, password, ip: '127.0.0.1', userAgent: 'bench' });
  const headers = { cookie: `diemcau_session=${login.token}`, 'x-csrf-token': login.csrfToken };

  const app = await buildApp({ services, database: { dialect: 'sqlite' }, webRoot: null, logger: false });
  const origin = await app.listen({ host: '127.0.0.1', port: 0 });
  const loop = monitorEventLoopDelay({ resolution: 10 });
  loop.enable();
  const checkIns = async (): Promise<LoadResult> =>
    runLoad({
      origin,
      path: `/api/v1/conferences/${conference.id}/check-ins`,
      method: 'POST',
      headers: { ...headers, 'content-type': 'application/json' },
      checkIns: { delegateIds: await delegates(doorPoint.id, rate * seconds + 1500), bridgePointId: doorPoint.id },
      concurrency: 64,
      ratePerSecond: rate,
      durationMs: seconds * 1000,
      warmupRequests: 500,
    });
  const phase = async (name: string, during?: () => Promise<HeavyResult[]>) => {
    loop.reset();
    const [load, heavyResults] = await Promise.all([
      checkIns(),
      during ? new Promise((resolve) => setTimeout(resolve, 1000)).then(during) : Promise.resolve([]),
    ]);
    report(`event-loop/${name}`, {
      seconds,
      checkInRate: rate,
      loopDelayP50Ms: ms(loop.percentile(50)),
      loopDelayP99Ms: ms(loop.percentile(99)),
      loopDelayMaxMs: ms(loop.max),
      checkIns: load.requests,
      checkInP50Ms: load.p50Ms,
      checkInP99Ms: load.p99Ms,
      checkInMaxMs: load.maxMs,
      statuses: load.statuses,
    });
    for (const result of heavyResults) report(`event-loop/${name}: heavy request`, { ...result });
  };
  try {
    await phase('check-ins alone');
    const job = { origin, conferenceId: conference.id, listPointId: listPoint!.id, headers };
    const parts: [string, HeavyPart[]][] = [
      ['two million-paragraph .docx imports', ['bombs']],
      ['a 12,000-delegate attendance list', ['list']],
      ['8 plan PDFs', ['pdfs']],
      ['bombs, a 12,000-delegate list and 8 PDFs', ['bombs', 'list', 'pdfs']],
    ];
    for (const [name, heavyParts] of parts) await phase(`check-ins while ${name} arrive`, () => runHeavy({ ...job, parts: heavyParts }));
  } finally {
    loop.disable();
    await app.close();
    await database.close();
  }
}

if (process.argv[2] === '--heavy') {
  process.once('message', (job) => {
    heavy(job as HeavyJob).then(
      (result) => process.send!(result, () => process.exit(0)),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  });
} else if (import.meta.url === `file://${process.argv[1]}`) {
  benchEventLoop(Number(process.argv[2] ?? 30), Number(process.argv[3] ?? 200)).catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
