/**
 * Votes per second and their latency over real HTTP (loopback, keep-alive), on SQLite and on
 * PostgreSQL (issue 16). The seed conference with `delegates` delegates, all checked in, each
 * with their personal link; an open vote; a child process (this file with `--load`) sends
 * POST /votes/:id/ballots as those delegates, round robin, each ballot a change of choice (so
 * every request is a write: the ballot replaced, its audit row), N requests in flight. Then the
 * same on a secret vote (each delegate once: a new voter row, the hall's tallies, an audit row).
 * Run: npx tsx bench/votes.ts [seconds] [concurrency] [delegates]   (PostgreSQL: DATABASE_URL)
 */
import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import http from 'node:http';
import { performance } from 'node:perf_hooks';
import { demoSeedPath } from '../src/cli/demo-conference.js';
import { importPlan } from '../src/import/index.js';
import { buildApp } from '../src/server/app.js';
import { linkCsrfToken } from '../src/server/plugins/auth-cookie.js';
import { createServices, loadReferenceUnitLists } from '../src/services/index.js';
import { newDelegateRow, personFields } from '../src/services/participants/delegate-input.js';
import { insertDelegates } from '../src/storage/repositories/delegate-repository.js';
import { openTestPostgres, openTestSqlite } from '../src/storage/test-databases.js';
import type { LoadResult } from './check-in.js';
import { benchPostgres, forkLoad, latencyPercentiles, report, serveLoadChild } from './stats.js';

interface Voter {
  cookie: string;
  csrf: string;
}

interface VoteLoad {
  origin: string;
  path: string;
  voters: Voter[];
  /** Each voter once (secret vote); else round robin, alternating choices, until the time is up. */
  once: boolean;
  concurrency: number;
  durationMs: number;
}

/** The same figures as the check-in bench's. */
type VoteLoadResult = LoadResult;

const round = (value: number) => Math.round(value * 100) / 100;

/** The child: closed loop, each request timed from the first byte written to the last byte read. */
async function generate(job: VoteLoad): Promise<VoteLoadResult> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: job.concurrency });
  const { hostname, port } = new URL(job.origin);
  const send = (voter: Voter, option: number) =>
    new Promise<number>((resolve, reject) => {
      const body = JSON.stringify({ option });
      const headers = {
        cookie: voter.cookie,
        'x-csrf-token': voter.csrf,
        'content-type': 'application/json',
        'content-length': String(Buffer.byteLength(body)),
      };
      const request = http.request({ agent, hostname, port, path: job.path, method: 'POST', headers }, (response) => {
        response.resume();
        response.on('end', () => resolve(response.statusCode ?? 0));
      });
      request.on('error', reject);
      request.end(body);
    });
  let next = 0;
  const latencies: number[] = [];
  const statuses: Record<string, number> = {};
  const start = performance.now();
  const end = start + job.durationMs;
  const worker = async () => {
    while (performance.now() < end) {
      const turn = next++;
      if (job.once && turn >= job.voters.length) return;
      const voter = job.voters[turn % job.voters.length]!;
      // Round after round the choice changes (0, 1, 2, 0 …), so every ballot replaces the last.
      const option = Math.floor(turn / job.voters.length) % 3;
      const began = performance.now();
      const status = await send(voter, option);
      latencies.push(performance.now() - began);
      statuses[status] = (statuses[status] ?? 0) + 1;
    }
  };
  await Promise.all(Array.from({ length: job.concurrency }, worker));
  const seconds = (performance.now() - start) / 1000;
  agent.destroy();
  return {
    requests: latencies.length,
    seconds: round(seconds),
    perSecond: Math.round(latencies.length / seconds),
    ...latencyPercentiles(latencies),
    statuses,
  };
}

const runLoad = (job: VoteLoad) => forkLoad<VoteLoad, VoteLoadResult>(import.meta.url, job);

async function benchOne(dialect: 'sqlite' | 'postgres', seconds: number, concurrency: number, delegates: number): Promise<void> {
  const database = dialect === 'sqlite' ? await openTestSqlite() : await openTestPostgres();
  try {
    await loadReferenceUnitLists(database);
    const services = createServices(database);
    const conference = await services.conferences.createFromDraft(
      await importPlan({ fileName: 'seed.txt', data: await readFile(demoSeedPath()) }),
    );
    const points = conference.bridgePoints.map((point) => point.id);
    const at = new Date().toISOString();
    const rows = Array.from({ length: delegates }, (_, i) => ({
      ...newDelegateRow(
        { id: randomUUID(), conferenceId: conference.id, bridgePointId: points[i % points.length]!, participantGroupId: null },
        personFields({ fullName: `Đại biểu ${i}` }),
        at,
      ),
      attendance: 'present',
      checked_in_at: at,
    }));
    await database.db.transaction().execute((trx) => insertDelegates(trx, rows));
    const voters: Voter[] = [];
    for (const row of rows) {
      const { token } = await services.accessLinks.createLink({
        conferenceId: conference.id,
        purpose: 'delegate',
        delegateId: row.id,
        bridgePointId: null,
        label: row.full_name,
        createdByUserId: null,
        expiresAt: new Date(Date.now() + 86_400_000).toISOString(),
      });
      voters.push({ cookie: `diemcau_session=l.${token}`, csrf: linkCsrfToken(token) });
    }
    const app = await buildApp({ services, database: { dialect }, webRoot: null, logger: false });
    const origin = await app.listen({ host: '127.0.0.1', port: 0 });
    try {
      for (const secret of [false, true]) {
        const vote = await services.votes.create(conference.id, { question: 'Thông qua dự thảo Quyết định?', secret });
        await services.votes.open(conference.id, vote.id);
        const path = `/api/v1/conferences/${conference.id}/votes/${vote.id}/ballots`;
        const result = await runLoad({ origin, path, voters, once: secret, concurrency, durationMs: seconds * 1000 });
        const closed = await services.votes.close(conference.id, vote.id);
        const ballots = await database.db
          .selectFrom(secret ? 'vote_voters' : 'vote_ballots')
          .select('voter_id')
          .where('vote_id', '=', vote.id)
          .execute();
        report(`votes/http POST /votes/:id/ballots (${secret ? 'secret: each delegate once' : 'open: every ballot replaces the last'})`, {
          dialect,
          delegates,
          concurrency,
          ...result,
          ballotRows: ballots.length,
          counted: closed.result?.cast,
        });
      }
    } finally {
      await app.close();
    }
  } finally {
    await database.close();
  }
}

export async function benchVotes(seconds = 10, concurrency = 32, delegates = 2000): Promise<void> {
  await benchOne('sqlite', seconds, concurrency, delegates);
  await benchPostgres(() => benchOne('postgres', seconds, concurrency, delegates));
}

if (process.argv[2] === '--load') {
  serveLoadChild(generate);
} else if (import.meta.url === `file://${process.argv[1]}`) {
  const [seconds, concurrency, delegates] = process.argv.slice(2).map(Number);
  await benchVotes(seconds || 10, concurrency || 32, delegates || 2000);
}
