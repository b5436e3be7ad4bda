/**
 * Every delegate the caller may list, read page by page (1000 at a time): the screen
 * filters, searches and counts quotas over them without another request per keystroke.
 */
import { useCallback, useEffect, useState } from 'react';
import { listDelegates, type PresentedDelegate } from '../../api/delegates.js';

const PAGE = 1000;

export const useAllDelegates = (conferenceId: string, onError: (error: unknown) => void) => {
  const [items, setItems] = useState<PresentedDelegate[] | null>(null);

  const load = useCallback(
    async (signal?: AbortSignal) => {
      try {
        const all: PresentedDelegate[] = [];
        for (let offset = 0; ; offset += PAGE) {
          const page = await listDelegates(conferenceId, { offset, limit: PAGE }, signal);
          all.push(...page.items);
          if (page.items.length < PAGE || all.length >= page.total) break;
        }
        setItems(all);
      } catch (error) {
        if (!(error instanceof DOMException && error.name === 'AbortError')) onError(error);
      }
    },
    [conferenceId, onError],
  );

  useEffect(() => {
    const controller = new AbortController();
    void load(controller.signal);
    return () => controller.abort();
  }, [load]);

  return { items, reload: () => load() };
};
