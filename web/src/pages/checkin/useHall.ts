/**
 * The data of a hall's screen: the conference's title and the points the caller checks in at
 * and the chosen point's delegates and counts. Each read is saved on the device; when the
 * network is down the saved copy is shown (`fromCache`), so a reload without network
 * still gives a working screen.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError } from '../../api/client.js';
import type { PresentedDelegate } from '../../api/delegates.js';
import { getHall, getHalls, ROSTER_LIMIT, searchHall } from '../../checkin/check-in-api.js';
import { readHallInfo, readRoster, rosterEntry, saveHallInfo, saveRoster, type HallInfo, type Roster } from './hall-cache.js';

const isNetworkError = (error: unknown) => error instanceof ApiError && error.status === 0;

export interface Loaded<T> {
  value: T | null;
  fromCache: boolean;
  error: ApiError | null;
}

export const useHallInfo = (conferenceId: string, online: boolean): Loaded<HallInfo> => {
  const [state, setState] = useState<Loaded<HallInfo>>({ value: null, fromCache: false, error: null });
  useEffect(() => {
    let live = true;
    getHalls(conferenceId)
      .then((halls) => {
        const info: HallInfo = { ...halls, savedAt: new Date().toISOString() };
        saveHallInfo(conferenceId, info);
        if (live) setState({ value: info, fromCache: false, error: null });
      })
      .catch((error: unknown) => {
        if (!live) return;
        const cached = isNetworkError(error) ? readHallInfo(conferenceId) : null;
        if (cached) setState({ value: cached, fromCache: true, error: null });
        else setState({ value: null, fromCache: false, error: error instanceof ApiError ? error : null });
      });
    return () => {
      live = false;
    };
  }, [conferenceId, online]);
  return state;
};

export interface RosterApi extends Loaded<Roster> {
  reload: () => Promise<void>;
  /** Puts what the server answered about one delegate into the list (and its saved copy). */
  put: (delegate: PresentedDelegate) => void;
}

export const useRoster = (conferenceId: string, pointId: string | null, online: boolean): RosterApi => {
  const [state, setState] = useState<Loaded<Roster>>({ value: null, fromCache: false, error: null });
  const generation = useRef(0);

  const reload = useCallback(async () => {
    if (!pointId) return;
    const mine = ++generation.current;
    try {
      const [page, summary] = await Promise.all([searchHall(conferenceId, pointId, '', ROSTER_LIMIT), getHall(conferenceId, pointId)]);
      const roster: Roster = { items: page.items.map(rosterEntry), total: page.total, summary, savedAt: new Date().toISOString() };
      saveRoster(conferenceId, pointId, roster);
      if (mine === generation.current) setState({ value: roster, fromCache: false, error: null });
    } catch (error) {
      if (mine !== generation.current) return;
      const cached = isNetworkError(error) ? readRoster(conferenceId, pointId) : null;
      if (cached) setState({ value: cached, fromCache: true, error: null });
      else setState((previous) => ({ ...previous, error: error instanceof ApiError ? error : null }));
    }
  }, [conferenceId, pointId]);

  useEffect(() => {
    setState({ value: pointId ? readRoster(conferenceId, pointId) : null, fromCache: true, error: null });
    void reload();
  }, [conferenceId, pointId, reload, online]);

  const put = useCallback(
    (delegate: PresentedDelegate) => {
      if (!pointId || delegate.bridgePointId !== pointId) return;
      setState((previous) => {
        if (!previous.value) return previous;
        const entry = rosterEntry(delegate);
        const known = previous.value.items.some((item) => item.id === entry.id);
        const items = known ? previous.value.items.map((item) => (item.id === entry.id ? entry : item)) : [...previous.value.items, entry];
        const roster = { ...previous.value, items, total: previous.value.total + (known ? 0 : 1) };
        saveRoster(conferenceId, pointId, roster);
        return { ...previous, value: roster };
      });
    },
    [conferenceId, pointId],
  );

  return { ...state, reload, put };
};
