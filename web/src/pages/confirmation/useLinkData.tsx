/**
 * What every page opened from a personal or contact link does first: exchange the link (useLinkSession),
 * load the page's data as that link, and show the server's refusal as it is (a revoked, expired or
 * unknown link; a page the link may not read) or "opening" until both have come.
 */
import { useCallback, useEffect, useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import type { LinkActor } from '../../api/accounts.js';
import { ApiError } from '../../api/client.js';
import { Banner } from '../../components/Banner.js';
import { useLinkSession } from './useLinkSession.js';

export interface LinkData<T> {
  actor: LinkActor | null;
  data: T | null;
  /** The refusal to show instead of the page (the link's, or the first load's). */
  refused: ApiError | null;
  /** Loads the data again (after a write); a failure then leaves the data shown and is returned. */
  reload: () => Promise<ApiError | null>;
  setData: (data: T) => void;
}

/** `loadData` must keep its identity (a module-level function or a useCallback). */
export function useLinkData<T>(token: string, loadData: (conferenceId: string) => Promise<T>): LinkData<T> {
  const { actor, error: linkError } = useLinkSession(token);
  const [data, setData] = useState<T | null>(null);
  const [loadError, setLoadError] = useState<ApiError | null>(null);
  const reload = useCallback(async (): Promise<ApiError | null> => {
    if (!actor) return null;
    try {
      setData(await loadData(actor.conferenceId));
      return null;
    } catch (caught) {
      const error = caught instanceof ApiError ? caught : null;
      setLoadError(error);
      return error;
    }
  }, [actor, loadData]);
  useEffect(() => {
    void reload();
  }, [reload]);
  return { actor, data, refused: linkError ?? (data ? null : loadError), reload, setData };
}

/** The page shown instead of a link page that cannot open, or null while it opens. */
export function LinkGate(props: { refused: ApiError | null }): ReactElement {
  const { t } = useTranslation();
  if (!props.refused) return <p className="loading">{t('confirmation.opening')}</p>;
  return (
    <main className="link-page" aria-labelledby="link-title">
      <h1 id="link-title">{t('confirmation.refusedTitle')}</h1>
      <Banner kind="error" message={props.refused.localized} />
    </main>
  );
}
