/**
 * The one event backbone across two server processes on one database and one Redis
 * (REDIS_URL; tagged `redis`, so skipped and counted without it), issue 15:
 * - a check-in made through A reaches the attendance wall (the SSE stream) open on B;
 * - a floor given through B opens the microphone of that hall in the media room A holds;
 * - an access link revoked through A closes its live socket and its stream on B at once, and
 *   they receive nothing emitted after the revocation.
 */
import { io } from 'socket.io-client';
import { describe, expect, it } from 'vitest';
import { SOCKET_PATH } from '../../src/realtime/live-protocol.js';
import { MEDIA_NAMESPACE, type MediaRoomView } from '../../src/realtime/media-protocol.js';
import type { LiveState } from '../../src/domain/live/live-state.js';
import { connected, liveClient, ofKind, refused, waitFor } from './live-client.js';
import { openWall } from './sse-client.js';
import { addDelegate, api, childLinkSession, createMeeting, useTwoProcessesOnRedis } from './server-child.js';
import { START_CONFIRMED } from '../../src/domain/safety/safety.fixture.js';

describe('one event backbone across two processes (Redis)', { tags: ['redis'] }, () => {
  const two = useTwoProcessesOnRedis();

  it('delivers a check-in made through A to the attendance wall open on B', { timeout: 60_000 }, async () => {
    const { id, pointIds } = await createMeeting(two.a.baseUrl, two.admin);
    const wall = await openWall(two.b.baseUrl, id, two.admin.cookie);
    const delegate = await addDelegate(two.a.baseUrl, two.admin, id, pointIds[1]!);
    await api(two.a.baseUrl, two.admin, 'POST', `/conferences/${id}/check-ins`, {
      key: crypto.randomUUID(),
      delegateId: delegate.id,
      method: 'search',
    });
    await waitFor(() => wall.events.some((e) => e.event === 'attendance.changed'), 'the check-in on the wall of B');
    expect(wall.events.find((e) => e.event === 'attendance.changed')?.data).toEqual({
      type: 'attendance.changed',
      conferenceId: id,
      bridgePointId: pointIds[1],
    });
    wall.close();
  });

  it("opens a hall's microphone in the media room held by A when the floor is given through B", { timeout: 60_000 }, async () => {
    const { id, pointIds } = await createMeeting(two.a.baseUrl, two.admin);
    const operator = await childLinkSession(two.a.baseUrl, two.admin, id, 'operator', pointIds[1]!);
    const views: MediaRoomView[] = [];
    const page = io(`${two.a.baseUrl}${MEDIA_NAMESPACE}`, {
      path: SOCKET_PATH,
      transports: ['websocket'],
      extraHeaders: { cookie: operator.cookie },
      auth: { conferenceId: id, publish: true, bridgePointId: pointIds[1] },
      forceNew: true,
      reconnection: false,
    });
    page.on('media:room', (view: MediaRoomView) => views.push(view));
    try {
      await new Promise<void>((resolve, reject) => {
        page.once('connect', resolve);
        page.once('connect_error', reject);
      });
      await waitFor(() => views.length > 0, 'the first view of the room');
      expect(views.at(-1)!.micOpen).toBe(false);

      await api(two.b.baseUrl, two.admin, 'POST', `/conferences/${id}/live/commands`, START_CONFIRMED);
      const asked = await api<{ id: string }>(two.b.baseUrl, operator, 'POST', `/conferences/${id}/live/requests`, {
        clientKey: 'two-process-floor',
        kind: 'speak',
        bridgePointId: pointIds[1],
      });
      const { state } = await api<{ state: LiveState }>(two.b.baseUrl, two.admin, 'POST', `/conferences/${id}/live/commands`, {
        type: 'give_floor',
        requestId: asked.id,
      });
      expect(state.floor?.requestId).toBe(asked.id);
      await waitFor(() => views.at(-1)?.micOpen === true, "the hall's microphone open in A's room");
      expect(views.at(-1)!.feeds.find((feed) => feed.feed === pointIds[1])).toMatchObject({ micOpen: true, forcedMuted: false });
    } finally {
      page.close();
    }
  });

  it("closes a revoked link's socket and stream on B at once; they receive nothing emitted after", { timeout: 60_000 }, async () => {
    const { id, pointIds } = await createMeeting(two.a.baseUrl, two.admin);
    const operator = await childLinkSession(two.a.baseUrl, two.admin, id, 'operator', pointIds[1]!);
    const socket = await connected(liveClient(two.b.baseUrl, { conferenceId: id }, { cookie: operator.cookie }));
    await socket.until((r) => ofKind(r, 'live:snapshot').length === 1 && ofKind(r, 'hall:snapshot').length === 1);
    const wall = await openWall(two.b.baseUrl, id, operator.cookie);
    let disconnectedAt = 0;
    socket.socket.on('disconnect', () => (disconnectedAt = Date.now()));

    const revokedAt = Date.now();
    await api(two.a.baseUrl, two.admin, 'POST', `/conferences/${id}/access-links/${operator.linkId}/revoke`, {});
    // Emitted after the revocation: a message to every hall, a hall report, a check-in at the link's point.
    await api(
      two.a.baseUrl,
      two.admin,
      'POST',
      `/conferences/${id}/live/messages`,
      { toBridgePointId: null, text: 'Sau khi thu hồi' },
      201,
    );
    await api(two.a.baseUrl, two.admin, 'PUT', `/conferences/${id}/headcounts/${pointIds[1]}`, { count: 7 });
    await waitFor(() => disconnectedAt > 0 && wall.ended(), 'the socket and the stream to close');
    expect(disconnectedAt - revokedAt).toBeLessThan(1_000);
    const afterRevocation = socket.received.filter((r) => r.event === 'hall:change' || r.event === 'live:event');
    expect(afterRevocation).toEqual([]);
    expect(wall.events.map((e) => e.event)).toEqual(['ready']);
    // And the link is refused when it comes back.
    expect((await refused(liveClient(two.b.baseUrl, { conferenceId: id }, { cookie: operator.cookie }))).code).toBe('link.revoked');
  });
});
