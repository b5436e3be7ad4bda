/**
 * Two server processes on one database and one Redis (REDIS_URL; tagged `redis`, so skipped and counted without it): a
 * change made through A's HTTP API reaches a client connected to B, through the event
 * backbone on Redis (src/realtime/redis-event-bus.ts) — the programme event to the conference room, the hall report to the staff
 * room and its point's room only. A conference's media is served by one of them: the first
 * to serve it holds its lease, the other refuses its /media pages (media.other_process).
 */
import { io } from 'socket.io-client';
import { describe, expect, it } from 'vitest';
import { SOCKET_PATH } from '../../src/realtime/live-protocol.js';
import { MEDIA_NAMESPACE } from '../../src/realtime/media-protocol.js';
import type { LiveState } from '../../src/domain/live/live-state.js';
import { connected, liveClient, ofKind } from './live-client.js';
import { api, childLinkSession, createMeeting, useTwoProcessesOnRedis } from './server-child.js';
import { START_CONFIRMED } from '../../src/domain/safety/safety.fixture.js';

describe('two server processes sharing the live changes through Redis', { tags: ['redis'] }, () => {
  const two = useTwoProcessesOnRedis();

  it('delivers a change made through A to the clients of B, each by its rooms', { timeout: 60_000 }, async () => {
    const { id, pointIds } = await createMeeting(two.a.baseUrl, two.admin);
    const [hostOperator, pointOperator] = await Promise.all(
      pointIds.map((pointId) => childLinkSession(two.a.baseUrl, two.admin, id, 'operator', pointId)),
    );
    const staffOnB = await connected(liveClient(two.b.baseUrl, { conferenceId: id }, { cookie: two.admin.cookie }));
    const hostOnB = await connected(liveClient(two.b.baseUrl, { conferenceId: id }, { cookie: hostOperator!.cookie }));
    const pointOnB = await connected(liveClient(two.b.baseUrl, { conferenceId: id }, { cookie: pointOperator!.cookie }));
    for (const client of [staffOnB, hostOnB, pointOnB])
      await client.until((r) => ofKind(r, 'live:snapshot').length === 1 && ofKind(r, 'hall:snapshot').length === 1);

    const report = { ready: true, headcount: 12, link: 'weak', note: 'Mất tiếng' };
    await api(two.a.baseUrl, pointOperator!, 'PUT', `/conferences/${id}/live/halls/${pointIds[1]}`, report);
    const { state } = await api<{ state: LiveState }>(
      two.a.baseUrl,
      two.admin,
      'POST',
      `/conferences/${id}/live/commands`,
      START_CONFIRMED,
    );

    for (const client of [staffOnB, hostOnB, pointOnB]) await client.until(() => client.versions().includes(state.version));
    expect(ofKind(staffOnB.received, 'live:event').at(-1)).toMatchObject({
      type: 'meeting.started',
      conferenceId: id,
      version: state.version,
    });
    const reported = (client: typeof staffOnB) =>
      ofKind(client.received, 'hall:change').map((c) => (c.kind === 'hall' ? c.hall.bridgePointId : null));
    expect(reported(staffOnB)).toEqual([pointIds[1]]);
    expect(reported(pointOnB)).toEqual([pointIds[1]]);
    expect(reported(hostOnB)).toEqual([]);
  });

  it("serves a conference's media from one process: the other refuses its media pages", { timeout: 60_000 }, async () => {
    const { id } = await createMeeting(two.a.baseUrl, two.admin);
    const media = (baseUrl: string) => {
      const socket = io(`${baseUrl}${MEDIA_NAMESPACE}`, {
        path: SOCKET_PATH,
        transports: ['websocket'],
        extraHeaders: { cookie: two.admin.cookie },
        auth: { conferenceId: id, publish: false },
        forceNew: true,
        reconnection: false,
      });
      return new Promise<{ ok: true; close: () => void } | { ok: false; code?: string }>((resolve) => {
        socket.once('connect', () => resolve({ ok: true, close: () => socket.close() }));
        socket.once('connect_error', (error: Error & { data?: { code?: string } }) => {
          socket.close();
          resolve({ ok: false, code: error.data?.code });
        });
      });
    };
    const onA = await media(two.a.baseUrl);
    expect(onA.ok).toBe(true);
    expect(await media(two.b.baseUrl)).toEqual({ ok: false, code: 'media.other_process' });
    // A's other pages of the same conference are still served.
    const again = await media(two.a.baseUrl);
    expect(again.ok).toBe(true);
    for (const page of [onA, again]) if (page.ok) page.close();
  });
});
