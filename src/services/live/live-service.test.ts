/**
 * The live service on both databases: a scripted meeting (programme, floor, audit rows, the
 * events after commit), two services racing on one database (versions contiguous, nothing
 * lost), a retried request to speak, replay of missed events, and the scope of the halls.
 */
import { afterEach, beforeEach, expect, it } from 'vitest';
import type { LiveEvent } from '../../domain/live/live-commands.js';
import type { HallChange } from '../../domain/live/live-state.js';
import { MAX_REPLAY } from '../../realtime/live-protocol.js';
import { updateLiveState } from '../../storage/repositories/live-repository.js';
import { describeDatabases, type TestDatabase } from '../../storage/test-databases.js';
import { SYSTEM_ORIGIN } from '../accounts/audit-context.js';
import { createAuditService } from '../accounts/audit-service.js';
import { createConferenceService } from '../conference-service.js';
import { agendaInput, pointInput, rejection, steppingClock } from '../testing.js';
import { createLiveService } from './live-service.js';
import type { FloorRequester, LiveService } from './live-service.types.js';
import { InProcessEventBus } from '../../realtime/event-bus.js';
import { START_CONFIRMED } from '../../domain/safety/safety.fixture.js';

const O = SYSTEM_ORIGIN;
const operatorAt = (bridgePointId: string, requesterId = `op-${bridgePointId}`): FloorRequester => ({
  requesterId,
  requestedBy: 'operator',
  bridgePointId,
  defaultSpeakerName: 'Đại diện điểm cầu',
});

/** What the service published on the backbone after commit. */
const recorder = () => {
  const programme: LiveEvent[] = [];
  const halls: HallChange[] = [];
  const events = new InProcessEventBus();
  events.subscribeAll(({ event }) => {
    if (event.type === 'live.programme') programme.push(...event.events);
    if (event.type === 'live.hall') halls.push(event.change);
  });
  return { programme, halls, events };
};

