import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Actor } from './actor.js';
import { DOCUMENT_ACTIONS, type ConferenceFacts, type DocumentObject } from './actions.js';
import { can } from './can.js';
import { actorArb, admin, anonymous, CONF_A, CONF_B, link, member, noRole, POINT_1, POINT_2 } from './access.fixture.js';

const issued: ConferenceFacts = { id: CONF_A, status: 'issued', archived: false };
const draft: ConferenceFacts = { ...issued, status: 'draft' };
const closed: ConferenceFacts = { ...issued, status: 'closed' };
const archived: ConferenceFacts = { ...issued, archived: true };
type Audience = NonNullable<DocumentObject['document']>['audience'];
const doc = (audience: Audience, pointIds: string[] = [], conference = issued): DocumentObject => ({
  conference,
  document: { audience, pointIds },
});
const reads = (actor: Actor, object: DocumentObject) => can(actor, 'document.read', object);

const operator = member('operator', [POINT_1]);
const operatorLink = link('operator', { bridgePointId: POINT_1 });
const delegate = member('delegate');
const delegateLink = link('delegate');
const press = member('observer');
const screen = link('display', { bridgePointId: POINT_1 });
const staff = [member('organizer'), member('chair'), admin];

describe('conference document policies', () => {
  it('let the chair and the secretariat read every document, in every state', () => {
    for (const conference of [draft, issued, closed, archived])
      for (const audience of ['invited', 'points', 'presidium', 'public'] as const)
        for (const actor of staff) expect(reads(actor, doc(audience, [], conference))).toBe(true);
  });

  it('give each audience its readers once the plan is issued', () => {
    const readersOf = (audience: Audience, pointIds: string[] = []) =>
      [operator, operatorLink, delegate, delegateLink, member('guest'), link('guest'), press, screen, link('nominator')].map((actor) =>
        reads(actor, doc(audience, pointIds)),
      );
    //                                 op    opL   del   delL  gst   gstL  press screen nominator
    expect(readersOf('public')).toEqual([true, true, true, true, true, true, true, true, true]);
    expect(readersOf('invited')).toEqual([true, true, true, true, true, true, false, false, true]);
    expect(readersOf('points', [POINT_1])).toEqual([true, true, false, false, false, false, false, false, false]);
    expect(readersOf('points', [POINT_2])).toEqual([false, false, false, false, false, false, false, false, false]);
    expect(readersOf('presidium')).toEqual([false, false, false, false, false, false, false, false, false]);
  });

  it('keep the documents of a draft plan to the secretariat and the chair', () => {
    for (const actor of [operator, delegate, delegateLink, press])
      for (const audience of ['invited', 'public'] as const) expect(reads(actor, doc(audience, [POINT_1], draft))).toBe(false);
  });

  it('let only the organizer write, after the meeting too (closed) but not once archived; the chair reads the receipts', () => {
    const write = (actor: Actor, conference: ConferenceFacts) => can(actor, 'document.write', { conference, document: null });
    expect(write(member('organizer'), issued)).toBe(true);
    expect(write(admin, draft)).toBe(true);
    for (const actor of [member('chair'), operator, operatorLink, delegate, press, noRole, anonymous])
      expect(write(actor, issued)).toBe(false);
    // The adopted decision, the slides, the signed minutes arrive after the meeting.
    expect(write(member('organizer'), closed)).toBe(true);
    expect(write(admin, closed)).toBe(true);
    for (const actor of [member('chair'), operator, operatorLink, delegate, press, noRole, anonymous])
      expect(write(actor, closed)).toBe(false);
    for (const actor of [member('organizer'), admin]) expect(write(actor, archived)).toBe(false);
    const receipts = (actor: Actor) => can(actor, 'document.read_receipts', { conference: issued, document: null });
    expect(staff.map(receipts)).toEqual([true, true, true]);
    expect([operator, delegate, delegateLink, press].map(receipts)).toEqual([false, false, false, false]);
  });

  it('never let anyone outside the conference touch its documents', () => {
    const outsiders = [noRole, anonymous, member('organizer', [], CONF_B), link('guest', { conferenceId: CONF_B })];
    for (const actor of outsiders) for (const action of DOCUMENT_ACTIONS) expect(can(actor, action, doc('public'))).toBe(false);
  });

  it('let whoever reads a narrower audience read every wider one (property)', () => {
    const wider: Record<Audience, Audience[]> = {
      presidium: ['points', 'invited', 'public'],
      points: ['invited', 'public'],
      invited: ['public'],
      public: [],
    };
    const conferenceArb = fc.constantFrom(draft, issued, closed, archived);
    fc.assert(
      fc.property(
        actorArb,
        conferenceArb,
        fc.constantFrom<Audience>('public', 'invited', 'points', 'presidium'),
        (actor, conference, audience) => {
          if (!reads(actor, doc(audience, [POINT_1], conference))) return;
          for (const other of wider[audience]) expect(reads(actor, doc(other, [POINT_1], conference))).toBe(true);
        },
      ),
    );
  });
});
