/**
 * One live conference for a page: the programme, halls and messages from the shared live
 * client (socket), the conference's title and what the caller may do (GET /live, fetched
 * again after every reconnection), the connection's state and the server's clock.
 */
import { useCallback, useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import type { LiveEvent } from '../../../src/domain/live/live-commands.js';
import type { HallStatus, LiveMessage, LiveState } from '../../../src/domain/live/live-state.js';
import { ApiError } from '../api/client.js';
import { acquireLiveClient, releaseLiveClient, type LiveClient, type LiveStatus } from './live-client.js';
import { EMPTY_SNAPSHOT, type LiveSnapshot } from './live-store.js';
import { getLive, type LiveAccess } from './live-api.js';
import './live-i18n.js';

export interface LiveView {
  state: LiveState | null;
  halls: HallStatus[];
  /** A national conference's staff wall: the provinces' counts (issue 18); null: every hall in `halls`. */
  wall: LiveSnapshot['wall'];
  messages: LiveMessage[];
  /** The last events applied in this tab, oldest first (a running log). */
  recent: LiveEvent[];
  status: LiveStatus;
  /** 1 for the first connection, then one more per reconnection (refetch what the socket does not replay). */
  connections: number;
  /** The server's clock now, epoch ms (use it for every countdown). */
  serverNow(): number;
  offsetMs: number;
  title: string;
  access: LiveAccess | null;
  /** The last failure of GET /live (e.g. 404, 403), or the socket's refusal as an ApiError. */
  error: ApiError | null;
  client: LiveClient | null;
}

const noSubscription = () => () => {};
const emptySnapshot = () => EMPTY_SNAPSHOT;

export const useLive = (conferenceId: string): LiveView => {
  const [client, setClient] = useState<LiveClient | null>(null);
  const [overview, setOverview] = useState<{ title: string; access: LiveAccess } | null>(null);
  const [error, setError] = useState<ApiError | null>(null);

  useEffect(() => {
    const acquired = acquireLiveClient(conferenceId);
    setClient(acquired);
    return () => releaseLiveClient(acquired);
  }, [conferenceId]);

  const snapshot = useSyncExternalStore(client?.subscribe ?? noSubscription, client?.getSnapshot ?? emptySnapshot);
  /** 1 for the first connection (and before it), then one more per reconnection. */
  const round = Math.max(1, snapshot.connections);

  useEffect(() => {
    if (!client) return;
    const controller = new AbortController();
    getLive(conferenceId, controller.signal).then(
      ({ title, access }) => {
        setOverview({ title, access });
        setError(null);
      },
      (caught: unknown) => {
        if (controller.signal.aborted) return;
        setError(
          caught instanceof ApiError
            ? caught
            : new ApiError(0, 'internal', { vi: 'Đã xảy ra lỗi không mong đợi.', en: 'Something unexpected went wrong.' }),
        );
      },
    );
    return () => controller.abort();
  }, [client, conferenceId, round]);

  // A new function when the offset changes: countdowns realign their redraws on it.
  const offsetMs = snapshot.offsetMs;
  const serverNow = useCallback(() => (client ? client.serverNow() : Date.now() + offsetMs), [client, offsetMs]);
  const refused = snapshot.status !== 'live' ? snapshot.error : null;
  const socketError = useMemo(() => (refused ? new ApiError(0, 'realtime.refused', refused) : null), [refused]);

  return {
    state: snapshot.state,
    halls: snapshot.halls,
    wall: snapshot.wall,
    messages: snapshot.messages,
    recent: snapshot.recent,
    status: snapshot.status,
    connections: round,
    serverNow,
    offsetMs,
    title: overview?.title ?? '',
    access: overview?.access ?? null,
    error: error ?? socketError,
    client,
  };
};
