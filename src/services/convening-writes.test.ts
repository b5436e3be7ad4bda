import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, expect, it } from 'vitest';
import type { Conference, ConferenceSessionInput } from '../domain/conference.schema.js';
import { SYSTEM_ORIGIN } from './accounts/audit-context.js';
import { describeDatabases, type TestDatabase } from '../storage/test-databases.js';
import { loadReferenceUnitLists, packageRoot } from './administrative-unit-service.js';
import { createServices, type Services } from './index.js';
import { sampleDraft } from './plan-draft.fixture.js';
import { groupInput, rejection, steppingClock } from './testing.js';
import { START_CONFIRMED } from '../domain/safety/safety.fixture.js';

const session = (over: Partial<ConferenceSessionInput> = {}): ConferenceSessionInput => ({
  label: '',
  date: null,
  dateIsApproximate: false,
  startTime: null,
  endTime: null,
  partOfDay: null,
  timeText: '',
  ...over,
});

const vn2025 = JSON.parse(readFileSync(`${packageRoot()}/reference/administrative-units/vn-2025.json`, 'utf8')) as {
  units: { code: string; parentCode: string | null }[];
};
const communesOf = (province: string) => vn2025.units.filter((unit) => unit.parentCode === province).length;

describeDatabases('sessions, chairs, outline and groups of points on $dialect', ({ open }) => {
  let database: TestDatabase;
  let services: Services;
  let plan: Conference;
  beforeEach(async () => {
    database = await open();
    services = createServices(database, { now: steppingClock() });
    plan = await services.conferences.createFromDraft(sampleDraft());
  });
  afterEach(() => database.close());
  const s = () => services.conferences;

  it('derives the start from the first session only when it is exact, and never invents one', async () => {
    expect(plan.startsAt).toBe('2021-07-07T08:00');
    expect(plan.sessions).toMatchObject([{ date: '2021-07-07', startTime: '08:00', position: 0 }]);
    const approximate = await s().replaceSessions(plan.id, [
      session({ date: '2026-06', dateIsApproximate: true, timeText: 'dự kiến tháng 6/2026' }),
    ]);
    expect(approximate.startsAt).toBeNull();
    expect((await s().list({})).items.find((item) => item.id === plan.id)).toMatchObject({ startsAt: null, firstDate: '2026-06' });
    const morning = await s().replaceSessions(plan.id, [session({ date: '2026-05-20', partOfDay: 'morning' })]);
    expect(morning.startsAt).toBeNull();
    const twoDays = await s().replaceSessions(plan.id, [
      session({ label: 'Ngày 1', date: '2026-04-16', startTime: '07:30', endTime: '11:30' }),
      session({ label: 'Ngày 2', date: '2026-04-17', partOfDay: 'morning' }),
    ]);
    expect(twoDays.startsAt).toBe('2026-04-16T07:30');
    expect(twoDays.sessions.map((x) => [x.label, x.position])).toEqual([
      ['Ngày 1', 0],
      ['Ngày 2', 1],
    ]);
    const bad = await rejection(s().replaceSessions(plan.id, [session({ startTime: '10:00', endTime: '09:00' })]));
    expect([bad.status, bad.code]).toEqual([422, 'session.end_before_start']);
    expect((await rejection(s().replaceSessions(plan.id, []))).status).toBe(400);
    // Writing startsAt fixes the first session and keeps the second.
    const patched = await s().updateInfo(plan.id, { startsAt: '2026-04-16T08:00' });
    expect(patched.sessions.map((x) => [x.date, x.startTime])).toEqual([
      ['2026-04-16', '08:00'],
      ['2026-04-17', null],
    ]);
    const cleared = await s().updateInfo(plan.id, { startsAt: null });
    expect([cleared.startsAt, cleared.sessions[0]!.date, cleared.sessions[0]!.startTime]).toEqual([null, null, null]);
  });

  it('refuses to send invitations and to open the meeting while the start is not fixed', async () => {
    await s().replaceSessions(plan.id, [session({ date: '2026-06', dateIsApproximate: true })]);
    const send = await rejection(services.invitations.send(plan.id, { kind: 'invitation' }, 'http://127.0.0.1:3000'));
    expect([send.status, send.code]).toEqual([409, 'conference.time_not_set']);
    expect(send.localized.vi).toContain('chưa xác định');
    const origin = SYSTEM_ORIGIN;
    const live = await rejection(services.live.run(plan.id, START_CONFIRMED, origin));
    expect([live.status, live.code]).toEqual([409, 'conference.time_not_set']);
    await s().replaceSessions(plan.id, [session({ date: '2026-06-10', startTime: '08:00' })]);
    const opened = await services.live.run(plan.id, START_CONFIRMED, origin);
    expect(opened.state.phase).not.toBe('before');
  });

  it('replaces chairs and the outline tree, parents before their children', async () => {
    const chaired = await s().replaceChairs(plan.id, [
      { role: 'chair', personName: 'Nguyễn Văn A', title: 'Phó Chủ tịch UBND tỉnh', text: 'Chủ trì: đồng chí Nguyễn Văn A' },
      { role: 'co_chair', personName: 'Trần Thị B', title: 'Giám đốc Sở Tài chính', text: 'đồng chủ trì: đồng chí Trần Thị B' },
    ]);
    expect(chaired.chairs.map((c) => [c.role, c.personName, c.position])).toEqual([
      ['chair', 'Nguyễn Văn A', 0],
      ['co_chair', 'Trần Thị B', 1],
    ]);
    const sections = [
      { key: 'i', parentKey: null, numbering: 'I', heading: 'MỤC ĐÍCH, YÊU CẦU', kind: 'purpose' as const, paragraphs: [] },
      {
        key: 'i1',
        parentKey: 'i',
        numbering: '1',
        heading: 'Mục đích',
        kind: 'purpose' as const,
        paragraphs: [{ level: 1, text: 'Đánh giá kết quả.' }],
      },
      { key: 'ii', parentKey: null, numbering: 'II', heading: 'THỜI GIAN, ĐỊA ĐIỂM', kind: 'time_place' as const, paragraphs: [] },
    ];
    const outlined = await s().replaceOutline(plan.id, sections);
    expect(outlined.outline.map((x) => [x.numbering, x.heading, x.parentId === null])).toEqual([
      ['I', 'MỤC ĐÍCH, YÊU CẦU', true],
      ['1', 'Mục đích', false],
      ['II', 'THỜI GIAN, ĐỊA ĐIỂM', true],
    ]);
    expect(outlined.outline[1]!.parentId).toBe(outlined.outline[0]!.id);
    expect(outlined.outline[1]!.paragraphs).toEqual([{ level: 1, text: 'Đánh giá kết quả.' }]);
    const orphan = await rejection(s().replaceOutline(plan.id, [{ ...sections[1]!, parentKey: 'nope' }]));
    expect(orphan.code).toBe('outline.unknown_parent');
    expect((await s().get(plan.id)).outline).toHaveLength(3);
  });

  it('creates a national conference to every province and commune in one step, one province expanded', async () => {
    await loadReferenceUnitLists(database);
    const national = await s().addBridgePointsFromUnitTree(plan.id, {
      unitListId: 'vn-2025',
      expandCodes: ['04'],
      invitedBy: 'Chủ tịch UBND cấp tỉnh',
    });
    const added = national.points;
    const provinces = added.filter((p) => p.unitCode !== null && p.kind === 'hall');
    const groups = added.filter((p) => p.groupCount !== null);
    const named = added.filter((p) => p.kind === 'commune' && p.groupCount === null);
    expect(provinces).toHaveLength(34);
    expect(named).toHaveLength(communesOf('04'));
    expect(groups).toHaveLength(33);
    expect(groups.reduce((sum, g) => sum + g.groupCount!, 0)).toBe(3320 - communesOf('04'));
    expect(groups[0]).toMatchObject({
      unitListId: 'vn-2025',
      invitedBy: 'Chủ tịch UBND cấp tỉnh',
      venuePattern: 'Phòng họp trực tuyến của UBND cấp xã',
    });
    // Each point knows its province: its own code, its parent's for a commune or a group.
    expect(provinces.every((p) => p.provinceCode === p.unitCode)).toBe(true);
    expect(named.every((p) => p.provinceCode === '04')).toBe(true);
    expect(groups.every((p) => p.provinceCode === p.parentUnitCode)).toBe(true);
    const summary = national.bridgePointSummary;
    expect(summary).toMatchObject({ rows: plan.bridgePoints.length + added.length, groups: 33, inline: true });
    expect(summary.points).toBe(plan.bridgePoints.length + 34 + 3320);
    const hanoiRow = summary.byProvince.find((row) => row.code === '01');
    expect(hanoiRow).toEqual({ code: '01', name: 'Thành phố Hà Nội', rows: 2, points: 1 + communesOf('01') });
    // Again: nothing is added twice.
    const again = await s().addBridgePointsFromUnitTree(plan.id, { unitListId: 'vn-2025' });
    expect(again.points).toHaveLength(0);
    expect(again.bridgePointSummary.rows).toBe(summary.rows);
    const unknown = await rejection(s().addBridgePointsFromUnitTree(plan.id, { unitListId: 'vn-2025', expandCodes: ['99'] }));
    expect(unknown.code).toBe('administrative_unit.unknown');

    // Expanding one group: its participant lines go to every new point.
    const group = groups.find((g) => g.parentUnitCode === '01')!;
    await s().addParticipantGroup(plan.id, groupInput('Chủ tịch UBND xã', { scope: 'point', bridgePointId: group.id }));
    const expanded = await s().expandBridgePointGroup(plan.id, group.id);
    expect(expanded.removedIds).toEqual([group.id]);
    const hanoi = expanded.points;
    expect(hanoi.every((p) => vn2025.units.some((u) => u.code === p.unitCode && u.parentCode === '01') && p.provinceCode === '01')).toBe(
      true,
    );
    expect(hanoi).toHaveLength(communesOf('01'));
    const whole = await s().get(plan.id);
    expect(whole.bridgePoints.some((p) => p.id === group.id)).toBe(false);
    expect(whole.participantGroups.filter((g) => hanoi.some((p) => p.id === g.bridgePointId))).toHaveLength(communesOf('01'));
    const notGroup = await rejection(s().expandBridgePointGroup(plan.id, provinces[0]!.id));
    expect(notGroup.code).toBe('bridge_point.not_expandable');
  });
});
