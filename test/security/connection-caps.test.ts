/**
 * Connections capped per principal (issue 15, item 6; the probe opened 300 attendance
 * streams from one session): one user or link holds at most 20 SSE streams and 20 live
 * sockets on a process; beyond that a clear 429 / connect_error, while another principal
 * still connects. Closing one makes room for the next.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Conference } from '../../src/domain/conference.schema.js';
import { DEFAULT_CONNECTIONS_PER_PRINCIPAL } from '../../src/realtime/principals.js';
import { linkSession } from '../api/actors.js';
import { apiDatabases, openTestApp, seedConference, type TestApp } from '../api/helpers.js';
import { closeClients, connected, liveClient, refused, waitFor } from '../realtime/live-client.js';
import { openWall } from '../realtime/sse-client.js';

describe('connections per principal', () => {
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
    // fetch keeps its connections alive: close them with the server instead of waiting for their timeout.
    t?.app.server.closeAllConnections();
    await t?.close();
  });

  it('opens 20 attendance streams for one session, refuses the next 280 with 429, and still serves another principal', async () => {
    const cookie = t.admin.credentials.cookie;
    const open = await Promise.all(Array.from({ length: DEFAULT_CONNECTIONS_PER_PRINCIPAL }, () => openWall(url, conference.id, cookie)));
    const refusals = await Promise.all(
      Array.from({ length: 300 - DEFAULT_CONNECTIONS_PER_PRINCIPAL }, async () => {
        const response = await fetch(`${url}/api/v1/conferences/${conference.id}/events`, { headers: { cookie } });
        return { status: response.status, code: ((await response.json()) as { error: { code: string } }).error.code };
      }),
    );
    expect(new Set(refusals.map((r) => `${r.status} ${r.code}`))).toEqual(new Set(['429 realtime.too_many_for_principal']));
    const operator = await linkSession(t, conference.id, 'operator', { bridgePointId: conference.bridgePoints[0]!.id });
    const other = await openWall(url, conference.id, operator.credentials.cookie);
    // One closed: room for one more.
    open[0]!.close();
    await waitFor(() => open[0]!.ended(), 'the first stream to close');
    let reopened: Awaited<ReturnType<typeof openWall>> | null = null;
    for (let tries = 0; !reopened && tries < 50; tries += 1)
      reopened = await openWall(url, conference.id, cookie).catch(async () => {
        await new Promise((resolve) => setTimeout(resolve, 20));
        return null;
      });
    expect(reopened).not.toBeNull();
    for (const stream of [...open, other, reopened!]) stream.close();
  });

  it('admits 20 live sockets of one link and refuses the 21st with realtime.too_many_for_principal', async () => {
    const display = await linkSession(t, conference.id, 'display', { bridgePointId: conference.bridgePoints[1]!.id });
    const cookie = display.credentials.cookie;
    for (let i = 0; i < DEFAULT_CONNECTIONS_PER_PRINCIPAL; i += 1)
      await connected(liveClient(url, { conferenceId: conference.id }, { cookie }));
    expect(await refused(liveClient(url, { conferenceId: conference.id }, { cookie }))).toMatchObject({
      code: 'realtime.too_many_for_principal',
      message: { vi: expect.any(String), en: expect.any(String) },
    });
    await connected(liveClient(url, { conferenceId: conference.id }, { cookie: t.admin.credentials.cookie }));
  });
});
