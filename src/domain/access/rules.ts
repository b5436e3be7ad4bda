/**
 * Building blocks shared by the policy files. Every rule is a pure function of the actor and
 * plain facts about the object: no I/O, no clock.
 */
import type { Actor, ConferenceRole } from './actor.js';
import { rolesIn } from './actor.js';
import type { ConferenceFacts } from './actions.js';

/** True when the actor holds at least one of `roles` in the conference (the administrator holds all). */
export const holdsAnyRole = (actor: Actor, conferenceId: string, roles: readonly ConferenceRole[]): boolean => {
  const held = rolesIn(actor, conferenceId);
  return roles.some((role) => held.has(role));
};

/**
 * Closed and archived conferences are records: nobody, not even the administrator, changes
 * their plan. Only status and archive actions (organizer, administrator) still apply.
 */
export const planWritable = (conference: ConferenceFacts): boolean => conference.status !== 'closed' && !conference.archived;

/** A draft is not public: its documents go only to those who read the whole plan. */
export const isPublished = (conference: ConferenceFacts): boolean => conference.status !== 'draft';

/** The roles that read the whole plan. */
export const PRIVATE_READERS: readonly ConferenceRole[] = ['organizer', 'chair'];
