/**
 * The shipped Caddy configuration (deploy/caddy/Caddyfile), used as it is, in front of the
 * app on 127.0.0.1 with TRUST_PROXY=127.0.0.1 and a self-signed certificate made here: over
 * HTTPS, signing in gives a Secure session cookie (and HSTS, and the login's same-origin
 * check accepts the page's own https origin); Socket.IO reaches the /media namespace over a
 * WebSocket, and long-polling upgrades to one; the attendance wall's event stream arrives
 * while it is open, uncompressed; the media access route answers; an upload at the app's
 * limit reaches the app and a far larger one stops at the proxy; plain HTTP redirects.
 * Tagged `caddy`: skipped, and counted, where Caddy is not installed.
 */
import { request as httpRequest } from 'node:http';
import { io, type Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Conference } from '../../src/domain/conference.schema.js';
import { SOCKET_PATH } from '../../src/realtime/live-protocol.js';
import { MEDIA_NAMESPACE } from '../../src/realtime/media-protocol.js';
import { ADMIN_EMAIL, ADMIN_PASSWORD, API, apiDatabases, openTestApp, seedConference, type TestApp } from '../api/helpers.js';
import { multipartBody } from '../api/multipart.js';
import { collect, startCaddy, type Answer, type CaddyProxy } from './caddy-proxy.js';

