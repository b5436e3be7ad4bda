/**
 * The attendance of some points read without the plan (issue 18): `reportOf` loads only the
 * points asked for, and answers what `report` answers from the whole plan, on both dialects.
 */
import { afterEach, beforeEach, expect, it } from 'vitest';
import { describeDatabases, type TestDatabase } from '../../storage/test-databases.js';
import { createConferenceService } from '../conference-service.js';
import { groupInput, pointInput, rejection, steppingClock } from '../testing.js';
import { createAttendanceService } from './attendance-service.js';
import { createDelegateService } from './delegate-service.js';

describeDatabases('attendance of some points, without the plan, on $dialect', ({ open }) => {
  let database: TestDatabase;
  afterEach(() => database.close());
  let conferences: ReturnType<typeof createConferenceService>;
  let attendance: ReturnType<typeof createAttendanceService>;
  let conferenceId: string;
  let points: string[];

  beforeEach(async () => {
    database = await open();
    const clock = steppingClock();
    conferences = createConferenceService(database, { now: clock });
    const delegates = createDelegateService(database, { now: clock });
    attendance = createAttendanceService(database);
    conferenceId = (await conferences.create({ title: 'Hội nghị trực tuyến', startsAt: '2021-07-07T08:00' })).id;
    points = [];
    points.push((await conferences.addBridgePoint(conferenceId, pointInput('Hội trường UBND Tỉnh', { isHost: true, quota: 40 }))).id);
    points.push((await conferences.addBridgePoint(conferenceId, pointInput('Điểm cầu huyện Tân Hồng', { quota: 20 }))).id);
    points.push((await conferences.addBridgePoint(conferenceId, pointInput('Điểm cầu huyện Tam Nông', { quota: 15 }))).id);
    await conferences.addParticipantGroup(conferenceId, groupInput('Lãnh đạo UBND huyện', { scope: 'every_other_point', count: 3 }));
    await conferences.addParticipantGroup(
      conferenceId,
      groupInput('Sở, ban, ngành', { scope: 'point', bridgePointId: points[0]!, count: 30 }),
    );
    for (const [index, point] of points.entries()) {
      for (let n = 0; n <= index; n++) await delegates.create(conferenceId, { bridgePointId: point, fullName: `Đại biểu ${index}.${n}` });
    }
  });

  it('answers for one point, with its groups, what the whole plan answers', async () => {
    const whole = await conferences.get(conferenceId);
    const one = { bridgePointIds: [points[1]!], detail: true };
    const fromPlan = await attendance.report(whole, one);
    const alone = await attendance.reportOf(conferenceId, one);
    expect(alone).toEqual(fromPlan);
    expect(alone.points.map((p) => [p.bridgePointId, p.quota])).toEqual([[points[1]!, 20]]);
    expect(alone.totals.quota).toBe(20);
  });

  it('answers for every point and for some points what the whole plan answers, and counts only those points', async () => {
    const whole = await conferences.get(conferenceId);
    expect(await attendance.reportOf(conferenceId)).toEqual(await attendance.report(whole));
    const some = { bridgePointIds: [points[2]!, points[1]!] };
    const report = await attendance.reportOf(conferenceId, some);
    expect(report).toEqual(await attendance.report(whole, some));
    expect(report.points.map((p) => p.bridgePointId)).toEqual([points[1]!, points[2]!]); // plan order
    expect(report.totals).toMatchObject({ quota: 35 });
    const all = await attendance.reportOf(conferenceId);
    expect(report.points).toEqual(all.points.filter((p) => p.bridgePointId !== points[0]));
  });

  it("refuses one point of another conference as not found, and leaves another conference's points out of a set", async () => {
    const other = (await conferences.create({ title: 'Hội nghị khác', startsAt: '2021-07-08T08:00' })).id;
    const stranger = (await conferences.addBridgePoint(other, pointInput('Điểm cầu khác'))).id;
    expect((await rejection(attendance.reportOf(conferenceId, { bridgePointIds: [stranger], detail: true }))).code).toBe(
      'bridge_point.not_found',
    );
    expect(
      (await attendance.reportOf(conferenceId, { bridgePointIds: [stranger, points[2]!] })).points.map((p) => p.bridgePointId),
    ).toEqual([points[2]!]);
    expect(
      (await rejection(attendance.list({ id: conferenceId, title: '', startsAt: null, governingBody: '', issuingBody: '' }, stranger)))
        .code,
    ).toBe('bridge_point.not_found');
  });
});
