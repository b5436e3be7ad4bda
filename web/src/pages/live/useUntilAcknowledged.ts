/**
 * A write sent again and again until the server acknowledges it, for halls on a weak link.
 * The payload carries its own idempotency key (a floor request's clientKey), so a retry after
 * a lost answer is the same write, never a second one. No answer, a 5xx or a stale CSRF token
 * (queue-rules.ts: verdictOf) is retried after 1, 2, 4, 5, 5 … seconds; any other refusal ends it
 * and is shown. With a storage key the pending write survives a reload and is resumed.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError } from '../../api/client.js';
import { useAuth } from '../../auth/AuthContext.js';
import { verdictOf } from '../../checkin/queue-rules.js';

export interface PendingWrite<P> {
  payload: P;
  /** Tries made so far (0 before the first answer). */
  attempts: number;
}

const MAX_DELAY_MS = 5_000;
const delayOf = (attempts: number) => Math.min(MAX_DELAY_MS, 1_000 * 2 ** Math.max(0, attempts - 1));

const readStored = <P>(storageKey: string | null): PendingWrite<P> | null => {
  if (!storageKey) return null;
  try {
    const text = localStorage.getItem(storageKey);
    return text ? { payload: (JSON.parse(text) as { payload: P }).payload, attempts: 0 } : null;
  } catch {
    return null;
  }
};
const store = <P>(storageKey: string | null, payload: P | null) => {
  if (!storageKey) return;
  try {
    if (payload === null) localStorage.removeItem(storageKey);
    else localStorage.setItem(storageKey, JSON.stringify({ payload }));
  } catch {
    /* private mode: the write is still retried while the page stays open */
  }
};

export const useUntilAcknowledged = <P>(storageKey: string | null, send: (payload: P) => Promise<unknown>) => {
  const { refresh } = useAuth();
  const [pending, setPending] = useState<PendingWrite<P> | null>(() => readStored<P>(storageKey));
  const [error, setError] = useState<ApiError | null>(null);
  const sendRef = useRef(send);
  sendRef.current = send;
  const running = useRef<P | null>(null);

  useEffect(() => {
    if (!pending || running.current === pending.payload) return;
    const payload = pending.payload;
    running.current = payload;
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const attempt = async (attempts: number): Promise<void> => {
      try {
        await sendRef.current(payload);
        if (stopped) return;
        store(storageKey, null);
        running.current = null;
        setPending(null);
      } catch (caught) {
        if (stopped) return;
        const failure =
          caught instanceof ApiError ? caught : new ApiError(0, 'network.unreachable', { vi: 'Lỗi mạng.', en: 'Network error.' });
        const verdict = verdictOf({ status: failure.status, code: failure.code });
        if (verdict === 'retry') {
          if (failure.code === 'auth.csrf_failed' || failure.status === 401) await refresh().catch(() => undefined);
          setPending({ payload, attempts: attempts + 1 });
          timer = setTimeout(() => void attempt(attempts + 1), delayOf(attempts + 1));
          return;
        }
        store(storageKey, null);
        running.current = null;
        setError(failure);
        setPending(null);
      }
    };
    void attempt(pending.attempts);
    return () => {
      stopped = true;
      running.current = null;
      if (timer) clearTimeout(timer);
    };
    // Only a new payload starts a new loop; attempts are counted inside it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [pending?.payload, storageKey]);

  const start = useCallback(
    (payload: P) => {
      setError(null);
      store(storageKey, payload);
      setPending({ payload, attempts: 0 });
    },
    [storageKey],
  );

  return { pending, error, start, dismissError: () => setError(null) };
};
