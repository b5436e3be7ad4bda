/**
 * The live Socket.IO gateway on the real app, listening on 127.0.0.1, over SQLite and
 * PostgreSQL: who may connect, what a client gets on connecting and reconnecting, which
 * rooms a change reaches, the clock and `live:sync`, and a revoked link cut off.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Conference } from '../../src/domain/conference.schema.js';
import type { LiveState } from '../../src/domain/live/live-state.js';
import { MAX_REPLAY } from '../../src/realtime/live-protocol.js';
import { SYSTEM_ORIGIN } from '../../src/services/accounts/audit-context.js';
import { as, linkSession, type TestLink } from '../api/actors.js';
import { API, call, createConference, openTestApp, seedConference, describeDatabases, apiDatabases, type TestApp } from '../api/helpers.js';
import { closeClients, connected, liveClient, ofKind, refused, waitFor, type LiveClient } from './live-client.js';
import { START_CONFIRMED } from '../../src/domain/safety/safety.fixture.js';

const report = { ready: true, headcount: 25, link: 'good', note: 'Sẵn sàng' };

describeDatabases(
  'live socket gateway on $dialect',
  (dbCase) => {
    let t: TestApp;
    let url: string;
    let conference: Conference;
    let hostId: string;
    let pointId: string;
    let hostOperator: TestLink;
    let pointOperator: TestLink;
    let pointDisplay: TestLink;
    let admin: string;
    const live = () => `${API}/conferences/${conference.id}/live`;
    const command = (payload: object) => call<{ state: LiveState }>(t.app, { method: 'POST', url: `${live()}/commands`, payload }, 200);
    const open = async (cookie: string, auth: object = {}) =>
      connected(liveClient(url, { conferenceId: conference.id, ...auth }, { cookie }));
    const snapshotOf = async (client: LiveClient) =>
      (await client.until((r) => ofKind(r, 'live:snapshot').length > 0)) && ofKind(client.received, 'live:snapshot')[0]!;

    beforeAll(async () => {
      t = await openTestApp(dbCase, {}, { liveSocket: { revalidateMs: 300 } });
      url = await t.app.listen({ host: '127.0.0.1', port: 0 });
      conference = await seedConference(t.app);
      const [host, point] = conference.bridgePoints;
      hostId = host!.id;
      pointId = point!.id;
      hostOperator = await linkSession(t, conference.id, 'operator', { bridgePointId: hostId });
      pointOperator = await linkSession(t, conference.id, 'operator', { bridgePointId: pointId });
      pointDisplay = await linkSession(t, conference.id, 'display', { bridgePointId: pointId });
      admin = t.admin.credentials.cookie;
    });
    afterEach(() => closeClients());
    afterAll(async () => {
      await t?.close();
    });

    it('refuses a client without credentials, from another site, for another conference or with a bad handshake', async () => {
      const other = await createConference(t.app, 'Hội nghị khác');
      expect(await refused(liveClient(url, { conferenceId: conference.id }))).toMatchObject({
        code: 'auth.required',
        message: { vi: expect.any(String), en: expect.any(String) },
      });
      expect(
        (await refused(liveClient(url, { conferenceId: conference.id }, { cookie: admin, origin: 'https://evil.example' }))).code,
      ).toBe('auth.cross_origin');
      expect((await refused(liveClient(url, { conferenceId: other.id }, { cookie: pointOperator.credentials.cookie }))).code).toBe(
        'conference.not_found',
      );
      expect((await refused(liveClient(url, { conferenceId: 'no-such-conference' }, { cookie: admin }))).code).toBe('conference.not_found');
      expect((await refused(liveClient(url, { version: 3 }, { cookie: admin }))).code).toBe('realtime.bad_handshake');
      expect((await refused(liveClient(url, { conferenceId: conference.id, version: -1 }, { cookie: admin }))).code).toBe(
        'realtime.bad_handshake',
      );
      // The same origin passes.
      await open(admin, {}).then((client) => expect(client.socket.connected).toBe(true));
      expect(t.app.liveGateway.size).toBe(1);
    });

    it('sends the state on connect, then each command made through HTTP as the next version', async () => {
      const staff = await open(admin);
      const before = await snapshotOf(staff);
      expect(before.conferenceId).toBe(conference.id);
      const { state } = await command(START_CONFIRMED);
      expect(state.version).toBe(before.version + 1);
      await staff.until(() => staff.versions().length === 1);
      expect(ofKind(staff.received, 'live:event')[0]).toMatchObject({
        type: 'meeting.started',
        conferenceId: conference.id,
        version: before.version + 1,
      });
    });

    it('replays exactly the missed events to a client that reconnects with its version', async () => {
      const first = await open(admin);
      const seen = (await snapshotOf(first)).version;
      first.close();
      await command({ type: 'start_item' });
      const { state } = await command({ type: 'extend', target: 'item', seconds: 60 });
      const again = await open(admin, { version: seen });
      await again.until(() => again.versions().length === state.version - seen);
      await command({ type: 'extend', target: 'item', seconds: 30 });
      await again.until(() => again.versions().length === state.version - seen + 1);
      expect(again.versions()).toEqual([...Array(state.version - seen + 1).keys()].map((i) => seen + 1 + i));
      expect(ofKind(again.received, 'live:snapshot')).toEqual([]);
    });

    it('answers the clock and live:sync', async () => {
      const client = await open(admin);
      const current = (await snapshotOf(client)).version;
      const sent = Date.now();
      const serverNow = await client.socket.emitWithAck('clock', sent);
      expect(serverNow).toBeGreaterThanOrEqual(sent);
      expect(serverNow).toBeLessThanOrEqual(Date.now());
      const reply = await client.socket.emitWithAck('live:sync', current - 2);
      expect('events' in reply && reply.events.map((e) => e.version)).toEqual([current - 1, current]);
      expect(await client.socket.emitWithAck('live:sync', current)).toEqual({ events: [] });
    });

    it('sends the whole state to a client more than MAX_REPLAY versions behind', async () => {
      const { version: behind } = await t.services.live.state(conference.id);
      for (let i = 0; i <= MAX_REPLAY; i += 1)
        await t.services.live.run(conference.id, { type: 'extend', target: 'item', seconds: 1 }, SYSTEM_ORIGIN);
      const client = await open(admin, { version: behind });
      const snapshot = await snapshotOf(client);
      expect(snapshot.version).toBe(behind + MAX_REPLAY + 1);
      expect(client.versions()).toEqual([]);
      const reply = await client.socket.emitWithAck('live:sync', behind);
      expect('state' in reply && reply.state.version).toBe(snapshot.version);
    });

    it('delivers a hall report to the staff and that point, not to another point; messages by their address', async () => {
      const staff = await open(admin);
      const hostOp = await open(hostOperator.credentials.cookie);
      const pointOp = await open(pointOperator.credentials.cookie);
      const display = await open(pointDisplay.credentials.cookie);
      const observer = await open((await linkSession(t, conference.id, 'observer')).credentials.cookie);
      const clients = [staff, hostOp, pointOp, display, observer];
      for (const client of [staff, hostOp, pointOp, display]) await client.until((r) => ofKind(r, 'hall:snapshot').length === 1);
      expect(ofKind(pointOp.received, 'hall:snapshot')[0]!.halls.map((h) => h.bridgePointId)).toEqual([pointId]);
      expect(
        ofKind(staff.received, 'hall:snapshot')[0]!
          .halls.map((h) => h.bridgePointId)
          .sort(),
      ).toEqual([hostId, pointId].sort());

      const asPoint = as(t, pointOperator.credentials);
      await call(asPoint, { method: 'PUT', url: `${live()}/halls/${pointId}`, payload: report }, 200);
      await call(
        t.app,
        { method: 'POST', url: `${live()}/messages`, payload: { toBridgePointId: hostId, text: 'Điểm cầu Tỉnh kiểm tra âm thanh' } },
        201,
      );
      await call(
        t.app,
        { method: 'POST', url: `${live()}/messages`, payload: { toBridgePointId: null, text: 'Các điểm cầu chuẩn bị' } },
        201,
      );
      // A programme event after them: each socket gets its messages in the order they were sent.
      const { state } = await command({ type: 'extend', target: 'item', seconds: 5 });
      for (const client of clients) await client.until(() => client.versions().includes(state.version));

      const changes = (client: LiveClient) =>
        ofKind(client.received, 'hall:change').map((c) =>
          c.kind === 'hall' ? `hall:${c.hall.bridgePointId}` : `message:${c.message.toBridgePointId}`,
        );
      expect(changes(staff)).toEqual([`hall:${pointId}`, `message:${hostId}`, 'message:null']);
      expect(changes(pointOp)).toEqual([`hall:${pointId}`, 'message:null']);
      expect(changes(display)).toEqual([`hall:${pointId}`, 'message:null']);
      expect(changes(hostOp)).toEqual([`message:${hostId}`, 'message:null']);
      expect(changes(observer)).toEqual([]);
      expect(ofKind(observer.received, 'hall:snapshot')).toEqual([]);

      // Reconnecting with the last seq gets only what came after it.
      const seq = ofKind(pointOp.received, 'hall:change').at(-1)!.seq;
      await call(asPoint, { method: 'PUT', url: `${live()}/halls/${pointId}`, payload: { ...report, headcount: 30 } }, 200);
      const back = await open(pointOperator.credentials.cookie, { hallSeq: seq });
      await back.until((r) => ofKind(r, 'hall:change').length === 1);
      expect(ofKind(back.received, 'hall:change')[0]).toMatchObject({ kind: 'hall', hall: { bridgePointId: pointId, headcount: 30 } });
      expect(ofKind(back.received, 'hall:snapshot')).toEqual([]);
    });

    it('disconnects a socket whose link is revoked, and refuses it afterwards', async () => {
      const link = await linkSession(t, conference.id, 'observer');
      const client = await open(link.credentials.cookie);
      await call(t.app, { method: 'POST', url: `${API}/conferences/${conference.id}/access-links/${link.id}/revoke` }, 200);
      await waitFor(() => !client.socket.connected);
      expect((await refused(liveClient(url, { conferenceId: conference.id }, { cookie: link.credentials.cookie }))).code).toBe(
        'link.revoked',
      );
    });
  },
  apiDatabases(),
);

describe('live socket gateway limits', () => {
  const [sqlite] = apiDatabases();
  let t: TestApp;
  let url: string;
  beforeAll(async () => {
    t = await openTestApp(sqlite!, {}, { liveSocket: { maxConnections: 1 } });
    url = await t.app.listen({ host: '127.0.0.1', port: 0 });
  });
  afterAll(async () => {
    closeClients();
    await t?.close();
  });

  it('refuses a connection beyond the limit of the process with realtime.too_many_connections', async () => {
    const conference = await createConference(t.app);
    const cookie = t.admin.credentials.cookie;
    await connected(liveClient(url, { conferenceId: conference.id }, { cookie }));
    expect((await refused(liveClient(url, { conferenceId: conference.id }, { cookie }))).code).toBe('realtime.too_many_connections');
  });
});
