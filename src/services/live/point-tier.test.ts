/**
 * Media tiers on the roll call (issue 19), on both databases: the chair's promotion of a
 * watching point (checked against the plan, audited, its hall sent again with the new tier), a
 * plan edit of a tier reaching the hall stream, and a watching point's playback report.
 */
import { afterEach, beforeEach, expect, it } from 'vitest';
import type { HallChange } from '../../domain/live/live-state.js';
import { InProcessEventBus } from '../../realtime/event-bus.js';
import { describeDatabases, type TestDatabase } from '../../storage/test-databases.js';
import { SYSTEM_ORIGIN } from '../accounts/audit-context.js';
import { createAuditService } from '../accounts/audit-service.js';
import { createServices, type Services } from '../index.js';
import { pointInput, rejection, steppingClock } from '../testing.js';

const O = SYSTEM_ORIGIN;

describeDatabases('media tiers on the roll call on $dialect', ({ open }) => {
  let database: TestDatabase;
  let services: Services;
  let halls: HallChange[];
  let conferenceId: string;
  let host: string;
  let commune: string;
  let hall: string;

  beforeEach(async () => {
    database = await open();
    const events = new InProcessEventBus();
    halls = [];
    events.subscribeAll(({ event }) => {
      if (event.type === 'live.hall') halls.push(event.change);
    });
    services = createServices(database, { now: steppingClock(), events });
    const conferences = services.conferences;
    conferenceId = (await conferences.create({ title: 'Hội nghị trực tuyến', startsAt: '2021-07-07T08:00' })).id;
    host = (await conferences.addBridgePoint(conferenceId, pointInput('Hội trường UBND Tỉnh', { isHost: true, kind: 'commune' }))).id;
    commune = (await conferences.addBridgePoint(conferenceId, pointInput('UBND xã Tân Hộ Cơ', { kind: 'commune' }))).id;
    hall = (await conferences.addBridgePoint(conferenceId, pointInput('Điểm cầu huyện Tân Hồng'))).id;
  });
  afterEach(() => database.close());

  const tiers = async () =>
    Object.fromEntries((await services.live.halls(conferenceId, 'all')).halls.map((h) => [h.bridgePointId, h.tier]));

  it('lists each hall with the tier the plan gives it (a commune watches, the host interacts)', async () => {
    expect(await tiers()).toEqual({ [host]: 'interactive', [commune]: 'watching', [hall]: 'interactive' });
  });

  it('promotes a watching point for the day, sends its hall again, audits it, and sends it back', async () => {
    const { state } = await services.live.run(conferenceId, { type: 'set_point_tier', bridgePointId: commune, promoted: true }, O);
    expect(state.promotedPoints).toEqual([commune]);
    expect(halls.at(-1)).toMatchObject({ kind: 'hall', hall: { bridgePointId: commune, tier: 'interactive' } });
    expect((await tiers())[commune]).toBe('interactive');
    // A wall that missed it replays the hall with its new tier.
    const replay = await services.live.hallChangesSince(conferenceId, 0, 'all');
    expect(replay).toContainEqual(
      expect.objectContaining({ hall: expect.objectContaining({ bridgePointId: commune, tier: 'interactive' }) }),
    );

    await services.live.run(conferenceId, { type: 'set_point_tier', bridgePointId: commune, promoted: false }, O);
    expect((await tiers())[commune]).toBe('watching');
    const audit = await createAuditService(database).list({ conferenceId });
    expect(audit.filter((row) => row.action === 'live.set_point_tier')).toHaveLength(2);
  });

  it('refuses a point of no conference and one the plan already makes interactive, and writes nothing', async () => {
    const before = (await services.live.state(conferenceId)).version;
    expect(
      (await rejection(services.live.run(conferenceId, { type: 'set_point_tier', bridgePointId: 'nope', promoted: true }, O))).code,
    ).toBe('live.point_not_found');
    for (const id of [host, hall]) {
      expect(
        (await rejection(services.live.run(conferenceId, { type: 'set_point_tier', bridgePointId: id, promoted: true }, O))).code,
      ).toBe('live.point_not_watching');
    }
    expect((await services.live.state(conferenceId)).version).toBe(before);
  });

  it('sends a hall again when the plan changes its tier', async () => {
    halls.length = 0;
    await services.conferences.updateBridgePoint(conferenceId, hall, { mediaTier: 'watching' });
    expect(halls).toEqual([expect.objectContaining({ hall: expect.objectContaining({ bridgePointId: hall, tier: 'watching' }) })]);
    await services.conferences.updateBridgePoint(conferenceId, hall, { name: 'Điểm cầu huyện Tân Hồng (mới)' });
    expect(halls).toHaveLength(1);
  });

  it("keeps a watching point's playback report with its hall, without an audit row, and nothing for the same report", async () => {
    const report = { state: 'playing' as const, latencyMs: 3200, rendition: '720p', stalls: 0 };
    const measured = await services.live.measurePlayback(conferenceId, commune, report);
    expect(measured).toMatchObject({ bridgePointId: commune, tier: 'watching', playback: { ...report, at: expect.any(Number) } });
    expect(halls.at(-1)).toMatchObject({ hall: { playback: report } });
    expect(await services.live.measurePlayback(conferenceId, commune, report)).toBeNull();
    const stalled = await services.live.measurePlayback(conferenceId, commune, { ...report, state: 'stalled', stalls: 1 });
    expect(stalled?.playback).toMatchObject({ state: 'stalled', stalls: 1 });
    const listed = (await services.live.halls(conferenceId, [commune])).halls;
    expect(listed).toEqual([expect.objectContaining({ playback: expect.objectContaining({ state: 'stalled', latencyMs: 3200 }) })]);
    // A roll-call report keeps the playback.
    await services.live.reportHall(conferenceId, commune, { ready: true, headcount: null, link: 'good', note: '' }, O);
    expect((await services.live.halls(conferenceId, [commune])).halls[0]?.playback).toMatchObject({ state: 'stalled' });
    expect((await rejection(services.live.measurePlayback(conferenceId, 'nope', report))).code).toBe('bridge_point.not_found');
    const audit = await createAuditService(database).list({ conferenceId });
    expect(audit.map((row) => row.action)).not.toContain('live.report_playback');
  });
});
