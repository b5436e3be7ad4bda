import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { floorRequest, LiveDriver, refusal, seedLiveConference, type LiveConference } from './live.fixture.js';
import { remainingMs } from './live-timer.js';
import { currentItem, itemOf, nextItem, requestOf, speakingRequest, waitingRequests } from './live-view.js';

let seed: LiveConference;
beforeAll(async () => {
  seed = await seedLiveConference();
});
const MIN = 60_000;
const started = () => {
  const live = new LiveDriver(seed);
  live.run({ type: 'start_meeting' });
  return live;
};
const types = (events: { type: string }[]) => events.map((e) => e.type);

describe('the meeting phase', () => {
  it('starts once, refuses programme commands before and everything after the end', () => {
    const live = new LiveDriver(seed);
    expect(refusal(() => live.run({ type: 'start_item' }))).toEqual({ status: 409, code: 'live.not_running' });
    expect(types(live.run({ type: 'start_meeting' }))).toEqual(['meeting.started']);
    expect(live.state).toMatchObject({ phase: 'running', startedAt: live.now, version: 1 });
    expect(refusal(() => live.run({ type: 'start_meeting' }))).toEqual({ status: 409, code: 'live.already_started' });
    live.run({ type: 'end_meeting' });
    expect(live.state.phase).toBe('ended');
    for (const command of [{ type: 'start_meeting' }, { type: 'start_item' }, { type: 'pause' }] as const) {
      expect(refusal(() => live.run(command))).toEqual({ status: 409, code: 'live.ended' });
    }
    expect(refusal(() => live.request(floorRequest('d1')))).toEqual({ status: 409, code: 'live.ended' });
  });

  it('ends the floor, then the item, then the meeting', () => {
    const live = started();
    live.run({ type: 'start_item' });
    live.request(floorRequest('d1'));
    live.run({ type: 'give_floor', requestId: live.state.waitingOrder[0]! });
    live.tick(MIN);
    expect(types(live.run({ type: 'end_meeting' }))).toEqual(['floor.ended', 'item.ended', 'meeting.ended']);
    expect(live.state).toMatchObject({ currentItemId: null, itemTimer: null, floor: null, endedAt: live.now });
    expect(live.state.requests[0]).toMatchObject({ state: 'done', endedAt: live.now });
  });
});

