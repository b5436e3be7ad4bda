/**
 * The typed domain events that follow a committed write. They say only WHAT changed (ids
 * and counts), never the data itself: a client that receives one refetches what it needs
 * through the API, where the policies decide what it may read. Issue 5 sends the same
 * events over Socket.IO; this file is the one map of events shared by the server and the
 * clients (the web app imports the types only).
 */
import type { LiveEvent } from '../domain/live/live-commands.js';
import type { HallChange } from '../domain/live/live-state.js';

/** A change to one or more delegates of a bridge point (created, edited, removed, moved). */
export interface DelegateChanged {
  type: 'delegate.changed';
  conferenceId: string;
  bridgePointId: string;
  delegateIds: string[];
}

/** A spreadsheet import was confirmed: `count` delegates added at the listed points. */
export interface DelegatesImported {
  type: 'delegates.imported';
  conferenceId: string;
  count: number;
  bridgePointIds: string[];
}

/** Check-in, walk-in, absence or headcount at a bridge point: its counts changed. */
export interface AttendanceChanged {
  type: 'attendance.changed';
  conferenceId: string;
  bridgePointId: string;
}

/** A delegate confirmed, declined or named a substitute (người dự thay). */
export interface InvitationAnswered {
  type: 'invitation.answered';
  conferenceId: string;
  bridgePointId: string;
  delegateId: string;
}

/** Invitations (or reminders) went out to `count` delegates at the listed points. */
export interface InvitationsSent {
  type: 'invitations.sent';
  conferenceId: string;
  count: number;
  bridgePointIds: string[];
}

/** The seat plan of a hall changed. */
export interface SeatingChanged {
  type: 'seating.changed';
  conferenceId: string;
  bridgePointId: string;
}

/** Bridge points were added, renamed, given a new quota, reordered or removed. */
export interface BridgePointsChanged {
  type: 'bridge_points.changed';
  conferenceId: string;
  /** The conference's version after the write. */
  version?: number;
  /** The points created, changed or removed, when few; absent: a reorder or many points (reload). */
  pointIds?: readonly string[];
}

/** A draft's consultation changed: opened, a body answered, a comment was answered, reminders went out (issue 16). */
export interface ConsultationChanged {
  type: 'consultation.changed';
  conferenceId: string;
  consultationId: string;
}

/** The written contribution of an agenda slot changed: submitted, decided, reminded (issue 16). */
export interface ContributionChanged {
  type: 'contribution.changed';
  conferenceId: string;
  agendaItemId: string;
}

/** Conference documents (issue 16) were uploaded, given a new version, edited or deleted, or opened (`opened`: the read receipts changed). */
export interface DocumentsChanged {
  type: 'documents.changed';
  conferenceId: string;
  documentIds: string[];
  opened: boolean;
}

/** The minutes changed: a note, the draft, an edit, the review opened, an answer, locked (issue 16). */
export interface MinutesChanged {
  type: 'minutes.changed';
  conferenceId: string;
}

/** The conclusion notice or the follow-up changed: a conclusion, the notice issued, a report on a task (issue 16). */
export interface ConclusionsChanged {
  type: 'conclusions.changed';
  conferenceId: string;
  conclusionIds: string[];
}

/** The conference's status followed its live meeting: opened (live) or closed (issue 17). */
export interface ConferenceStatusChanged {
  type: 'conference.status_changed';
  conferenceId: string;
  from: 'draft' | 'issued' | 'live' | 'closed';
  to: 'draft' | 'issued' | 'live' | 'closed';
}

export type DomainEvent =
  | ConferenceStatusChanged
  | MinutesChanged
  | ConclusionsChanged
  | DocumentsChanged
  | DelegateChanged
  | DelegatesImported
  | AttendanceChanged
  | InvitationAnswered
  | InvitationsSent
  | SeatingChanged
  | BridgePointsChanged
  | ConsultationChanged
  | ContributionChanged;

export type DomainEventType = DomainEvent['type'];

/** The event of a given type, e.g. `EventOf<'attendance.changed'>`. */
export type EventOf<T extends DomainEventType> = Extract<DomainEvent, { type: T }>;

export const DOMAIN_EVENT_TYPES: readonly DomainEventType[] = [
  'conference.status_changed',
  'minutes.changed',
  'conclusions.changed',
  'documents.changed',
  'delegate.changed',
  'delegates.imported',
  'attendance.changed',
  'invitation.answered',
  'invitations.sent',
  'seating.changed',
  'bridge_points.changed',
  'consultation.changed',
  'contribution.changed',
];

/**
 * The bridge points an event concerns, for set-based filtering (an operator receives only
 * the events of their points). `null`: the event concerns the whole conference.
 */
export const bridgePointsOf = (event: DomainEvent): readonly string[] | null => {
  switch (event.type) {
    case 'delegate.changed':
    case 'attendance.changed':
    case 'invitation.answered':
    case 'seating.changed':
      return [event.bridgePointId];
    case 'delegates.imported':
    case 'invitations.sent':
      return event.bridgePointIds;
    case 'conference.status_changed':
    case 'minutes.changed':
    case 'conclusions.changed':
    case 'documents.changed':
    case 'bridge_points.changed':
    case 'consultation.changed':
    case 'contribution.changed':
      return null;
  }
};

/**
 * The other events of the one backbone (issue 15): the live programme and the halls (their
 * data goes to the Socket.IO rooms, whose membership the policies decided), and the end of a
 * principal's access. They travel with the domain events, in one stream, to every process;
 * the SSE stream sends only the domain events.
 */
export interface LiveProgrammeChanged {
  type: 'live.programme';
  conferenceId: string;
  events: readonly LiveEvent[];
}

export interface LiveHallChanged {
  type: 'live.hall';
  conferenceId: string;
  change: HallChange;
}

/**
 * Whose access ended or changed: a session (logout, expiry by the administrator), every
 * session of a user (disabled, password reset), a user's role in a conference, or an access
 * link. Every process closes or re-checks that principal's sockets and streams at once.
 */
export type RevokedPrincipal =
  { kind: 'session'; sessionId: string; userId: string } | { kind: 'user'; userId: string } | { kind: 'link'; linkId: string };

export interface AccessRevoked {
  type: 'access.revoked';
  /** The conference concerned (a role, a link), or null for an account-wide change. */
  conferenceId: string | null;
  principal: RevokedPrincipal;
}

/**
 * A vote (issue 16) was created, opened, closed, given a ballot or a show-of-hands count: its
 * state and the number of ballots cast (secret votes: only that). The live gateway emits it to
 * the conference's room; screens refetch the vote through the API, where the policies decide.
 * Ballots are announced at most a few times a second per vote (the count of the latest).
 */
export interface VoteChanged {
  type: 'vote.changed';
  conferenceId: string;
  voteId: string;
  state: 'draft' | 'open' | 'closed';
  cast: number;
}

export type BackboneEvent = DomainEvent | LiveProgrammeChanged | LiveHallChanged | AccessRevoked | VoteChanged;

export const isDomainEvent = (event: BackboneEvent): event is DomainEvent => (DOMAIN_EVENT_TYPES as readonly string[]).includes(event.type);

/**
 * An event as the bus delivers it: numbered per conference. The id is `<epoch>.<sequence>`,
 * where the epoch changes each time a bus starts, so an id from before a restart is never
 * mistaken for a newer one (the client then refetches everything).
 */
export interface Delivery<E extends BackboneEvent = DomainEvent> {
  id: string;
  sequence: number;
  event: E;
}
