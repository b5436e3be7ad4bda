/**
 * The media room end to end without a browser: the real app (embedded engine in its worker)
 * on 127.0.0.1, operator links publishing with Node WebRTC peers through the /media
 * signalling namespace, and the chair's live commands moving the floor and the mutes. Checks
 * admission, the layout each page is told, which publisher's packets arrive in which slot
 * (by payload tag), the audio gates, the roll-call link report, leaving, and the chair paging
 * through the halls' thumbnails.
 */
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { io, type Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Conference } from '../../src/domain/conference.schema.js';
import type { HallStatus, LiveState } from '../../src/domain/live/live-state.js';
import {
  MEDIA_NAMESPACE,
  type MediaClientToServer,
  type MediaRoomView,
  type MediaServerToClient,
} from '../../src/realtime/media-protocol.js';
import { SOCKET_PATH } from '../../src/realtime/live-protocol.js';
import type { SubscriberOffer } from '../../src/media/media-engine.js';
import { DEFAULT_MEDIA_CONFIG } from '../../src/media/select-engine.js';
import { linkSession } from '../api/actors.js';
import { API, bridgePointInput, call, openTestApp, seedConference, testDatabases, type TestApp } from '../api/helpers.js';
import { startPublisher, startSubscriber, type PublisherPeer, type SubscriberPeer } from '../media/node-peer.js';
import { waitFor } from './live-client.js';
import { START_CONFIRMED } from '../../src/domain/safety/safety.fixture.js';

type MediaSocket = Socket<MediaServerToClient, MediaClientToServer>;

interface Page {
  socket: MediaSocket;
  views: MediaRoomView[];
  view(): MediaRoomView | undefined;
  publisher?: PublisherPeer;
  subscriber?: SubscriberPeer;
  offer?: SubscriberOffer;
}

const sqlite = testDatabases().filter((d) => d.dialect === 'sqlite');

