/**
 * A media page keeps its rights only while its credential holds: the /media namespace checks
 * it again every revalidateMs (shortened here through the live socket's option), like the
 * live namespace. A revoked operator link loses its hall's camera (the page is disconnected,
 * the chair's room no longer lists the feed) and is refused when it comes back.
 */
import { io, type Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Conference } from '../../src/domain/conference.schema.js';
import { SOCKET_PATH } from '../../src/realtime/live-protocol.js';
import {
  MEDIA_NAMESPACE,
  type MediaClientToServer,
  type MediaRoomView,
  type MediaServerToClient,
} from '../../src/realtime/media-protocol.js';
import { linkSession } from '../api/actors.js';
import { API, call, openTestApp, seedConference, testDatabases, type TestApp } from '../api/helpers.js';
import { startPublisher, type PublisherPeer } from '../media/node-peer.js';
import { waitFor } from './live-client.js';

type MediaSocket = Socket<MediaServerToClient, MediaClientToServer>;

const [sqlite] = testDatabases().filter((d) => d.dialect === 'sqlite');

describe('media sockets revalidated', () => {
  let t: TestApp;
  let url: string;
  let conference: Conference;
  const sockets: MediaSocket[] = [];
  let publisher: PublisherPeer | null = null;
  const ack = <T>(send: (reply: (r: { ok: boolean } & T) => void) => void): Promise<T> =>
    new Promise((resolve, reject) => send((reply) => (reply.ok ? resolve(reply) : reject(new Error(JSON.stringify(reply))))));

  const open = (cookie: string, auth: object) => {
    const socket: MediaSocket = io(`${url}${MEDIA_NAMESPACE}`, {
      path: SOCKET_PATH,
      transports: ['websocket'],
      extraHeaders: { cookie },
      auth: { conferenceId: conference.id, ...auth },
      forceNew: true,
      reconnection: false,
    });
    sockets.push(socket);
    const views: MediaRoomView[] = [];
    socket.on('media:room', (view) => views.push(view));
    const connected = new Promise<void>((resolve, reject) => {
      socket.once('connect', resolve);
      socket.once('connect_error', reject);
    });
    return { socket, views, connected };
  };

  beforeAll(async () => {
    t = await openTestApp(sqlite!, {}, { liveSocket: { revalidateMs: 300 } });
    url = await t.app.listen({ host: '127.0.0.1', port: 0 });
    conference = await seedConference(t.app);
  }, 60_000);
  afterAll(async () => {
    for (const socket of sockets) socket.close();
    await publisher?.close();
    await t?.close();
  });

  it('disconnects a page whose operator link is revoked, drops its hall from the room, and refuses it afterwards', async () => {
    const hall = conference.bridgePoints[1]!;
    const link = await linkSession(t, conference.id, 'operator', { bridgePointId: hall.id });
    const operator = open(link.credentials.cookie, { publish: true, bridgePointId: hall.id });
    await operator.connected;
    publisher = await startPublisher(
      async (offerSdp) =>
        (await ack<{ answerSdp: string }>((r) => operator.socket.emit('media:publish', { offerSdp, audioOnly: false }, r as never)))
          .answerSdp,
    );
    const chair = open(t.admin.credentials.cookie, { publish: false });
    await chair.connected;
    await ack((r) => chair.socket.emit('media:subscribe', r as never));
    const publishing = () => chair.views.at(-1)?.feeds.find((f) => f.feed === hall.id)?.publishing;
    await waitFor(() => publishing() === true);

    // Several revalidations pass while the link holds.
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(operator.socket.connected).toBe(true);

    await call(t.app, { method: 'POST', url: `${API}/conferences/${conference.id}/access-links/${link.id}/revoke` }, 200);
    await waitFor(() => !operator.socket.connected);
    await waitFor(() => publishing() === false);
    expect(chair.socket.connected).toBe(true);

    const again = open(link.credentials.cookie, { publish: true, bridgePointId: hall.id });
    const code = await again.connected.then(
      () => null,
      (error: { data?: { code?: string } }) => error.data?.code,
    );
    expect(code).toBe('link.revoked');
  }, 30_000);
});
