/**
 * Property: whatever is sent to any write endpoint, the server never answers 5xx, every
 * 4xx is an ErrorBody in Vietnamese and English, and a refused write changes nothing
 * (the conference aggregate, its version, and the number of conferences stay the same).
 * The endpoints are read from the app's route catalog, so a new endpoint is covered
 * without touching this file. FUZZ_RUNS and FUZZ_SEED override the run count and seed;
 * FUZZ_REPORT=1 prints the statuses seen per endpoint, FUZZ_TRACE=<part of a path> each request.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Conference } from '../../src/domain/conference.schema.js';
import { listWriteRoutes, type RouteEntry } from '../../src/server/route-catalog.js';
import { API, call, openTestApp, seedConference, describeDatabases, type TestApp } from './helpers.js';
import { multipartBody } from './multipart.js';
import { bodyFor, garbageString } from './schema-arbitrary.js';

const RUNS = Number(process.env.FUZZ_RUNS ?? 30);
const SEED = Number(process.env.FUZZ_SEED ?? 20210707);

interface FuzzRequest {
  params: Record<string, string>;
  body: unknown;
  rawBody: string | null;
  contentType: string | null;
  ifMatch: string | null;
}

/** Ids of everything in the conference: the pool random path and body ids are drawn from. */
const idsOf = (conference: Conference): string[] => [
  conference.id,
  ...[
    conference.bridgePoints,
    conference.participantGroups,
    conference.assignments,
    conference.tasks,
    conference.agendaItems,
    conference.costLines,
    conference.distribution,
    conference.unclassified,
  ]
    .flat()
    .map((entity) => entity.id),
];

const paramNames = (url: string) => [...url.matchAll(/:(\w+)/g)].map((match) => match[1]!);

/** Lone surrogates cannot be percent-encoded; they become '?' in the path. */
const encodeSegment = (value: string) =>
  encodeURIComponent(Array.from(value, (char) => (/^[\ud800-\udfff]$/.test(char) ? '?' : char)).join(''));

const fillUrl = (url: string, params: Record<string, string>) =>
  url.replace(/:(\w+)/g, (_, name: string) => encodeSegment(params[name] ?? ''));

/** Which collection a path parameter names; unknown names draw from every id. */
const COLLECTION_OF_PARAM: Record<string, (c: Conference) => { id: string }[]> = {
  pointId: (c) => c.bridgePoints,
  groupId: (c) => c.participantGroups,
  assignmentId: (c) => c.assignments,
  taskId: (c) => c.tasks,
  itemId: (c) => [...c.agendaItems, ...c.unclassified],
};

const requestArbitrary = (route: RouteEntry, fixture: Conference, unitListIds: string[]): fc.Arbitrary<FuzzRequest> => {
  const ids = idsOf(fixture);
  const likely = (name: string): string[] => {
    if (name === 'conferenceId') return [fixture.id];
    const own = COLLECTION_OF_PARAM[name]?.(fixture).map((entity) => entity.id) ?? [];
    return own.length > 0 ? own : ids;
  };
  const idArbitrary = (name: string) =>
    fc.oneof(
      { weight: 8, arbitrary: fc.constantFrom(...likely(name)) },
      { weight: 1, arbitrary: fc.constantFrom(...ids) },
      { weight: 1, arbitrary: fc.uuid({ version: 4 }) },
      { weight: 1, arbitrary: garbageString().filter((s) => s.length > 0 && s.length < 300) },
    );
  const params = fc.record(Object.fromEntries(paramNames(route.url).map((name) => [name, idArbitrary(name)])));
  const schema = route.schema?.body as Record<string, unknown> | undefined;
  const version = fixture.version;
  return fc.record({
    params,
    body: bodyFor(schema as never, { ids, known: { unitListId: [...unitListIds, 'no-such-list'] } }),
    rawBody: sometimes(
      fc.oneof(fc.string({ maxLength: 40 }), fc.constantFrom('{', '{"a":', '[1,', '{"__proto__":{"x":1}}', 'null', '"')),
      1,
      7,
    ),
    contentType: sometimes(
      fc.constantFrom('text/plain', 'application/xml', 'application/x-www-form-urlencoded', 'application/json; charset=latin1'),
      1,
      9,
    ),
    ifMatch: sometimes(
      fc.oneof(
        { weight: 4, arbitrary: fc.constantFrom(String(version), `"${version}"`, `W/"${version}"`, '*', String(version + 1), '0') },
        { weight: 1, arbitrary: fc.nat({ max: 1_000_000 }).map(String) },
        { weight: 1, arbitrary: garbageString().filter((s) => /^[\x20-\x7e]*$/.test(s)) },
      ),
      1,
      2,
    ),
  });
};

/** The value with the given weight, else null with the other weight. */
function sometimes<T>(arbitrary: fc.Arbitrary<T>, weight: number, nullWeight: number): fc.Arbitrary<T | null> {
  return fc.oneof({ weight, arbitrary }, { weight: nullWeight, arbitrary: fc.constant(null) });
}

const toInject = (route: RouteEntry, request: FuzzRequest): InjectOptions => {
  const headers: Record<string, string> = {};
  if (request.ifMatch !== null) headers['if-match'] = request.ifMatch;
  const url = fillUrl(route.url, request.params);
  if (request.rawBody !== null) {
    headers['content-type'] = request.contentType ?? 'application/json';
    return { method: route.method, url, headers, payload: request.rawBody };
  }
  if (request.body === undefined) return { method: route.method, url, headers };
  headers['content-type'] = request.contentType ?? 'application/json';
  return { method: route.method, url, headers, payload: JSON.stringify(request.body) ?? '' };
};

