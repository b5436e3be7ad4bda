/**
 * A user account as the caller sees it, with what they may do with it: `user.update` (reset
 * the password, disable or re-enable) for the administrator, nothing for anyone else.
 *
 * The service rule that nobody disables their own account is not a permission (the
 * administrator may still reset their own password): the answer to that is 422
 * `user.cannot_disable_self`, and the screen leaves the button out for the signed-in person.
 */
import type { Actor } from './actor.js';
import type { UserAction } from './actions.js';
import { can } from './can.js';
import { withActions, type Presented } from './present-record.js';

/** The actions that take one user account as their object. */
export const USER_ITEM_ACTIONS = ['user.update'] as const satisfies readonly UserAction[];
export type UserItemAction = (typeof USER_ITEM_ACTIONS)[number];
export type PresentedUser<T> = Presented<T, UserItemAction>;

export function presentUser<T extends { id: string }>(actor: Actor, user: T): PresentedUser<T> {
  const allowed: UserItemAction[] = USER_ITEM_ACTIONS.filter((action) => can(actor, action, { userId: user.id }));
  return withActions(user, allowed);
}

export const presentUsers = <T extends { id: string }>(actor: Actor, users: readonly T[]): PresentedUser<T>[] =>
  users.map((user) => presentUser(actor, user));
