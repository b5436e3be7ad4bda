/**
 * The role × action table, computed by asking the rules (never written by hand). Each column is
 * a representative actor of conference A (two bridge points: the operator's own and another),
 * each row an action, and each cell is computed in every state of the conference. The server
 * tests walk every cell through the HTTP API; docs/permissions.md is rendered from it.
 */
import type { ConferenceStatus } from '../conference.schema.js';
import type { Actor, Membership } from './actor.js';
import { ALL_ACTIONS, BODY_ACTIONS, LIVE_POINT_ACTIONS, SYSTEM, type Action, type ActionObjects, type ConferenceFacts } from './actions.js';
import { can } from './can.js';

/** The ids the representative actors and objects use. */
export const MATRIX_FIXTURE = {
  conferenceId: 'conference-a',
  otherConferenceId: 'conference-b',
  ownBridgePointId: 'point-own',
  otherBridgePointId: 'point-other',
  ownGroupId: 'group-own',
  otherGroupId: 'group-other',
  otherUserId: 'user-other',
  ownDelegateId: 'delegate-own',
  otherDelegateId: 'delegate-other',
} as const;
const F = MATRIX_FIXTURE;

export type MatrixState = 'draft' | 'issued' | 'closed' | 'archived';
export const MATRIX_STATES: readonly MatrixState[] = ['draft', 'issued', 'closed', 'archived'];
const STATE_FACTS: Record<MatrixState, { status: ConferenceStatus; archived: boolean }> = {
  draft: { status: 'draft', archived: false },
  issued: { status: 'issued', archived: false },
  closed: { status: 'closed', archived: false },
  archived: { status: 'issued', archived: true },
};

export interface MatrixRole {
  key: string;
  /** Short column header of docs/permissions.md. */
  header: string;
  description: string;
  actor: Actor;
  /** Which bridge point and participant group of conference A the per-point actions target. */
  target: 'own' | 'other';
}

const member = (role: Membership['role'], bridgePointIds: string[] = []): Actor => ({
  kind: 'user',
  userId: `user-${role}`,
  isAdmin: false,
  memberships: [{ conferenceId: F.conferenceId, role, bridgePointIds }],
});
const link = (purpose: 'guest' | 'delegate' | 'operator' | 'nominator' | 'display', conferenceId: string = F.conferenceId): Actor => ({
  kind: 'link',
  linkId: `link-${purpose}`,
  purpose,
  conferenceId,
  bridgePointId: purpose === 'operator' || purpose === 'nominator' || purpose === 'display' ? F.ownBridgePointId : null,
  participantGroupId: purpose === 'delegate' ? F.ownGroupId : null,
  ...(purpose === 'delegate' ? { delegateId: F.ownDelegateId } : {}),
});
const operator = member('operator', [F.ownBridgePointId]);

export const MATRIX_ROLES: readonly MatrixRole[] = [
  {
    key: 'admin',
    header: 'Adm',
    description: 'system administrator',
    actor: { kind: 'user', userId: 'user-admin', isAdmin: true, memberships: [] },
    target: 'own',
  },
  { key: 'organizer', header: 'Org', description: 'organizer (secretariat) of conference A', actor: member('organizer'), target: 'own' },
  { key: 'chair', header: 'Chr', description: 'chair of conference A', actor: member('chair'), target: 'own' },
  {
    key: 'operator-own',
    header: 'Op',
    description: 'operator of point-own, acting on point-own and its groups',
    actor: operator,
    target: 'own',
  },
  {
    key: 'operator-other',
    header: 'Op×',
    description: 'operator of point-own, acting on point-other and its groups',
    actor: operator,
    target: 'other',
  },
  { key: 'delegate', header: 'Del', description: 'delegate of conference A (account)', actor: member('delegate'), target: 'own' },
  { key: 'guest', header: 'Gst', description: 'guest of conference A (account)', actor: member('guest'), target: 'own' },
  { key: 'observer', header: 'Obs', description: 'observer / press of conference A (account)', actor: member('observer'), target: 'own' },
  {
    key: 'no-role',
    header: 'Usr',
    description: 'signed-in user with no role in conference A',
    actor: { kind: 'user', userId: 'user-none', isAdmin: false, memberships: [] },
    target: 'own',
  },
  { key: 'anonymous', header: 'Anon', description: 'anonymous visitor', actor: { kind: 'anonymous' }, target: 'own' },
  { key: 'link-guest', header: 'L·Gst', description: 'guest link of conference A', actor: link('guest'), target: 'own' },
  {
    key: 'link-delegate',
    header: 'L·Del',
    description: 'personal link of delegate-own (group-own at point-own) of conference A',
    actor: link('delegate'),
    target: 'own',
  },
  {
    key: 'link-nominator',
    header: 'L·Nom',
    description: 'nominator link of point-own (a district chair naming who attends there)',
    actor: link('nominator'),
    target: 'own',
  },
  {
    key: 'link-operator-own',
    header: 'L·Op',
    description: 'operator link of point-own, acting on point-own',
    actor: link('operator'),
    target: 'own',
  },
  {
    key: 'link-operator-other',
    header: 'L·Op×',
    description: 'operator link of point-own, acting on point-other',
    actor: link('operator'),
    target: 'other',
  },
  { key: 'link-display', header: 'L·Scr', description: 'display link (big screen) of point-own', actor: link('display'), target: 'own' },
  {
    key: 'link-guest-b',
    header: 'L·B',
    description: 'guest link of conference B, acting on conference A',
    actor: link('guest', F.otherConferenceId),
    target: 'own',
  },
];

