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
 * their plan (agenda, assignments, points, groups, delegates), runs its live meeting, casts in
 * a live vote or sends contributions to its slots. Only status and archive actions (organizer,
 * administrator) still apply.
 */
export const planWritable = (conference: ConferenceFacts): boolean => conference.status !== 'closed' && !conference.archived;

/**
 * The work that by nature follows the meeting (issue 17): the minutes, the conclusion notice
 * and its follow-up, comments on drafts, conference documents, written opinion forms. It goes
 * on once the meeting is closed ("Đã kết thúc") and stops only when the conference is archived.
 */
export const recordWritable = (conference: ConferenceFacts): boolean => !conference.archived;

/** A draft is not public: its documents go only to those who read the whole plan. */
export const isPublished = (conference: ConferenceFacts): boolean => conference.status !== 'draft';

/** The roles that read the whole plan. */
export const PRIVATE_READERS: readonly ConferenceRole[] = ['organizer', 'chair'];
