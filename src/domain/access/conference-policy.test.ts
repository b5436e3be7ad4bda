import { describe, expect, it } from 'vitest';
import { CONFERENCE_ROLES } from './actor.js';
import type { ConferenceAction } from './actions.js';
import { can } from './can.js';
import { admin, anonymous, CONF_B, facts, link, member, noRole } from './access.fixture.js';

const draft = facts('draft');
const issued = facts('issued');

/** Which roles of the conference may take each action on an open (draft) conference. */
const EXPECTED: Record<ConferenceAction, readonly string[]> = {
  'conference.read': CONFERENCE_ROLES,
  'conference.read_private': ['organizer', 'chair'],
  'conference.update': ['organizer'],
  'conference.change_status': ['organizer', 'chair'],
  'conference.archive': ['organizer'],
  'conference.duplicate': ['organizer'],
  'conference.download_documents': ['organizer', 'chair'],
  'conference.manage_access': ['organizer'],
  'conference.read_audit': ['organizer'],
};

describe('conference policy', () => {
  for (const [action, roles] of Object.entries(EXPECTED) as [ConferenceAction, readonly string[]][]) {
    it(`${action}: exactly ${roles.join(', ')} of the conference, and the administrator`, () => {
      for (const role of CONFERENCE_ROLES) expect(can(member(role), action, draft), role).toBe(roles.includes(role));
      expect(can(admin, action, draft)).toBe(true);
      expect(can(anonymous, action, draft)).toBe(false);
      expect(can(noRole, action, draft)).toBe(false);
    });
  }

  it('gives a role in conference B nothing in conference A', () => {
    for (const action of Object.keys(EXPECTED) as ConferenceAction[]) {
      for (const role of CONFERENCE_ROLES) expect(can(member(role, [], CONF_B), action, issued)).toBe(false);
      expect(can(link('guest', { conferenceId: CONF_B }), action, issued)).toBe(false);
    }
  });

  it('lets operators, delegates and guests download once issued, never observers', () => {
    for (const role of ['operator', 'delegate', 'guest'] as const) {
      expect(can(member(role), 'conference.download_documents', draft)).toBe(false);
      expect(can(member(role), 'conference.download_documents', issued)).toBe(true);
      expect(can(member(role), 'conference.download_documents', facts('closed'))).toBe(true);
    }
    expect(can(member('observer'), 'conference.download_documents', issued)).toBe(false);
    expect(can(link('delegate'), 'conference.download_documents', issued)).toBe(true);
  });

  it('refuses updates on closed and archived conferences, even to the administrator', () => {
    for (const c of [facts('closed'), facts('issued', true)]) {
      expect(can(admin, 'conference.update', c)).toBe(false);
      expect(can(member('organizer'), 'conference.update', c)).toBe(false);
    }
  });

  it('keeps status and archive actions for organizer and administrator when closed or archived, not for the chair', () => {
    for (const c of [facts('closed'), facts('draft', true)]) {
      for (const actor of [admin, member('organizer')]) {
        expect(can(actor, 'conference.change_status', c)).toBe(true);
        expect(can(actor, 'conference.archive', c)).toBe(true);
        expect(can(actor, 'conference.manage_access', c)).toBe(true);
        expect(can(actor, 'conference.read_audit', c)).toBe(true);
      }
      expect(can(member('chair'), 'conference.change_status', c)).toBe(false);
      expect(can(member('chair'), 'conference.read_private', c)).toBe(true);
    }
  });

  it('lets only accounts duplicate: an organizer link does not exist, a guest link cannot', () => {
    expect(can(link('guest'), 'conference.duplicate', draft)).toBe(false);
    expect(can(member('organizer'), 'conference.duplicate', facts('closed', true))).toBe(true);
  });
});
