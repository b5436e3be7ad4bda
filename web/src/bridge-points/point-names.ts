/**
 * Names of bridge points by id, for screens that show points they did not list themselves
 * (a delegate's point, a link's point, a document's audience). A plan of up to 500 points
 * carries them all; a national conference's plan carries none, so the names of the ids a
 * screen shows are asked for by id (100 per request) and kept per conference while the
 * page lives. A name not known yet is undefined: the screen shows the point as loading,
 * never another point's name.
 */
import { useEffect, useMemo, useState } from 'react';
import type { Conference } from '../../../src/domain/conference.schema.js';
import { listBridgePoints, pointsInline } from '../api/bridge-points.js';

const BATCH = 100;
/** Per conference: id → name, filled by lookups and by the searches of PointSelect. */
const known = new Map<string, Map<string, string>>();
const listeners = new Set<() => void>();

const namesOf = (conferenceId: string): Map<string, string> => {
  let names = known.get(conferenceId);
  if (!names) known.set(conferenceId, (names = new Map<string, string>()));
  return names;
};

/** Records names a screen has read anyway (a page of points): lookups need not ask again. */
export const rememberPointNames = (conferenceId: string, points: readonly { id: string; name: string }[]): void => {
  const names = namesOf(conferenceId);
  let changed = false;
  for (const point of points) {
    if (names.get(point.id) !== point.name) {
      names.set(point.id, point.name);
      changed = true;
    }
  }
  if (changed) for (const listener of listeners) listener();
};

const asked = new Set<string>();

const lookUp = async (conferenceId: string, ids: readonly string[]): Promise<void> => {
  const missing = ids.filter((id) => !namesOf(conferenceId).has(id) && !asked.has(`${conferenceId}/${id}`));
  for (const id of missing) asked.add(`${conferenceId}/${id}`);
  for (let start = 0; start < missing.length; start += BATCH) {
    const batch = missing.slice(start, start + BATCH);
    try {
      const page = await listBridgePoints(conferenceId, { ids: batch, limit: BATCH });
      rememberPointNames(conferenceId, page.items);
    } catch {
      for (const id of batch) asked.delete(`${conferenceId}/${id}`); // asked again on the next render
    }
  }
};

/**
 * A function from a point id to its name (undefined while unknown). With the plan's points
 * inline it answers from them at once; otherwise it asks for the given ids.
 */
export function usePointNames(
  conference: Conference,
  ids: readonly (string | null | undefined)[],
): (id: string | null | undefined) => string | undefined {
  const inline = pointsInline(conference);
  const [, setTick] = useState(0);
  const wanted = useMemo(() => [...new Set(ids.filter((id): id is string => Boolean(id)))].sort(), [ids]);
  const key = wanted.join(',');

  useEffect(() => {
    if (inline) return;
    const listener = () => setTick((tick) => tick + 1);
    listeners.add(listener);
    return () => void listeners.delete(listener);
  }, [inline]);

  useEffect(() => {
    if (inline || key === '') return;
    void lookUp(conference.id, key.split(','));
  }, [inline, conference.id, key]);

  const inlineNames = useMemo(
    () => (inline ? new Map(conference.bridgePoints.map((point) => [point.id, point.name])) : null),
    [inline, conference.bridgePoints],
  );
  return (id) => (id ? (inlineNames ?? namesOf(conference.id)).get(id) : undefined);
}
