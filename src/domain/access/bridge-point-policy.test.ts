import { describe, expect, it } from 'vitest';
import { CONFERENCE_ROLES } from './actor.js';
import { can } from './can.js';
import { admin, anonymous, CONF_B, facts, link, member, noRole, POINT_1, POINT_2 } from './access.fixture.js';

const open = facts('draft');
const at = (bridgePointId: string | null, conference = open) => ({ conference, bridgePointId });
const operator = member('operator', [POINT_1]);
const operatorLink = link('operator', { bridgePointId: POINT_1 });

describe('bridge point policy', () => {
  it('lets only the organizer and the administrator create, reorder, update fully and delete', () => {
    for (const action of ['bridge_point.create', 'bridge_point.reorder'] as const) {
      for (const role of CONFERENCE_ROLES) expect(can(member(role, [POINT_1]), action, at(null))).toBe(role === 'organizer');
      expect(can(admin, action, at(null))).toBe(true);
    }
    for (const action of ['bridge_point.update', 'bridge_point.delete'] as const) {
      for (const role of CONFERENCE_ROLES) expect(can(member(role, [POINT_1]), action, at(POINT_1))).toBe(role === 'organizer');
      expect(can(admin, action, at(POINT_1))).toBe(true);
      expect(can(admin, action, at(null)), 'per-point action needs a point').toBe(false);
    }
  });

  it('lets an operator update their own point only, never another', () => {
    expect(can(operator, 'bridge_point.update_own', at(POINT_1))).toBe(true);
    expect(can(operator, 'bridge_point.update_own', at(POINT_2))).toBe(false);
    expect(can(operator, 'bridge_point.update', at(POINT_1))).toBe(false);
    expect(can(operatorLink, 'bridge_point.update_own', at(POINT_1))).toBe(true);
    expect(can(operatorLink, 'bridge_point.update_own', at(POINT_2))).toBe(false);
  });

  it('gives update_own to whoever may update, and to no delegate, guest, observer or chair', () => {
    expect(can(member('organizer'), 'bridge_point.update_own', at(POINT_2))).toBe(true);
    expect(can(admin, 'bridge_point.update_own', at(POINT_2))).toBe(true);
    for (const role of ['chair', 'delegate', 'guest', 'observer'] as const) {
      expect(can(member(role, [POINT_1]), 'bridge_point.update_own', at(POINT_1))).toBe(false);
    }
  });

  it('does not carry an operator scope to another conference', () => {
    const otherConference = facts('draft', false, CONF_B);
    expect(can(operator, 'bridge_point.update_own', at(POINT_1, otherConference))).toBe(false);
    expect(can(member('operator', [POINT_1], CONF_B), 'bridge_point.read_contact', at(POINT_1))).toBe(false);
  });

  it('shows the operator contact to organizer, chair, administrator and the operator of that point only', () => {
    for (const actor of [admin, member('organizer'), member('chair')]) {
      expect(can(actor, 'bridge_point.read_contact', at(POINT_2))).toBe(true);
    }
    expect(can(operator, 'bridge_point.read_contact', at(POINT_1))).toBe(true);
    expect(can(operator, 'bridge_point.read_contact', at(POINT_2))).toBe(false);
    for (const actor of [member('delegate'), member('guest'), member('observer'), link('delegate'), noRole, anonymous]) {
      expect(can(actor, 'bridge_point.read_contact', at(POINT_1))).toBe(false);
    }
  });

  it('refuses every bridge point write once closed or archived, contact reading stays', () => {
    for (const c of [facts('closed'), facts('issued', true)]) {
      for (const action of ['bridge_point.update', 'bridge_point.update_own', 'bridge_point.delete'] as const) {
        expect(can(admin, action, at(POINT_1, c))).toBe(false);
        expect(can(operator, action, at(POINT_1, c))).toBe(false);
      }
      expect(can(member('organizer'), 'bridge_point.create', at(null, c))).toBe(false);
      expect(can(operator, 'bridge_point.read_contact', at(POINT_1, c))).toBe(true);
    }
  });
});
