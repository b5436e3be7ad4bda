import { describe, expect, it } from 'vitest';
import type { Actor } from './actor.js';
import type { ConferenceFacts, LiveObject } from './actions.js';
import { can } from './can.js';
import { admin, anonymous, CONF_A, CONF_B, link, member, noRole, POINT_1, POINT_2 } from './access.fixture.js';

const open: ConferenceFacts = { id: CONF_A, status: 'live', archived: false };
const at = (bridgePointId: string | null, conference = open): LiveObject => ({ conference, bridgePointId });
const media = (actor: Actor, object: LiveObject) =>
  (['media.view', 'media.publish'] as const).filter((action) => can(actor, action, object));

describe('media policies', () => {
  it('let the chair and the secretariat watch every hall and send for any hall, not as a guest', () => {
    for (const staff of [member('chair'), member('organizer'), admin])
      expect(media(staff, at(POINT_2))).toEqual(['media.view', 'media.publish']);
    for (const staff of [member('chair'), member('organizer')]) expect(media(staff, at(null))).toEqual(['media.view']);
  });

  it('let an operator send for their own halls only', () => {
    for (const operator of [member('operator', [POINT_1]), link('operator', { bridgePointId: POINT_1 })]) {
      expect(media(operator, at(POINT_1))).toEqual(['media.view', 'media.publish']);
      expect(media(operator, at(POINT_2))).toEqual(['media.view']);
    }
  });

  it('let a remote guest send as themselves, with no hall', () => {
    for (const guest of [member('guest'), link('guest')]) {
      expect(media(guest, at(null))).toEqual(['media.view', 'media.publish']);
      expect(media(guest, at(POINT_1))).toEqual(['media.view']);
    }
  });

  it('give delegates, the press, big screens and nominators no media room', () => {
    for (const watcher of [
      member('delegate'),
      link('delegate'),
      member('observer'),
      link('observer'),
      link('display', { bridgePointId: POINT_1 }),
      link('nominator', { bridgePointId: POINT_1 }),
    ]) {
      expect(media(watcher, at(POINT_1))).toEqual([]);
      expect(media(watcher, at(null))).toEqual([]);
    }
  });

  it('carry no media for a closed or archived conference, nor for outsiders', () => {
    for (const conference of [
      { ...open, status: 'closed' as const },
      { ...open, archived: true },
    ]) {
      expect(media(member('chair'), at(POINT_1, conference))).toEqual([]);
      expect(media(link('operator', { bridgePointId: POINT_1 }), at(POINT_1, conference))).toEqual([]);
    }
    for (const outsider of [anonymous, noRole, member('chair', [], CONF_B)]) expect(media(outsider, at(POINT_1))).toEqual([]);
  });
});
