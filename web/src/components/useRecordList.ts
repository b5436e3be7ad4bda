/** A list of records read from the API, and row actions (revoke, disable…) that reload it. */
import { useCallback, useEffect, useState } from 'react';
import { ApiError } from '../api/client.js';

/**
 * `fetchItems` must be stable (useCallback); a failure of a read or an action goes to
 * `setError`, which an action first clears. Nothing is read while `enabled` is false.
 */
export const useRecordList = <T>(fetchItems: () => Promise<{ items: T[] }>, setError: (error: ApiError | null) => void, enabled = true) => {
  const [items, setItems] = useState<T[] | null>(null);

  const load = useCallback(async () => {
    try {
      setItems((await fetchItems()).items);
    } catch (caught) {
      if (caught instanceof ApiError) setError(caught);
    }
  }, [fetchItems, setError]);
  useEffect(() => {
    if (enabled) void load();
  }, [load, enabled]);

  const act = useCallback(
    async (work: () => Promise<unknown>) => {
      setError(null);
      try {
        await work();
        await load();
      } catch (caught) {
        if (caught instanceof ApiError) setError(caught);
      }
    },
    [load, setError],
  );

  return { items, load, act };
};
