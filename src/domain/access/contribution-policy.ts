/**
 * Rules for written contributions (tham luận, issue 16 item 3).
 *
 * - The organizer (secretariat) names the body and the deadline of each slot, reminds, and
 *   decides whether a contribution is read at the meeting or only filed.
 * - The chair and the secretariat read the contributions, during the meeting too.
 * - The presenting body submits its own (body-rules.ts); the organizer may submit one
 *   received on paper or by mail.
 * - Closed or archived conferences are records: nothing changes, the texts stay readable.
 */
import type { Actor } from './actor.js';
import type { BodyObject, ContributionAction } from './actions.js';
import { actsForBody } from './body-rules.js';
import { holdsAnyRole, planWritable } from './rules.js';

type BodyRule = (actor: Actor, object: BodyObject) => boolean;

export const canReadContributions: BodyRule = (actor, { conference }) => holdsAnyRole(actor, conference.id, ['organizer', 'chair']);
export const canManageContributions: BodyRule = (actor, { conference }) =>
  planWritable(conference) && holdsAnyRole(actor, conference.id, ['organizer']);
export const canSubmitContribution: BodyRule = (actor, { conference, body }) =>
  planWritable(conference) && actsForBody(actor, conference, body);

export const CONTRIBUTION_RULES: Record<ContributionAction, BodyRule> = {
  'contribution.read': canReadContributions,
  'contribution.manage': canManageContributions,
  'contribution.submit': canSubmitContribution,
};
