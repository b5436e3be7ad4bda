/**
 * The embedded engine end to end: a forked SFU worker, real werift peers on 127.0.0.1
 * (test/media/node-peer.ts) publishing tagged synthetic RTP, a subscriber checking which
 * hall arrives in which slot. Tests run in order and share the room.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EmbeddedEngine } from '../../src/media/embedded/embedded-engine.js';
import type { SubscriberOffer } from '../../src/media/media-engine.js';
import { startPublisher, startSubscriber, type PublisherPeer, type SubscriberPeer } from './node-peer.js';
import { errorText } from '../../src/domain/errors.js';

const ROOM = 'conf-1';
const HALLS = { host: 'HOST', 'hall-1': 'HL1_', 'hall-2': 'HL2_', 'hall-3': 'HL3_' } as const;

const until = async (what: string, check: () => boolean, ms = 20_000): Promise<void> => {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
};
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const logs: string[] = [];
const engine = new EmbeddedEngine({
  hostAddress: '127.0.0.1',
  log: (msg, err) => logs.push(`${msg} ${err === undefined ? '' : errorText(err)}`),
});
const publishers = new Map<string, PublisherPeer>();
let subscriber: SubscriberPeer;
let offer: SubscriberOffer;
let recordDir = '';
const mid = (slot: string, kind: 'audio' | 'video') => offer.tracks.find((t) => t.slot === slot && t.kind === kind)!.mid;

const publish = async (feed: string, tag: string) => {
  const peer = await startPublisher(async (offerSdp) => (await engine.publish(ROOM, feed, offerSdp)).answerSdp, { tag });
  publishers.set(feed, peer);
  return peer;
};

beforeAll(async () => {
  recordDir = await mkdtemp(join(tmpdir(), 'diemcau-rec-'));
  await engine.start();
  for (const [feed, tag] of Object.entries(HALLS)) await publish(feed, tag);
  offer = await engine.subscribe(ROOM, 'viewer-1', [
    { slot: 'main', video: true, audio: true },
    { slot: 'beside', video: true, audio: true },
    { slot: 'thumb:0', video: true, audio: false },
  ]);
  subscriber = await startSubscriber(offer, (answerSdp) => engine.answer(ROOM, 'viewer-1', answerSdp));
});

afterAll(async () => {
  await subscriber?.close().catch(() => undefined);
  for (const peer of publishers.values()) await peer.close().catch(() => undefined);
  await engine.close();
  await rm(recordDir, { recursive: true, force: true });
});

describe('embedded engine (werift SFU in a worker)', () => {
  it('offers one m-line per slot and kind, and sends nothing to empty slots', async () => {
    expect(offer.tracks.map((t) => `${t.slot}/${t.kind}`)).toEqual([
      'main/video',
      'main/audio',
      'beside/video',
      'beside/audio',
      'thumb:0/video',
    ]);
    expect(offer.offerSdp).toMatch(/a=candidate:\S+ 1 udp \d+ 127\.0\.0\.1 \d+ typ host/);
    expect(offer.offerSdp).not.toMatch(/a=candidate:\S+ 1 udp \d+ (?!127\.0\.0\.1)/);
    await sleep(500);
    expect(subscriber.received(mid('main', 'video'))).toBe(0);
  });

  it('shows the host in main with its sound once its gate is open', async () => {
    await engine.setAudioGate(ROOM, 'host', true);
    expect(await engine.route(ROOM, 'viewer-1', { main: 'host', beside: null })).toBeNull();
    await until(
      'host video and audio on main',
      () => subscriber.received(mid('main', 'video')) > 30 && subscriber.received(mid('main', 'audio')) > 20,
    );
    expect(subscriber.lastTag(mid('main', 'video'))).toBe('HOST');
    expect(subscriber.lastTag(mid('main', 'audio'))).toBe('HOST');
    expect(subscriber.received(mid('beside', 'video'))).toBe(0);
  });

  it('switches beside to hall 2, video and (gate open) audio, without renegotiating', async () => {
    await engine.setAudioGate(ROOM, 'hall-2', true);
    expect(await engine.route(ROOM, 'viewer-1', { beside: 'hall-2' })).toBeNull();
    await until(
      'hall 2 on beside',
      () => subscriber.received(mid('beside', 'video')) > 30 && subscriber.received(mid('beside', 'audio')) > 20,
    );
    expect(subscriber.lastTag(mid('beside', 'video'))).toBe('HL2_');
    expect(subscriber.lastTag(mid('beside', 'audio'))).toBe('HL2_');
    expect(subscriber.lastTag(mid('main', 'video'))).toBe('HOST'); // main kept its feed
    // Moving beside to another hall: the same m-line now carries hall 1.
    await engine.route(ROOM, 'viewer-1', { beside: 'hall-1', 'thumb:0': 'hall-3' });
    await until('hall 1 on beside', () => subscriber.lastTag(mid('beside', 'video')) === 'HL1_');
    await until('hall 3 on the thumbnail', () => subscriber.lastTag(mid('thumb:0', 'video')) === 'HL3_');
  });

  it('forwards no audio of a feed whose gate is closed', async () => {
    // hall-1 on beside never had its gate opened: its video arrives, its sound does not.
    const audioBefore = subscriber.received(mid('beside', 'audio'));
    const videoBefore = subscriber.received(mid('beside', 'video'));
    await sleep(1_000);
    expect(subscriber.received(mid('beside', 'video'))).toBeGreaterThan(videoBefore + 30);
    expect(subscriber.received(mid('beside', 'audio'))).toBe(audioBefore);
    // Closing the host's gate stops main's audio too.
    await engine.setAudioGate(ROOM, 'host', false);
    await sleep(300);
    const mainAudio = subscriber.received(mid('main', 'audio'));
    await sleep(1_000);
    expect(subscriber.received(mid('main', 'audio'))).toBe(mainAudio);
    await engine.setAudioGate(ROOM, 'host', true);
  });

  it('asks the publisher for a key frame when the viewer sends a PLI (throttled)', async () => {
    const host = publishers.get('host')!;
    const before = host.keyFramesRequested();
    await sleep(600); // past the 500 ms throttle of earlier requests
    await subscriber.requestKeyFrame(mid('main', 'video'));
    await until('a PLI at the host', () => host.keyFramesRequested() > before);
  });

  it('keeps the routes of a feed through unpublish and republish', async () => {
    await engine.route(ROOM, 'viewer-1', { beside: 'hall-2' });
    await until('hall 2 on beside', () => subscriber.lastTag(mid('beside', 'video')) === 'HL2_');
    await engine.unpublish(ROOM, 'hall-2');
    await publishers.get('hall-2')!.close();
    await sleep(300);
    const stalled = subscriber.received(mid('beside', 'video'));
    await sleep(700);
    expect(subscriber.received(mid('beside', 'video'))).toBe(stalled);
    // The hall comes back with a new connection (a new tag tells it apart): no route call.
    await publish('hall-2', 'HL2b');
    await until(
      'the republished hall 2 on beside',
      () => subscriber.lastTag(mid('beside', 'video')) === 'HL2b' && subscriber.lastTag(mid('beside', 'audio')) === 'HL2b',
    );
    // Publishing over a live feed replaces its connection the same way.
    const old = publishers.get('hall-2')!;
    await publish('hall-2', 'HL2c');
    await until('the replacing connection on beside', () => subscriber.lastTag(mid('beside', 'video')) === 'HL2c');
    await old.close();
  });

  it('records the host programme to webm files, following the floor', async () => {
    await engine.startRecording(ROOM, { main: 'host', beside: 'hall-1' }, { directory: recordDir, baseName: 'session' });
    await expect(engine.startRecording(ROOM, { main: 'host' }, { directory: recordDir, baseName: 'x' })).rejects.toThrow(
      /already recording/,
    );
    await sleep(2_500);
    await engine.routeRecording(ROOM, { beside: 'hall-3' });
    await sleep(2_500);
    const { files } = await engine.stopRecording(ROOM);
    expect(files.map((f) => f.slice(recordDir.length))).toEqual(['/session-main.webm', '/session-beside.webm']);
    const [main, beside] = await Promise.all(files.map((file) => readFile(file)));
    for (const webm of [main!, beside!]) {
      expect(webm.subarray(0, 4).toString('hex')).toBe('1a45dfa3'); // EBML header
      expect(webm.length).toBeGreaterThan(10_000);
      expect(webm.includes('V_VP8')).toBe(true);
      expect(webm.includes('A_OPUS')).toBe(true);
      expect(webm.includes(Buffer.from('1f43b675', 'hex'))).toBe(true); // a Cluster
    }
    // The frames carry the publishers' tags: main is the host's, beside followed the floor.
    expect(main!.includes('HOST')).toBe(true);
    expect(main!.includes('HL1_')).toBe(false);
    expect(beside!.includes('HL1_')).toBe(true);
    expect(beside!.includes('HL3_')).toBe(true);
  });

  it('counts rooms, peers, packets and key-frame requests in stats, with the worker pid', async () => {
    const stats = await engine.stats();
    expect(stats).toMatchObject({ kind: 'embedded', rooms: 1, publishers: 4, subscribers: 1 });
    expect(stats.packetsIn).toBeGreaterThan(1_000);
    expect(stats.packetsOut).toBeGreaterThan(500);
    expect(stats.keyFrameRequests).toBeGreaterThan(0);
    expect(stats.pid).toBeGreaterThan(0);
    expect(stats.pid).not.toBe(process.pid);
  });

  it('rejects the calls in flight when the worker dies, and starts a new one on the next call', async () => {
    const { pid } = await engine.stats();
    let restarts = 0;
    engine.onRestart(() => restarts++);
    // The worker is stopped first, so the call is surely in flight (it answers within ms otherwise).
    process.kill(pid!, 'SIGSTOP');
    const inFlight = engine.subscribe(ROOM, 'viewer-2', [{ slot: 'main', video: true, audio: true }]);
    await new Promise((r) => setTimeout(r, 50));
    process.kill(pid!, 'SIGKILL');
    await expect(inFlight).rejects.toThrow(/SFU worker/);
    expect(logs.some((l) => l.includes('exited'))).toBe(true);
    const after = await engine.stats();
    expect(after.pid).not.toBe(pid);
    expect(after).toMatchObject({ rooms: 0, publishers: 0, packetsIn: 0 });
    expect(restarts).toBe(1);
    // The new worker serves rooms again.
    await publishers.get('hall-3')!.close();
    await publish('hall-3', 'HL3b');
    expect((await engine.stats()).publishers).toBe(1);
  });
});