describeDatabases('the live service on $dialect', ({ open }) => {
  let database: TestDatabase;
  let live: LiveService;
  let sent: ReturnType<typeof recorder>;
  let conferenceId: string;
  let host: string;
  let hall: string;

  beforeEach(async () => {
    database = await open();
    const clock = steppingClock();
    const conferences = createConferenceService(database, { now: clock });
    const c = await conferences.create({ title: 'Hội nghị trực tuyến', startsAt: '2021-07-07T08:00' });
    host = (await conferences.addBridgePoint(c.id, pointInput('Hội trường UBND Tỉnh', { isHost: true }))).id;
    hall = (await conferences.addBridgePoint(c.id, pointInput('Điểm cầu huyện Tân Hồng'))).id;
    await conferences.addAgendaItem(c.id, agendaInput('Khai mạc', { durationMinutes: 5 }));
    await conferences.addAgendaItem(c.id, agendaInput('Báo cáo kết quả', { durationMinutes: 15 }));
    await conferences.addAgendaItem(c.id, agendaInput('Tham luận', { durationMinutes: null, perSpeakerMinutes: 7 }));
    conferenceId = c.id;
    sent = recorder();
    live = createLiveService(database, { now: clock, events: sent.events });
  });
  afterEach(() => database.close());

  it('runs a scripted meeting: versions contiguous, one audit row per write, events after commit', async () => {
    const planned = await live.state(conferenceId);
    expect(planned).toMatchObject({ version: 0, phase: 'not_started' });
    expect(planned.items.map((item) => item.content)).toEqual(['Khai mạc', 'Báo cáo kết quả', 'Tham luận']);

    await live.run(conferenceId, START_CONFIRMED, O);
    await live.run(conferenceId, { type: 'start_item' }, O);
    const asked = await live.requestFloor(conferenceId, { clientKey: 'tan-hong-1', kind: 'speak' }, operatorAt(hall), O);
    expect(asked).toMatchObject({ bridgePointName: 'Điểm cầu huyện Tân Hồng', speakerName: 'Đại diện điểm cầu', state: 'waiting' });
    await live.run(conferenceId, { type: 'give_floor', requestId: asked.id, seconds: 120 }, O);
    await live.run(conferenceId, { type: 'extend', target: 'floor', seconds: 60 }, O);
    await live.run(conferenceId, { type: 'end_floor' }, O);
    await live.run(conferenceId, { type: 'skip_item', itemId: planned.items[2]!.id }, O);
    const { state } = await live.run(conferenceId, { type: 'end_meeting' }, O);

    expect(state.phase).toBe('ended');
    const events = await live.allEvents(conferenceId);
    expect(events.map((event) => event.version)).toEqual(Array.from({ length: state.version }, (_, i) => i + 1));
    expect(sent.programme).toEqual(events);
    expect(await live.state(conferenceId)).toEqual(state);
    expect(state.requests[0]).toMatchObject({ id: asked.id, state: 'done', allowedSeconds: 180 });

    const audit = (await createAuditService(database).list({ conferenceId, limit: 50 })).filter((row) => row.entityType === 'live');
    expect(audit.map((row) => row.action).reverse()).toEqual([
      'live.start_meeting',
      'live.start_item',
      'live.request_floor',
      'live.give_floor',
      'live.extend',
      'live.end_floor',
      'live.skip_item',
      'live.end_meeting',
    ]);

    const timeline = await live.timeline(conferenceId);
    expect(timeline.speeches).toHaveLength(1);
    expect(timeline.totals.itemsSkipped).toBe(1);
    expect((await rejection(live.run(conferenceId, { type: 'start_item' }, O))).code).toBe('live.ended');
  });

  it('keeps versions contiguous when two services race on one database', async () => {
    const other = createLiveService(database, { events: sent.events });
    await live.run(conferenceId, START_CONFIRMED, O);
    const asks = Array.from({ length: 12 }, (_, i) =>
      (i % 2 === 0 ? live : other).requestFloor(
        conferenceId,
        { clientKey: `khoa-${i}-abcdef`, kind: 'speak' },
        operatorAt(hall, `nguoi-${i}`),
        O,
      ),
    );
    const requests = await Promise.all(asks);
    const state = await live.state(conferenceId);
    expect(state.version).toBe(13);
    expect(new Set(requests.map((r) => r.id)).size).toBe(12);
    expect(state.waitingOrder).toHaveLength(12);
    const events = await other.allEvents(conferenceId);
    expect(events.map((event) => event.version)).toEqual(Array.from({ length: 13 }, (_, i) => i + 1));
    expect(sent.programme.map((event) => event.version).sort((a, b) => a - b)).toEqual(events.map((event) => event.version));
  });

  it('answers a retried request to speak with the first one, writing nothing more', async () => {
    const first = await live.requestFloor(conferenceId, { clientKey: 'lap-lai-123', kind: 'speak' }, operatorAt(hall), O);
    const again = await live.requestFloor(
      conferenceId,
      { clientKey: 'lap-lai-123', kind: 'speak', speakerName: 'Khác' },
      operatorAt(hall),
      O,
    );
    expect(again).toEqual(first);
    expect((await live.state(conferenceId)).version).toBe(1);
    expect(sent.programme).toHaveLength(1);
    const rows = await createAuditService(database).list({ conferenceId, action: 'live.request_floor' });
    expect(rows).toHaveLength(1);
    // Another requester's key is another request; a second 'speak' while one waits is refused.
    const theirs = await live.requestFloor(conferenceId, { clientKey: 'lap-lai-123', kind: 'speak' }, operatorAt(host), O);
    expect(theirs.id).not.toBe(first.id);
    expect((await rejection(live.requestFloor(conferenceId, { clientKey: 'lan-thu-hai', kind: 'speak' }, operatorAt(hall), O))).code).toBe(
      'live.already_waiting',
    );
    expect(
      (await rejection(live.requestFloor(conferenceId, { clientKey: 'diem-la-12', kind: 'speak' }, operatorAt(conferenceId), O))).code,
    ).toBe('bridge_point.not_found');
    const withdrawn = await live.withdraw(conferenceId, first.id, `op-${hall}`, O);
    expect(withdrawn.state).toBe('withdrawn');
    expect((await rejection(live.withdraw(conferenceId, theirs.id, `op-${hall}`, O))).code).toBe('live.not_your_request');
  });

  it('replays the events after a version, or says to send the state', async () => {
    expect(await live.eventsSince(conferenceId, 0)).toEqual([]);
    expect(await live.eventsSince(conferenceId, 1)).toBeNull();
    await live.run(conferenceId, START_CONFIRMED, O);
    await live.run(conferenceId, { type: 'start_item' }, O);
    await live.run(conferenceId, { type: 'pause' }, O);
    expect((await live.eventsSince(conferenceId, 1))?.map((event) => event.type)).toEqual(['item.started', 'timer.paused']);
    expect(await live.eventsSince(conferenceId, 3)).toEqual([]);
    expect(await live.eventsSince(conferenceId, 4)).toBeNull();
    // Far behind: more than MAX_REPLAY events missed.
    const state = await live.state(conferenceId);
    await updateLiveState(database.db, state.version, { ...state, version: MAX_REPLAY + 2 }, new Date().toISOString());
    expect(await live.eventsSince(conferenceId, 1)).toBeNull();
    expect(await live.eventsSince(conferenceId, 2)).toHaveLength(1);
  });

  it('numbers hall reports and messages together and shows each reader only their scope', async () => {
    const ready = { ready: true, headcount: 40, link: 'good', note: ' Sẵn sàng ' } as const;
    const reported = await live.reportHall(conferenceId, hall, ready, O);
    expect(reported).toMatchObject({
      bridgePointId: hall,
      name: 'Điểm cầu huyện Tân Hồng',
      isHost: false,
      seq: 1,
      note: 'Sẵn sàng',
      headcount: 40,
    });
    const toAll = await live.sendMessage(conferenceId, { toBridgePointId: null, text: 'Kiểm tra âm thanh' }, 'Chủ trì', O);
    const toHost = await live.sendMessage(conferenceId, { toBridgePointId: host, text: 'Chuẩn bị khai mạc' }, 'Chủ trì', O);
    await live.reportHall(conferenceId, host, { ...ready, link: 'weak', headcount: null }, O);
    expect([toAll.seq, toHost.seq]).toEqual([2, 3]);

    const wall = await live.halls(conferenceId, 'all');
    expect(wall.seq).toBe(4);
    expect(wall.halls.map((h) => [h.name, h.seq])).toEqual([
      ['Hội trường UBND Tỉnh', 4],
      ['Điểm cầu huyện Tân Hồng', 1],
    ]);
    expect(wall.messages.map((m) => m.seq)).toEqual([2, 3]);
    const mine = await live.halls(conferenceId, [hall]);
    expect(mine.halls.map((h) => h.bridgePointId)).toEqual([hall]);
    expect(mine.messages.map((m) => m.id)).toEqual([toAll.id]);

    expect((await live.hallChangesSince(conferenceId, 1, [hall]))?.map((c) => c.seq)).toEqual([2]);
    expect((await live.hallChangesSince(conferenceId, 0, 'all'))?.map((c) => `${c.kind}:${c.seq}`)).toEqual([
      'hall:1',
      'message:2',
      'message:3',
      'hall:4',
    ]);
    expect(await live.hallChangesSince(conferenceId, 5, 'all')).toBeNull();
    expect(sent.halls.map((c) => c.seq)).toEqual([1, 2, 3, 4]);

    const rows = await createAuditService(database).list({ conferenceId, limit: 10 });
    expect(rows.map((row) => row.action).reverse()).toEqual(['live.report_hall', 'live.message', 'live.message', 'live.report_hall']);
    expect((await rejection(live.reportHall(conferenceId, conferenceId, ready, O))).code).toBe('bridge_point.not_found');
    expect((await rejection(live.sendMessage(conferenceId, { toBridgePointId: conferenceId, text: 'x' }, 'Chủ trì', O))).code).toBe(
      'bridge_point.not_found',
    );
  });

  it('gives the facts the routes need and 404 for a missing conference', async () => {
    const facts = await live.facts(conferenceId);
    expect(facts).toMatchObject({ id: conferenceId, status: 'draft', archived: false, title: 'Hội nghị trực tuyến' });
    expect(facts.bridgePoints.map((p) => [p.id, p.isHost])).toEqual([
      [host, true],
      [hall, false],
    ]);
    expect((await rejection(live.facts(hall))).code).toBe('conference.not_found');
    expect((await rejection(live.state(hall))).code).toBe('conference.not_found');
    expect((await rejection(live.run(hall, START_CONFIRMED, O))).code).toBe('conference.not_found');
  });

  it('force-mutes only a hall of the conference (or a guest), and writes nothing for another', async () => {
    const before = (await live.state(conferenceId)).version;
    expect((await rejection(live.run(conferenceId, { type: 'mute_hall', feed: 'not-a-hall', muted: true }, O))).code).toBe(
      'bridge_point.not_found',
    );
    expect((await live.state(conferenceId)).version).toBe(before);
    const { state } = await live.run(conferenceId, { type: 'mute_hall', feed: hall, muted: true }, O);
    expect(state.forcedMutes).toEqual([hall]);
    const guest = await live.run(conferenceId, { type: 'mute_hall', feed: 'guest:link-1', muted: true }, O);
    expect(guest.state.forcedMutes).toEqual([hall, 'guest:link-1']);
  });
});
