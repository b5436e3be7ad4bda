/**
 * The Janus engine against a real Janus 1.1 (in a network namespace of its own) with real werift
 * peers: routing by slot, audio gates, republishing, recording.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JanusEngine } from '../../src/media/janus/janus-engine.js';
import type { SubscriberOffer } from '../../src/media/media-engine.js';
import { startJanusInNetns, type JanusInNetns } from './janus-netns.js';
import { renegotiate, startPublisher, startSubscriber, type PublisherPeer, type SubscriberPeer } from './node-peer.js';
import { errorText } from '../../src/domain/errors.js';

const ROOM = 'conference-janus-1';
const FEEDS = { host: 'point-host', hall1: 'point-1', hall2: 'point-2', hall3: 'point-3' } as const;
const TAGS: Record<string, string> = { 'point-host': 'HOST', 'point-1': 'HAL1', 'point-2': 'HAL2', 'point-3': 'HAL3' };

async function until(what: string, check: () => boolean, ms = 15_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('Janus engine (real Janus in a namespace, werift peers)', { tags: ['janus'] }, () => {
  let janus: JanusInNetns;
  let engine: JanusEngine;
  let recordings: string;
  const publishers = new Map<string, PublisherPeer>();
  let viewer: SubscriberPeer | null = null;
  let offer: SubscriberOffer;
  const logged: string[] = [];
  const offers: { roomId: string; subscriberId: string; offer: SubscriberOffer }[] = [];
  const mid = (slot: string, kind: 'audio' | 'video') => {
    const track = offer.tracks.find((t) => t.slot === slot && t.kind === kind);
    if (!track) throw new Error(`no ${kind} track for ${slot}`);
    return track.mid;
  };
  const publish = async (feed: string) => {
    const peer = await startPublisher((sdp) => engine.publish(ROOM, feed, sdp).then((a) => a.answerSdp), {
      tag: TAGS[feed]!,
      videoPps: 60,
      audioPps: 50,
    });
    publishers.set(feed, peer);
    return peer;
  };

  beforeAll(async () => {
    recordings = await mkdtemp(join(tmpdir(), 'dcj-rec-'));
    janus = await startJanusInNetns({ recordingsDir: recordings });
    engine = new JanusEngine({
      url: janus.wsUrl,
      pid: janus.pid,
      log: (m, e) => logged.push(`${m} ${e === undefined ? '' : errorText(e)}`),
    });
    engine.onOffer((roomId, subscriberId, offer) => offers.push({ roomId, subscriberId, offer }));
    await engine.start();
    for (const feed of Object.values(FEEDS)) await publish(feed);
    await engine.setAudioGate(ROOM, FEEDS.host, true);
  });

  afterAll(async () => {
    await viewer?.close().catch(() => undefined);
    for (const peer of publishers.values()) await peer.close().catch(() => undefined);
    await engine?.close().catch(() => undefined);
    await janus?.stop();
    await rm(recordings, { recursive: true, force: true });
  });

  it('offers nothing until a slot is routed, then the host on main', async () => {
    const empty = await engine.subscribe(ROOM, 'viewer-1', [
      { slot: 'main', video: true, audio: true },
      { slot: 'beside', video: true, audio: true },
    ]);
    expect(empty.tracks).toEqual([]);
    const first = await engine.route(ROOM, 'viewer-1', { main: FEEDS.host, beside: null });
    expect(first).not.toBeNull();
    offer = first!;
    expect(offer.tracks.map((t) => `${t.slot}/${t.kind}`).sort()).toEqual(['main/audio', 'main/video']);
    viewer = await startSubscriber(offer, (sdp) => engine.answer(ROOM, 'viewer-1', sdp));
    await until('host video on main', () => viewer!.lastTag(mid('main', 'video')) === 'HOST');
    await until('host audio on main', () => viewer!.received(mid('main', 'audio')) > 20);
    expect(viewer.lastTag(mid('main', 'audio'))).toBe('HOST');
    expect(await engine.stats()).toMatchObject({ kind: 'janus', rooms: 1, publishers: 4, subscribers: 1, pid: janus.pid });
  });

  it('routes beside to hall 2: a new offer, then its video and (gate open) audio', async () => {
    await engine.setAudioGate(ROOM, FEEDS.hall2, true);
    const next = await engine.route(ROOM, 'viewer-1', { beside: FEEDS.hall2 });
    expect(next).not.toBeNull();
    offer = next!;
    await renegotiate(viewer!, offer, (sdp) => engine.answer(ROOM, 'viewer-1', sdp));
    await until('hall 2 video beside', () => viewer!.lastTag(mid('beside', 'video')) === 'HAL2');
    await until('hall 2 audio beside', () => viewer!.lastTag(mid('beside', 'audio')) === 'HAL2');
    expect(viewer!.lastTag(mid('main', 'video'))).toBe('HOST');
  });

  it('switches beside to hall 3 in place; its closed gate lets no audio through', async () => {
    const same = await engine.route(ROOM, 'viewer-1', { beside: FEEDS.hall3 });
    expect(same).toBeNull();
    await until('hall 3 video beside', () => viewer!.lastTag(mid('beside', 'video')) === 'HAL3');
    const audioBefore = viewer!.received(mid('beside', 'audio'));
    await pause(1500);
    expect(viewer!.received(mid('beside', 'audio'))).toBe(audioBefore);
    expect(publishers.get(FEEDS.hall3)!.sent().audio).toBeGreaterThan(50);
    // Opening the gate lets hall 3's audio through without a new negotiation.
    await engine.setAudioGate(ROOM, FEEDS.hall3, true);
    await until('hall 3 audio beside', () => viewer!.lastTag(mid('beside', 'audio')) === 'HAL3');
    await engine.setAudioGate(ROOM, FEEDS.hall3, false);
  });

  it('a republished feed keeps its routes (hall 3 rejoins)', async () => {
    await publishers.get(FEEDS.hall3)!.close();
    const rejoined = await startPublisher((sdp) => engine.publish(ROOM, FEEDS.hall3, sdp).then((a) => a.answerSdp), {
      tag: 'HAL3',
      videoPps: 60,
    });
    publishers.set(FEEDS.hall3, rejoined);
    const before = viewer!.received(mid('beside', 'video'));
    await until('hall 3 video again', () => viewer!.received(mid('beside', 'video')) > before + 30);
    expect(viewer!.lastTag(mid('beside', 'video'))).toBe('HAL3');
  });

  it('a feed that left and publishes again comes back through an offer of its own', async () => {
    await engine.route(ROOM, 'viewer-1', { beside: FEEDS.hall2 });
    await until('hall 2 video beside', () => viewer!.lastTag(mid('beside', 'video')) === 'HAL2');
    await publishers.get(FEEDS.hall2)!.close();
    await engine.unpublish(ROOM, FEEDS.hall2);
    // The slot stays routed to hall 2 while it is gone: nothing arrives, nothing fails.
    expect(await engine.route(ROOM, 'viewer-1', { beside: FEEDS.hall2 })).toBeNull();
    await publish(FEEDS.hall2);
    await until('an offer from Janus', () => offers.length > 0);
    expect(offers[0]).toMatchObject({ roomId: ROOM, subscriberId: 'viewer-1' });
    offer = offers[0]!.offer;
    const asked = publishers.get(FEEDS.hall2)!.keyFramesRequested();
    await renegotiate(viewer!, offer, (sdp) => engine.answer(ROOM, 'viewer-1', sdp));
    // The slot carries media only from the answer on: its source is asked for a key frame then, and once more.
    await until('two key frame requests after the answer', () => publishers.get(FEEDS.hall2)!.keyFramesRequested() >= asked + 2, 5_000);
    const before = viewer!.received(mid('beside', 'video'));
    await until('hall 2 video again', () => viewer!.received(mid('beside', 'video')) > before + 30);
    expect(viewer!.lastTag(mid('beside', 'video'))).toBe('HAL2');
    expect(logged).toEqual([]);
  });

  it('an empty route stops the slot', async () => {
    expect(await engine.route(ROOM, 'viewer-1', { beside: null })).toBeNull();
    await pause(500);
    const stopped = viewer!.received(mid('beside', 'video'));
    await pause(1000);
    expect(viewer!.received(mid('beside', 'video'))).toBe(stopped);
    expect(viewer!.lastTag(mid('main', 'video'))).toBe('HOST');
  });

  it("an offer Janus postpones until the page's answer reaches the page on its own", async () => {
    await engine.subscribe(ROOM, 'viewer-2', [
      { slot: 'main', video: true, audio: true },
      { slot: 'beside', video: true, audio: true },
    ]);
    const first = (await engine.route(ROOM, 'viewer-2', { main: FEEDS.host }))!;
    // A second route before the page answered: Janus makes one offer at a time ("updating").
    expect(await engine.route(ROOM, 'viewer-2', { beside: FEEDS.hall3 })).toBeNull();
    // Routed again meanwhile (a settle, a reroute): the postponed lines are not asked for twice.
    expect(await engine.route(ROOM, 'viewer-2', { beside: FEEDS.hall3 })).toBeNull();
    const mine = () => offers.filter((o) => o.subscriberId === 'viewer-2');
    expect(mine()).toEqual([]);
    const second = await startSubscriber(first, (sdp) => engine.answer(ROOM, 'viewer-2', sdp));
    try {
      // The answer in, Janus sends the postponed offer by itself: it names the new slot's lines.
      await until('the postponed offer', () => mine().length > 0);
      const later = mine()[0]!.offer;
      expect(later.tracks.map((t) => `${t.slot}/${t.kind}`).sort()).toEqual(['beside/audio', 'beside/video', 'main/audio', 'main/video']);
      await renegotiate(second, later, (sdp) => engine.answer(ROOM, 'viewer-2', sdp));
      const besideVideo = later.tracks.find((t) => t.slot === 'beside' && t.kind === 'video')!.mid;
      await until('hall 3 video beside on the second page', () => second.lastTag(besideVideo) === 'HAL3');
      expect(logged).toEqual([]);
    } finally {
      await second.close();
      await engine.unsubscribe(ROOM, 'viewer-2');
    }
  });

  it('records the host programme into .mjr files, converted to .webm and .opus', async () => {
    await engine.startRecording(ROOM, { main: FEEDS.host, beside: FEEDS.hall2 }, { directory: recordings, baseName: 'programme' });
    await pause(1500);
    await engine.routeRecording(ROOM, { beside: FEEDS.hall1 });
    await pause(1500);
    const { files } = await engine.stopRecording(ROOM);
    const names = files.map((f) => f.slice(recordings.length + 1));
    const mjr = files.filter((f) => f.endsWith('.mjr'));
    const mjrNames = names.filter((n) => n.endsWith('.mjr'));
    expect(mjrNames.some((n) => n.startsWith('programme-main-') && n.includes('video'))).toBe(true);
    expect(mjrNames.some((n) => n.startsWith('programme-beside-') && n.includes('audio'))).toBe(true);
    expect(mjrNames.filter((n) => n.startsWith('programme-beside-')).length).toBeGreaterThanOrEqual(4);
    // Janus's recording header: the file starts with "MJR00002".
    for (const file of mjr) expect((await readFile(file)).subarray(0, 8).toString('latin1')).toBe('MJR00002');
    // Each .mjr is made playable next to it (janus-pp-rec), listed first. Hall 1's gate stayed
    // closed: Janus got no sound from it, so its audio .mjr has no header and stays as it is.
    const playable = files.slice(0, files.length - mjr.length);
    expect(files.slice(playable.length)).toEqual(mjr);
    const silent = 'programme-beside-003-audio-1.mjr';
    expect(mjrNames).toContain(silent);
    expect((await readFile(join(recordings, silent))).length).toBe(8);
    expect(playable.map((f) => f.replace(/\.(webm|opus)$/, '.mjr')).sort()).toEqual(mjr.filter((f) => !f.endsWith(silent)).sort());
    const webm = playable.filter((f) => f.endsWith('.webm'));
    const opus = playable.filter((f) => f.endsWith('.opus'));
    expect(webm.every((f) => f.includes('-video-')) && opus.every((f) => f.includes('-audio-'))).toBe(true);
    expect(webm.length + opus.length).toBe(playable.length);
    expect(playable.map((f) => f.slice(recordings.length + 1))).toEqual(
      expect.arrayContaining(['programme-main-001-video-0.webm', 'programme-main-001-audio-1.opus']),
    );
    // WebM is Matroska: the EBML header 1A 45 DF A3; .opus is Ogg: "OggS".
    for (const file of webm) expect((await readFile(file)).subarray(0, 4).toString('hex')).toBe('1a45dfa3');
    for (const file of opus) expect((await readFile(file)).subarray(0, 4).toString('latin1')).toBe('OggS');
    // Remuxed, not decoded: each holds nearly all of its .mjr's media, with the tag the peers end every payload with.
    for (const file of playable) {
      const [bytes, source] = [await readFile(file), await readFile(file.replace(/\.(webm|opus)$/, '.mjr'))];
      expect(bytes.length).toBeGreaterThan(source.length * 0.6);
    }
    const tagged = async (name: string) =>
      (await readFile(join(recordings, name))).includes(Buffer.from(name.includes('main') ? 'HOST' : 'HAL1'));
    expect(await tagged('programme-main-001-video-0.webm')).toBe(true);
    expect(await tagged('programme-main-001-audio-1.opus')).toBe(true);
    expect(await tagged('programme-beside-003-video-0.webm')).toBe(true);
    expect(logged).toEqual([]);
  });

  it('turns Janus errors into clear Errors', async () => {
    await expect(engine.route(ROOM, 'nobody', { main: FEEDS.host })).rejects.toThrow(/no subscriber nobody/);
    await expect(engine.publish(ROOM, 'point-bad', 'v=0\r\nnot an sdp\r\n')).rejects.toThrow(/Janus: publish point-bad failed/);
  });

  it('a lost Janus is logged, and calls fail clearly until start() connects again', async () => {
    await janus.stop();
    await until('the loss logged', () => logged.some((m) => m.includes('lost the connection to Janus')));
    await expect(engine.setAudioGate(ROOM, FEEDS.host, true)).rejects.toThrow(/not connected \(call start\(\)\)/);
    await expect(engine.start()).rejects.toThrow(/cannot connect to ws:/);
  });
});
