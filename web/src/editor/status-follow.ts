/**
 * How the editor follows the conference's status while it is open (issue 17): the status
 * follows the live meeting, which a chair may open or close from another process; the editor
 * hears `conference.status_changed` on the conference's event stream and refetches the plan.
 */
import type { Conference } from '../../../src/domain/conference.schema.js';
import type { Permissions, PresentedConference } from '../auth/permissions.js';

/** The event stream is for whoever reads the attendance (organizer, chair, operators): the others reload to see the status. */
export const readsEvents = (p: Permissions): boolean => p.can('attendance.read') || p.anyPoint('attendance.read');

/**
 * The plan after its status changed elsewhere. With no unsaved work the fresh plan replaces it;
 * with unsaved work only the status and the allowed actions change, and the version stays, so
 * saving that work meets the usual conflict (the server's version moved) rather than silently
 * writing over a plan it has not seen.
 */
export const withStatusOf = (current: Conference, fresh: Conference, dirty: boolean): Conference => {
  if (!dirty) return fresh;
  const allowed = (fresh as PresentedConference).allowedActions;
  return { ...current, status: fresh.status, archived: fresh.archived, ...(allowed ? { allowedActions: allowed } : {}) };
};
