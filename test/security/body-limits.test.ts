/**
 * Issue 15, item 6: the 1 MiB limit on JSON bodies holds for every route that takes one (as
 * the OpenAPI document lists them), whether the size is announced or not, and a refused body
 * writes nothing: no audit row, no new version of the conference. (Uploads have their own
 * limits: test/security of the file pipeline.)
 */
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Conference } from '../../src/domain/conference.schema.js';
import { DEFAULT_BODY_LIMIT } from '../../src/server/app.js';
import { API, apiDatabases, call, json, openTestApp, seedConference, type TestApp } from '../api/helpers.js';

type Operation = { requestBody?: { content?: Record<string, unknown> } };
type OpenApi = { paths: Record<string, Record<string, Operation>> };

describe('JSON body limit', () => {
  let t: TestApp;
  let c: Conference;
  beforeAll(async () => {
    t = await openTestApp(apiDatabases()[0]!);
    c = await seedConference(t.app, 'Hội nghị nhận dữ liệu lớn');
  });
  afterAll(() => t?.close());

  const auditCount = async () => (await t.database.db.selectFrom('audit_log').select('id').execute()).length;
  const version = async () => (await call<Conference>(t.app, { url: `${API}/conferences/${c.id}` }, 200)).version;
  /** The route's path with the seeded conference and its first bridge point in it, other ids made up. */
  const urlOf = (path: string) =>
    path.replace(/\{(\w+)\}/g, (_, name: string) =>
      name === 'conferenceId' ? c.id : name === 'bridgePointId' ? c.bridgePoints[0]!.id : '00000000-0000-4000-8000-000000000000',
    );

  it('refuses a body over 1 MiB with 413 on every JSON route, and writes nothing', async () => {
    const spec = json<OpenApi>(await t.app.inject({ url: '/api/openapi.json' }));
    const routes = Object.entries(spec.paths).flatMap(([path, operations]) =>
      Object.entries(operations)
        .filter(([, operation]) => operation.requestBody?.content?.['application/json'])
        .map(([method, _operation]) => ({ method: method.toUpperCase() as 'POST', path })),
    );
    expect(routes.length).toBeGreaterThan(30);
    const big = JSON.stringify({ title: 'x'.repeat(DEFAULT_BODY_LIMIT) });
    const [auditBefore, versionBefore] = [await auditCount(), await version()];
    const answers: string[] = [];
    const codes = new Set<string>();
    for (const { method, path } of routes) {
      const response = await t.app.inject({
        method,
        url: urlOf(path).replace(/^\/api\/v1/, API),
        headers: { 'content-type': 'application/json' },
        payload: big,
      });
      answers.push(`${method} ${path} ${response.statusCode}`);
      codes.add(json<{ error: { code: string } }>(response).error.code);
    }
    expect(answers.filter((answer) => !answer.endsWith(' 413'))).toEqual([]);
    expect([...codes]).toEqual(['request.too_large']);
    expect([await auditCount(), await version()]).toEqual([auditBefore, versionBefore]);
  });

  it('counts the bytes of a body whose size is not announced (chunked)', async () => {
    const auditBefore = await auditCount();
    const chunks = Array.from({ length: 20 }, (_, i) => (i === 0 ? '{"title":"' : 'x'.repeat(64 * 1024)));
    const response = await t.app.inject({
      method: 'PATCH',
      url: `${API}/conferences/${c.id}`,
      headers: { 'content-type': 'application/json', 'transfer-encoding': 'chunked' },
      payload: Readable.from([...chunks, '"}']),
    });
    expect(response.statusCode, response.body.slice(0, 200)).toBe(413);
    expect(await auditCount()).toBe(auditBefore);
  });
});