describe('programme items', () => {
  let live: LiveDriver;
  beforeEach(() => {
    live = started();
  });

  it('starts the next pending item with its planned countdown, ending the running one first', () => {
    live.run({ type: 'start_item' });
    expect(currentItem(live.state)?.id).toBe('agenda-1');
    expect(live.state.itemTimer).toMatchObject({ durationMs: 5 * MIN, runningSince: live.now, warningMs: MIN });
    live.tick(6 * MIN);
    expect(types(live.run({ type: 'start_item' }))).toEqual(['item.ended', 'item.started']);
    expect(itemOf(live.state, 'agenda-1')).toMatchObject({ state: 'done', actualEnd: live.now });
    expect(itemOf(live.state, 'agenda-2')).toMatchObject({ state: 'running', actualStart: live.now });
    expect(nextItem(live.state)?.id).toBe('agenda-3');
  });

  it('starts a chosen item; an item without a length counts up', () => {
    live.run({ type: 'start_item', itemId: 'agenda-4' });
    expect(live.state.itemTimer?.durationMs).toBeNull();
    expect(nextItem(live.state)?.id).toBe('agenda-5');
    expect(refusal(() => live.run({ type: 'start_item', itemId: 'agenda-4' }))).toEqual({ status: 409, code: 'live.item_running' });
    expect(refusal(() => live.run({ type: 'start_item', itemId: 'nope' }))).toEqual({ status: 404, code: 'live.item_not_found' });
    live.run({ type: 'start_item', itemId: 'agenda-1' });
    expect(refusal(() => live.run({ type: 'start_item', itemId: 'agenda-4' }))).toEqual({ status: 409, code: 'live.item_closed' });
  });

  it('ends the running item and refuses when none runs', () => {
    expect(refusal(() => live.run({ type: 'end_item' }))).toEqual({ status: 409, code: 'live.no_item_running' });
    live.run({ type: 'start_item' });
    expect(types(live.run({ type: 'end_item' }))).toEqual(['item.ended']);
    expect(live.state.currentItemId).toBeNull();
  });

  it('skips pending items and the running one, never a done or skipped one; a skipped item cannot start', () => {
    live.run({ type: 'start_item' });
    live.run({ type: 'end_item' });
    expect(refusal(() => live.run({ type: 'skip_item', itemId: 'agenda-1' }))).toEqual({ status: 409, code: 'live.item_not_pending' });
    expect(refusal(() => live.run({ type: 'skip_item', itemId: 'x' }))).toEqual({ status: 404, code: 'live.item_not_found' });
    live.run({ type: 'skip_item', itemId: 'agenda-2' });
    expect(itemOf(live.state, 'agenda-2')?.state).toBe('skipped');
    expect(nextItem(live.state)?.id).toBe('agenda-3');
    expect(refusal(() => live.run({ type: 'start_item', itemId: 'agenda-2' }))).toEqual({ status: 409, code: 'live.item_closed' });
  });

  it('skips the running item: cut short where it stands, its times kept, the floor left as it is', () => {
    live.run({ type: 'start_item' });
    live.request(floorRequest('d1'));
    const speaker = live.state.waitingOrder[0]!;
    live.run({ type: 'give_floor', requestId: speaker });
    const startedAt = live.now;
    live.tick(2 * MIN);
    expect(types(live.run({ type: 'skip_item', itemId: 'agenda-1' }))).toEqual(['item.skipped']);
    expect(itemOf(live.state, 'agenda-1')).toMatchObject({ state: 'skipped', actualStart: startedAt, actualEnd: live.now });
    expect(live.state).toMatchObject({ currentItemId: null, itemTimer: null });
    expect(live.state.floor?.requestId).toBe(speaker);
    expect(refusal(() => live.run({ type: 'skip_item', itemId: 'agenda-1' }))).toEqual({ status: 409, code: 'live.item_not_pending' });
    expect(nextItem(live.state)?.id).toBe('agenda-2');
  });

  it('refuses start_item when nothing is pending', () => {
    for (const item of live.state.items) live.run({ type: 'skip_item', itemId: item.id });
    expect(refusal(() => live.run({ type: 'start_item' }))).toEqual({ status: 409, code: 'live.no_pending_item' });
  });

  it('pauses and resumes the item and the speaker together', () => {
    expect(refusal(() => live.run({ type: 'pause' }))).toEqual({ status: 409, code: 'live.nothing_to_pause' });
    live.run({ type: 'start_item' });
    live.request(floorRequest('d1'));
    live.run({ type: 'give_floor', requestId: live.state.waitingOrder[0]! });
    expect(refusal(() => live.run({ type: 'resume' }))).toEqual({ status: 409, code: 'live.nothing_to_resume' });
    live.tick(MIN);
    live.run({ type: 'pause' });
    expect(live.state.itemTimer).toMatchObject({ runningSince: null, elapsedMs: MIN });
    expect(live.state.floor?.timer).toMatchObject({ runningSince: null, elapsedMs: MIN });
    expect(refusal(() => live.run({ type: 'pause' }))).toEqual({ status: 409, code: 'live.nothing_to_pause' });
    live.tick(10 * MIN).run({ type: 'resume' });
    live.tick(MIN);
    expect(remainingMs(live.state.itemTimer!, live.now)).toBe(3 * MIN);
    expect(remainingMs(live.state.floor!.timer, live.now)).toBe(3 * MIN); // no rule under item 1: 300 s
  });

  it('extends the item or the floor, and refuses when there is none', () => {
    expect(refusal(() => live.run({ type: 'extend', target: 'item', seconds: 60 }))).toEqual({
      status: 409,
      code: 'live.nothing_to_extend',
    });
    live.run({ type: 'start_item' });
    live.run({ type: 'extend', target: 'item', seconds: 120 });
    expect(live.state.itemTimer?.durationMs).toBe(7 * MIN);
    expect(currentItem(live.state)?.extendedSeconds).toBe(120);
    expect(refusal(() => live.run({ type: 'extend', target: 'floor', seconds: 60 }))).toEqual({
      status: 409,
      code: 'live.nothing_to_extend',
    });
    live.request(floorRequest('d1'));
    live.run({ type: 'give_floor', requestId: live.state.waitingOrder[0]!, seconds: 90 });
    live.run({ type: 'extend', target: 'floor', seconds: 30 });
    expect(live.state.floor?.timer.durationMs).toBe(2 * MIN);
    expect(speakingRequest(live.state)?.allowedSeconds).toBe(120);
  });

  it('reorders exactly the pending items, leaving the others in place', () => {
    live.run({ type: 'start_item' });
    const pending = live.state.items.filter((i) => i.state === 'pending').map((i) => i.id);
    const reversed = [...pending].reverse();
    live.run({ type: 'reorder_items', itemIds: reversed });
    expect(live.state.items.map((i) => i.id)).toEqual(['agenda-1', ...reversed]);
    expect(nextItem(live.state)?.id).toBe('agenda-18');
    const mismatch = { status: 409, code: 'live.reorder_mismatch' };
    expect(refusal(() => live.run({ type: 'reorder_items', itemIds: reversed.slice(1) }))).toEqual(mismatch);
    expect(refusal(() => live.run({ type: 'reorder_items', itemIds: ['agenda-1', ...reversed.slice(1)] }))).toEqual(mismatch);
    expect(refusal(() => live.run({ type: 'reorder_items', itemIds: [...reversed.slice(1), reversed[1]!] }))).toEqual(mismatch);
  });

  it('inserts an item after another or at the top', () => {
    live.run({ type: 'insert_item', afterItemId: 'agenda-3', content: ' Phát biểu bổ sung ', presenter: 'Sở Y tế', minutes: 10 });
    const index = live.state.items.findIndex((i) => i.id === 'new-1');
    expect(live.state.items[index - 1]?.id).toBe('agenda-3');
    expect(live.state.items[index]).toMatchObject({
      ...{ content: 'Phát biểu bổ sung', presenter: 'Sở Y tế', plannedSeconds: 600, state: 'pending', inserted: true },
      ...{ agendaItemId: null, plannedOrder: null, plannedStart: null, number: '', kind: 'item' },
    });
    live.run({ type: 'insert_item', afterItemId: null, content: 'Mở đầu', presenter: '', minutes: null });
    expect(live.state.items[0]).toMatchObject({ id: 'new-2', plannedSeconds: null });
    const insert = { type: 'insert_item', afterItemId: 'x', content: 'a', presenter: '', minutes: null } as const;
    expect(refusal(() => live.run(insert))).toEqual({ status: 404, code: 'live.item_not_found' });
  });
});

