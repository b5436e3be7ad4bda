import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { actorArb, conferenceArb } from '../../../domain/access/access.fixture.js';
import type { Actor } from '../../../domain/access/actor.js';
import { can } from '../../../domain/access/can.js';
import { readerOf, type ConferenceReader } from './conference-list.js';

/** What the SQL filter of each reader keeps, given the memberships stored for the actor. */
const keeps = (reader: ConferenceReader, actor: Actor, conferenceId: string): boolean => {
  if (reader.kind === 'all') return true;
  if (reader.kind === 'conference') return reader.conferenceId === conferenceId;
  return actor.kind === 'user' && actor.memberships.some((m) => m.conferenceId === conferenceId);
};

describe('readerOf: the list filter is the set-based form of conference.read', () => {
  it('keeps exactly the conferences the actor may read, in every state', () => {
    fc.assert(
      fc.property(actorArb, conferenceArb, (actor, conference) => {
        if (actor.kind === 'anonymous') return;
        expect(keeps(readerOf(actor), actor, conference.id)).toBe(can(actor, 'conference.read', conference));
      }),
      { numRuns: 500 },
    );
  });

  it('gives the administrator every conference, a user their memberships, a link its conference', () => {
    expect(readerOf({ kind: 'user', userId: 'u', isAdmin: true, memberships: [] })).toEqual({ kind: 'all' });
    expect(readerOf({ kind: 'user', userId: 'u', isAdmin: false, memberships: [] })).toEqual({ kind: 'member', userId: 'u' });
    const link = { kind: 'link', linkId: 'l', purpose: 'guest', conferenceId: 'c', bridgePointId: null, participantGroupId: null } as const;
    expect(readerOf(link)).toEqual({ kind: 'conference', conferenceId: 'c' });
  });
});
