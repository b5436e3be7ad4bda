/**
 * What the caller may do with a conference, from the `allowedActions` the server adds to
 * every conference it returns. The screens hide what is not allowed; the server refuses it
 * anyway.
 */
import type { Conference } from '../../../src/domain/conference.schema.js';
import { pointSummaryOf } from '../api/bridge-points.js';

export interface AllowedActions {
  conference: string[];
  bridgePoints: Record<string, string[]>;
  /** What holds at every point (a conference-wide role): decides for the points a national plan does not carry. */
  everyPoint?: string[];
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
  const everywhere = (action: string) => allowed.everyPoint?.includes(action) ?? false;
  const hasPoints = () => (pointSummaryOf(conference)?.rows ?? conference.bridgePoints.length) > 0;
  return {
    can: (action) => allowed.conference.includes(action),
    canPoint: (id, action) => everywhere(action) || (allowed.bridgePoints[id]?.includes(action) ?? false),
    canGroup: (id, action) => allowed.participantGroups[id]?.includes(action) ?? false,
    anyPoint: (action) =>
      (everywhere(action) && hasPoints()) || Object.values(allowed.bridgePoints).some((actions) => actions.includes(action)),
  };
};
