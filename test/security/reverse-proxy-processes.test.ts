/**
 * Several processes behind the shipped Caddy configuration (docs/deploy.md, "Several
 * processes"): two server processes (`serve`, as the systemd units run it) on one database and
 * Redis, TRUST_PROXY=127.0.0.1, and deploy/caddy/Caddyfile as it is with DIEMCAU_UPSTREAM
 * naming both. Proven here:
 * - the proxy pins a browser to one process by its cookie `diemcau_lb` (Secure, HttpOnly), the two cookies it
 *   hands out name two different processes (an Engine.IO session opened through one is
 *   unknown through the other), and Socket.IO long-polling works through the cookie;
 * - a chair's command sent through the proxy reaches live clients (long-polling and
 *   WebSocket) on both processes;
 * - a conference's media signalling (…/socket.io/?media=<id>) goes to one process whichever
 *   process the browser is pinned to, so both browsers are admitted (without that routing
 *   one of them would be refused with media.other_process: the lease is per process);
 * - likewise a conference's watching address and its HLS (issue 19: the process that serves the
 *   conference's media packages its programme and holds the files), routed by the id in the path.
 * Tagged `caddy` and `redis`: skipped, and counted, without either.
 */
import { io, type Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { START_CONFIRMED } from '../../src/domain/safety/safety.fixture.js';
import { LIVE_NAMESPACE, SOCKET_PATH } from '../../src/realtime/live-protocol.js';
import { MEDIA_NAMESPACE } from '../../src/realtime/media-protocol.js';
import { waitFor } from '../realtime/live-client.js';
import { createMeeting, twoProcessesOnRedis, type ChildDatabase, type ChildServer, type ChildSession } from '../realtime/server-child.js';
import { collect, startCaddy, type CaddyProxy } from './caddy-proxy.js';

describe('two processes behind the shipped Caddy configuration', { tags: ['caddy', 'redis'], timeout: 120_000 }, () => {
  let database: ChildDatabase;
  let a: ChildServer;
  let b: ChildServer;
  let admin: ChildSession;
  let proxy: CaddyProxy;
  /** The two values of `diemcau_lb` the proxy handed out ("diemcau_lb=…"). */
  let pins: string[] = [];
  /** Every Set-Cookie line of `diemcau_lb` seen. */
  const cookieLines: string[] = [];
  const sockets: Socket[] = [];

  beforeAll(async () => {
    ({ database, a, b, admin } = await twoProcessesOnRedis({ TRUST_PROXY: '127.0.0.1' }));
    proxy = await startCaddy([new URL(a.baseUrl).host, new URL(b.baseUrl).host]);
    // A browser without the cookie is given one for the process it reached (chosen at random):
    // ask until both have been handed out.
    const seen = new Set<string>();
    for (let attempt = 0; attempt < 64 && seen.size < 2; attempt++) {
      const answer = await proxy.secure('GET', '/api/v1/health').then(collect);
      const pin = [answer.headers['set-cookie'] ?? []].flat().find((line) => line.startsWith('diemcau_lb='));
      if (pin) {
        cookieLines.push(pin);
        seen.add(pin.split(';')[0]!);
      }
    }
    pins = [...seen];
  }, 180_000);

  afterAll(async () => {
    for (const socket of sockets) socket.close();
    await proxy?.stop();
    await a?.stop();
    await b?.stop();
    await database?.drop();
  });

  const client = (namespace: string, pin: string, transport: 'polling' | 'websocket', options: { auth: object; query?: object }) => {
    const socket = io(`${proxy.origin}${namespace}`, {
      path: SOCKET_PATH,
      transports: [transport],
      ca: proxy.ca,
      extraHeaders: { cookie: `${admin.cookie}; ${pin}` },
      forceNew: true,
      reconnection: false,
      ...options,
    });
    sockets.push(socket);
    return socket;
  };
  const connected = (socket: Socket) =>
    new Promise<Socket>((resolve, reject) => {
      socket.once('connect', () => resolve(socket));
      socket.once('connect_error', reject);
    });

  it('pins a browser to one process by its cookie, and the two cookies name two processes', async () => {
    expect(pins).toHaveLength(2);
    for (const line of cookieLines) expect(line).toMatch(/; Secure; HttpOnly; SameSite=Lax$/);
    // An Engine.IO session (long-polling) opened through the first pin…
    const opened = await proxy.secure('GET', `${SOCKET_PATH}/?EIO=4&transport=polling`, { cookie: pins[0]! }).then(collect);
    expect(opened.status, opened.body).toBe(200);
    const sid = (JSON.parse(opened.body.slice(1)) as { sid: string }).sid;
    const post = (pin: string) =>
      proxy
        .secure(
          'POST',
          `${SOCKET_PATH}/?EIO=4&transport=polling&sid=${sid}`,
          { cookie: pin, 'content-type': 'text/plain;charset=UTF-8' },
          '3',
        )
        .then(collect);
    // …is found again through the same pin, and is unknown to the process behind the other one.
    expect((await post(pins[0]!)).status).toBe(200);
    const other = await post(pins[1]!);
    expect(other.status).toBe(400);
    expect(other.body).toContain('Session ID unknown');
  });

  it("delivers a chair's command sent through the proxy to live clients on both processes", async () => {
    const { id } = await createMeeting(a.baseUrl, admin);
    const clients = pins.flatMap((pin) =>
      (['polling', 'websocket'] as const).map((transport) => client(LIVE_NAMESPACE, pin, transport, { auth: { conferenceId: id } })),
    );
    const events = clients.map((socket) => {
      const received: { type: string }[] = [];
      socket.on('live:event', (event: { type: string }) => received.push(event));
      return received;
    });
    await Promise.all(clients.map(connected));
    const response = await proxy
      .secure(
        'POST',
        `/api/v1/conferences/${id}/live/commands`,
        {
          cookie: `${admin.cookie}; ${pins[1]!}`,
          'x-csrf-token': admin.csrfToken,
          'content-type': 'application/json',
          origin: proxy.origin,
        },
        JSON.stringify(START_CONFIRMED),
      )
      .then(collect);
    expect(response.status, response.body).toBe(200);
    await waitFor(
      () => events.every((received) => received.some((event) => event.type === 'meeting.started')),
      "the meeting's start on every client",
      30_000,
      () => events.map((received) => received.map((event) => event.type)),
    );
  });

  it("sends a conference's media signalling to one process, whichever process the browser is pinned to", async () => {
    const { id } = await createMeeting(b.baseUrl, admin);
    for (const pin of pins) {
      const socket = client(MEDIA_NAMESPACE, pin, 'websocket', { auth: { conferenceId: id, publish: false }, query: { media: id } });
      const room = new Promise((resolve) => socket.once('media:room', resolve));
      await connected(socket);
      expect(await room).toBeTruthy();
    }
  });

  it("sends a conference's watching address and its HLS to the process that packages it", { tags: ['ffmpeg'] }, async () => {
    const { id } = await createMeeting(b.baseUrl, admin);
    const masters: string[] = [];
    for (const pin of pins) {
      const answer = await proxy
        .secure('GET', `/api/v1/conferences/${id}/media/watch`, { cookie: `${admin.cookie}; ${pin}` })
        .then(collect);
      expect(answer.status, answer.body).toBe(200);
      masters.push((JSON.parse(answer.body) as { url: string }).url);
    }
    // ffmpeg writes the master playlist with its first segments (a few seconds).
    for (const [index, url] of masters.entries()) {
      let status = 0;
      for (const deadline = Date.now() + 30_000; status !== 200 && Date.now() < deadline;) {
        status = (await proxy.secure('GET', url, { cookie: pins[index]! }).then(collect)).status;
        if (status !== 200) await new Promise((resolve) => setTimeout(resolve, 250));
      }
      expect(status, `the master playlist through the proxy (browser pinned to process ${index + 1})`).toBe(200);
    }
  });
});
