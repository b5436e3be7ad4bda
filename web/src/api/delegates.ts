/**
 * Delegates (đại biểu) of a conference: typed calls of /conferences/:id/delegates.
 * Shared by the delegates screen, invitations, check-in and attendance: add functions,
 * keep each one a thin call of the contract.
 */
import type { AttendanceState, Delegate, InvitationState } from '../../../src/domain/participants/delegate.js';
import type { DelegateCreate, DelegatePatch } from '../../../src/services/participants/delegate-input.js';
import { request } from './client.js';

export type { Delegate, DelegateCreate, DelegatePatch, InvitationState, AttendanceState };

/** A delegate as the server shows it to the caller (contacts may be blank). */
export type PresentedDelegate = Delegate & { allowedActions: string[] };

export interface DelegatePage {
  items: PresentedDelegate[];
  total: number;
  offset: number;
  limit: number;
}

export interface DelegateListQuery {
  bridgePointId?: string;
  participantGroupId?: string;
  invitation?: InvitationState;
  attendance?: AttendanceState;
  q?: string;
  offset?: number;
  limit?: number;
}

const base = (conferenceId: string) => `/conferences/${conferenceId}/delegates`;

export const listDelegates = (conferenceId: string, query: DelegateListQuery = {}, signal?: AbortSignal) => {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) if (value !== undefined && value !== '') params.set(key, String(value));
  const suffix = params.size > 0 ? `?${params}` : '';
  return request<DelegatePage>('GET', `${base(conferenceId)}${suffix}`, signal ? { signal } : {});
};

export const getDelegate = (conferenceId: string, delegateId: string) =>
  request<PresentedDelegate>('GET', `${base(conferenceId)}/${delegateId}`);

export const createDelegate = (conferenceId: string, input: DelegateCreate) =>
  request<PresentedDelegate>('POST', base(conferenceId), { body: input });

export const updateDelegate = (conferenceId: string, delegateId: string, patch: DelegatePatch) =>
  request<PresentedDelegate>('PATCH', `${base(conferenceId)}/${delegateId}`, { body: patch });

/** Moves a delegate before or after another of the same point in protocol order. */
export const moveInProtocolOrder = (conferenceId: string, delegateId: string, targetId: string, place: 'before' | 'after') =>
  request<{ changes: { id: string; from: number | null; to: number | null }[] }>(
    'POST',
    `${base(conferenceId)}/${delegateId}/protocol-position`,
    { body: { targetId, place } },
  );

export const removeDelegate = (conferenceId: string, delegateId: string) => request<null>('DELETE', `${base(conferenceId)}/${delegateId}`);
