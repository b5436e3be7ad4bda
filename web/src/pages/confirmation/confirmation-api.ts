/**
 * The calls of link holders: a delegate's personal link reads and answers its invitation, a
 * nominator link names attendees. Types mirror src/server/routes/invitations/invitations.schema.ts.
 */
import type { InvitationState, Substitute } from '../../../../src/domain/participants/delegate.js';
import { request } from '../../api/client.js';

export interface InvitationView {
  conference: {
    id: string;
    title: string;
    eventName: string;
    issuingBody: string;
    /** Null while the start is not fixed; `time` then says what is known. */
    startsAt: string | null;
    time: string;
    presiding: string;
    status: string;
  };
  delegate: {
    id: string;
    fullName: string;
    title: string;
    organisation: string;
    invitation: InvitationState;
    substitute: Substitute | null;
    attendance: string;
    answeredAt: string | null;
  };
  bridgePoint: { id: string; name: string; address: string; kind: string; isHost: boolean } | null;
  place: string[];
  /** Null when there is no deadline and the start is not fixed yet. */
  answerUntil: string | null;
  open: boolean;
}

export type AnswerAction = 'attend' | 'decline' | 'substitute';

export const getInvitation = (conferenceId: string) =>
  request<InvitationView>('GET', `/conferences/${conferenceId}/invitation`, { quiet: true });

export const answerInvitation = (conferenceId: string, body: { action: AnswerAction; substitute?: Substitute }) =>
  request<InvitationView>('POST', `/conferences/${conferenceId}/invitation/answer`, { body, quiet: true });

export interface NominationView {
  conference: { id: string; eventName: string; time: string; startsAt: string | null };
  bridgePoint: { id: string; name: string; quota: number | null };
  participantGroup: { id: string; text: string; count: number | null } | null;
  taken: { atPoint: number; inGroup: number };
  remaining: number | null;
  delegates: { id: string; fullName: string; title: string; organisation: string; invitation: InvitationState }[];
}

export interface NomineeInput {
  fullName: string;
  title: string;
  organisation: string;
  phone: string;
  email: string;
}

export const getNomination = (conferenceId: string) =>
  request<NominationView>('GET', `/conferences/${conferenceId}/nomination`, { quiet: true });

export const nominate = (conferenceId: string, body: NomineeInput) =>
  request<{ id: string; fullName: string }>('POST', `/conferences/${conferenceId}/nomination/delegates`, { body, quiet: true });
