import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Conference } from '../../src/domain/conference.schema.js';
import { CONTENT_SECURITY_POLICY } from '../../src/server/plugins/security-headers.js';
import {
  API,
  bridgePointInput,
  call,
  createConference,
  expectErrorBody,
  openTestApp,
  describeDatabases,
  apiDatabases,
  type TestApp,
} from './helpers.js';

describeDatabases(
  'error responses on $dialect',
  (dbCase) => {
    let t: TestApp;
    let conference: Conference;
    beforeAll(async () => {
      t = await openTestApp(dbCase, {
        // A renderer that fails the way a bug would: the client must see a generic 500 only.
        documents: {
          renderPlanDocx: async () => {
            throw new Error('SELECT * FROM conferences WHERE secret = 1 at /src/documents/plan-docx.ts:42');
          },
          convertDocxToPdf: async () => Buffer.from(''),
          isPdfAvailable: async () => false,
        },
      });
      conference = await createConference(t.app);
    });
    afterAll(() => t?.close());

    const base = () => `${API}/conferences/${conference.id}`;

    it('404 route.not_found for an unknown address, any method', async () => {
      expectErrorBody(await t.app.inject({ url: `${API}/nothing-here` }), 404, 'route.not_found');
      expectErrorBody(await t.app.inject({ method: 'POST', url: `${API}/conferences/${conference.id}/nothing` }), 404, 'route.not_found');
      expectErrorBody(await t.app.inject({ url: '/' }), 404, 'route.not_found');
    });

    it('404 for an unknown sub-resource id', async () => {
      const response = await t.app.inject({
        method: 'PATCH',
        url: `${base()}/bridge-points/00000000-0000-4000-8000-000000000001`,
        payload: { quota: 3 },
      });
      expectErrorBody(response, 404);
    });

    it('400 validation.failed for a malformed id in the path', async () => {
      const error = expectErrorBody(await t.app.inject({ url: `${API}/conferences/not-an-id` }), 400, 'validation.failed');
      expect(error.fields).toEqual([
        { path: '/conferenceId', code: 'format', message: { vi: 'Mã định danh không hợp lệ', en: 'Is not a valid identifier' } },
      ]);
    });

    it('400 for a string where the body needs an integer: bodies are never coerced', async () => {
      const response = await t.app.inject({
        method: 'POST',
        url: `${base()}/bridge-points`,
        payload: { ...bridgePointInput(), quota: '5' },
      });
      expect(expectErrorBody(response, 400, 'validation.failed').fields).toEqual([
        { path: '/quota', code: 'type', message: { vi: 'Phải là số nguyên', en: 'Must be an integer' } },
      ]);
    });

    it('400 for unknown fields: they are refused, not silently dropped', async () => {
      const response = await t.app.inject({ method: 'PATCH', url: base(), payload: { title: 'Mới', owner: 'x' } });
      expect(expectErrorBody(response, 400).fields?.map((f) => (f as { path: string }).path)).toEqual(['/owner']);
      expect((await call<Conference>(t.app, { url: base() }, 200)).title).toBe(conference.title);
    });

    it('400 for an empty PATCH and for a missing body', async () => {
      expectErrorBody(await t.app.inject({ method: 'PATCH', url: base(), payload: {} }), 400, 'validation.failed');
      expectErrorBody(await t.app.inject({ method: 'PUT', url: `${base()}/cost-lines` }), 400, 'validation.failed');
    });

    it('400 for a query parameter out of range', async () => {
      const error = expectErrorBody(await t.app.inject({ url: `${API}/conferences?limit=0&status=open` }), 400, 'validation.failed');
      expect(error.fields?.map((f) => (f as { path: string }).path).sort()).toEqual(['/limit', '/status']);
    });

    it('400 request.malformed_json for broken JSON and prototype keys', async () => {
      const headers = { 'content-type': 'application/json' };
      expectErrorBody(
        await t.app.inject({ method: 'PATCH', url: base(), headers, payload: '{"title": "x"' }),
        400,
        'request.malformed_json',
      );
      expectErrorBody(
        await t.app.inject({ method: 'PATCH', url: base(), headers, payload: '{"__proto__": {"admin": true}, "title": "x"}' }),
        400,
        'request.malformed_json',
      );
    });

    it('400 for text with NUL characters, which the database cannot store', async () => {
      const response = await t.app.inject({ method: 'PATCH', url: base(), payload: { title: 'Hội\u0000nghị' } });
      expect(expectErrorBody(response, 400, 'validation.failed').fields).toEqual([
        { path: '/title', code: 'characters', message: expect.any(Object) },
      ]);
    });

    it('400 for an If-Match that is not a version', async () => {
      const response = await t.app.inject({ method: 'PATCH', url: base(), headers: { 'if-match': 'abc' }, payload: { title: 'x' } });
      expect(expectErrorBody(response, 400, 'validation.failed').fields?.map((f) => (f as { path: string }).path)).toEqual(['/if-match']);
    });

    it('409 conference.version_conflict for a stale If-Match on a sub-resource write, nothing written', async () => {
      const response = await t.app.inject({
        method: 'POST',
        url: `${base()}/bridge-points`,
        headers: { 'if-match': `"${conference.version + 1}"` },
        payload: bridgePointInput(),
      });
      expectErrorBody(response, 409, 'conference.version_conflict');
      expect(await call<Conference>(t.app, { url: base() }, 200)).toEqual(conference);
    });

    it('413 request.too_large above the body limit', async () => {
      const response = await t.app.inject({
        method: 'PATCH',
        url: base(),
        headers: { 'content-type': 'application/json' },
        payload: JSON.stringify({ purpose: 'x'.repeat(1024 * 1024 + 10) }),
      });
      expectErrorBody(response, 413, 'request.too_large');
    });

    it('415 request.unsupported_media_type for a body that is not JSON', async () => {
      for (const contentType of ['text/plain', 'application/xml', 'application/x-www-form-urlencoded']) {
        const response = await t.app.inject({ method: 'PATCH', url: base(), headers: { 'content-type': contentType }, payload: 'title=x' });
        expectErrorBody(response, 415, 'request.unsupported_media_type');
      }
    });

    it('500 internal with a generic message when something unexpected fails; details stay in the log', async () => {
      const response = await t.app.inject({ url: `${base()}/documents/plan.docx` });
      const error = expectErrorBody(response, 500, 'internal');
      expect(error.message.vi).toContain('lỗi không mong muốn');
      expect(response.body).not.toMatch(/secret|plan-docx|SELECT/);
    });

    it('503 documents.pdf_unavailable when LibreOffice is missing', async () => {
      expectErrorBody(await t.app.inject({ url: `${base()}/documents/plan.pdf` }), 503, 'documents.pdf_unavailable');
    });

    it('sends the security headers on API, error and documentation responses', async () => {
      for (const path of [`${API}/health`, `${API}/nothing`, '/api/docs/']) {
        const response = await t.app.inject({ url: path });
        expect(response.headers['x-content-type-options'], path).toBe('nosniff');
        expect(response.headers['referrer-policy'], path).toBe('no-referrer');
        expect(response.headers['x-frame-options'], path).toBe('DENY');
        expect(response.headers['permissions-policy'], path).toContain('camera=(self)');
        const csp = String(response.headers['content-security-policy']);
        expect(csp, path).toContain("default-src 'none'");
        expect(csp, path).toContain("frame-ancestors 'none'");
        expect(csp, path).not.toMatch(/script-src[^;]*unsafe/);
        // Plain HTTP: no HSTS (browsers would ignore it, and it would pin a test host).
        expect(response.headers['strict-transport-security'], path).toBeUndefined();
      }
      expect((await t.app.inject({ url: `${API}/health` })).headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
      expect((await t.app.inject({ url: `${API}/health` })).headers['cache-control']).toBe('no-store');
    });
  },
  apiDatabases(),
);