/** For the import endpoint: random files, named like plans or not. */
const SEED_PLAN = readFileSync(new URL('../../reference/seeds/dong-thap-2021-ke-hoach-cchc.txt', import.meta.url));
const multipartArbitrary = () =>
  fc.record({
    fileName: fc.oneof(
      fc.constantFrom('plan.txt', 'plan.md', 'plan.docx', 'plan.pdf', 'plan', 'kế hoạch.TXT'),
      garbageString().filter((s) => !/["\r\n]/.test(s)),
    ),
    data: fc.oneof(
      fc.uint8Array({ maxLength: 300 }).map((bytes) => Buffer.from(bytes)),
      fc.string({ maxLength: 300 }).map((s) => Buffer.from(s)),
      // The seed plan, whole or cut short: imports that succeed or half-succeed.
      fc.nat({ max: SEED_PLAN.length }).map((end) => SEED_PLAN.subarray(0, end)),
    ),
    field: fc.constantFrom('file', 'file', 'document'),
  });

function expectNoServerErrorAndErrorBody(response: LightMyRequestResponse, label: string) {
  expect(response.statusCode, `${label} → ${response.statusCode} ${response.body.slice(0, 400)}`).toBeLessThan(500);
  if (response.statusCode < 400) return;
  const body = JSON.parse(response.body) as { error?: { code?: unknown; message?: { vi?: unknown; en?: unknown }; fields?: unknown } };
  expect(typeof body.error?.code, `${label}: ${response.body.slice(0, 300)}`).toBe('string');
  expect(typeof body.error?.message?.vi, label).toBe('string');
  expect(typeof body.error?.message?.en, label).toBe('string');
  if (body.error?.fields !== undefined) {
    for (const field of body.error.fields as { path: unknown; code: unknown; message: { vi: unknown; en: unknown } }[]) {
      expect([typeof field.path, typeof field.code, typeof field.message.vi, typeof field.message.en], label).toEqual([
        'string',
        'string',
        'string',
        'string',
      ]);
    }
  }
}

const countConferences = async (app: FastifyInstance) => {
  const active = await call<{ total: number }>(app, { url: `${API}/conferences?limit=1` }, 200);
  const archived = await call<{ total: number }>(app, { url: `${API}/conferences?limit=1&archived=true` }, 200);
  return active.total + archived.total;
};

describeDatabases('fuzzing every write endpoint on $dialect', (dbCase) => {
  let t: TestApp;
  let unitListIds: string[];
  beforeAll(async () => {
    t = await openTestApp(dbCase);
    const lists = await call<{ items: { id: string }[] }>(t.app, { url: `${API}/administrative-unit-lists` }, 200);
    unitListIds = lists.items.map((list) => list.id);
  });
  afterAll(() => t?.close());

  it('covers the write endpoints of the contract', () => {
    const routes = listWriteRoutes(t.app).map((route) => `${route.method} ${route.url}`);
    expect(routes.length).toBeGreaterThanOrEqual(30);
    expect(routes).toEqual(
      expect.arrayContaining([
        'POST /api/v1/conferences',
        'PATCH /api/v1/conferences/:conferenceId',
        'PUT /api/v1/conferences/:conferenceId/agenda-items/order',
        'POST /api/v1/imports',
        'DELETE /api/v1/conferences/:conferenceId/unclassified/:itemId',
      ]),
    );
  });

  it('answers bad input with a 4xx ErrorBody and never writes part of it', async () => {
    const summary: Record<string, Record<number, number>> = {};
    // Logout takes no input and, when it succeeds, ends the administrator's session the fuzzer acts with.
    for (const route of listWriteRoutes(t.app).filter((r) => r.url !== `${API}/auth/logout`)) {
      const label = `${route.method} ${route.url}`;
      const counts: Record<number, number> = (summary[label] = {});
      let fixture = await seedConference(t.app);
      const read = () => call<Conference>(t.app, { url: `${API}/conferences/${fixture.id}` }, 200);
      const mayCreateConferences = !route.url.includes(':conferenceId') || route.url.endsWith('/duplicate');
      let total = mayCreateConferences ? await countConferences(t.app) : 0;
      const isMultipart = (route.schema?.consumes as string[] | undefined)?.includes('multipart/form-data') ?? false;

      const check = async (options: InjectOptions) => {
        const response = await t.app.inject(options);
        counts[response.statusCode] = (counts[response.statusCode] ?? 0) + 1;
        expectNoServerErrorAndErrorBody(response, `${label} ${JSON.stringify(options).slice(0, 300)}`);
        if (process.env.FUZZ_TRACE && label.includes(process.env.FUZZ_TRACE))
          console.log(response.statusCode, JSON.stringify(options).slice(0, 250), response.body.slice(0, 250));
        if (response.statusCode >= 400) {
          expect(await read(), `${label}: a refused write changed the conference`).toEqual(fixture);
          if (mayCreateConferences) expect(await countConferences(t.app), `${label}: a refused write created a conference`).toBe(total);
        } else {
          fixture = await read();
          if (mayCreateConferences) total = await countConferences(t.app);
        }
      };

      await fc.assert(
        fc.asyncProperty(requestArbitrary(route, fixture, unitListIds), async (request) => check(toInject(route, request))),
        { numRuns: RUNS, seed: SEED, endOnFailure: true },
      );
      if (isMultipart) {
        await fc.assert(
          fc.asyncProperty(multipartArbitrary(), async (file) => {
            const form = multipartBody([{ name: file.field, fileName: file.fileName, data: file.data }]);
            await check({ method: route.method, url: route.url, ...form });
          }),
          { numRuns: RUNS, seed: SEED, endOnFailure: true },
        );
      }
    }
    if (process.env.FUZZ_REPORT) console.log(JSON.stringify(summary, null, 1));
  }, 600_000);
});