describe('the shipped Caddy configuration in front of the app', { tags: ['caddy'], timeout: 60_000 }, () => {
  let t: TestApp;
  let proxy: CaddyProxy;
  let ca: string;
  let origin: string;
  let httpPort: number;
  let conference: Conference;
  let cookie = '';
  let csrfToken = '';
  const sockets: Socket[] = [];

  const secure: CaddyProxy['secure'] = (...args) => proxy.secure(...args);

  beforeAll(async () => {
    t = await openTestApp(apiDatabases()[0]!, {}, { trustProxy: ['127.0.0.1'] });
    const appUrl = await t.app.listen({ host: '127.0.0.1', port: 0 });
    conference = await seedConference(t.app);
    proxy = await startCaddy([new URL(appUrl).host]);
    ({ ca, origin, httpPort } = proxy);
  });

  afterAll(async () => {
    for (const socket of sockets) socket.close();
    await proxy?.stop();
    await t?.close();
  });

  it('signs in over HTTPS: the session cookie is Secure and HttpOnly, HSTS is sent, the https origin is accepted, forged forwarded headers are not', async () => {
    const response = await secure(
      'POST',
      `${API}/auth/login`,
      // Forwarded headers a client makes up are replaced by Caddy's own: else the origin check (Host) or the Secure flag (Proto) would fail.
      {
        'content-type': 'application/json',
        origin,
        'x-forwarded-proto': 'http',
        'x-forwarded-host': 'evil.example',
        'x-forwarded-for': '203.0.113.9',
      },
      JSON.stringify({ email: ADMIN_EMAIL, password: ADMIN_PASSWORD }),
    ).then(collect);
    expect(response.status, response.body).toBe(200);
    const session = [response.headers['set-cookie'] ?? []].flat().find((line) => line.startsWith('diemcau_session='));
    expect(session).toMatch(/;\s*Secure/i);
    expect(session).toMatch(/;\s*HttpOnly/i);
    expect(response.headers['strict-transport-security']).toMatch(/max-age=\d+/);
    cookie = session!.split(';')[0]!;
    csrfToken = (JSON.parse(response.body) as { csrfToken: string }).csrfToken;
    // The same sign-in straight to the app over HTTP: not Secure, so the flag above is the proxy's doing.
    const direct = await t.rawInject({
      method: 'POST',
      url: `${API}/auth/login`,
      payload: { email: ADMIN_EMAIL, password: ADMIN_PASSWORD },
    });
    expect(String(direct.headers['set-cookie'])).not.toMatch(/;\s*Secure/i);
  });

  const connectMedia = (transports: string[]): Promise<Socket> => {
    const socket = io(`${origin}${MEDIA_NAMESPACE}`, {
      path: SOCKET_PATH,
      transports,
      ca,
      extraHeaders: { cookie },
      auth: { conferenceId: conference.id, publish: false },
      // As the media page connects (web/src/media/media-client.ts): the proxy routes it by this.
      query: { media: conference.id },
      forceNew: true,
      reconnection: false,
    });
    sockets.push(socket);
    return new Promise((resolve, reject) => {
      socket.once('connect', () => resolve(socket));
      socket.once('connect_error', reject);
    });
  };

  it('carries Socket.IO to the /media namespace over a WebSocket, and upgrades long-polling to one', async () => {
    expect(cookie).not.toBe('');
    const direct = await connectMedia(['websocket']);
    expect(direct.io.engine.transport.name).toBe('websocket');
    const room = await new Promise((resolve) => direct.once('media:room', resolve));
    expect(room).toBeTruthy();
    const polling = await connectMedia(['polling', 'websocket']);
    if (polling.io.engine.transport.name !== 'websocket') await new Promise((resolve) => polling.io.engine.once('upgrade', resolve));
    expect(polling.io.engine.transport.name).toBe('websocket');
  });

  it('answers the media access route for the conference', async () => {
    const answer = await secure('GET', `${API}/conferences/${conference.id}/media`, { cookie }).then(collect);
    expect(answer.status, answer.body).toBe(200);
    expect(JSON.parse(answer.body)).toMatchObject({ engine: 'embedded', seesAll: true });
  });

  it('streams the attendance wall (SSE) while it is open, uncompressed', async () => {
    const response = await secure('GET', `${API}/conferences/${conference.id}/events`, { cookie, 'accept-encoding': 'gzip, zstd' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/event-stream/);
    expect(response.headers['content-encoding']).toBeUndefined();
    let received = '';
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no 'ready' event within 5 s, got: ${received}`)), 5000);
      response.on('data', (chunk: Buffer) => {
        received += chunk.toString();
        if (received.includes('event: ready')) {
          clearTimeout(timer);
          resolve();
        }
      });
    });
    // Still open: the event came through while the stream goes on, not when it ended.
    expect(response.complete).toBe(false);
    response.destroy();
  });

  it("lets an upload at the app's limit through to the app, and stops a far larger one at the proxy", async () => {
    const upload = (bytes: number) => {
      const { payload, headers } = multipartBody([
        {
          name: 'file',
          fileName: 'bao-cao.pdf',
          contentType: 'application/pdf',
          data: Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(bytes)]),
        },
      ]);
      return secure(
        'POST',
        `${API}/conferences/${conference.id}/documents`,
        { ...headers, cookie, 'x-csrf-token': csrfToken, origin },
        payload,
      ).then(collect, (error: Error): Answer => ({ status: 0, headers: {}, body: error.message }));
    };
    // 20.5 MiB: within the proxy's limit, over the app's 20 MiB: the app's own bilingual answer (with its headers).
    const atLimit = await upload(20.5 * 1024 * 1024);
    expect(atLimit.status, atLimit.body).toBe(413);
    expect(JSON.parse(atLimit.body)).toMatchObject({ error: { code: 'request.too_large' } });
    expect(atLimit.headers['content-security-policy']).toBeDefined();
    // 40 MiB: the proxy answers with the same message before reading it; the app (and its headers) never see it.
    const far = await upload(40 * 1024 * 1024);
    expect(far.status, far.body).toBe(413);
    expect(JSON.parse(far.body)).toMatchObject({
      error: { code: 'request.too_large', message: { vi: expect.stringContaining('Tệp quá lớn') } },
    });
    expect(far.headers['content-security-policy']).toBeUndefined();
  });

  it('redirects plain HTTP to HTTPS', async () => {
    const answer = await new Promise<Answer>((resolve, reject) => {
      const req = httpRequest(
        { host: '127.0.0.1', port: httpPort, path: '/', headers: { host: '127.0.0.1' } },
        (response) => void collect(response).then(resolve),
      );
      req.on('error', reject);
      req.end();
    });
    expect(answer.status).toBe(308);
    expect(answer.headers.location).toMatch(/^https:\/\/127\.0\.0\.1[:/]/);
  });
});
