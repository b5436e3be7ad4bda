/**
 * The shipped nginx cache of the watching tier (deploy/nginx/diemcau-hls.conf) in front of the
 * real app with a real ffmpeg packager (as test/media/watching-tier.test.ts), over real HTTP:
 * two points' different tokens fetching the same segment make one request to the app (the
 * second is a cache HIT: the key leaves the token out); a changed token is refused even for a
 * cached segment; a revoked link's token is refused within the 5 s the token check is kept.
 * Tagged `ffmpeg` and `nginx`: skipped, and counted, where either is missing.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import type { IncomingMessage } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWatchingApp } from '../media/watching-app.js';
import type { Conference } from '../../src/domain/conference.schema.js';
import { as, linkSession, type TestLink } from '../api/actors.js';
import { API, call, json, seedConference, type TestApp } from '../api/helpers.js';
import { startNginxHls, type NginxRun } from './nginx-hls.js';

interface Fetched {
  status: number;
  headers: Headers;
  body: Buffer;
}

const waitFor = async (check: () => Promise<boolean>, timeoutMs: number): Promise<number> => {
  const start = Date.now();
  while (!(await check())) {
    if (Date.now() - start > timeoutMs) throw new Error(`not within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return Date.now() - start;
};

describe('the shipped nginx cache in front of the watching tier', { tags: ['ffmpeg', 'nginx'], timeout: 40_000 }, () => {
  let t: TestApp;
  let nginx: NginxRun;
  let dataDir: string;
  let conference: Conference;
  let screens: TestLink[];
  /** Every URL the app itself was asked for (its HTTP server's requests, whoever sent them). */
  const appRequests: string[] = [];

  const get = async (path: string): Promise<Fetched> => {
    const response = await fetch(`${nginx.origin}${path}`);
    return { status: response.status, headers: response.headers, body: Buffer.from(await response.arrayBuffer()) };
  };
  const watchUrl = async (screen: TestLink, pointId: string): Promise<{ url: string; token: string }> =>
    json(await as(t, screen.credentials)({ url: `${API}/conferences/${conference.id}/media/watch?bridgePointId=${pointId}` }));

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'dc-hls-cache-'));
    t = await openWatchingApp(dataDir, ['360p']);
    const appUrl = await t.app.listen({ host: '127.0.0.1', port: 0 });
    t.app.server.on('request', (request: IncomingMessage) => appRequests.push(request.url ?? ''));
    conference = await seedConference(t.app);
    // Two points' big screens (the seed plan's host and its other point), one after the other.
    screens = [];
    for (const point of conference.bridgePoints.slice(0, 2))
      screens.push(await linkSession(t, conference.id, 'display', { bridgePointId: point.id }));
    nginx = await startNginxHls(new URL(appUrl).host);
  }, 60_000);

  afterAll(async () => {
    await nginx?.stop();
    await t?.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  it("serves two points' tokens one shared copy of a segment (the app sends it once), and refuses a changed token even then", async () => {
    const [first, second] = await Promise.all(screens.map((screen, i) => watchUrl(screen, conference.bridgePoints[i]!.id)));
    expect(first!.token).not.toBe(second!.token);
    const base = (address: { url: string }) => address.url.replace('master.m3u8', '');

    let playlist = '';
    await waitFor(async () => {
      const answer = await get(`${base(first!)}360p/index.m3u8`);
      playlist = answer.body.toString();
      return answer.status === 200 && /\.ts$/m.test(playlist);
    }, 30_000);
    const segment = playlist.split('\n').find((line) => line.endsWith('.ts'))!;

    const one = await get(`${base(first!)}360p/${segment}`);
    expect(one.status).toBe(200);
    expect(one.headers.get('x-cache-status')).toBe('MISS');
    expect(one.headers.get('cache-control')).toBe('public, max-age=86400, immutable');
    expect(one.body[0]).toBe(0x47); // MPEG-TS sync byte
    const two = await get(`${base(second!)}360p/${segment}`);
    expect(two.status).toBe(200);
    expect(two.headers.get('x-cache-status')).toBe('HIT');
    expect(two.body.equals(one.body)).toBe(true);
    expect((await get(`${base(second!)}360p/${segment}`)).headers.get('x-cache-status')).toBe('HIT');
    // The app was asked for the segment once; the second point's token was checked once for its two requests (the check is kept).
    expect(appRequests.filter((url) => url.endsWith(`/360p/${segment}`))).toHaveLength(1);
    expect(appRequests.filter((url) => url === `/hls-check/${conference.id}/${second!.token}`)).toHaveLength(1);

    const token = first!.token;
    const tampered = token.slice(0, -2) + (token.endsWith('AA') ? 'BB' : 'AA');
    const refused = await get(`${base(first!).replace(token, tampered)}360p/${segment}`);
    expect(refused.status).toBe(403);
    expect(JSON.parse(refused.body.toString())).toMatchObject({ error: { code: 'media.watch_link_invalid' } });
    // Another conference's id with a valid token: also refused (the token is signed for its conference).
    const other = await seedConference(t.app, 'Hội nghị khác');
    expect((await get(`${base(first!).replace(conference.id, other.id)}360p/${segment}`)).status).toBe(403);
    // The cache serves the watching tier only: not the app's API.
    expect((await get(`${API}/health`)).status).toBe(404);
  });

  it("refuses a revoked link's token within the 5 s its check is kept, while the other point goes on watching", async () => {
    const [first, second] = await Promise.all(screens.map((screen, i) => watchUrl(screen, conference.bridgePoints[i]!.id)));
    const playlistOf = (address: { url: string }) => address.url.replace('master.m3u8', '360p/index.m3u8');
    expect((await get(playlistOf(first!))).status).toBe(200);
    expect((await get(playlistOf(second!))).status).toBe(200);

    await call(t.app, { method: 'POST', url: `${API}/conferences/${conference.id}/access-links/${screens[0]!.id}/revoke` }, 200);
    const took = await waitFor(async () => (await get(playlistOf(first!))).status === 403, 8_000);
    expect(took).toBeLessThan(6_000);
    expect((await get(playlistOf(second!))).status).toBe(200);
  });
});
