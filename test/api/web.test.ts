import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API, expectErrorBody, openTestApp, seedConference, testDatabases, type TestApp } from './helpers.js';

const INDEX = '<!doctype html><html lang="vi"><head><title>Điểm Cầu</title></head><body><div id="root"></div></body></html>';

/** A script big enough to be worth compressing. */
const BIG = Array.from({ length: 400 }, (_, i) => `export const line${i} = 'Hội nghị trực tuyến ${i}';`).join('\n');

const MANIFEST = {
  'index.html': { file: 'assets/index-aaa.js', isEntry: true, imports: ['_react.js'], css: ['assets/index-aaa.css'] },
  '_react.js': { file: 'assets/react-bbb.js' },
  'src/pages/live/DelegateLivePage.tsx': {
    file: 'assets/DelegateLivePage-ccc.js',
    isDynamicEntry: true,
    imports: ['index.html', '_useLive.js', '_react.js'],
    css: ['assets/halls-ddd.css'],
  },
  '_useLive.js': { file: 'assets/useLive-eee.js', imports: ['_react.js'] },
  'src/editor/EditorPage.tsx': { file: 'assets/EditorPage-fff.js', isDynamicEntry: true, imports: ['index.html'] },
};

describe('the built web app', () => {
  let t: TestApp;
  let webRoot: string;
  beforeAll(async () => {
    webRoot = mkdtempSync(join(tmpdir(), 'diemcau-web-'));
    mkdirSync(join(webRoot, 'assets'));
    writeFileSync(join(webRoot, 'index.html'), INDEX);
    writeFileSync(join(webRoot, 'assets', 'app-1a2b3c.js'), 'console.log("diemcau")');
    // The twins the build writes beside a text file (vite.config.ts).
    writeFileSync(join(webRoot, 'assets', 'big-4d5e6f.js'), BIG);
    writeFileSync(join(webRoot, 'assets', 'big-4d5e6f.js.br'), brotliCompressSync(BIG));
    writeFileSync(join(webRoot, 'assets', 'big-4d5e6f.js.gz'), gzipSync(BIG));
    writeFileSync(join(webRoot, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    // The build's manifest: the entry and the delegate view's chunks (one shared with the entry).
    mkdirSync(join(webRoot, '.vite'));
    writeFileSync(join(webRoot, '.vite', 'manifest.json'), JSON.stringify(MANIFEST));
    t = await openTestApp(testDatabases()[0]!, {}, { webRoot });
  });
  afterAll(async () => {
    await t?.close();
    rmSync(webRoot, { recursive: true, force: true });
  });

  const html = { accept: 'text/html,application/xhtml+xml,*/*;q=0.8' };

  it('sends the precompressed twin the browser accepts (brotli first), the plain file to others', async () => {
    const url = '/assets/big-4d5e6f.js';
    const br = await t.app.inject({ url, headers: { 'accept-encoding': 'gzip, deflate, br' } });
    expect([br.statusCode, br.headers['content-encoding']]).toEqual([200, 'br']);
    expect(brotliDecompressSync(br.rawPayload).toString()).toBe(BIG);
    expect(br.rawPayload.length).toBeLessThan(BIG.length / 5);
    expect(br.headers['vary']).toMatch(/accept-encoding/i);
    const gz = await t.app.inject({ url, headers: { 'accept-encoding': 'gzip' } });
    expect([gz.headers['content-encoding'], gunzipSync(gz.rawPayload).toString()]).toEqual(['gzip', BIG]);
    const plain = await t.app.inject({ url });
    expect([plain.headers['content-encoding'], plain.body]).toEqual([undefined, BIG]);
    expect(plain.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  it('serves index.html at / and for the app addresses (SPA fallback), not cached', async () => {
    for (const url of ['/', '/conferences/8f7b6c1e-1d2a-4c3b-9a8e-0b1c2d3e4f50/agenda', '/anything?x=1']) {
      const response = await t.app.inject({ url, headers: html });
      expect(response.statusCode, url).toBe(200);
      expect(response.headers['content-type'], url).toMatch(/^text\/html/);
      expect(response.body, url).toBe(INDEX);
      expect(response.headers['cache-control'], url).toBe('no-cache');
      expect(response.headers['content-security-policy'], url).toContain("default-src 'none'; script-src 'self'");
    }
  });

  it("names a phone page's own chunks and first API reads in its index.html, and only there", async () => {
    const page = await t.app.inject({ url: '/hoi-nghi/8f7b6c1e-1d2a-4c3b-9a8e-0b1c2d3e4f50/dai-bieu', headers: html });
    expect(page.statusCode).toBe(200);
    const tags = page.body.match(/<link [^>]+>/g) ?? [];
    expect(tags).toEqual([
      '<link rel="preload" as="fetch" crossorigin href="/api/v1/auth/me">',
      '<link rel="preload" as="fetch" crossorigin href="/api/v1/conferences/8f7b6c1e-1d2a-4c3b-9a8e-0b1c2d3e4f50/live">',
      '<link rel="stylesheet" crossorigin href="/assets/halls-ddd.css">',
      '<link rel="modulepreload" crossorigin href="/assets/DelegateLivePage-ccc.js">',
      '<link rel="modulepreload" crossorigin href="/assets/useLive-eee.js">',
    ]);
    expect(page.body).toContain('<div id="root"></div>');
    // Another address gets the page as built; a browser that accepts brotli gets it compressed.
    expect((await t.app.inject({ url: '/conferences/x/agenda', headers: html })).body).toBe(INDEX);
    const br = await t.app.inject({ url: '/xac-nhan/abc', headers: { ...html, 'accept-encoding': 'gzip, br' } });
    expect([br.headers['content-encoding'], brotliDecompressSync(br.rawPayload).toString()]).toEqual([
      'br',
      INDEX.replace('<head>', '<head>\n    <link rel="preload" as="fetch" crossorigin href="/api/v1/auth/me">'),
    ]);
    expect(br.headers['cache-control']).toBe('no-cache');
  });

  it('compresses API answers of 1 KB or more for a client that accepts it, not smaller ones', async () => {
    const conference = await seedConference(t.app);
    const url = `${API}/conferences/${conference.id}`;
    const plain = await t.app.inject({ url });
    expect(plain.statusCode, plain.body).toBe(200);
    expect(plain.body.length).toBeGreaterThan(1024);
    expect(plain.headers['content-encoding']).toBeUndefined();
    const br = await t.app.inject({ url, headers: { 'accept-encoding': 'gzip, deflate, br' } });
    expect([br.headers['content-encoding'], br.headers['vary']]).toEqual(['br', 'Accept-Encoding']);
    expect(JSON.parse(brotliDecompressSync(br.rawPayload).toString())).toEqual(JSON.parse(plain.body));
    expect(br.rawPayload.length).toBeLessThan(plain.body.length / 2);
    const gz = await t.app.inject({ url, headers: { 'accept-encoding': 'gzip;q=1, br;q=0' } });
    expect([gz.headers['content-encoding'], gunzipSync(gz.rawPayload).toString()]).toEqual(['gzip', plain.body]);
    const small = await t.app.inject({ url: `${API}/health`, headers: { 'accept-encoding': 'br' } });
    expect(small.headers['content-encoding']).toBeUndefined();
  });

  it('serves the app at / whatever the client accepts (curl, monitoring probes)', async () => {
    const response = await t.app.inject({ url: '/', headers: { accept: '*/*' } });
    expect(response.statusCode).toBe(200);
    expect(response.body).toBe(INDEX);
  });

  it('serves hashed assets as immutable and other files as they are', async () => {
    const asset = await t.app.inject({ url: '/assets/app-1a2b3c.js' });
    expect(asset.statusCode).toBe(200);
    expect(asset.body).toBe('console.log("diemcau")');
    expect(asset.headers['cache-control']).toContain('immutable');
    expect((await t.app.inject({ url: '/favicon.svg' })).statusCode).toBe(200);
  });

  it('keeps JSON 404s for unknown API addresses and for missing files that are not pages', async () => {
    expectErrorBody(await t.app.inject({ url: `${API}/nothing`, headers: html }), 404, 'route.not_found');
    expectErrorBody(await t.app.inject({ url: '/api/other', headers: html }), 404, 'route.not_found');
    expectErrorBody(await t.app.inject({ url: '/assets/missing.js', headers: { accept: '*/*' } }), 404, 'route.not_found');
    expectErrorBody(await t.app.inject({ method: 'POST', url: '/conferences', headers: html }), 404, 'route.not_found');
  });

  it('still answers the API', async () => {
    expect((await t.app.inject({ url: `${API}/health` })).statusCode).toBe(200);
  });
});

describe('without a built web app', () => {
  it('serves the API only when webRoot is missing', async () => {
    const t = await openTestApp(testDatabases()[0]!, {}, { webRoot: join(tmpdir(), 'diemcau-no-such-dir') });
    try {
      expectErrorBody(await t.app.inject({ url: '/', headers: { accept: 'text/html' } }), 404, 'route.not_found');
      expect((await t.app.inject({ url: `${API}/health` })).statusCode).toBe(200);
    } finally {
      await t.close();
    }
  });
});

describe('the phone pages’ own build (web/phone.html on Preact)', () => {
  const PHONE = '<!doctype html><html lang="vi"><head><title>Điểm Cầu</title></head><body><div id="root" data-phone></div></body></html>';
  let t: TestApp;
  let webRoot: string;
  beforeAll(async () => {
    webRoot = mkdtempSync(join(tmpdir(), 'diemcau-web-phone-'));
    mkdirSync(join(webRoot, '.vite'), { recursive: true });
    writeFileSync(join(webRoot, 'index.html'), INDEX);
    writeFileSync(join(webRoot, 'phone.html'), PHONE);
    writeFileSync(join(webRoot, '.vite', 'manifest.json'), JSON.stringify(MANIFEST));
    writeFileSync(
      join(webRoot, '.vite', 'phone-manifest.json'),
      JSON.stringify({
        'phone.html': { file: 'assets/phone-aaa.js', isEntry: true, imports: ['_preact.js'] },
        '_preact.js': { file: 'assets/preact-bbb.js' },
        'src/pages/live/DelegateLivePage.tsx': { file: 'assets/DelegateLivePage-ppp.js', imports: ['phone.html', '_preact.js'] },
      }),
    );
    t = await openTestApp(testDatabases()[0]!, {}, { webRoot });
  });
  afterAll(async () => {
    await t?.close();
    rmSync(webRoot, { recursive: true, force: true });
  });

  it('sends phone.html with that build’s chunks for a phone page, and index.html for the rest of the app', async () => {
    const html = { accept: 'text/html' };
    const page = await t.app.inject({ url: '/hoi-nghi/8f7b6c1e-1d2a-4c3b-9a8e-0b1c2d3e4f50/dai-bieu', headers: html });
    expect(page.body).toContain('<div id="root" data-phone></div>');
    expect(page.body.match(/<link rel="modulepreload"[^>]+>/g)).toEqual([
      '<link rel="modulepreload" crossorigin href="/assets/DelegateLivePage-ppp.js">',
    ]);
    expect((await t.app.inject({ url: '/conferences/x/agenda', headers: html })).body).toBe(INDEX);
    expect((await t.app.inject({ url: '/', headers: html })).body).toBe(INDEX);
  });
});
