/**
 * Revocation bites at once (issue 15, item 4), on one process: revoking an operator or a
 * display link, disabling a user, removing their role, ending their session each close that
 * principal's live socket, attendance stream and media page within a second (the periodic
 * check of a credential is 5 minutes here, the default), and neither receives anything emitted after the revocation. A
 * second session of the same user, still valid, stays and keeps receiving. (Across two
 * processes: test/realtime/backbone-two-process.test.ts.)
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Conference } from '../../src/domain/conference.schema.js';
import { io, type Socket } from 'socket.io-client';
import { SOCKET_PATH } from '../../src/realtime/live-protocol.js';
import { MEDIA_NAMESPACE } from '../../src/realtime/media-protocol.js';
import { as, createUser, grant, linkSession, USER_PASSWORD, type TestUser } from '../api/actors.js';
import { API, apiDatabases, call, openTestApp, seedConference, signIn, type TestApp } from '../api/helpers.js';
import { closeClients, connected, liveClient, ofKind, waitFor, type LiveClient } from '../realtime/live-client.js';
import { openWall } from '../realtime/sse-client.js';

describe('revocation closes sockets and streams at once', () => {
  let t: TestApp;
  let url: string;
  let conference: Conference;

  beforeAll(async () => {
    t = await openTestApp(apiDatabases()[0]!);
    url = await t.app.listen({ host: '127.0.0.1', port: 0 });
    conference = await seedConference(t.app);
  });
  afterEach(() => closeClients());
  afterAll(async () => {
    await t?.close();
  });

  /** A chair with a live socket and an attendance stream open, both ready. */
  async function chairConnected(cookie: string, { stream = true } = {}) {
    const socket = await connected(liveClient(url, { conferenceId: conference.id }, { cookie }));
    await socket.until((r) => ofKind(r, 'live:snapshot').length === 1 && ofKind(r, 'hall:snapshot').length === 1);
    // A big screen reads no attendance stream.
    const wall = stream ? await openWall(url, conference.id, cookie) : null;
    let closedAt = 0;
    socket.socket.on('disconnect', () => (closedAt = Date.now()));
    return { socket, wall, closedAt: () => closedAt };
  }

  /** What everyone would receive: a message to every hall, a hall report, a headcount. */
  async function emitAfter() {
    await call(
      t.app,
      { method: 'POST', url: `${API}/conferences/${conference.id}/live/messages`, payload: { toBridgePointId: null, text: 'Sau' } },
      201,
    );
    const pointId = conference.bridgePoints[1]!.id;
    await call(
      t.app,
      {
        method: 'PUT',
        url: `${API}/conferences/${conference.id}/headcounts/${pointId}`,
        payload: { count: Math.floor(Math.random() * 1000) },
      },
      200,
    );
  }

  const mediaSockets: Socket[] = [];
  afterAll(() => mediaSockets.forEach((socket) => socket.close()));
  /** A media page (signalling only, no WebRTC): connected and admitted to the room. */
  async function mediaPage(cookie: string, auth: object) {
    const socket = io(`${url}${MEDIA_NAMESPACE}`, {
      path: SOCKET_PATH,
      transports: ['websocket'],
      extraHeaders: { cookie },
      auth: { conferenceId: conference.id, ...auth },
      forceNew: true,
      reconnection: false,
    });
    mediaSockets.push(socket);
    let closedAt = 0;
    socket.on('disconnect', () => (closedAt = Date.now()));
    await new Promise<void>((resolve, reject) => {
      socket.once('connect', resolve);
      socket.once('connect_error', reject);
    });
    return { closedAt: () => closedAt };
  }

  const received = (socket: LiveClient) => socket.received.filter((r) => r.event === 'hall:change' || r.event === 'live:event');

  async function expectCutOff(held: Awaited<ReturnType<typeof chairConnected>>, revokedAt: number) {
    await waitFor(() => held.closedAt() > 0 && (held.wall?.ended() ?? true), 'the socket and the stream to close', 5_000);
    expect(held.closedAt() - revokedAt).toBeLessThan(1_000);
    expect(received(held.socket)).toEqual([]);
    if (held.wall) expect(held.wall.events.map((e) => e.event)).toEqual(['ready']);
  }

  async function chair(name: string): Promise<{ user: TestUser; membershipId: string }> {
    const user = await createUser(t, name);
    return { user, membershipId: await grant(t, conference.id, user, 'chair') };
  }

  it("revoking an operator link and a display link: their live sockets, the operator's stream and media page close at once", async () => {
    const hall = conference.bridgePoints[1]!;
    const operator = await linkSession(t, conference.id, 'operator', { bridgePointId: hall.id });
    const display = await linkSession(t, conference.id, 'display', { bridgePointId: hall.id });
    const held = [await chairConnected(operator.credentials.cookie), await chairConnected(display.credentials.cookie, { stream: false })];
    // A big screen has no media room; the operator's page publishes the hall.
    const pages = [await mediaPage(operator.credentials.cookie, { publish: true, bridgePointId: hall.id })];
    const revokedAt = Date.now();
    for (const link of [operator, display])
      await call(t.app, { method: 'POST', url: `${API}/conferences/${conference.id}/access-links/${link.id}/revoke` }, 200);
    await emitAfter();
    for (const one of held) await expectCutOff(one, revokedAt);
    await waitFor(() => pages.every((page) => page.closedAt() > 0), 'the media pages to close', 5_000);
    for (const page of pages) expect(page.closedAt() - revokedAt).toBeLessThan(1_000);
  });

  it('disabling a user', async () => {
    const { user } = await chair('chutri.khoa');
    const held = await chairConnected(user.credentials.cookie);
    const revokedAt = Date.now();
    await call(t.app, { method: 'PATCH', url: `${API}/users/${user.id}`, payload: { disabled: true } }, 200);
    await emitAfter();
    await expectCutOff(held, revokedAt);
  });

  it('removing the role', async () => {
    const { user, membershipId } = await chair('chutri.thuhoi');
    const held = await chairConnected(user.credentials.cookie);
    const revokedAt = Date.now();
    await call(t.app, { method: 'DELETE', url: `${API}/conferences/${conference.id}/memberships/${membershipId}` }, 204);
    await emitAfter();
    await expectCutOff(held, revokedAt);
  });

  it('ending one session: that one is closed, the same user in another browser stays and keeps receiving', async () => {
    const { user } = await chair('chutri.haitrinhduyet');
    const ending = await chairConnected(user.credentials.cookie);
    const other = await signIn(t.rawInject, user.email, USER_PASSWORD);
    const staying = await chairConnected(other.cookie);
    const revokedAt = Date.now();
    const out = await as(t, user.credentials)({ method: 'POST', url: `${API}/auth/logout` });
    expect(out.statusCode).toBeLessThan(300);
    await emitAfter();
    await expectCutOff(ending, revokedAt);
    // The other session was checked again and put back in its rooms: what follows reaches it.
    await waitFor(() => received(staying.socket).some((r) => r.event === 'hall:change'), 'the other session to keep receiving', 5_000);
    expect(staying.socket.socket.connected).toBe(true);
  });
});
