/**
 * One head count per hall (issue 15): the check-in desk's number and the operator's roll-call
 * number are the same record, so the attendance wall and the roll-call wall cannot disagree,
 * and each write tells both walls.
 */
import { afterEach, beforeEach, expect, it } from 'vitest';
import { InProcessEventBus, type BackboneEvent } from '../../realtime/event-bus.js';
import { describeDatabases, type TestDatabase } from '../../storage/test-databases.js';
import { SYSTEM_ORIGIN, type AuditOrigin } from '../accounts/audit-context.js';
import { createConferenceService } from '../conference-service.js';
import { createAttendanceService } from '../participants/attendance-service.js';
import { createCheckInService } from '../participants/check-in-service.js';
import { pointInput, steppingClock } from '../testing.js';
import { createLiveService } from './live-service.js';

const operator: AuditOrigin = { ...SYSTEM_ORIGIN, actor: { kind: 'link', userId: null, linkId: 'l1', label: 'Kỹ thuật Tân Hồng' } };
const ready = { ready: true, link: 'good', note: '' } as const;

describeDatabases('one head count per hall on $dialect', ({ open }) => {
  let database: TestDatabase;
  afterEach(() => database.close());
  let conferenceId: string;
  let hall: string;
  let published: BackboneEvent[];
  let conferences: ReturnType<typeof createConferenceService>;
  let services: {
    live: ReturnType<typeof createLiveService>;
    checkIns: ReturnType<typeof createCheckInService>;
    attendance: ReturnType<typeof createAttendanceService>;
  };

  beforeEach(async () => {
    database = await open();
    const clock = steppingClock();
    conferences = createConferenceService(database, { now: clock });
    const c = await conferences.create({ title: 'Hội nghị trực tuyến', startsAt: '2021-07-07T08:00' });
    await conferences.addBridgePoint(c.id, pointInput('Hội trường UBND Tỉnh', { isHost: true }));
    hall = (await conferences.addBridgePoint(c.id, pointInput('Điểm cầu huyện Tân Hồng'))).id;
    conferenceId = c.id;
    const events = new InProcessEventBus();
    published = [];
    events.subscribeAll(({ event }) => void published.push(event));
    services = {
      live: createLiveService(database, { now: clock, events }),
      checkIns: createCheckInService(database, { now: clock, events }),
      attendance: createAttendanceService(database),
    };
  });

  const rollCall = async () => (await services.live.halls(conferenceId, 'all')).halls.find((h) => h.bridgePointId === hall)!;
  const attendanceWall = async () => {
    const report = await services.attendance.report(await conferences.get(conferenceId));
    return report.points.find((p) => p.bridgePointId === hall)!.headcount;
  };

  it("shows the desk's number on the roll call, as a new hall change, and tells both walls", async () => {
    await services.checkIns.reportHeadcount(conferenceId, hall, { count: 37 });
    expect(await rollCall()).toMatchObject({ headcount: 37, seq: 1 });
    expect(await attendanceWall()).toBe(37);
    expect(published.map((e) => e.type)).toEqual(['attendance.changed', 'live.hall']);
    expect(published[1]).toMatchObject({ type: 'live.hall', change: { kind: 'hall', seq: 1, hall: { headcount: 37 } } });
    expect((await services.live.hallChangesSince(conferenceId, 0, 'all'))?.map((c) => c.kind === 'hall' && c.hall.headcount)).toEqual([37]);
  });

  it("keeps the operator's number as the desk's, and a report without a number leaves it", async () => {
    await services.checkIns.reportHeadcount(conferenceId, hall, { count: 37 });
    published.length = 0;
    await services.live.reportHall(conferenceId, hall, { ...ready, headcount: 40 }, operator);
    expect(await attendanceWall()).toBe(40);
    expect(await rollCall()).toMatchObject({ headcount: 40 });
    expect(published.map((e) => e.type)).toEqual(['live.hall', 'attendance.changed']);
    const desk = await services.checkIns.hall(conferenceId, hall);
    expect(desk.headcount).toMatchObject({ count: 40, reportedBy: 'Kỹ thuật Tân Hồng' });

    published.length = 0;
    await services.live.reportHall(conferenceId, hall, { ...ready, link: 'weak', headcount: null }, operator);
    expect(await rollCall()).toMatchObject({ headcount: 40, link: 'weak' });
    expect(await attendanceWall()).toBe(40);
    expect(published.map((e) => e.type)).toEqual(['live.hall']);
  });
});
