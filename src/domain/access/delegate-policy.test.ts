import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Actor } from './actor.js';
import { DELEGATE_ACTIONS, type ConferenceFacts, type DelegateAction, type DelegateObject } from './actions.js';
import { can } from './can.js';
import { actorArb, admin, anonymous, CONF_A, CONF_B, link, member, noRole, POINT_1, POINT_2 } from './access.fixture.js';

const open: ConferenceFacts = { id: CONF_A, status: 'issued', archived: false };
const closed: ConferenceFacts = { ...open, status: 'closed' };
const at = (bridgePointId: string | null, conference = open, delegateId: string | null = 'delegate-1'): DelegateObject => ({
  conference,
  bridgePointId,
  delegateId,
});
const allowed = (actor: Actor, object: DelegateObject) => DELEGATE_ACTIONS.filter((action) => can(actor, action, object));
const personal = (delegateId: string, conferenceId = CONF_A): Actor => ({
  ...(link('delegate', { conferenceId }) as Extract<Actor, { kind: 'link' }>),
  delegateId,
});

describe('delegate policies', () => {
  it('let the organizer do everything but answer for someone, at every point and for the whole conference', () => {
    expect(allowed(member('organizer'), at(POINT_1))).toEqual(
      DELEGATE_ACTIONS.filter((a) => a !== 'delegate.answer' && a !== 'delegate.nominate'),
    );
    expect(can(member('organizer'), 'delegate.import', at(null))).toBe(true);
  });

  it('let an operator manage the delegates of their own point only, never import or invite', () => {
    const operator = member('operator', [POINT_1]);
    expect(allowed(operator, at(POINT_1))).toEqual([
      'delegate.list',
      'delegate.read_contact',
      'delegate.create',
      'delegate.update',
      'delegate.delete',
      'delegate.check_in',
      'headcount.report',
      'attendance.read',
      'seating.write',
    ]);
    expect(allowed(operator, at(POINT_2))).toEqual([]);
    expect(allowed(operator, at(null))).toEqual([]);
    expect(allowed(link('operator', { bridgePointId: POINT_1 }), at(POINT_2))).toEqual([]);
  });

  it('let the chair read lists and counts, without contacts or writes', () => {
    expect(allowed(member('chair'), at(POINT_2))).toEqual(['delegate.list', 'attendance.read']);
  });

  it('let a personal link answer for its own delegate only, in its own conference, while the conference is open', () => {
    expect(allowed(personal('delegate-1'), at(POINT_1))).toEqual(['delegate.answer']);
    expect(allowed(personal('delegate-2'), at(POINT_1))).toEqual([]);
    expect(allowed(personal('delegate-1', CONF_B), at(POINT_1))).toEqual([]);
    expect(allowed(personal('delegate-1'), at(POINT_1, closed))).toEqual([]);
  });

  it('let a nominator link name delegates at its own point only, in its own conference, while the conference is open', () => {
    const nominator = link('nominator', { bridgePointId: POINT_1 });
    expect(allowed(nominator, at(POINT_1))).toEqual(['delegate.nominate']);
    expect(allowed(nominator, at(POINT_2))).toEqual([]);
    expect(allowed(nominator, at(null))).toEqual([]);
    expect(allowed(link('nominator', { bridgePointId: POINT_1, conferenceId: CONF_B }), at(POINT_1))).toEqual([]);
    expect(allowed(nominator, at(POINT_1, closed))).toEqual([]);
    expect(allowed(link('operator', { bridgePointId: POINT_1 }), at(POINT_1))).not.toContain('delegate.nominate');
  });

  it('give delegates, guests, observers, strangers and anonymous visitors nothing', () => {
    for (const actor of [member('delegate'), member('guest'), member('observer'), noRole, anonymous, link('guest')]) {
      expect(allowed(actor, at(POINT_1))).toEqual([]);
    }
  });

  it('allow no write on a closed conference, to anyone (lists stay readable)', () => {
    const writes: DelegateAction[] = [
      'delegate.create',
      'delegate.update',
      'delegate.delete',
      'delegate.import',
      'delegate.invite',
      'delegate.nominate',
      'delegate.check_in',
      'headcount.report',
      'seating.write',
    ];
    fc.assert(
      fc.property(actorArb, fc.constantFrom(POINT_1, POINT_2, null), (actor, point) => {
        for (const action of writes) expect(can(actor, action, at(point, closed))).toBe(false);
      }),
    );
    expect(allowed(admin, at(POINT_1, closed))).toEqual(['delegate.list', 'delegate.read_contact', 'attendance.read']);
  });
});
