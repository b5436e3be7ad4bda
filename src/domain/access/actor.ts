/**
 * Who is acting. Pure types and helpers: no I/O, no clock.
 *
 * A user's roles in a conference come from their memberships (one user may hold several
 * roles in one conference and different roles in different conferences). A link actor acts
 * with the role of its purpose in its one conference only; an operator link is scoped to its
 * bridge point. The system administrator holds every role everywhere.
 */
export type ConferenceRole = 'organizer' | 'chair' | 'operator' | 'delegate' | 'guest' | 'observer';
/**
 * `nominator`: an organisation's contact (a district chair) who names the people attending at
 * one bridge point (delegated invitation); it reads the conference as a delegate does.
 * `display`: the big screen of one hall (projector); it reads what an observer reads and
 * follows the live programme, and acts on nothing.
 */
export type LinkPurpose = 'guest' | 'delegate' | 'operator' | 'observer' | 'nominator' | 'display';
export interface Membership {
  conferenceId: string;
  role: ConferenceRole;
  /** operator scope; [] otherwise */
  bridgePointIds: string[];
}
export type Actor =
  | { kind: 'anonymous' }
  | { kind: 'user'; userId: string; isAdmin: boolean; memberships: Membership[] }
  | {
      kind: 'link';
      linkId: string;
      purpose: LinkPurpose;
      conferenceId: string;
      bridgePointId: string | null;
      participantGroupId: string | null;
      /** A delegate's personal link (issue 4): the one delegate it answers for. */
      delegateId?: string | null;
    };

export const CONFERENCE_ROLES: readonly ConferenceRole[] = ['organizer', 'chair', 'operator', 'delegate', 'guest', 'observer'];

export const ANONYMOUS: Actor = { kind: 'anonymous' };

export function isAdmin(actor: Actor): boolean {
  return actor.kind === 'user' && actor.isAdmin;
}

/** The role a link acts with: its purpose, but a nominator reads as a delegate and a display as an observer. */
export const linkRole = (purpose: LinkPurpose): ConferenceRole =>
  purpose === 'nominator' ? 'delegate' : purpose === 'display' ? 'observer' : purpose;

/** The roles the actor holds in one conference (the administrator: all of them). */
export function rolesIn(actor: Actor, conferenceId: string): Set<ConferenceRole> {
  if (actor.kind === 'anonymous') return new Set();
  if (actor.kind === 'link') {
    if (actor.conferenceId !== conferenceId) return new Set();
    return new Set([linkRole(actor.purpose)]);
  }
  if (actor.isAdmin) return new Set(CONFERENCE_ROLES);
  const roles = new Set<ConferenceRole>();
  for (const m of actor.memberships) if (m.conferenceId === conferenceId) roles.add(m.role);
  return roles;
}

/**
 * The bridge points the actor operates in one conference. Only operator memberships (or an
 * operator link bound to a point) give a scope; the administrator's scope is not listed here
 * because the administrator needs no operator scope (every rule lets them through first).
 */
export function operatorScope(actor: Actor, conferenceId: string): Set<string> {
  const scope = new Set<string>();
  if (actor.kind === 'link') {
    if (actor.conferenceId === conferenceId && actor.purpose === 'operator' && actor.bridgePointId !== null) {
      scope.add(actor.bridgePointId);
    }
    return scope;
  }
  if (actor.kind !== 'user') return scope;
  for (const m of actor.memberships) {
    if (m.conferenceId === conferenceId && m.role === 'operator') {
      for (const id of m.bridgePointIds) scope.add(id);
    }
  }
  return scope;
}

/**
 * The points an actor is bound to in a conference: those it operates, and the point of a link
 * made for one (a hall's big screen, a nominator). Below the whole conference the point rules
 * allow nothing elsewhere, so these are the only points worth asking them about.
 */
export function boundPoints(actor: Actor, conferenceId: string): Set<string> {
  const points = operatorScope(actor, conferenceId);
  if (actor.kind === 'link' && actor.conferenceId === conferenceId && actor.bridgePointId !== null) points.add(actor.bridgePointId);
  return points;
}

/** Conferences where the actor holds any role (the administrator: undefined = all). */
export function conferenceIdsOf(actor: Actor): Set<string> | undefined {
  if (actor.kind === 'anonymous') return new Set();
  if (actor.kind === 'link') return new Set([actor.conferenceId]);
  if (actor.isAdmin) return undefined;
  return new Set(actor.memberships.map((m) => m.conferenceId));
}

/** A short label for logs and the audit trail (never a secret). */
export function actorLabel(actor: Actor): string {
  if (actor.kind === 'anonymous') return 'anonymous';
  if (actor.kind === 'link') return `link:${actor.linkId}(${actor.purpose})`;
  return `user:${actor.userId}${actor.isAdmin ? '(admin)' : ''}`;
}
