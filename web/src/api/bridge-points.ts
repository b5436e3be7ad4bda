/**
 * Bridge points as their own paged resource (issue 18): the plan carries their counts
 * (`bridgePointSummary`) and inlines them only up to 500; past that the screens page them here.
 */
import type {
  BridgePointInput,
  BridgePointKind,
  BridgePointSummary,
  Conference,
  ListedBridgePoint,
} from '../../../src/domain/conference.schema.js';
import type { BridgePointChanges } from '../../../src/services/conference-service.types.js';
import { request } from './client.js';

export type { BridgePointSummary };
export type PagedPoint = ListedBridgePoint & { allowedActions: string[] };
export interface PointPage {
  items: PagedPoint[];
  nextCursor: string | null;
}
export type PointChanges = Omit<BridgePointChanges, 'points'> & { points: PagedPoint[] };

export interface PointQuery {
  q?: string;
  kind?: BridgePointKind | '';
  province?: string;
  limit?: number;
  cursor?: string | null;
  /** Only these points (up to 100): naming the points a screen shows. */
  ids?: readonly string[];
}

/** The counts the plan read carries; undefined for a plan from before issue 18 (never from this server). */
export const pointSummaryOf = (conference: Conference): BridgePointSummary | undefined =>
  (conference as Conference & { bridgePointSummary?: BridgePointSummary }).bridgePointSummary;

/** True when the plan holds every point; false when they must be paged (a national conference). */
export const pointsInline = (conference: Conference): boolean => pointSummaryOf(conference)?.inline ?? true;

export const listBridgePoints = (conferenceId: string, query: PointQuery, signal?: AbortSignal) => {
  const params = new URLSearchParams();
  if (query.q?.trim()) params.set('q', query.q.trim());
  if (query.kind) params.set('kind', query.kind);
  if (query.province) params.set('province', query.province);
  if (query.ids?.length) params.set('ids', query.ids.join(','));
  params.set('limit', String(query.limit ?? 100));
  if (query.cursor) params.set('cursor', query.cursor);
  return request<PointPage>('GET', `/conferences/${encodeURIComponent(conferenceId)}/bridge-points?${params}`, signal ? { signal } : {});
};

export const patchBridgePoint = (conferenceId: string, pointId: string, patch: Partial<BridgePointInput>, version?: number) =>
  request<PointChanges>('PATCH', `/conferences/${encodeURIComponent(conferenceId)}/bridge-points/${encodeURIComponent(pointId)}`, {
    body: patch,
    ...(version !== undefined ? { version } : {}),
  });
