/**
 * Rules for actions outside any one conference. Any signed-in account may create or import a
 * conference and becomes its organizer (accounts exist only because the administrator created
 * them); links and anonymous visitors may not. Only the administrator reads the whole audit log.
 */
import { isAdmin, type Actor } from './actor.js';
import type { SystemAction, SystemObject } from './actions.js';

type SystemRule = (actor: Actor, object: SystemObject) => boolean;

export const canCreateConference: SystemRule = (actor) => actor.kind === 'user';
export const canImportConference: SystemRule = (actor) => actor.kind === 'user';
export const canReadAllAudit: SystemRule = (actor) => isAdmin(actor);

export const SYSTEM_RULES: Record<SystemAction, SystemRule> = {
  'conference.create': canCreateConference,
  'conference.import': canImportConference,
  'audit.read_all': canReadAllAudit,
};