describe('the floor and the queue', () => {
  let live: LiveDriver;
  const ids = () => live.state.waitingOrder;
  beforeEach(() => {
    live = new LiveDriver(seed);
  });

  it('takes requests before the meeting starts, points of order to the front after earlier ones', () => {
    live.request(floorRequest('a'));
    live.request(floorRequest('b'));
    live.request(floorRequest('c', { kind: 'point_of_order' }));
    live.request(floorRequest('d', { kind: 'point_of_order' }));
    expect(waitingRequests(live.state).map((r) => r.requesterId)).toEqual(['c', 'd', 'a', 'b']);
    expect(live.state.requests[0]).toMatchObject({ state: 'waiting', itemId: null, requestedAt: live.now, id: 'new-1' });
  });

  it('takes a retry as the same request and refuses a second waiting speak', () => {
    live.request(floorRequest('a'));
    expect(live.request(floorRequest('a'))).toEqual([]);
    expect(live.state.requests).toHaveLength(1);
    expect(refusal(() => live.request(floorRequest('a', { clientKey: 'another-key' })))).toEqual({
      status: 409,
      code: 'live.already_waiting',
    });
    expect(types(live.request(floorRequest('a', { kind: 'point_of_order' })))).toEqual(['floor.requested']);
    // another requester reusing the key is a new request
    expect(types(live.request(floorRequest('b', { clientKey: 'key-a-speak' })))).toEqual(['floor.requested']);
  });

  it('gives the floor to a waiting request with the item rule, ending the speaker before', () => {
    live.run({ type: 'start_meeting' });
    live.run({ type: 'start_item', itemId: 'agenda-6' }); // a speaker under item 5: 7 minutes
    live.request(floorRequest('a'));
    live.request(floorRequest('b'));
    const [a, b] = ids() as [string, string];
    expect(refusal(() => live.run({ type: 'give_floor', requestId: 'x' }))).toEqual({ status: 404, code: 'live.request_not_found' });
    live.run({ type: 'give_floor', requestId: a });
    expect(requestOf(live.state, a)).toMatchObject({ state: 'speaking', givenAt: live.now, allowedSeconds: 420, itemId: 'agenda-6' });
    expect(ids()).toEqual([b]);
    expect(refusal(() => live.run({ type: 'give_floor', requestId: a }))).toEqual({ status: 409, code: 'live.request_not_waiting' });
    live.tick(MIN);
    expect(types(live.run({ type: 'give_floor', requestId: b, seconds: 100 }))).toEqual(['floor.ended', 'floor.given']);
    expect(requestOf(live.state, a)).toMatchObject({ state: 'done', endedAt: live.now });
    expect(speakingRequest(live.state)).toMatchObject({ id: b, allowedSeconds: 100 });
    live.run({ type: 'end_floor' });
    expect(live.state.floor).toBeNull();
    expect(refusal(() => live.run({ type: 'end_floor' }))).toEqual({ status: 409, code: 'live.no_floor' });
  });

  it('gives the default time when no item runs', () => {
    live.run({ type: 'start_meeting' });
    live.request(floorRequest('a'));
    live.run({ type: 'give_floor', requestId: ids()[0]! });
    expect(live.state.floor?.timer.durationMs).toBe(300_000);
  });

  it('orders exactly the waiting set and removes waiting requests', () => {
    for (const who of ['a', 'b', 'c']) live.request(floorRequest(who));
    live.run({ type: 'start_meeting' });
    const [a, b, c] = ids() as [string, string, string];
    live.run({ type: 'order_queue', requestIds: [c, a, b] });
    expect(ids()).toEqual([c, a, b]);
    const mismatch = { status: 409, code: 'live.queue_mismatch' };
    expect(refusal(() => live.run({ type: 'order_queue', requestIds: [c, a] }))).toEqual(mismatch);
    expect(refusal(() => live.run({ type: 'order_queue', requestIds: [c, a, a] }))).toEqual(mismatch);
    live.run({ type: 'remove_request', requestId: a });
    expect(requestOf(live.state, a)?.state).toBe('removed');
    expect(ids()).toEqual([c, b]);
    expect(refusal(() => live.run({ type: 'remove_request', requestId: a }))).toEqual({ status: 409, code: 'live.request_not_waiting' });
    expect(refusal(() => live.run({ type: 'order_queue', requestIds: [c, b, a] }))).toEqual(mismatch);
  });

  it('lets a requester withdraw their own waiting request, and staff any', () => {
    live.request(floorRequest('a'));
    live.request(floorRequest('b'));
    const [a, b] = ids() as [string, string];
    expect(refusal(() => live.withdraw(a, 'b'))).toEqual({ status: 403, code: 'live.not_your_request' });
    expect(refusal(() => live.withdraw('x', 'b'))).toEqual({ status: 404, code: 'live.request_not_found' });
    live.withdraw(a, 'a');
    live.withdraw(b, null);
    expect(live.state.requests.map((r) => r.state)).toEqual(['withdrawn', 'withdrawn']);
    expect(ids()).toEqual([]);
    expect(refusal(() => live.withdraw(a, 'a'))).toEqual({ status: 409, code: 'live.request_not_waiting' });
    // a withdrawn speak lets the requester ask again
    expect(types(live.request(floorRequest('a', { clientKey: 'second-try' })))).toEqual(['floor.requested']);
  });
});

