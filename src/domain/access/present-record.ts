/**
 * What every presented account record carries: the actions the caller may take on it, asked
 * of the policies (`can`), so the web app hides what is not allowed without knowing the rules.
 */
import type { Action } from './actions.js';

/** A record as one actor sees it: the record and the subset of its actions `A` they may take. */
export type Presented<T, A extends Action = Action> = T & { allowedActions: A[] };

/** The record with its allowed actions (a new object; the record is not changed). */
export const withActions = <T extends object, A extends Action>(record: T, allowedActions: A[]): Presented<T, A> => ({
  ...record,
  allowedActions,
});
