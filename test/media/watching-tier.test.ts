/**
 * The watching tier's packaging and serving (issue 19) without a browser: the real app with
 * the embedded engine and a real ffmpeg. A point's big screen asks for a signed address; the
 * engine sends the programme (no hall publishes yet: the filler picture and silence) and
 * ffmpeg packages it; the playlists and segments are served under the token with the cache
 * headers a shared cache needs, and refused with a changed, foreign or revoked token.
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWatchingApp } from './watching-app.js';
import type { Conference } from '../../src/domain/conference.schema.js';
import { PROGRAMME_IDLE_MS } from '../../src/services/media/media-service.js';
import { as, linkSession, type TestLink } from '../api/actors.js';
import { API, call, expectErrorBody, json, seedConference, type TestApp } from '../api/helpers.js';

/** Polls an async condition (the packager writes its first segments within seconds). */
const waitFor = async (check: () => Promise<boolean>, timeoutMs: number): Promise<void> => {
  const end = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`not within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
};

interface WatchAddress {
  url: string;
  token: string;
  expiresAt: number;
  renditions: string[];
}

describe('the watching tier: the programme packaged as HLS and served under a signed address', { tags: ['ffmpeg'] }, () => {
  let t: TestApp;
  let conference: Conference;
  let dataDir: string;
  let screen: TestLink;

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'dc-watching-'));
    t = await openWatchingApp(dataDir);
    conference = await seedConference(t.app);
    screen = await linkSession(t, conference.id, 'display', { bridgePointId: conference.bridgePoints[1]!.id });
  }, 60_000);
  afterAll(async () => {
    await t?.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  const watch = async (link: TestLink, pointId: string | null) =>
    as(t, link.credentials)({ url: `${API}/conferences/${conference.id}/media/watch${pointId ? `?bridgePointId=${pointId}` : ''}` });

  it('gives a point its signed address, and serves playlists and segments under it with cache headers', async () => {
    const response = await watch(screen, conference.bridgePoints[1]!.id);
    expect(response.statusCode, response.body).toBe(200);
    const address = json<WatchAddress>(response);
    expect(address.url).toBe(`/hls/${conference.id}/${address.token}/master.m3u8`);
    expect(address.renditions).toEqual(['720p', '360p']);

    const anonymous = as(t, null);
    // ffmpeg writes the master playlist with its first segments; until then a player retries.
    await waitFor(async () => (await anonymous({ url: address.url })).statusCode === 200, 30_000);
    const master = await anonymous({ url: address.url });
    expect(master.headers['content-type']).toMatch(/mpegurl/);
    expect(master.headers['cache-control']).toBe('public, max-age=10');
    expect(master.body).toMatch(/RESOLUTION=1280x720/);
    expect(master.body).toMatch(/RESOLUTION=640x360/);

    const base = address.url.replace('master.m3u8', '');
    let playlist = '';
    await waitFor(async () => {
      const r = await anonymous({ url: `${base}360p/index.m3u8` });
      playlist = r.body;
      return r.statusCode === 200 && (r.body.match(/\.ts$/gm)?.length ?? 0) >= 2;
    }, 30_000);
    const index = await anonymous({ url: `${base}360p/index.m3u8` });
    expect(index.headers['cache-control']).toBe('public, max-age=1');
    expect(playlist).toMatch(/#EXT-X-TARGETDURATION:1/);
    expect(playlist).toMatch(/#EXT-X-PROGRAM-DATE-TIME:/);

    const segmentName = playlist.split('\n').find((line) => line.endsWith('.ts'))!;
    const segment = await anonymous({ url: `${base}360p/${segmentName}` });
    expect(segment.statusCode).toBe(200);
    expect(segment.headers['content-type']).toBe('video/mp2t');
    expect(segment.headers['cache-control']).toBe('public, max-age=86400, immutable');
    expect(segment.rawPayload[0]).toBe(0x47); // MPEG-TS sync byte
    // ffprobe reads what a player will: H.264 at 640x360 and AAC.
    const file = join(dataDir, 'probe.ts');
    writeFileSync(file, segment.rawPayload);
    const probe = execFileSync('ffprobe', ['-v', 'error', '-show_entries', 'stream=codec_name,width,height', '-of', 'csv=p=0', file], {
      encoding: 'utf8',
    });
    expect(probe).toMatch(/h264,640,360/);
    expect(probe).toMatch(/aac/);
  }, 60_000);

  it('refuses a changed token, a token of another conference and a revoked link, with a clear error', async () => {
    const address = json<WatchAddress>(await watch(screen, conference.bridgePoints[1]!.id));
    const anonymous = as(t, null);
    const tampered = address.url.replace(address.token, address.token.slice(0, -2) + (address.token.endsWith('AA') ? 'BB' : 'AA'));
    expectErrorBody(await anonymous({ url: tampered }), 403, 'media.watch_link_invalid');
    const other = await seedConference(t.app, 'Hội nghị khác');
    expectErrorBody(await anonymous({ url: address.url.replace(conference.id, other.id) }), 403, 'media.watch_link_invalid');
    expect((await anonymous({ url: `/hls-check/${conference.id}/${address.token}` })).statusCode).toBe(204);

    await call(t.app, { method: 'POST', url: `${API}/conferences/${conference.id}/access-links/${screen.id}/revoke` }, 200);
    await waitFor(async () => (await anonymous({ url: address.url })).statusCode === 403, 5_000);
    expectErrorBody(await anonymous({ url: `/hls-check/${conference.id}/${address.token}` }), 403, 'media.watch_link_invalid');
  }, 30_000);

  it("does not give a point's address to another point's screen or to an anonymous caller", async () => {
    const otherScreen = await linkSession(t, conference.id, 'display', { bridgePointId: conference.bridgePoints[1]!.id });
    expect((await watch(otherScreen, conference.bridgePoints[0]!.id)).statusCode).toBe(403);
    expect((await as(t, null)({ url: `${API}/conferences/${conference.id}/media/watch` })).statusCode).toBe(401);
  });

  it('stops a programme nobody has asked for lately, and starts it again for the next page', async () => {
    const link = await linkSession(t, conference.id, 'display', { bridgePointId: conference.bridgePoints[1]!.id });
    expect((await watch(link, conference.bridgePoints[1]!.id)).statusCode).toBe(200);
    const ffmpegs = () => execFileSync('pgrep', ['-c', '-f', `hls/${conference.id}/programme.sdp`], { encoding: 'utf8' }).trim();
    expect(ffmpegs()).toBe('1');
    t.app.media.stopIdleProgrammes(Date.now() + PROGRAMME_IDLE_MS - 60_000);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(ffmpegs()).toBe('1');
    t.app.media.stopIdleProgrammes(Date.now() + PROGRAMME_IDLE_MS + 1);
    await waitFor(async () => {
      try {
        return ffmpegs() === '0';
      } catch {
        return true; // pgrep exits 1 when it finds none
      }
    }, 10_000);
    expect((await watch(link, conference.bridgePoints[1]!.id)).statusCode).toBe(200);
    expect(ffmpegs()).toBe('1');
  }, 30_000);
});
