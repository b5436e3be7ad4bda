import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  BRIDGE_POINT_ITEM_ACTIONS,
  CONCLUSION_ACTIONS,
  CONFERENCE_ACTIONS,
  DELEGATE_CONFERENCE_ACTIONS,
  DELEGATE_POINT_ACTIONS,
  DOCUMENT_ACTIONS,
  LIVE_ACTIONS,
  LIVE_POINT_ACTIONS,
  MINUTES_ACTIONS,
  PARTICIPANT_GROUP_ITEM_ACTIONS,
  PLAN_PART_ACTIONS,
  type Action,
  BODY_ACTIONS,
  CONSULTATION_ACTIONS,
  CONTRIBUTION_ACTIONS,
} from './actions.js';
import { allowedActions, allowedSystemActions } from './allowed-actions.js';
import { can } from './can.js';
import {
  actorArb,
  admin,
  anonymous,
  conference,
  conferenceArb,
  GROUP_1,
  GROUP_2,
  link,
  member,
  noRole,
  POINT_1,
  POINT_2,
} from './access.fixture.js';

describe('allowedActions', () => {
  it('lists an operator own-point actions on their point only', () => {
    const allowed = allowedActions(member('operator', [POINT_1]), conference());
    // An operator reads the minutes and answers their review, and reads the follow-up board (reporting is per task's body).
    expect(allowed.conference).toEqual([
      'conference.read',
      'live.read',
      'media.view',
      'document.list',
      'minutes.read',
      'minutes.review',
      'followup.read',
    ]);
    expect(allowed.bridgePoints[POINT_1]).toEqual([
      'bridge_point.update_own',
      'bridge_point.read_contact',
      'participant_group.create',
      ...DELEGATE_POINT_ACTIONS,
      ...LIVE_POINT_ACTIONS,
    ]);
    expect(allowed.bridgePoints[POINT_2]).toEqual([]);
    expect(allowed.participantGroups[GROUP_1]).toEqual(['participant_group.read', 'participant_group.update', 'participant_group.delete']);
    expect(allowed.participantGroups[GROUP_2]).toEqual([]);
    expect(allowed.everyPoint).toEqual([]); // nothing of theirs holds at any point but their own
  });

  it('gives a point operator their own point when the plan carries no points (a national conference)', () => {
    const national = { ...conference(), bridgePoints: [] };
    const allowed = allowedActions(member('operator', [POINT_1]), national);
    expect(allowed.bridgePoints).toEqual({ [POINT_1]: allowedActions(member('operator', [POINT_1]), conference()).bridgePoints[POINT_1] });
    expect(allowed.everyPoint).toEqual([]);
  });

  it('says what holds at every point: the same as at each point for conference-wide roles, whatever the point', () => {
    fc.assert(
      fc.property(actorArb, conferenceArb, (actor, c) => {
        const allowed = allowedActions(actor, c);
        // What holds at every point holds at each of them; a point may add its own (an operator's).
        for (const point of c.bridgePoints) {
          for (const action of allowed.everyPoint) expect(allowed.bridgePoints[point.id]).toContain(action);
        }
      }),
    );
    const organizer = allowedActions(member('organizer'), conference());
    expect(organizer.everyPoint).toEqual(organizer.bridgePoints[POINT_1]);
    expect(organizer.everyPoint).toEqual(organizer.bridgePoints[POINT_2]);
  });

  it('lists everything for the organizer of an open conference', () => {
    const allowed = allowedActions(member('organizer'), conference());
    expect(allowed.conference).toEqual([
      ...CONFERENCE_ACTIONS,
      ...PLAN_PART_ACTIONS,
      'bridge_point.create',
      'bridge_point.reorder',
      ...DELEGATE_CONFERENCE_ACTIONS,
      // Publishing with no hall is a remote guest's; the organizer publishes for a hall.
      ...LIVE_ACTIONS.filter((action) => action !== 'media.publish'),
      // Reading one document is decided per document, not for the conference.
      ...DOCUMENT_ACTIONS.filter((action) => action !== 'document.read'),
      // The secretariat writes the minutes and the notice; it reviews nothing (the participants do).
      ...MINUTES_ACTIONS.filter((action) => action !== 'minutes.review'),
      ...CONCLUSION_ACTIONS,
      // Written opinion forms: answering is a delegate's own.
      'written_opinion.read',
      'written_opinion.manage',
      // Comments on a draft and contributions: answering for one body is decided per body.
      'consultation.read',
      'consultation.manage',
      'contribution.read',
      'contribution.manage',
      'participant_group.create',
    ]);
    expect(allowed.bridgePoints[POINT_2]).toEqual([
      ...BRIDGE_POINT_ITEM_ACTIONS,
      'participant_group.create',
      ...DELEGATE_POINT_ACTIONS,
      ...LIVE_POINT_ACTIONS,
    ]);
  });

  it('lists nothing for someone outside the conference', () => {
    for (const actor of [anonymous, noRole, link('guest', { conferenceId: 'conference-b' })]) {
      const allowed = allowedActions(actor, conference());
      expect(allowed.conference).toEqual([]);
      expect(Object.values(allowed.bridgePoints).flat()).toEqual([]);
      expect(Object.values(allowed.participantGroups).flat()).toEqual([]);
    }
  });

  it('equals, for any actor and conference, the set of actions for which can is true', () => {
    fc.assert(
      fc.property(actorArb, conferenceArb, (actor, c) => {
        const allowed = allowedActions(actor, c);
        const conferenceLevel = [...CONFERENCE_ACTIONS, ...PLAN_PART_ACTIONS].filter((a) => can(actor, a, c)) as Action[];
        for (const a of ['bridge_point.create', 'bridge_point.reorder'] as const) {
          if (can(actor, a, { conference: c, bridgePointId: null })) conferenceLevel.push(a);
        }
        for (const a of DELEGATE_CONFERENCE_ACTIONS) if (can(actor, a, { conference: c, bridgePointId: null })) conferenceLevel.push(a);
        for (const a of LIVE_ACTIONS) if (can(actor, a, { conference: c, bridgePointId: null })) conferenceLevel.push(a);
        for (const a of DOCUMENT_ACTIONS)
          if (a !== 'document.read' && can(actor, a, { conference: c, document: null })) conferenceLevel.push(a);
        for (const a of [...MINUTES_ACTIONS, ...CONCLUSION_ACTIONS]) {
          if (a === 'followup.report' ? can(actor, a, { conference: c, body: null }) : can(actor, a, c)) conferenceLevel.push(a);
        }
        for (const a of ['written_opinion.read', 'written_opinion.manage'] as const)
          if (can(actor, a, { conference: c, bridgePointId: null, delegateId: null })) conferenceLevel.push(a);
        for (const a of [...CONSULTATION_ACTIONS, ...CONTRIBUTION_ACTIONS])
          if (!(BODY_ACTIONS as readonly string[]).includes(a) && can(actor, a, { conference: c, body: null })) conferenceLevel.push(a);
        if (can(actor, 'participant_group.create', { conference: c, group: { scope: 'every_other_point', bridgePointId: null } })) {
          conferenceLevel.push('participant_group.create');
        }
        expect(new Set(allowed.conference)).toEqual(new Set(conferenceLevel));
        for (const point of c.bridgePoints) {
          const expected = new Set<Action>(
            BRIDGE_POINT_ITEM_ACTIONS.filter((a) => can(actor, a, { conference: c, bridgePointId: point.id })),
          );
          if (can(actor, 'participant_group.create', { conference: c, group: { scope: 'point', bridgePointId: point.id } })) {
            expected.add('participant_group.create');
          }
          for (const a of DELEGATE_POINT_ACTIONS) if (can(actor, a, { conference: c, bridgePointId: point.id })) expected.add(a);
          for (const a of LIVE_POINT_ACTIONS) if (can(actor, a, { conference: c, bridgePointId: point.id })) expected.add(a);
          expect(new Set(allowed.bridgePoints[point.id])).toEqual(expected);
        }
        for (const g of c.participantGroups) {
          const object = { conference: c, group: { id: g.id, scope: g.scope, bridgePointId: g.bridgePointId } };
          expect(new Set(allowed.participantGroups[g.id])).toEqual(
            new Set(PARTICIPANT_GROUP_ITEM_ACTIONS.filter((a) => can(actor, a, object))),
          );
        }
      }),
      { numRuns: 300 },
    );
  });

  it('never lets a link act on another conference than its own', () => {
    fc.assert(
      fc.property(actorArb, conferenceArb, (actor, c) => {
        fc.pre(actor.kind === 'link' && actor.conferenceId !== c.id);
        const allowed = allowedActions(actor, c);
        expect(allowed.conference).toEqual([]);
        expect(Object.values(allowed.bridgePoints).flat()).toEqual([]);
        expect(Object.values(allowed.participantGroups).flat()).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});

describe('allowedSystemActions', () => {
  it('gives the administrator every system action, an account creation only, others nothing', () => {
    expect(allowedSystemActions(admin)).toEqual(['conference.create', 'conference.import', 'audit.read_all', 'user.list', 'user.create']);
    expect(allowedSystemActions(member('organizer'))).toEqual(['conference.create', 'conference.import']);
    expect(allowedSystemActions(link('guest'))).toEqual([]);
    expect(allowedSystemActions(anonymous)).toEqual([]);
  });
});
