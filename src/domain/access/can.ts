/**
 * The one entry point of the policies: `can(actor, action, object)` dispatches to the rule of
 * the action; `authorize` throws the DomainError a route returns; the set-based helpers filter
 * lists in one pass.
 */
import { DomainError } from '../errors.js';
import type { Actor } from './actor.js';
import type { Action, ActionObjects, BridgePointAction, ConferenceFacts } from './actions.js';
import { BRIDGE_POINT_RULES } from './bridge-point-policy.js';
import { CONFERENCE_RULES } from './conference-policy.js';
import { DELEGATE_RULES } from './delegate-policy.js';
import { DOCUMENT_RULES } from './conference-document-policy.js';
import { LIVE_RULES } from './live-policy.js';
import { CONSULTATION_RULES } from './consultation-policy.js';
import { CONTRIBUTION_RULES } from './contribution-policy.js';
import { VOTE_RULES } from './vote-policy.js';
import { CONCLUSION_RULES } from './conclusion-policy.js';
import { MINUTES_RULES } from './minutes-policy.js';
import { PARTICIPANT_GROUP_RULES } from './participant-group-policy.js';
import { PLAN_PART_RULES } from './plan-parts-policy.js';
import { SYSTEM_RULES } from './system-policy.js';
import { USER_RULES } from './user-policy.js';

type Rules = { [A in Action]: (actor: Actor, object: ActionObjects[A]) => boolean };

const RULES: Rules = {
  ...SYSTEM_RULES,
  ...USER_RULES,
  ...CONFERENCE_RULES,
  ...PLAN_PART_RULES,
  ...BRIDGE_POINT_RULES,
  ...PARTICIPANT_GROUP_RULES,
  ...DELEGATE_RULES,
  ...LIVE_RULES,
  ...CONSULTATION_RULES,
  ...CONTRIBUTION_RULES,
  ...VOTE_RULES,
  ...MINUTES_RULES,
  ...CONCLUSION_RULES,
  ...DOCUMENT_RULES,
};

/** May this actor take this action on this object? Unknown actions are refused. */
export function can<A extends Action>(actor: Actor, action: A, object: ActionObjects[A]): boolean {
  if (!Object.hasOwn(RULES, action)) return false;
  const rule = RULES[action] as (actor: Actor, object: ActionObjects[A]) => boolean;
  return rule(actor, object);
}

export const authenticationRequired = (): DomainError =>
  new DomainError(401, 'auth.required', {
    vi: 'Cần đăng nhập hoặc dùng đường liên kết được cấp để tiếp tục.',
    en: 'Sign in or use the link you were given to continue.',
  });

export const accessDenied = (): DomainError =>
  new DomainError(403, 'access.denied', {
    vi: 'Bạn không có quyền thực hiện thao tác này.',
    en: 'You are not allowed to do this.',
  });

/** Throws 401 `auth.required` for an anonymous actor, 403 `access.denied` otherwise, when refused. */
export function authorize<A extends Action>(actor: Actor, action: A, object: ActionObjects[A]): void {
  if (can(actor, action, object)) return;
  throw actor.kind === 'anonymous' ? authenticationRequired() : accessDenied();
}

/** The candidate bridge points on which the actor may take `action` (default: edit own fields). */
export function allowedBridgePointIds(
  actor: Actor,
  conference: ConferenceFacts,
  candidateIds: Iterable<string>,
  action: BridgePointAction = 'bridge_point.update_own',
): Set<string> {
  const allowed = new Set<string>();
  for (const bridgePointId of candidateIds) {
    if (can(actor, action, { conference, bridgePointId })) allowed.add(bridgePointId);
  }
  return allowed;
}

/**
 * The conferences of a list the actor may read: those where a user holds any role (all for
 * the administrator), a link actor's own conference, nothing for an anonymous visitor.
 */
export function filterConferences<T extends ConferenceFacts>(actor: Actor, conferences: readonly T[]): T[] {
  return conferences.filter((conference) => can(actor, 'conference.read', conference));
}
