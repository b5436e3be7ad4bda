/**
 * What the actor may do with a conference and each of its parts, as the server adds it to
 * responses (`allowedActions`) so the web app hides what is not allowed. Computed by asking
 * `can` for every action: it can never disagree with the rules.
 */
import type { ParticipantScope } from '../conference.schema.js';
import { operatorScope, type Actor } from './actor.js';
import {
  BODY_ACTIONS,
  BRIDGE_POINT_COLLECTION_ACTIONS,
  BRIDGE_POINT_ITEM_ACTIONS,
  CONCLUSION_ACTIONS,
  CONFERENCE_ACTIONS,
  CONSULTATION_ACTIONS,
  CONTRIBUTION_ACTIONS,
  DELEGATE_CONFERENCE_ACTIONS,
  DELEGATE_POINT_ACTIONS,
  DOCUMENT_ACTIONS,
  LIVE_ACTIONS,
  LIVE_POINT_ACTIONS,
  MINUTES_ACTIONS,
  PARTICIPANT_GROUP_ITEM_ACTIONS,
  PLAN_PART_ACTIONS,
  SYSTEM,
  SYSTEM_ACTIONS,
  type Action,
  type ConferenceFacts,
} from './actions.js';
import { UNSCOPED_POINT } from './allowed-points.js';
import { can } from './can.js';

/** What allowedActions needs of a conference (a Conference fits). */
export type ConferenceShape = ConferenceFacts & {
  bridgePoints: readonly { id: string }[];
  participantGroups: readonly { id: string; scope: ParticipantScope; bridgePointId: string | null }[];
};

export interface AllowedActions {
  /** Conference actions, plan parts, bridge_point.create/reorder, and participant_group.create
   * when the actor may add a group attending at every other point. */
  conference: Action[];
  /** Per bridge point id: bridge_point.update/update_own/delete/read_contact,
   * participant_group.create when the actor may add a group attending at that point, and
   * the delegate, check-in, attendance and seating actions at that point. */
  bridgePoints: Record<string, Action[]>;
  /** What the actor may do at every point of the conference (by a conference-wide role): a
   * screen of a national conference, whose plan does not carry its points, decides by these
   * for a point that is not in `bridgePoints`. */
  everyPoint: Action[];
  /** Per participant group id: participant_group.read/update/delete. */
  participantGroups: Record<string, Action[]>;
}

/** The conference-level actions alone (what a list of summaries carries). */
export function conferenceActions(actor: Actor, conference: ConferenceFacts): Action[] {
  const actions: Action[] = [];
  for (const action of [...CONFERENCE_ACTIONS, ...PLAN_PART_ACTIONS]) {
    if (can(actor, action, conference)) actions.push(action);
  }
  for (const action of BRIDGE_POINT_COLLECTION_ACTIONS) {
    if (can(actor, action, { conference, bridgePointId: null })) actions.push(action);
  }
  for (const action of DELEGATE_CONFERENCE_ACTIONS) {
    if (can(actor, action, { conference, bridgePointId: null })) actions.push(action);
  }
  // The live conference as a whole (run it, the whole wall, messages, the timeline): the screens link to the consoles by these.
  for (const action of LIVE_ACTIONS) {
    if (can(actor, action, { conference, bridgePointId: null })) actions.push(action);
  }
  // Conference documents (issue 16): the editor's section and the reader page show by these (reading one is per document).
  for (const action of DOCUMENT_ACTIONS) {
    if (action !== 'document.read' && can(actor, action, { conference, document: null })) actions.push(action);
  }
  // The minutes, the conclusion notice and its follow-up (issue 16): the editor's sections show by these.
  for (const action of [...MINUTES_ACTIONS, ...CONCLUSION_ACTIONS]) {
    if (action === 'followup.report' ? can(actor, action, { conference, body: null }) : can(actor, action, conference)) {
      actions.push(action);
    }
  }
  // Written opinion forms (issue 16): the editor's section shows by these (after the meeting too); answering is per delegate.
  for (const action of ['written_opinion.read', 'written_opinion.manage'] as const) {
    if (can(actor, action, { conference, bridgePointId: null, delegateId: null })) actions.push(action);
  }
  // Comments on a draft and written contributions (issue 16): the editor's sections and the chair's panel show by these.
  for (const action of [...CONSULTATION_ACTIONS, ...CONTRIBUTION_ACTIONS]) {
    if (!(BODY_ACTIONS as readonly string[]).includes(action) && can(actor, action, { conference, body: null })) actions.push(action);
  }
  const everyOtherPoint = { scope: 'every_other_point' as const, bridgePointId: null };
  if (can(actor, 'participant_group.create', { conference, group: everyOtherPoint })) {
    actions.push('participant_group.create');
  }
  return actions;
}

/** What the actor may do at one bridge point (the plan's map holds these per point; a page of points carries them on each). */
export function bridgePointActions(actor: Actor, conference: ConferenceFacts, id: string): Action[] {
  const actions: Action[] = BRIDGE_POINT_ITEM_ACTIONS.filter((action) => can(actor, action, { conference, bridgePointId: id }));
  if (can(actor, 'participant_group.create', { conference, group: { scope: 'point', bridgePointId: id } })) {
    actions.push('participant_group.create');
  }
  for (const action of DELEGATE_POINT_ACTIONS) if (can(actor, action, { conference, bridgePointId: id })) actions.push(action);
  for (const action of LIVE_POINT_ACTIONS) if (can(actor, action, { conference, bridgePointId: id })) actions.push(action);
  return actions;
}

/** What the actor may do at every point of the conference, whichever it is. */
export const everyPointActions = (actor: Actor, conference: ConferenceFacts): Action[] =>
  bridgePointActions(actor, conference, UNSCOPED_POINT);

export function allowedActions(actor: Actor, conference: ConferenceShape): AllowedActions {
  const bridgePoints: Record<string, Action[]> = {};
  for (const { id } of conference.bridgePoints) bridgePoints[id] = bridgePointActions(actor, conference, id);
  // The points the actor operates, also when the plan does not carry its points (above 500).
  for (const id of operatorScope(actor, conference.id)) bridgePoints[id] ??= bridgePointActions(actor, conference, id);
  const participantGroups: Record<string, Action[]> = {};
  for (const group of conference.participantGroups) {
    const object = { conference, group: { id: group.id, scope: group.scope, bridgePointId: group.bridgePointId } };
    participantGroups[group.id] = PARTICIPANT_GROUP_ITEM_ACTIONS.filter((action) => can(actor, action, object));
  }
  return {
    conference: conferenceActions(actor, conference),
    bridgePoints,
    everyPoint: everyPointActions(actor, conference),
    participantGroups,
  };
}

/** The actions outside any conference (for the home screen and the administration pages). */
export function allowedSystemActions(actor: Actor): Action[] {
  const actions: Action[] = SYSTEM_ACTIONS.filter((action) => can(actor, action, SYSTEM));
  if (can(actor, 'user.list', SYSTEM)) actions.push('user.list');
  if (can(actor, 'user.create', SYSTEM)) actions.push('user.create');
  return actions;
}
