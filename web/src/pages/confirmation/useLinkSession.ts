/**
 * Opens the link in the address (/xac-nhan/<token>, /cu-nguoi-du/<token>): exchanges the
 * token for a link session once (POST /auth/link sets the cookie and gives the CSRF token),
 * then the page calls the API as that link. A revoked, expired or unknown link comes back as
 * the server's error, which the page shows as it is.
 */
import { useEffect, useRef, useState } from 'react';
import { exchangeLink, type LinkActor } from '../../api/accounts.js';
import { ApiError, setCsrfToken } from '../../api/client.js';
import { useAuth } from '../../auth/AuthContext.js';

const INVALID = new ApiError(401, 'link.invalid', { vi: 'Đường dẫn không hợp lệ.', en: 'This link is not valid.' });

export const useLinkSession = (token: string): { actor: LinkActor | null; error: ApiError | null } => {
  const { refresh } = useAuth();
  const [actor, setActor] = useState<LinkActor | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const started = useRef(false);
  useEffect(() => {
    if (started.current) return;
    started.current = true;
    exchangeLink(token)
      .then((result) => {
        setCsrfToken(result.csrfToken);
        // The page loads its data as the link at once; who is signed in follows beside it (one round trip less on a weak link).
        void refresh().catch(() => undefined);
        setActor(result.actor);
      })
      .catch((caught: unknown) => setError(caught instanceof ApiError ? caught : INVALID));
  }, [token, refresh]);
  return { actor, error };
};
