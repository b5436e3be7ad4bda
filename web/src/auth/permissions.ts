/**
 * What the caller may do with a conference, from the `allowedActions` the server adds to
 * every conference it returns. The screens hide what is not allowed; the server refuses it
 * anyway.
 */
import type { Conference } from '../../../src/domain/conference.schema.js';

export interface AllowedActions {
  conference: string[];
  bridgePoints: Record<string, string[]>;
  participantGroups: Record<string, string[]>;
}

/** A conference as the server presents it to the caller. */
export type PresentedConference = Conference & { allowedActions?: AllowedActions };

const actionsOf = (conference: Conference): AllowedActions | undefined => (conference as PresentedConference).allowedActions;

export interface Permissions {
  can: (action: string) => boolean;
  canPoint: (bridgePointId: string, action: string) => boolean;
  canGroup: (groupId: string, action: string) => boolean;
  /** Any bridge point where the action holds. */
  anyPoint: (action: string) => boolean;
}

export const permissionsOf = (conference: Conference): Permissions => {
  const allowed = actionsOf(conference);
  // A response without allowedActions (an older server) hides nothing: the server still decides.
  if (!allowed) return { can: () => true, canPoint: () => true, canGroup: () => true, anyPoint: () => true };
  return {
    can: (action) => allowed.conference.includes(action),
    canPoint: (id, action) => allowed.bridgePoints[id]?.includes(action) ?? false,
    canGroup: (id, action) => allowed.participantGroups[id]?.includes(action) ?? false,
    anyPoint: (action) => Object.values(allowed.bridgePoints).some((actions) => actions.includes(action)),
  };
};
