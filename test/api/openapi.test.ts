import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listRoutes } from '../../src/server/route-catalog.js';
import { API_TAGS } from '../../src/server/plugins/openapi.js';
import { json, openTestApp, testDatabases, type TestApp } from './helpers.js';

interface Operation {
  tags?: string[];
  summary?: string;
  parameters?: { in: string; name: string; required?: boolean }[];
  requestBody?: { content: Record<string, { schema: object }> };
  responses: Record<string, { content?: Record<string, { schema: object }> }>;
}
type OpenApi = { openapi: string; info: { title: string }; tags: { name: string }[]; paths: Record<string, Record<string, Operation>> };

describe('OpenAPI document', () => {
  let t: TestApp;
  let spec: OpenApi;
  beforeAll(async () => {
    t = await openTestApp(testDatabases()[0]!);
    const response = await t.app.inject({ url: '/api/openapi.json' });
    expect(response.statusCode).toBe(200);
    spec = json<OpenApi>(response);
  });
  afterAll(() => t?.close());

  const apiRoutes = () => listRoutes(t.app).filter((route) => route.url.startsWith('/api/v1/') && route.method !== 'HEAD');

  it('is an OpenAPI 3 document titled diemcau with a tag per resource', () => {
    expect(spec.openapi).toMatch(/^3\./);
    expect(spec.info.title).toBe('diemcau');
    expect(spec.tags.map((tag) => tag.name)).toEqual(API_TAGS.map((tag) => tag.name));
  });

  it('lists every API route with its tag, path parameters, body and responses', () => {
    const routes = apiRoutes();
    expect(routes.length).toBeGreaterThanOrEqual(35);
    for (const route of routes) {
      const path = route.url.replace(/:(\w+)/g, '{$1}');
      const operation = spec.paths[path]?.[route.method.toLowerCase()];
      const label = `${route.method} ${route.url}`;
      expect(operation, label).toBeDefined();
      expect(operation!.tags?.length, label).toBe(1);
      expect(
        spec.tags.map((tag) => tag.name),
        label,
      ).toContain(operation!.tags![0]);
      const pathParams = [...route.url.matchAll(/:(\w+)/g)].map((match) => match[1]);
      const documented = (operation!.parameters ?? []).filter((p) => p.in === 'path').map((p) => p.name);
      expect(documented.sort(), label).toEqual(pathParams.sort());
      if (route.schema?.body) expect(operation!.requestBody, label).toBeDefined();
      const success = Object.keys(operation!.responses).filter((status) => status.startsWith('2'));
      expect(success.length, label).toBe(1);
      expect(Object.keys(operation!.responses), label).toEqual(expect.arrayContaining(['4XX', '5XX']));
    }
  });

  it('documents the write headers and the JSON bodies of the writes', () => {
    const patch = spec.paths['/api/v1/conferences/{conferenceId}']!.patch!;
    expect(patch.parameters?.map((p) => `${p.in}:${p.name}`)).toContain('header:if-match');
    const body = patch.requestBody!.content['application/json']!.schema as { properties: Record<string, unknown>; minProperties: number };
    expect(Object.keys(body.properties)).toEqual(expect.arrayContaining(['title', 'startsAt', 'signerName']));
    expect(body.minProperties).toBe(1);
    const imports = spec.paths['/api/v1/imports']!.post!;
    expect(Object.keys(imports.requestBody!.content)).toEqual(['multipart/form-data']);
    const docx = spec.paths['/api/v1/conferences/{conferenceId}/documents/plan.docx']!.get!;
    expect(Object.keys(docx.responses['200']!.content!)).toContain(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
  });

  it('serves the Swagger UI at /api/docs', async () => {
    const response = await t.app.inject({ url: '/api/docs/' });
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain('swagger-ui');
  });
});
