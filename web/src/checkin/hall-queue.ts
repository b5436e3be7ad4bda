/**
 * The one offline queue of this browser (localStorage, shared by its tabs under a Web
 * Lock), and React hooks to watch it and the network state.
 */
import { useEffect, useSyncExternalStore } from 'react';
import { OfflineQueue, type QueueOptions, type StorageLike } from './offline-queue.js';
import { sendQueued } from './send-queued.js';

const storage = (): StorageLike | null => {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
};

const withLock: QueueOptions['withLock'] =
  typeof navigator !== 'undefined' && navigator.locks
    ? async (run) => {
        await navigator.locks.request('diemcau.check-in-queue', async () => {
          await run();
        });
      }
    : undefined;

let queue: OfflineQueue | null = null;

export const hallQueue = (): OfflineQueue =>
  (queue ??= new OfflineQueue({
    storage: storage(),
    send: sendQueued,
    isOnline: () => navigator.onLine,
    ...(withLock ? { withLock } : {}),
  }));

export const useQueueState = () => {
  const current = hallQueue();
  return useSyncExternalStore(current.subscribe, current.snapshot);
};

const subscribeOnline = (notify: () => void) => {
  window.addEventListener('online', notify);
  window.addEventListener('offline', notify);
  return () => {
    window.removeEventListener('online', notify);
    window.removeEventListener('offline', notify);
  };
};

export const useOnline = (): boolean => useSyncExternalStore(subscribeOnline, () => navigator.onLine);

/**
 * While a hall's screen is open: send what waits (left from before a reload), listen for
 * the link coming back (after `beforeRetry`, e.g. a fresh sign-in state), and follow other tabs.
 */
export const useQueueRunner = (beforeRetry: () => Promise<unknown>) => {
  useEffect(() => {
    const current = hallQueue();
    const detach = current.attach(window, beforeRetry);
    if (navigator.onLine) void current.retryNow();
    return detach;
  }, [beforeRetry]);
};
