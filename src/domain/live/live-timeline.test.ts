import { beforeAll, describe, expect, it } from 'vitest';
import { buildTimeline } from './live-timeline.js';
import type { Timeline } from './live-timeline.types.js';
import { floorRequest, LiveDriver, seedLiveConference, T0 } from './live.fixture.js';

const MIN = 60_000;

/** A scripted morning on the seed programme. */
const scriptedMeeting = async (): Promise<{ live: LiveDriver; timeline: Timeline }> => {
  const live = new LiveDriver(await seedLiveConference());
  live.request(floorRequest('tan-hong', { bridgePointName: 'Điểm cầu huyện Tân Hồng', speakerName: 'Đại diện huyện Tân Hồng' }));
  live.request(floorRequest('sa-dec'));
  live.request(floorRequest('lap-vo'));
  const [tanHong, saDec, lapVo] = live.state.waitingOrder as [string, string, string];
  live.run({ type: 'start_meeting' });
  live.run({ type: 'start_item' }); // 1: 5 minutes, runs 6
  live.tick(6 * MIN).run({ type: 'start_item' }); // 2: 15 minutes + 2 extended, runs 16
  live.tick(10 * MIN).run({ type: 'extend', target: 'item', seconds: 120 });
  live.tick(6 * MIN).run({ type: 'skip_item', itemId: 'agenda-3' });
  live.run({ type: 'insert_item', afterItemId: 'agenda-2', content: 'Phát biểu của Sở Y tế', presenter: 'Sở Y tế', minutes: 5 });
  live.run({ type: 'start_item' }); // the inserted item, runs 4 minutes
  live.tick(4 * MIN).run({ type: 'start_item' }); // 4: no length
  live.run({ type: 'give_floor', requestId: tanHong }); // no rule under 4: 300 s
  live.tick(2 * MIN).run({ type: 'pause' });
  live.tick(MIN).run({ type: 'resume' });
  live.tick(MIN).run({ type: 'extend', target: 'floor', seconds: 60 });
  live.tick(4 * MIN).run({ type: 'end_floor' }); // spoke 8 minutes wall-clock, 7 on the clock
  live.withdraw(saDec, 'sa-dec');
  live.run({ type: 'remove_request', requestId: lapVo });
  live.tick(MIN).run({ type: 'end_meeting' });
  return { live, timeline: buildTimeline(live.state, live.events) };
};

describe('buildTimeline of a scripted meeting', () => {
  let live: LiveDriver;
  let timeline: Timeline;
  const row = (itemId: string) => timeline.items.find((i) => i.itemId === itemId)!;
  beforeAll(async () => {
    ({ live, timeline } = await scriptedMeeting());
  });

  it('lists items in run order, the inserted one where it ran and the skipped one in its place', () => {
    expect(timeline.items.slice(0, 5).map((i) => [i.itemId, i.runOrder, i.plannedOrder, i.state])).toEqual([
      ['agenda-1', 1, 1, 'done'],
      ['agenda-2', 2, 2, 'done'],
      ['new-4', 3, null, 'done'],
      ['agenda-3', 4, 3, 'skipped'],
      ['agenda-4', 5, 4, 'done'],
    ]);
    expect(timeline.items).toHaveLength(19);
    expect(timeline.items.at(-1)).toMatchObject({ itemId: 'agenda-18', state: 'pending', actualStart: null, overrunSeconds: null });
  });

  it('compares planned and actual, with the extension kept apart', () => {
    expect(row('agenda-1')).toMatchObject({ plannedSeconds: 300, actualSeconds: 360, overrunSeconds: 60, actualStart: T0 });
    expect(row('agenda-2')).toMatchObject({ plannedSeconds: 900, actualSeconds: 960, extendedSeconds: 120, overrunSeconds: 60 });
    expect(row('new-4')).toMatchObject({ inserted: true, plannedSeconds: 300, actualSeconds: 240, overrunSeconds: -60 });
    expect(row('agenda-4')).toMatchObject({ plannedSeconds: null, actualSeconds: 9 * 60, overrunSeconds: null });
  });

  it('records each speech with hall, item, allowed and spoken time', () => {
    expect(timeline.speeches).toEqual([
      expect.objectContaining({
        ...{ speakerName: 'Đại diện huyện Tân Hồng', bridgePointName: 'Điểm cầu huyện Tân Hồng', kind: 'speak' },
        ...{ itemId: 'agenda-4', itemNumber: '4', requestedAt: T0, seconds: 8 * 60, allowedSeconds: 360, overrunSeconds: 120 },
      }),
    ]);
  });

  it('records the live changes in order', () => {
    expect(timeline.changes.map((c) => [c.kind, c.subject, c.seconds])).toEqual([
      ['extended_item', row('agenda-2').content, 120],
      ['skipped', row('agenda-3').content, null],
      ['inserted', 'Phát biểu của Sở Y tế', null],
      ['paused', '', null],
      ['resumed', '', null],
      ['extended_floor', 'Đại diện huyện Tân Hồng', 60],
      ['request_withdrawn', 'Đại biểu sa-dec (Điểm cầu sa-dec)', null],
      ['request_removed', 'Đại biểu lap-vo (Điểm cầu lap-vo)', null],
    ]);
    const versions = timeline.changes.map((c) => c.version);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
  });

  it('totals the meeting', () => {
    expect(timeline).toMatchObject({ conferenceId: 'conf-seed', startedAt: T0, endedAt: live.state.endedAt });
    expect(timeline.totals).toEqual({
      plannedSeconds: (5 + 15 + 20 + 56 + 15 + 15 + 15) * 60 + 300,
      actualSeconds: 35 * 60,
      itemsRun: 4,
      itemsSkipped: 1,
      itemsInserted: 1,
      itemsOverrun: 2,
      speeches: 1,
      speakingSeconds: 8 * 60,
    });
  });

  it('records a speech between items under no item', async () => {
    const between = new LiveDriver(await seedLiveConference());
    between.run({ type: 'start_meeting' });
    between.request(floorRequest('a', { kind: 'point_of_order' }));
    between.run({ type: 'give_floor', requestId: between.state.waitingOrder[0]! });
    between.tick(30_000).run({ type: 'start_item' });
    between.tick(30_000).run({ type: 'end_floor' });
    const [only] = buildTimeline(between.state, between.events).speeches;
    expect(only).toMatchObject({
      itemId: null,
      itemNumber: '',
      kind: 'point_of_order',
      seconds: 60,
      allowedSeconds: 300,
      overrunSeconds: -240,
    });
  });

  it('gives an empty timeline before the meeting', () => {
    const empty = buildTimeline(live.initial, []);
    expect(empty.items.map((i) => i.runOrder)).toEqual(empty.items.map((_, k) => k + 1));
    expect(empty.totals).toMatchObject({ actualSeconds: 0, itemsRun: 0, speeches: 0 });
    expect(empty.changes).toEqual([]);
  });
});

