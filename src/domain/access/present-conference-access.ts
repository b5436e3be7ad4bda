/**
 * Memberships and access links as the caller sees them. Both are changed through
 * `conference.manage_access` on their conference (grant and revoke a role; create and revoke
 * a link), so each carries `['conference.manage_access']` when the caller may manage the access
 * of that conference, and `[]` otherwise. Whether a link is still worth revoking (its
 * `state`) is a fact about the link, not a permission: the screen shows Revoke for active links.
 */
import type { Actor } from './actor.js';
import type { ConferenceAction, ConferenceFacts } from './actions.js';
import { can } from './can.js';
import { withActions, type Presented } from './present-record.js';

/** The actions that act on one membership or one access link. */
export const CONFERENCE_ACCESS_ACTIONS = ['conference.manage_access'] as const satisfies readonly ConferenceAction[];
export type ConferenceAccessAction = (typeof CONFERENCE_ACCESS_ACTIONS)[number];
export type PresentedAccessRecord<T> = Presented<T, ConferenceAccessAction>;

function accessActions(actor: Actor, conference: ConferenceFacts, record: { conferenceId: string }): ConferenceAccessAction[] {
  if (record.conferenceId !== conference.id) {
    throw new Error(`A record of conference ${record.conferenceId} presented with conference ${conference.id}`);
  }
  return CONFERENCE_ACCESS_ACTIONS.filter((action) => can(actor, action, conference));
}

/** Throws (a programming error) when the membership belongs to another conference. */
export const presentMembership = <T extends { conferenceId: string }>(
  actor: Actor,
  conference: ConferenceFacts,
  membership: T,
): PresentedAccessRecord<T> => withActions(membership, accessActions(actor, conference, membership));

/** Throws (a programming error) when the link belongs to another conference. */
export const presentAccessLink = <T extends { conferenceId: string }>(
  actor: Actor,
  conference: ConferenceFacts,
  link: T,
): PresentedAccessRecord<T> => withActions(link, accessActions(actor, conference, link));