describe.each(sqlite)('media room over the real gateway ($dialect)', (dbCase) => {
  let t: TestApp;
  let url: string;
  let conference: Conference;
  const pages: Page[] = [];
  const command = (payload: object) =>
    call<{ state: LiveState }>(t.app, { method: 'POST', url: `${API}/conferences/${conference.id}/live/commands`, payload }, 200);

  const connect = async (cookie: string, auth: object): Promise<Page> => {
    const socket: MediaSocket = io(`${url}${MEDIA_NAMESPACE}`, {
      path: SOCKET_PATH,
      transports: ['websocket'],
      extraHeaders: { cookie },
      auth: { conferenceId: conference.id, ...auth },
      forceNew: true,
      reconnection: false,
    });
    const page: Page = { socket, views: [], view: () => page.views.at(-1) };
    socket.on('media:room', (view) => page.views.push(view));
    pages.push(page);
    await new Promise<void>((resolve, reject) => {
      socket.once('connect', resolve);
      socket.once('connect_error', reject);
    });
    return page;
  };
  const refusal = (cookie: string, auth: object) =>
    connect(cookie, auth).then(
      () => null,
      (error: { data?: { code: string } }) => error.data?.code,
    );
  const ack = <T>(send: (reply: (r: { ok: boolean } & T) => void) => void): Promise<T> =>
    new Promise((resolve, reject) => send((reply) => (reply.ok ? resolve(reply) : reject(new Error(JSON.stringify(reply))))));

  const publish = async (page: Page, tag: string) => {
    page.publisher = await startPublisher(
      async (offerSdp) =>
        (await ack<{ answerSdp: string }>((r) => page.socket.emit('media:publish', { offerSdp, audioOnly: false }, r as never))).answerSdp,
      { tag },
    );
  };
  const subscribe = async (page: Page) => {
    page.offer = await ack<SubscriberOffer>((r) => page.socket.emit('media:subscribe', r as never));
    page.subscriber = await startSubscriber(page.offer, async (answerSdp) => {
      await ack((r) => page.socket.emit('media:answer', { answerSdp }, r as never));
    });
  };
  const leave = async (page: Page) => {
    page.socket.close();
    await page.publisher?.close();
    await page.subscriber?.close();
  };
  const mid = (page: Page, slot: string, kind: 'audio' | 'video') =>
    page.offer!.tracks.find((t) => t.slot === slot && t.kind === kind)!.mid;
  const arriving = async (page: Page, slot: string, kind: 'audio' | 'video', tag: string) => {
    const at = mid(page, slot, kind);
    const before = page.subscriber!.received(at);
    await waitFor(() => page.subscriber!.received(at) > before + 5 && page.subscriber!.lastTag(at) === tag);
  };
  const silentFor = async (page: Page, slot: string, ms: number) => {
    const at = mid(page, slot, 'audio');
    await new Promise((resolve) => setTimeout(resolve, 300)); // packets already in flight
    const before = page.subscriber!.received(at);
    await new Promise((resolve) => setTimeout(resolve, ms));
    return page.subscriber!.received(at) - before;
  };

  const openApp = async (options: Parameters<typeof openTestApp>[2] = {}) => {
    t = await openTestApp(dbCase, {}, options);
    url = await t.app.listen({ host: '127.0.0.1', port: 0 });
    conference = await seedConference(t.app);
    await call(
      t.app,
      {
        method: 'POST',
        url: `${API}/conferences/${conference.id}/bridge-points`,
        payload: bridgePointInput({ name: 'Điểm cầu huyện Tân Hồng' }),
      },
      201,
    );
    conference = await call<Conference>(t.app, { url: `${API}/conferences/${conference.id}` }, 200);
  };
  beforeAll(() => openApp(), 60_000);
  afterAll(async () => {
    for (const page of pages) await leave(page);
    await t?.close();
  });

  it('admits operators for their own hall, guests as themselves and the chair to watch; refuses the rest', async () => {
    const [, point] = conference.bridgePoints;
    const display = await linkSession(t, conference.id, 'display', { bridgePointId: point!.id });
    const operator = await linkSession(t, conference.id, 'operator', { bridgePointId: point!.id });
    expect(await refusal(display.credentials.cookie, { publish: false })).toBe('conference.not_found');
    expect(await refusal(operator.credentials.cookie, { publish: true, bridgePointId: conference.bridgePoints[0]!.id })).toBe(
      'access.denied',
    );
    expect(await refusal(operator.credentials.cookie, { publish: 'yes' })).toBe('realtime.bad_handshake');
    const guest = await linkSession(t, conference.id, 'guest');
    const page = await connect(guest.credentials.cookie, { publish: true });
    await waitFor(() => page.view() !== undefined);
    expect(page.view()!.ownFeed).toMatch(/^guest:/);
    page.socket.close();
  }, 30_000);

  it('shows the host to every hall, gives the floor hall beside it with its sound, and keeps the others silent', async () => {
    const [host, hall1, hall2] = conference.bridgePoints;
    const operatorOf = async (id: string) => (await linkSession(t, conference.id, 'operator', { bridgePointId: id })).credentials.cookie;
    const hostPage = await connect(await operatorOf(host!.id), { publish: true, bridgePointId: host!.id });
    const page1 = await connect(await operatorOf(hall1!.id), { publish: true, bridgePointId: hall1!.id });
    const page2 = await connect(await operatorOf(hall2!.id), { publish: true, bridgePointId: hall2!.id });
    const chair = await connect(t.admin.credentials.cookie, { publish: false });
    await publish(hostPage, 'HOST');
    await publish(page1, 'HAL1');
    await publish(page2, 'HAL2');
    for (const page of [page1, page2, chair]) await subscribe(page);

    await waitFor(() => page1.view()?.layout.main === host!.id);
    expect(page1.view()).toMatchObject({ ownFeed: hall1!.id, micOpen: false, layout: { main: host!.id, beside: null, thumbnails: [] } });
    expect(hostPage.view()!.micOpen).toBe(true);
    await arriving(page1, 'main', 'video', 'HOST');
    await arriving(page1, 'main', 'audio', 'HOST');
    await waitFor(() => (chair.view()?.layout.thumbnails.length ?? 0) === 3);
    await arriving(chair, 'thumb:2', 'video', 'HAL2');

    // Hall 2 asks to speak through its operator; the chair gives it the floor.
    await command(START_CONFIRMED);
    const asked = await call<{ id: string }>(
      t.app,
      {
        method: 'POST',
        url: `${API}/conferences/${conference.id}/live/requests`,
        payload: { clientKey: 'media-test-1', kind: 'speak', bridgePointId: hall2!.id },
      },
      200,
    );
    await command({ type: 'give_floor', requestId: asked.id });
    await waitFor(() => page1.view()?.layout.beside === hall2!.id);
    expect(page2.view()!.micOpen).toBe(true);
    expect(page1.view()!.micOpen).toBe(false);
    await arriving(page1, 'beside', 'video', 'HAL2');
    await arriving(page1, 'beside', 'audio', 'HAL2');
    // Hall 1 still sends audio (this Node peer ignores micOpen): the engine's gate drops it.
    expect(page1.publisher!.sent().audio).toBeGreaterThan(0);
    await waitFor(() => (chair.view()?.layout.thumbnails.length ?? 0) === 3);

    // The chair's force-mute closes hall 2 whatever the floor; lifting it opens it again.
    await command({ type: 'mute_hall', feed: hall2!.id, muted: true });
    await waitFor(() => page2.view()?.micOpen === false);
    expect(page1.view()!.feeds.find((f) => f.feed === hall2!.id)).toMatchObject({ forcedMuted: true, micOpen: false });
    expect(await silentFor(page1, 'beside', 800)).toBe(0);
    await command({ type: 'mute_hall', feed: hall2!.id, muted: false });
    await arriving(page1, 'beside', 'audio', 'HAL2');

    // The floor ends: beside empties, hall 2 is closed again.
    await command({ type: 'end_floor' });
    await waitFor(() => page1.view()?.layout.beside === null && page2.view()?.micOpen === false);

    // A malformed report is refused with a clear code and changes nothing.
    await expect(
      ack((r) =>
        page1.socket.emit('media:quality', { rttMs: -5, lossPercent: 2, bitrateKbps: 800, audioOnly: 'yes' } as never, r as never),
      ),
    ).rejects.toThrow(/media\.bad_request/);
    // A link report reaches the roll-call wall (no audit row: a measurement).
    await ack((r) =>
      page1.socket.emit('media:quality', { rttMs: 620, lossPercent: 2, bitrateKbps: 800, audioOnly: true, link: 'good' }, r as never),
    );
    const halls = await call<{ halls: HallStatus[] }>(t.app, { url: `${API}/conferences/${conference.id}/live/halls` }, 200);
    expect(halls.halls.find((h) => h.bridgePointId === hall1!.id)).toMatchObject({ link: 'weak', rttMs: 620, lossPercent: 2 });
    await waitFor(() => chair.view()?.feeds.find((f) => f.feed === hall1!.id)?.audioOnly === true);

    // A hall that leaves disappears from the chair's thumbnails and is reported down.
    page1.socket.close();
    await waitFor(() => chair.view()?.feeds.find((f) => f.feed === hall1!.id)?.publishing === false);
    const after = await call<{ halls: HallStatus[] }>(t.app, { url: `${API}/conferences/${conference.id}/live/halls` }, 200);
    expect(after.halls.find((h) => h.bridgePointId === hall1!.id)!.link).toBe('down');
  }, 90_000);

  it("pages the chair's thumbnails through every hall without renegotiating; only the chair may turn them", async () => {
    // This case has its own pages, on an app whose wall shows two thumbnails a page
    // (MEDIA_THUMBNAILS=2): three halls make two pages.
    for (const page of pages.splice(0)) await leave(page);
    await t.close();
    await openApp({
      media: { recordingsDir: join(tmpdir(), 'diemcau-recordings'), config: { ...DEFAULT_MEDIA_CONFIG, thumbnailsPerPage: 2 } },
    });
    {
      const [host, hall1, hall2] = conference.bridgePoints;
      const operatorOf = async (id: string) => (await linkSession(t, conference.id, 'operator', { bridgePointId: id })).credentials.cookie;
      const halls: Page[] = [];
      for (const [point, tag] of [
        [host!, 'PGH0'],
        [hall1!, 'PGH1'],
        [hall2!, 'PGH2'],
      ] as const) {
        const page = await connect(await operatorOf(point.id), { publish: true, bridgePointId: point.id });
        await publish(page, tag);
        halls.push(page);
      }
      const chair = await connect(t.admin.credentials.cookie, { publish: false });
      let offers = 0;
      chair.socket.on('media:offer', () => (offers += 1));
      await subscribe(chair);
      expect(chair.offer!.tracks.filter((track) => track.slot.startsWith('thumb:') && track.kind === 'video')).toHaveLength(2);
      await waitFor(() => chair.view()?.thumbnailTotal === 3);
      expect(chair.view()).toMatchObject({
        page: 0,
        pages: 2,
        layout: { thumbnails: [host!.id, hall1!.id] },
        routes: { 'thumb:0': host!.id, 'thumb:1': hall1!.id },
      });
      await arriving(chair, 'thumb:1', 'video', 'PGH1');

      // The second page: the third hall fills the first thumbnail, the second stays empty.
      const turned = await ack<{ page: number }>((r) => chair.socket.emit('media:page', { page: 1 }, r as never));
      expect(turned.page).toBe(1);
      expect(chair.view()).toMatchObject({
        page: 1,
        pages: 2,
        thumbnailTotal: 3,
        layout: { thumbnails: [hall2!.id] },
        routes: { 'thumb:0': hall2!.id, 'thumb:1': null },
      });
      await arriving(chair, 'thumb:0', 'video', 'PGH2');
      expect(offers).toBe(0);

      // Only a screen with thumbnails turns pages, and only to a whole page number.
      await expect(ack((r) => halls[1]!.socket.emit('media:page', { page: 1 }, r as never))).rejects.toThrow(/media\.no_thumbnails/);
      for (const page of [-1, 1.5, '1']) {
        await expect(ack((r) => chair.socket.emit('media:page', { page } as never, r as never))).rejects.toThrow(/media\.bad_request/);
      }
      expect(chair.view()!.page).toBe(1);

      // The third hall leaves: its page is gone, the chair is back on the last one.
      await leave(halls[2]!);
      await waitFor(() => chair.view()?.pages === 1);
      expect(chair.view()).toMatchObject({ page: 0, thumbnailTotal: 2, routes: { 'thumb:0': host!.id, 'thumb:1': hall1!.id } });
      await arriving(chair, 'thumb:0', 'video', 'PGH0');
      // A page past the end shows the last one.
      expect(await ack<{ page: number }>((r) => chair.socket.emit('media:page', { page: 5 }, r as never))).toMatchObject({ page: 0 });
    }
  }, 90_000);
});
