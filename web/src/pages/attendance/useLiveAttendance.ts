/**
 * The attendance report of a conference, kept current from the live event stream: fetched
 * once, then again after every event (refetches that pile up while one is running collapse
 * into one, fetched at least REFETCH_GAP_MS after the last: a national check-in of thousands
 * of people a minute gives the wall a couple of reports a second, not one per check-in) and
 * after every reconnection, so the wall never needs a reload.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { getAttendance, openEventStream, type AttendanceReport, type StreamState } from '../../api/attendance.js';
import { ApiError } from '../../api/client.js';

const toApiError = (error: unknown): ApiError =>
  error instanceof ApiError
    ? error
    : new ApiError(0, 'internal', { vi: 'Đã xảy ra lỗi không mong đợi.', en: 'Something unexpected went wrong.' });

/** The least time between two fetches of the report while events keep coming. */
export const REFETCH_GAP_MS = 500;

export interface LiveAttendance {
  report: AttendanceReport | null;
  error: ApiError | null;
  stream: StreamState;
  /** Bumped by each fetched report (tests and screen readers can follow the updates). */
  revision: number;
  refetch(): Promise<void>;
}

export const useLiveAttendance = (conferenceId: string): LiveAttendance => {
  const [report, setReport] = useState<AttendanceReport | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [stream, setStream] = useState<StreamState>('connecting');
  const [revision, setRevision] = useState(0);
  const running = useRef(false);
  const pending = useRef(false);
  const mounted = useRef(true);

  const refetch = useCallback(async () => {
    if (running.current) {
      pending.current = true;
      return;
    }
    running.current = true;
    try {
      for (let first = true; first || pending.current; first = false) {
        if (!first) await new Promise((resolve) => setTimeout(resolve, REFETCH_GAP_MS));
        if (!mounted.current) return;
        pending.current = false;
        const next = await getAttendance(conferenceId);
        if (!mounted.current) return;
        setReport(next);
        setError(null);
        setRevision((r) => r + 1);
      }
    } catch (caught) {
      if (mounted.current) setError(toApiError(caught));
    } finally {
      running.current = false;
    }
  }, [conferenceId]);

  useEffect(() => {
    mounted.current = true;
    void refetch();
    const stop = openEventStream(conferenceId, {
      onResync: () => void refetch(),
      onEvent: () => void refetch(),
      onState: setStream,
    });
    return () => {
      mounted.current = false;
      stop();
    };
  }, [conferenceId, refetch]);

  return { report, error, stream, revision, refetch };
};