describe("the chair's force-mute (issue 6)", () => {
  it('closes and reopens a hall before and during the meeting, a repeat is no event, refused after the end', () => {
    const live = new LiveDriver(seed);
    expect(types(live.run({ type: 'mute_hall', feed: 'point-2', muted: true }))).toEqual(['hall.muted']);
    expect(live.state.forcedMutes).toEqual(['point-2']);
    expect(live.run({ type: 'mute_hall', feed: 'point-2', muted: true })).toEqual([]);
    live.run({ type: 'start_meeting' });
    live.run({ type: 'mute_hall', feed: 'guest:g1', muted: true });
    expect(live.state.forcedMutes).toEqual(['point-2', 'guest:g1']);
    live.run({ type: 'mute_hall', feed: 'point-2', muted: false });
    expect(live.state.forcedMutes).toEqual(['guest:g1']);
    live.run({ type: 'end_meeting' });
    expect(refusal(() => live.run({ type: 'mute_hall', feed: 'guest:g1', muted: false }))).toEqual({ status: 409, code: 'live.ended' });
  });
});

describe("the chair's promotion of a watching point for the day (issue 19)", () => {
  const withPoints = () => {
    const live = new LiveDriver(seed);
    live.points.set('commune-1', { kind: 'commune', isHost: false, mediaTier: null });
    live.points.set('hall-watching', { kind: 'hall', isHost: false, mediaTier: 'watching' });
    live.points.set('hall-1', { kind: 'hall', isHost: false, mediaTier: null });
    live.points.set('commune-interactive', { kind: 'commune', isHost: false, mediaTier: 'interactive' });
    live.points.set('host', { kind: 'commune', isHost: true, mediaTier: 'watching' });
    return live;
  };

  it('promotes and sends back a watching point before and during the meeting; a repeat is no event', () => {
    const live = withPoints();
    expect(live.run({ type: 'set_point_tier', bridgePointId: 'commune-1', promoted: true })).toMatchObject([
      { type: 'point_tier.set', bridgePointId: 'commune-1', promoted: true },
    ]);
    expect(live.state.promotedPoints).toEqual(['commune-1']);
    expect(live.run({ type: 'set_point_tier', bridgePointId: 'commune-1', promoted: true })).toEqual([]);
    live.run({ type: 'start_meeting' });
    live.run({ type: 'set_point_tier', bridgePointId: 'hall-watching', promoted: true });
    expect(live.state.promotedPoints).toEqual(['commune-1', 'hall-watching']);
    expect(types(live.run({ type: 'set_point_tier', bridgePointId: 'commune-1', promoted: false }))).toEqual(['point_tier.set']);
    expect(live.state.promotedPoints).toEqual(['hall-watching']);
    expect(live.run({ type: 'set_point_tier', bridgePointId: 'commune-1', promoted: false })).toEqual([]);
  });

  it('refuses a point of another conference, one the plan already makes interactive, and any change after the end', () => {
    const live = withPoints();
    expect(refusal(() => live.run({ type: 'set_point_tier', bridgePointId: 'elsewhere', promoted: true }))).toEqual({
      status: 404,
      code: 'live.point_not_found',
    });
    for (const id of ['hall-1', 'commune-interactive', 'host']) {
      expect(refusal(() => live.run({ type: 'set_point_tier', bridgePointId: id, promoted: true }))).toEqual({
        status: 409,
        code: 'live.point_not_watching',
      });
    }
    live.run({ type: 'set_point_tier', bridgePointId: 'commune-1', promoted: true });
    live.run({ type: 'start_meeting' });
    live.run({ type: 'end_meeting' });
    expect(refusal(() => live.run({ type: 'set_point_tier', bridgePointId: 'commune-1', promoted: false }))).toEqual({
      status: 409,
      code: 'live.ended',
    });
  });
});

describe('the recording of the host programme (issue 6)', () => {
  it('starts before or during the meeting, a repeat is no event, and the end of the meeting stops it', () => {
    const live = new LiveDriver(seed);
    expect(types(live.run({ type: 'set_recording', recording: true }))).toEqual(['recording.set']);
    expect(live.run({ type: 'set_recording', recording: true })).toEqual([]);
    live.run({ type: 'start_meeting' });
    expect(live.state.recording).toBe(true);
    live.run({ type: 'end_meeting' });
    expect(live.state.recording).toBe(false);
  });
});
