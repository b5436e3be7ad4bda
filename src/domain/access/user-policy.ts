/**
 * Rules for user accounts: only the administrator lists, creates and changes accounts
 * (reset a password, disable). A user changing their own password is an action on their
 * session, not on the account list, and is not governed here.
 */
import { isAdmin, type Actor } from './actor.js';
import type { SystemObject, UserObject } from './actions.js';

export const canListUsers = (actor: Actor, _object: SystemObject): boolean => isAdmin(actor);
export const canCreateUser = (actor: Actor, _object: SystemObject): boolean => isAdmin(actor);
export const canUpdateUser = (actor: Actor, _object: UserObject): boolean => isAdmin(actor);

export const USER_RULES = {
  'user.list': canListUsers,
  'user.create': canCreateUser,
  'user.update': canUpdateUser,
} as const;