describe('the recording in the timeline (issue 6)', () => {
  it('lists when the recording of the host programme started and stopped', async () => {
    const live = new LiveDriver(await seedLiveConference());
    live.run({ type: 'start_meeting' });
    live.run({ type: 'set_recording', recording: true });
    live.tick(10 * MIN).run({ type: 'set_recording', recording: false });
    const { changes } = buildTimeline(live.state, live.events);
    expect(changes.map((c) => [c.kind, c.at - T0])).toEqual([
      ['recording_started', 0],
      ['recording_stopped', 10 * MIN],
    ]);
  });

  it("lists the chair's force-mutes with the hall's name, a guest as a guest", async () => {
    const live = new LiveDriver(await seedLiveConference());
    live.run({ type: 'start_meeting' });
    live.run({ type: 'mute_hall', feed: 'bp-2', muted: true });
    live.tick(MIN).run({ type: 'mute_hall', feed: 'bp-2', muted: false });
    live.run({ type: 'mute_hall', feed: 'guest:link-9', muted: true });
    const { changes } = buildTimeline(live.state, live.events, new Map([['bp-2', 'Điểm cầu huyện Tân Hồng']]));
    expect(changes.map((c) => [c.kind, c.subject, c.at - T0])).toEqual([
      ['hall_muted', 'Điểm cầu huyện Tân Hồng', 0],
      ['hall_unmuted', 'Điểm cầu huyện Tân Hồng', MIN],
      ['hall_muted', 'Khách mời', MIN],
    ]);
  });
});

describe("the chair's promotions in the timeline (issue 19)", () => {
  it('lists when a watching point was let interact and sent back, with its name', async () => {
    const live = new LiveDriver(await seedLiveConference());
    live.points.set('bp-9', { kind: 'commune', isHost: false, mediaTier: null });
    live.run({ type: 'start_meeting' });
    live.run({ type: 'set_point_tier', bridgePointId: 'bp-9', promoted: true });
    live.tick(5 * MIN).run({ type: 'set_point_tier', bridgePointId: 'bp-9', promoted: false });
    const { changes } = buildTimeline(live.state, live.events, new Map([['bp-9', 'UBND xã Tân Hộ Cơ']]));
    expect(changes.map((c) => [c.kind, c.subject, c.at - T0])).toEqual([
      ['point_promoted', 'UBND xã Tân Hộ Cơ', 0],
      ['point_demoted', 'UBND xã Tân Hộ Cơ', 5 * MIN],
    ]);
  });
});

describe('a running item skipped in the timeline', () => {
  it('keeps its run as it stood; a speech after it belongs to no item', async () => {
    const live = new LiveDriver(await seedLiveConference());
    live.run({ type: 'start_meeting' });
    live.run({ type: 'start_item' });
    live.request(floorRequest('a'));
    live.tick(2 * MIN).run({ type: 'skip_item', itemId: 'agenda-1' });
    live.tick(1000).run({ type: 'give_floor', requestId: live.state.waitingOrder[0]! });
    live.tick(MIN).run({ type: 'end_floor' });
    const timeline = buildTimeline(live.state, live.events);
    expect(timeline.items[0]).toMatchObject({ itemId: 'agenda-1', state: 'skipped', runOrder: 1, actualSeconds: 120 });
    expect(timeline.speeches[0]).toMatchObject({ itemId: null, seconds: 60 });
    expect(timeline.changes.map((c) => [c.kind, c.subject])).toEqual([['skipped', timeline.items[0]!.content]]);
    // It ran for two minutes: counted as run and as skipped.
    expect(timeline.totals).toMatchObject({ itemsSkipped: 1, itemsRun: 1 });
  });
});
