/**
 * The points whose quotas the delegate screen counts against. A plan of up to 500 points
 * carries them: those where the caller may list delegates. A national conference's plan
 * carries none, and a table of thousands of points says nothing: the points of the listed
 * delegates (or the one the list is filtered by) are read by id, up to 100; past that the
 * table asks for a point to be chosen (`tooMany`).
 */
import { useEffect, useMemo, useState } from 'react';
import type { BridgePoint, Conference } from '../../../../src/domain/conference.schema.js';
import { listBridgePoints, pointsInline } from '../../api/bridge-points.js';
import type { PresentedDelegate } from '../../api/delegates.js';
import type { Permissions } from '../../auth/permissions.js';
import { rememberPointNames } from '../../bridge-points/point-names.js';

const MOST = 100;

export const useQuotaPoints = (
  conference: Conference,
  p: Permissions,
  delegates: readonly PresentedDelegate[] | null,
  filteredPointId: string,
): { points: BridgePoint[]; tooMany: boolean } => {
  const inline = pointsInline(conference);
  const inlinePoints = useMemo(
    () => (inline ? conference.bridgePoints.filter((point) => p.canPoint(point.id, 'delegate.list')) : []),
    [inline, conference, p],
  );
  const ids = useMemo(
    () => (filteredPointId ? [filteredPointId] : [...new Set((delegates ?? []).map((d) => d.bridgePointId))].sort()),
    [delegates, filteredPointId],
  );
  const key = inline || ids.length > MOST ? '' : ids.join(',');
  const [read, setRead] = useState<BridgePoint[]>([]);

  useEffect(() => {
    if (key === '') return setRead([]);
    const controller = new AbortController();
    listBridgePoints(conference.id, { ids: key.split(','), limit: MOST }, controller.signal).then(
      (page) => {
        rememberPointNames(conference.id, page.items);
        setRead(page.items);
      },
      () => undefined, // the table stays empty; the list itself still shows every delegate
    );
    return () => controller.abort();
  }, [conference.id, key]);

  return inline ? { points: inlinePoints, tooMany: false } : { points: read, tooMany: ids.length > MOST };
};
