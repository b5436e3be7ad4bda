import { describe, expect, it } from 'vitest';
import { CONFERENCE_ROLES } from './actor.js';
import { can } from './can.js';
import { admin, anonymous, CONF_B, facts, GROUP_1, GROUP_2, link, member, POINT_1, POINT_2 } from './access.fixture.js';

const open = facts('draft');
const group = (id: string | undefined, bridgePointId: string | null, conference = open) => ({
  conference,
  group: {
    ...(id === undefined ? {} : { id }),
    scope: bridgePointId === null ? ('every_other_point' as const) : ('point' as const),
    bridgePointId,
  },
});
const own = group(GROUP_1, POINT_1);
const other = group(GROUP_2, POINT_2);
const everyOther = group('group-3', null);
const operator = member('operator', [POINT_1]);
const WRITES = ['participant_group.create', 'participant_group.update', 'participant_group.delete'] as const;

describe('participant group policy', () => {
  it('lets the organizer and the administrator write every group', () => {
    for (const action of WRITES) {
      for (const object of [own, other, everyOther]) {
        expect(can(member('organizer'), action, object)).toBe(true);
        expect(can(admin, action, object)).toBe(true);
      }
    }
  });

  it('lets an operator write groups at their own point only, never at another or at every point', () => {
    for (const action of WRITES) {
      expect(can(operator, action, own)).toBe(true);
      expect(can(operator, action, other)).toBe(false);
      expect(can(operator, action, everyOther)).toBe(false);
      expect(can(link('operator', { bridgePointId: POINT_1 }), action, own)).toBe(true);
      expect(can(link('operator', { bridgePointId: POINT_1 }), action, other)).toBe(false);
    }
    expect(can(operator, 'participant_group.create', group(undefined, POINT_1))).toBe(true);
    expect(can(operator, 'participant_group.create', group(undefined, POINT_2))).toBe(false);
  });

  it('lets no chair, delegate, guest or observer write groups', () => {
    for (const role of CONFERENCE_ROLES.filter((r) => r !== 'organizer' && r !== 'operator')) {
      for (const action of WRITES) expect(can(member(role, [POINT_1]), action, own)).toBe(false);
    }
  });

  it('shows groups to whole-plan readers, an operator at their point, a delegate link its own group', () => {
    for (const actor of [admin, member('organizer'), member('chair')]) {
      expect(can(actor, 'participant_group.read', other)).toBe(true);
    }
    expect(can(operator, 'participant_group.read', own)).toBe(true);
    expect(can(operator, 'participant_group.read', other)).toBe(false);
    const delegateLink = link('delegate', { participantGroupId: GROUP_1 });
    expect(can(delegateLink, 'participant_group.read', own)).toBe(true);
    expect(can(delegateLink, 'participant_group.read', other)).toBe(false);
    expect(can(delegateLink, 'participant_group.update', own)).toBe(false);
    expect(can(link('delegate', { participantGroupId: GROUP_1, conferenceId: CONF_B }), 'participant_group.read', own)).toBe(false);
    expect(can(link('guest', { participantGroupId: GROUP_1 }), 'participant_group.read', own)).toBe(false);
    for (const actor of [member('delegate'), member('guest'), member('observer'), anonymous]) {
      expect(can(actor, 'participant_group.read', own)).toBe(false);
    }
  });

  it('refuses every group write once closed or archived, reading stays', () => {
    for (const c of [facts('closed'), facts('draft', true)]) {
      for (const action of WRITES) {
        expect(can(admin, action, group(GROUP_1, POINT_1, c))).toBe(false);
        expect(can(operator, action, group(GROUP_1, POINT_1, c))).toBe(false);
      }
      expect(can(operator, 'participant_group.read', group(GROUP_1, POINT_1, c))).toBe(true);
    }
  });
});