/** The object the cell (role, action, state) asks about. */
export function matrixObject<A extends Action>(action: A, role: MatrixRole, state: MatrixState): ActionObjects[A] {
  const conference: ConferenceFacts = { id: F.conferenceId, ...STATE_FACTS[state] };
  const own = role.target === 'own';
  const bridgePointId = own ? F.ownBridgePointId : F.otherBridgePointId;
  const [kind] = action.split('.') as [string];
  const objects: Record<string, unknown> = {
    conference,
    audit: SYSTEM,
    agenda: conference,
    assignment: conference,
    budget: conference,
    distribution: conference,
    bridge_point: {
      conference,
      bridgePointId: action === 'bridge_point.create' || action === 'bridge_point.reorder' ? null : bridgePointId,
    },
    participant_group: {
      conference,
      group: {
        ...(action === 'participant_group.create' ? {} : { id: own ? F.ownGroupId : F.otherGroupId }),
        scope: 'point',
        bridgePointId,
      },
    },
    user: action === 'user.update' ? { userId: F.otherUserId } : SYSTEM,
  };
  const wholeConference = action === 'delegate.import' || action === 'delegate.invite';
  const delegates = {
    conference,
    bridgePointId: wholeConference ? null : bridgePointId,
    delegateId: own ? F.ownDelegateId : F.otherDelegateId,
  };
  for (const key of ['delegate', 'headcount', 'attendance', 'seating']) objects[key] = delegates;
  objects['live'] = { conference, bridgePointId: (LIVE_POINT_ACTIONS as readonly string[]).includes(action) ? bridgePointId : null };
  objects['media'] = objects['live'];
  // A body bound to the target point (a district asked for comments, a presenter); none for the conference-wide actions.
  const body = (BODY_ACTIONS as readonly string[]).includes(action) ? { bridgePointId, participantGroupId: null } : null;
  objects['consultation'] = { conference, body };
  objects['contribution'] = { conference, body };
  const onePoint = action === 'vote.cast' || action === 'vote.count_hands';
  objects['vote'] = { conference, bridgePointId: onePoint ? bridgePointId : null, delegateId: onePoint ? delegates.delegateId : null };
  // A form answered by the target delegate (at the target point); none for managing the forms.
  const answering = action === 'written_opinion.answer';
  objects['written_opinion'] = {
    conference,
    bridgePointId: answering ? bridgePointId : null,
    delegateId: answering ? delegates.delegateId : null,
  };
  for (const key of ['minutes', 'conclusion', 'followup']) objects[key] = conference;
  // A conclusion whose lead agency is the body of the target point.
  if (action === 'followup.report') objects['followup'] = { conference, body };
  // A document whose audience is everyone invited (the common case) for reading; none for the others.
  objects['document'] = { conference, document: action === 'document.read' ? { audience: 'invited', pointIds: [] } : null };
  const systemLevel = action === 'conference.create' || action === 'conference.import';
  return (systemLevel ? SYSTEM : objects[kind]) as ActionObjects[A];
}

export interface MatrixCell {
  role: string;
  action: Action;
  state: MatrixState;
  allowed: boolean;
}

export interface PermissionMatrix {
  roles: readonly MatrixRole[];
  actions: readonly Action[];
  states: readonly MatrixState[];
  cells: MatrixCell[];
}

export function permissionMatrix(): PermissionMatrix {
  const cells: MatrixCell[] = [];
  for (const state of MATRIX_STATES) {
    for (const action of ALL_ACTIONS) {
      for (const role of MATRIX_ROLES) {
        cells.push({ role: role.key, action, state, allowed: can(role.actor, action, matrixObject(action, role, state)) });
      }
    }
  }
  return { roles: MATRIX_ROLES, actions: ALL_ACTIONS, states: MATRIX_STATES, cells };
}

/** One cell, for tests and the renderer. Throws on a cell that does not exist. */
export function cell(matrix: PermissionMatrix, role: string, action: Action, state: MatrixState = 'draft'): boolean {
  const found = matrix.cells.find((c) => c.role === role && c.action === action && c.state === state);
  if (!found) throw new Error(`No matrix cell ${role} × ${action} × ${state}`);
  return found.allowed;
}
