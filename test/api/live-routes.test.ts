/**
 * The live conference through HTTP, with real actors: the chair runs the meeting, an operator
 * asks to speak and answers the roll call for their own hall only, a delegate's personal link
 * asks to speak as that delegate (a retry is the same request), a hall's big screen only reads,
 * an observer may not run anything; events replay, the timeline is the staff's.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Conference } from '../../src/domain/conference.schema.js';
import type { FloorRequest, HallStatus, LiveMessage, LiveState } from '../../src/domain/live/live-state.js';
import { as, linkSession, memberOf, okJson, type Inject } from './actors.js';
import { API, expectErrorBody, openTestApp, seedConference, describeDatabases, apiDatabases, type TestApp } from './helpers.js';
import { START_CONFIRMED } from '../../src/domain/safety/safety.fixture.js';

interface LiveView {
  title: string;
  state: LiveState;
  access: {
    run: boolean;
    message: boolean;
    readHalls: boolean;
    readTimeline: boolean;
    requestFloor: boolean;
    requestFloorAt: string[];
    requestFloorAtAll: boolean;
    reportHallAt: string[];
    reportHallAtAll: boolean;
    ownBridgePointId: string | null;
    requesterId: string | null;
  };
}
type Halls = { halls: HallStatus[]; messages: LiveMessage[]; seq: number };

describeDatabases(
  'the live conference through HTTP on $dialect',
  (dbCase) => {
    let t: TestApp;
    let c: Conference;
    let host: string;
    let hall: string;
    let delegateId: string;
    let chair: Inject, operator: Inject, observer: Inject, delegate: Inject, screen: Inject;
    const on = (path = '') => `${API}/conferences/${c.id}/live${path}`;
    const ok = okJson;

    beforeAll(async () => {
      t = await openTestApp(dbCase);
      c = await seedConference(t.app, 'Hội nghị trực tuyến trực tiếp');
      [host, hall] = [c.bridgePoints[0]!.id, c.bridgePoints[1]!.id];
      const user = (name: string, role: 'chair' | 'operator' | 'observer', points: string[] = []) => memberOf(t, c.id, name, role, points);
      chair = await user('chu-tri', 'chair');
      operator = await user('ky-thuat', 'operator', [hall]);
      observer = await user('quan-sat', 'observer');
      delegateId = (await t.services.delegates.create(c.id, { bridgePointId: hall, fullName: 'Nguyễn Thị Phát Biểu' })).id;
      delegate = as(t, (await linkSession(t, c.id, 'delegate', { delegateId })).credentials);
      screen = as(t, (await linkSession(t, c.id, 'display', { bridgePointId: hall })).credentials);
    }, 60_000);
    afterAll(() => t?.close());

    it('lets the chair run the meeting and tells each caller what they may do', async () => {
      const first = await ok<LiveView>(chair, { url: on() });
      expect(first.title).toBe('Hội nghị trực tuyến trực tiếp');
      expect(first.state).toMatchObject({ version: 0, phase: 'not_started' });
      expect(first.access).toMatchObject({
        run: true,
        message: true,
        readHalls: true,
        readTimeline: true,
        // every hall: not listed (a national conference has thousands)
        requestFloorAt: [],
        requestFloorAtAll: true,
        ownBridgePointId: null,
      });

      await ok(chair, { method: 'POST', url: on('/commands'), payload: START_CONFIRMED });
      const started = await ok<{ state: LiveState; events: { version: number; type: string }[] }>(chair, {
        method: 'POST',
        url: on('/commands'),
        payload: { type: 'start_item' },
      });
      expect(started.events.map((e) => [e.version, e.type])).toEqual([[2, 'item.started']]);
      expect(started.state.phase).toBe('running');
      expectErrorBody(await chair({ method: 'POST', url: on('/commands'), payload: START_CONFIRMED }), 409, 'live.already_started');

      expectErrorBody(await observer({ method: 'POST', url: on('/commands'), payload: { type: 'pause' } }), 403, 'access.denied');
      expect((await ok<LiveView>(observer, { url: on() })).access).toMatchObject({
        run: false,
        requestFloor: false,
        requestFloorAt: [],
        readHalls: false,
      });
      expect((await ok<LiveView>(operator, { url: on() })).access).toMatchObject({
        run: false,
        requestFloor: true,
        requestFloorAt: [hall],
        requestFloorAtAll: false,
        reportHallAt: [hall],
        reportHallAtAll: false,
        ownBridgePointId: hall,
      });
      expect((await ok<LiveView>(screen, { url: on() })).access).toMatchObject({
        run: false,
        requestFloor: false,
        reportHallAt: [],
        ownBridgePointId: hall,
      });
      expectErrorBody(await t.rawInject({ url: on() }), 401, 'auth.required');
    });

    it('takes requests to speak: an operator for their hall, a delegate for themselves, once per key', async () => {
      expectErrorBody(
        await operator({
          method: 'POST',
          url: on('/requests'),
          payload: { clientKey: 'op-host-0001', kind: 'speak', bridgePointId: host },
        }),
        403,
        'access.denied',
      );
      const forHall = await ok<FloorRequest>(operator, {
        method: 'POST',
        url: on('/requests'),
        payload: { clientKey: 'op-hall-0001', kind: 'speak' },
      });
      expect(forHall).toMatchObject({
        bridgePointId: hall,
        requestedBy: 'operator',
        speakerName: `Đại diện ${c.bridgePoints[1]!.name}`,
        state: 'waiting',
      });

      const payload = { clientKey: 'dai-bieu-0001', kind: 'speak', bridgePointId: host };
      const mine = await ok<FloorRequest>(delegate, { method: 'POST', url: on('/requests'), payload });
      expect(mine).toMatchObject({
        bridgePointId: hall,
        requestedBy: 'delegate',
        requesterId: delegateId,
        speakerName: 'Nguyễn Thị Phát Biểu',
      });
      const version = (await ok<LiveView>(chair, { url: on() })).state.version;
      expect(await ok<FloorRequest>(delegate, { method: 'POST', url: on('/requests'), payload })).toEqual(mine);
      expect((await ok<LiveView>(chair, { url: on() })).state.version).toBe(version);
      expect((await ok<LiveView>(delegate, { url: on() })).access).toMatchObject({
        requesterId: delegateId,
        ownBridgePointId: hall,
        requestFloorAt: [hall],
        run: false,
      });

      expectErrorBody(
        await screen({ method: 'POST', url: on('/requests'), payload: { clientKey: 'man-hinh-001', kind: 'speak' } }),
        403,
        'access.denied',
      );
      expectErrorBody(await delegate({ method: 'POST', url: on(`/requests/${forHall.id}/withdraw`) }), 403, 'live.not_your_request');
      expect((await ok<FloorRequest>(delegate, { method: 'POST', url: on(`/requests/${mine.id}/withdraw`) })).state).toBe('withdrawn');
      expectErrorBody(await delegate({ method: 'POST', url: on('/requests/khong-co/withdraw') }), 404, 'live.request_not_found');
      // The chair withdraws anyone's request.
      expect((await ok<FloorRequest>(chair, { method: 'POST', url: on(`/requests/${forHall.id}/withdraw`) })).state).toBe('withdrawn');
    });

    it('keeps the roll call and messages to each hall within its scope', async () => {
      expectErrorBody(
        await operator({ method: 'PUT', url: on(`/halls/${host}`), payload: { ready: true, headcount: 1, link: 'good', note: '' } }),
        403,
        'access.denied',
      );
      const report = await ok<HallStatus>(operator, {
        method: 'PUT',
        url: on(`/halls/${hall}`),
        payload: { ready: true, headcount: 35, link: 'good', note: 'Sẵn sàng' },
      });
      expect(report).toMatchObject({ bridgePointId: hall, ready: true, headcount: 35 });
      expectErrorBody(
        await screen({ method: 'PUT', url: on(`/halls/${hall}`), payload: { ready: false, headcount: null, link: 'down', note: '' } }),
        403,
        'access.denied',
      );

      await ok(
        chair,
        { method: 'POST', url: on('/messages'), payload: { toBridgePointId: null, text: 'Các điểm cầu kiểm tra âm thanh' } },
        201,
      );
      await ok(chair, { method: 'POST', url: on('/messages'), payload: { toBridgePointId: host, text: 'Chuẩn bị khai mạc' } }, 201);
      expectErrorBody(
        await operator({ method: 'POST', url: on('/messages'), payload: { toBridgePointId: null, text: 'Xin chào' } }),
        403,
        'access.denied',
      );

      const wall = await ok<Halls>(chair, { url: on('/halls') });
      expect(wall.halls.map((h) => h.bridgePointId)).toEqual([host, hall]);
      expect(wall.messages).toHaveLength(2);
      for (const reader of [operator, screen]) {
        const seen = await ok<Halls>(reader, { url: on('/halls') });
        expect(seen.halls.map((h) => h.bridgePointId)).toEqual([hall]);
        expect(seen.messages.map((m) => m.text)).toEqual(['Các điểm cầu kiểm tra âm thanh']);
        expectErrorBody(await reader({ url: on(`/halls?bridgePointId=${host}`) }), 403, 'access.denied');
      }
      expectErrorBody(await observer({ url: on('/halls') }), 403, 'access.denied');
    });

    it("lets the chair promote a watching hall for the day, and the hall's operator or big screen report its playback", async () => {
      await t.services.conferences.updateBridgePoint(c.id, hall, { mediaTier: 'watching' });
      const tierOf = async () => (await ok<Halls>(chair, { url: on('/halls') })).halls.find((h) => h.bridgePointId === hall)?.tier;
      expect(await tierOf()).toBe('watching');
      const promote = (promoted: boolean, bridgePointId = hall) => ({
        method: 'POST' as const,
        url: on('/commands'),
        payload: { type: 'set_point_tier', bridgePointId, promoted },
      });
      expectErrorBody(await operator(promote(true)), 403, 'access.denied');
      expectErrorBody(await chair(promote(true, host)), 409, 'live.point_not_watching');
      const { state } = await ok<{ state: LiveState }>(chair, promote(true));
      expect(state.promotedPoints).toEqual([hall]);
      expect(await tierOf()).toBe('interactive');

      const report = { bridgePointId: hall, state: 'playing', latencyMs: 3200, rendition: '720p', stalls: 0 };
      const played = await ok<HallStatus>(screen, { method: 'POST', url: on('/playback'), payload: report });
      expect(played.playback).toMatchObject({ state: 'playing', latencyMs: 3200, rendition: '720p', stalls: 0 });
      expect(await ok(screen, { method: 'POST', url: on('/playback'), payload: report })).toBeNull();
      await ok(operator, { method: 'POST', url: on('/playback'), payload: { ...report, state: 'stalled', stalls: 1 } });
      expectErrorBody(
        await operator({ method: 'POST', url: on('/playback'), payload: { ...report, bridgePointId: host } }),
        403,
        'access.denied',
      );
      expectErrorBody(await chair({ method: 'POST', url: on('/playback'), payload: report }), 403, 'access.denied');
      expectErrorBody(await screen({ method: 'POST', url: on('/playback'), payload: { ...report, state: 'buffering' } }), 400);
      const row = (await ok<Halls>(chair, { url: on('/halls') })).halls.find((h) => h.bridgePointId === hall);
      expect(row).toMatchObject({ tier: 'interactive', playback: { state: 'stalled', stalls: 1 } });
      await ok(chair, promote(false));
      expect(await tierOf()).toBe('watching');
    });

    it('replays missed events, sends the state when too far, and shows the timeline to the staff', async () => {
      const { state } = await ok<LiveView>(chair, { url: on() });
      const replay = await ok<{ events: { version: number }[] }>(screen, { url: on('/events?since=1') });
      expect(replay.events.map((e) => e.version)).toEqual(Array.from({ length: state.version - 1 }, (_, i) => i + 2));
      expect(await ok(screen, { url: on(`/events?since=${state.version + 5}`) })).toEqual({ state });
      expectErrorBody(await screen({ url: on('/events?since=-1') }), 400);

      await ok(chair, { method: 'POST', url: on('/commands'), payload: { type: 'end_meeting' } });
      const timeline = await ok<{ conferenceId: string; items: unknown[] }>(chair, { url: on('/timeline') });
      expect(timeline.conferenceId).toBe(c.id);
      expect(timeline.items.length).toBeGreaterThan(0);
      expectErrorBody(await operator({ url: on('/timeline') }), 403, 'access.denied');
      for (const extension of ['docx', 'xlsx']) {
        const file = await chair({ url: on(`/timeline.${extension}`) });
        expect(file.statusCode, file.body.slice(0, 200)).toBe(200);
        expect(file.headers['content-disposition']).toContain(`dien-bien-hoi-nghi.${extension}`);
        expect(file.rawPayload.subarray(0, 2).toString()).toBe('PK');
        expectErrorBody(await screen({ url: on(`/timeline.${extension}`) }), 403, 'access.denied');
      }
      // Closing the meeting closed the conference (issue 17): a closed conference takes no request to speak.
      expect((await ok<{ status: string }>(chair, { url: `${API}/conferences/${c.id}` })).status).toBe('closed');
      expectErrorBody(
        await delegate({ method: 'POST', url: on('/requests'), payload: { clientKey: 'sau-ket-thuc', kind: 'speak' } }),
        403,
        'access.denied',
      );
    });
  },
  apiDatabases(),
);
