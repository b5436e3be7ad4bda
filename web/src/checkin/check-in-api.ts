/**
 * Check-in calls of the /api/v1 contract: the reads of a hall's screen (its delegates for
 * the search, its counts) and the paths of the writes, which go through the offline queue.
 */
import type { CheckInResult, HallSummary } from '../../../src/services/participants/check-in-rules.js';
import type { PresentedDelegate } from '../api/delegates.js';
import { request } from '../api/client.js';

export type { HallSummary };
export type CheckInAnswer = Omit<CheckInResult, 'delegate'> & { delegate: PresentedDelegate };

const c = (conferenceId: string) => `/conferences/${encodeURIComponent(conferenceId)}`;

/** The most delegates one hall's screen keeps for searching without the network. */
export const ROSTER_LIMIT = 1000;

export const searchHall = (conferenceId: string, bridgePointId: string, q: string, limit = ROSTER_LIMIT, signal?: AbortSignal) => {
  const params = new URLSearchParams({ bridgePointId, limit: String(limit) });
  if (q.trim()) params.set('q', q.trim());
  return request<{ items: PresentedDelegate[]; total: number }>(
    'GET',
    `${c(conferenceId)}/check-ins/search?${params}`,
    signal ? { signal } : {},
  );
};

/** The title and the caller's halls (GET …/check-ins/halls): what the screen needs to start, not the whole plan. */
export const getHalls = (conferenceId: string) =>
  request<{ conferenceTitle: string; points: { id: string; name: string; mayReportHeadcount: boolean }[] }>(
    'GET',
    `${c(conferenceId)}/check-ins/halls`,
  );

export const getHall = (conferenceId: string, bridgePointId: string) =>
  request<HallSummary>('GET', `${c(conferenceId)}/check-ins/points/${encodeURIComponent(bridgePointId)}`);

export const checkInPath = (conferenceId: string) => `${c(conferenceId)}/check-ins`;
export const walkInPath = (conferenceId: string) => `${c(conferenceId)}/walk-ins`;
export const headcountPath = (conferenceId: string, bridgePointId: string) =>
  `${c(conferenceId)}/headcounts/${encodeURIComponent(bridgePointId)}`;
