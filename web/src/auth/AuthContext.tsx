/**
 * Who is using the app: GET /auth/me at start, kept in a context. The CSRF token of the
 * session goes to the API client; a 401 "sign in" answer sends the user to the login page
 * (and back afterwards), a 403 shows a banner in the layout.
 */
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { getMe, logout, type Me } from '../api/accounts.js';
import { ApiError, onAuthEvent, setCsrfToken } from '../api/client.js';

export interface AuthValue {
  /** null while the first /auth/me is on its way. */
  me: Me | null;
  refresh: () => Promise<Me>;
  signOut: () => Promise<void>;
  /** The last 403 answer, for the banner. */
  forbidden: ApiError | null;
  clearForbidden: () => void;
}

const AuthContext = createContext<AuthValue | null>(null);

export const useAuth = (): AuthValue => {
  const value = useContext(AuthContext);
  if (!value) throw new Error('useAuth outside AuthProvider');
  return value;
};

/** The path to come back to after signing in; only paths of this app. */
export const safeNext = (value: string | null): string => (value && value.startsWith('/') && !value.startsWith('//') ? value : '/');

export const loginPath = (next: string) => `/dang-nhap?next=${encodeURIComponent(next)}`;

const ANONYMOUS: Me = { actor: { kind: 'anonymous' }, csrfToken: null, systemActions: [] };

export const AuthProvider = ({ children }: { children: ReactNode }) => {
  const [me, setMe] = useState<Me | null>(null);
  const [forbidden, setForbidden] = useState<ApiError | null>(null);
  const navigate = useNavigate();
  const location = useLocation();

  const refresh = useCallback(async () => {
    let next: Me;
    try {
      next = await getMe();
    } catch {
      next = ANONYMOUS;
    }
    setCsrfToken(next.csrfToken);
    setMe(next);
    return next;
  }, []);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  const here = `${location.pathname}${location.search}`;
  useEffect(
    () =>
      onAuthEvent((event) => {
        if (event.kind === 'forbidden') {
          setForbidden(event.error);
          return;
        }
        setCsrfToken(null);
        setMe(ANONYMOUS);
        if (!here.startsWith('/dang-nhap')) void navigate(loginPath(here), { replace: true });
      }),
    [here, navigate],
  );

  // A banner about a refusal belongs to the page where it happened.
  useEffect(() => setForbidden(null), [location.pathname]);

  const signOut = useCallback(async () => {
    try {
      await logout();
    } finally {
      setCsrfToken(null);
      sessionStorage.clear();
      void navigate('/dang-nhap', { replace: true });
      setMe(ANONYMOUS);
    }
  }, [navigate]);

  const value = useMemo<AuthValue>(
    () => ({ me, refresh, signOut, forbidden, clearForbidden: () => setForbidden(null) }),
    [me, refresh, signOut, forbidden],
  );
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
};

/** True when the signed-in actor may take a system action (conference.create, user.list, …). */
export const useSystemAction = (action: string): boolean => {
  const { me } = useAuth();
  return me?.systemActions.includes(action) ?? false;
};
