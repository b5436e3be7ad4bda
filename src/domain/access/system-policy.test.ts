import { describe, expect, it } from 'vitest';
import { SYSTEM } from './actions.js';
import { can } from './can.js';
import { admin, anonymous, link, member, noRole } from './access.fixture.js';

describe('system and user policies', () => {
  it('lets any signed-in account create and import conferences, no link, no anonymous visitor', () => {
    for (const action of ['conference.create', 'conference.import'] as const) {
      for (const actor of [admin, noRole, member('organizer'), member('delegate')]) expect(can(actor, action, SYSTEM)).toBe(true);
      for (const actor of [anonymous, link('guest'), link('operator', { bridgePointId: 'p' })]) {
        expect(can(actor, action, SYSTEM)).toBe(false);
      }
    }
  });

  it('keeps the whole audit log and the accounts to the administrator', () => {
    for (const actor of [noRole, member('organizer'), anonymous, link('guest')]) {
      expect(can(actor, 'audit.read_all', SYSTEM)).toBe(false);
      expect(can(actor, 'user.list', SYSTEM)).toBe(false);
      expect(can(actor, 'user.create', SYSTEM)).toBe(false);
      expect(can(actor, 'user.update', { userId: 'someone' })).toBe(false);
    }
    expect(can(admin, 'audit.read_all', SYSTEM)).toBe(true);
    expect(can(admin, 'user.list', SYSTEM)).toBe(true);
    expect(can(admin, 'user.create', SYSTEM)).toBe(true);
    expect(can(admin, 'user.update', { userId: 'someone' })).toBe(true);
  });

  it('does not let an organizer change their own or another account through user.update', () => {
    const organizer = member('organizer');
    expect(can(organizer, 'user.update', { userId: 'user-organizer' })).toBe(false);
  });
});
