/**
 * The media room's plan with watching points (issue 19): a watching point connected ahead of
 * its turn is neither shown nor shown anything; with the floor it is a hall like the others;
 * a point the chair promoted for the day is an interactive hall.
 */
import { describe, expect, it } from 'vitest';
import { slotsFor } from '../../domain/media/media-room.js';
import type { LiveState } from '../../domain/live/live-state.js';
import type { LiveFacts } from '../live/live-service.types.js';
import { planRoom, type RoomMember, type RoomState } from './media-room-state.js';

const HOST = 'host';
const HALL = 'hall';
const WATCHER = 'watcher';

const member = (id: string, feed: string | null, seesAll = false): RoomMember => ({
  id,
  feed,
  name: id,
  seesAll,
  perPage: seesAll ? 4 : 0,
  page: 0,
  publishing: feed !== null,
  audioOnly: false,
  selfMuted: false,
  slots: slotsFor({ feed, seesAll }, seesAll ? 4 : 0),
  routes: {},
  sentView: '',
});

const room = (live: Partial<LiveState>): RoomState => {
  const members = [member('m-host', HOST), member('m-hall', HALL), member('m-watcher', WATCHER), member('m-chair', null, true)];
  return {
    conferenceId: 'c',
    facts: {
      bridgePoints: [
        { id: HOST, name: 'Tỉnh', isHost: true, kind: 'hall', mediaTier: null },
        { id: HALL, name: 'Huyện', isHost: false, kind: 'hall', mediaTier: null },
        { id: WATCHER, name: 'Xã', isHost: false, kind: 'commune', mediaTier: null },
      ],
    } as unknown as LiveFacts,
    live: { floor: null, requests: [], forcedMutes: [], promotedPoints: [], recording: false, version: 1, ...live } as unknown as LiveState,
    members: new Map(members.map((m) => [m.id, m])),
    owners: new Map(members.filter((m) => m.feed).map((m) => [m.feed!, m.id])),
    gates: new Map(),
    recording: null,
    programme: { routes: { main: null, beside: null }, lastWatchAt: 0 },
  };
};

const routesOf = (plan: ReturnType<typeof planRoom>, memberId: string) => plan.routes.find((r) => r.memberId === memberId)?.routes;
const withFloor = (feed: string): Partial<LiveState> =>
  ({ floor: { requestId: 'r1' }, requests: [{ id: 'r1', bridgePointId: feed, requestedBy: 'operator' }] }) as unknown as Partial<LiveState>;

describe('the media plan with a watching point', () => {
  it('connected ahead of its turn, it is on nobody’s screen, sees nothing and is not heard', () => {
    const plan = planRoom(room({}), 'embedded');
    expect(Object.values(routesOf(plan, 'm-chair') ?? {})).not.toContain(WATCHER);
    expect(Object.values(routesOf(plan, 'm-chair') ?? {})).toContain(HALL);
    expect(Object.values(routesOf(plan, 'm-watcher') ?? {}).every((feed) => feed === null)).toBe(true);
    expect(plan.gates.find((g) => g.feed === WATCHER)?.open ?? false).toBe(false);
    expect(plan.programme).toEqual({ main: HOST, beside: null });
  });

  it('with the floor it is seen and heard beside the host, in the programme too, and sees the host', () => {
    const plan = planRoom(room(withFloor(WATCHER)), 'embedded');
    expect(routesOf(plan, 'm-hall')).toMatchObject({ main: HOST, beside: WATCHER });
    expect(routesOf(plan, 'm-watcher')).toMatchObject({ main: HOST, beside: null });
    expect(plan.gates).toContainEqual({ feed: WATCHER, open: true });
    expect(plan.programme).toEqual({ main: HOST, beside: WATCHER });
  });

  it('promoted by the chair for the day, it is an interactive hall on the chair’s wall', () => {
    const plan = planRoom(room({ promotedPoints: [WATCHER] }), 'embedded');
    expect(Object.values(routesOf(plan, 'm-chair') ?? {})).toContain(WATCHER);
    expect(routesOf(plan, 'm-watcher')).toMatchObject({ main: HOST });
  });
});
