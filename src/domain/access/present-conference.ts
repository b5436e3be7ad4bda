/**
 * The presenter: a conference as one actor may see it, with what they may do with it.
 *
 * Without `conference.read_private` the private collections are emptied (assignments, tasks,
 * cost lines, distribution, unclassified text) and the funding source blanked; participant
 * groups are kept only where `participant_group.read` holds (an operator's own points, a
 * delegate link's own group). An operator's name, phone and e-mail are blanked on every point
 * without `bridge_point.read_contact`. Public parts (title, time, venue, agenda, bridge point
 * names, addresses, quotas) stay.
 */
import type { BridgePoint, Conference, ConferenceSummary } from '../conference.schema.js';
import { DomainError } from '../errors.js';
import type { Actor } from './actor.js';
import type { Action, ConferenceFacts } from './actions.js';
import { allowedActions, bridgePointActions, conferenceActions, type AllowedActions } from './allowed-actions.js';
import { can, filterConferences } from './can.js';

export type PresentedConference = Conference & { allowedActions: AllowedActions };
export type PresentedSummary = ConferenceSummary & { allowedActions: { conference: Action[] } };

/** The same 404 the conference service gives: a conference one may not read does not exist for them. */
const notReadable = (): DomainError =>
  new DomainError(404, 'conference.not_found', {
    vi: 'Không tìm thấy hội nghị.',
    en: 'Conference not found.',
  });

/** Throws 404 `conference.not_found` when the actor may not read the conference at all. */
export function presentConference<C extends Conference>(actor: Actor, conference: C): C & { allowedActions: AllowedActions } {
  if (!can(actor, 'conference.read', conference)) throw notReadable();
  const allowed = allowedActions(actor, conference);
  const readsPrivate = can(actor, 'conference.read_private', conference);
  const bridgePoints = conference.bridgePoints.map((point) =>
    allowed.bridgePoints[point.id]?.includes('bridge_point.read_contact')
      ? point
      : { ...point, operatorName: '', operatorPhone: '', operatorEmail: '' },
  );
  const participantGroups = conference.participantGroups.filter((group) =>
    allowed.participantGroups[group.id]?.includes('participant_group.read'),
  );
  if (readsPrivate) return { ...conference, bridgePoints, participantGroups, allowedActions: allowed };
  return {
    ...conference,
    fundingSource: '',
    bridgePoints,
    participantGroups,
    assignments: [],
    tasks: [],
    costLines: [],
    distribution: [],
    unclassified: [],
    allowedActions: allowed,
  };
}

export type PresentedBridgePoint<P extends BridgePoint = BridgePoint> = P & { allowedActions: Action[] };

/**
 * One bridge point as the actor may see it (the caller has checked `conference.read`): the
 * operator's contact blanked without `bridge_point.read_contact`, and what they may do there.
 */
export function presentBridgePoint<P extends BridgePoint>(actor: Actor, conference: ConferenceFacts, point: P): PresentedBridgePoint<P> {
  const actions = bridgePointActions(actor, conference, point.id);
  const visible = actions.includes('bridge_point.read_contact')
    ? point
    : { ...point, operatorName: '', operatorPhone: '', operatorEmail: '' };
  return { ...visible, allowedActions: actions };
}

/** The summaries the actor may read, each with its conference-level actions. */
export function presentSummaries(actor: Actor, summaries: readonly ConferenceSummary[]): PresentedSummary[] {
  return filterConferences(actor, summaries).map((summary) => ({
    ...summary,
    allowedActions: { conference: conferenceActions(actor, summary) },
  }));
}
