/** Calls of the seat plan API (/conferences/:id/bridge-points/:pointId/seating). */
import type { HallLayout } from '../../../../src/domain/participants/seating-layout.js';
import type { AutoAssignResult, SeatingPlan } from '../../../../src/domain/participants/seating-plan.js';
import { download, request } from '../../api/client.js';

export type { AutoAssignResult, SeatingPlan };
export type SeatingDelegate = SeatingPlan['delegates'][number];

const hall = (conferenceId: string, pointId: string) =>
  `/conferences/${encodeURIComponent(conferenceId)}/bridge-points/${encodeURIComponent(pointId)}/seating`;

export const getSeatingPlan = (conferenceId: string, pointId: string, signal?: AbortSignal) =>
  request<SeatingPlan>('GET', hall(conferenceId, pointId), { signal });

export const saveHallLayout = (conferenceId: string, pointId: string, layout: HallLayout) =>
  request<SeatingPlan>('PUT', `${hall(conferenceId, pointId)}/layout`, { body: layout });

export const autoAssignSeats = (conferenceId: string, pointId: string, mode: 'all' | 'unseated') =>
  request<AutoAssignResult>('POST', `${hall(conferenceId, pointId)}/auto-assign`, { body: { mode } });

/** Moves a delegate to a seat ('' leaves it), or swaps two delegates. */
export const moveDelegate = (
  conferenceId: string,
  pointId: string,
  move: { delegateId: string } & ({ seat: string } | { swapWith: string }),
) => request<SeatingPlan>('POST', `${hall(conferenceId, pointId)}/move`, { body: move });

export const downloadSeatPlan = (conferenceId: string, pointId: string) =>
  download(`${hall(conferenceId, pointId)}/seat-plan.docx`, 'so-do-cho-ngoi.docx');
