import { useTranslation } from 'react-i18next';
import { Navigate, Outlet, useLocation } from 'react-router';
import { loginPath, useAuth } from './AuthContext.js';

/** The pages behind a sign-in: an anonymous visitor goes to the login page and comes back afterwards. */
export const RequireAuth = () => {
  const { t } = useTranslation();
  const { me } = useAuth();
  const location = useLocation();
  if (!me) return <p className="loading">{t('common.loading')}</p>;
  if (me.actor.kind === 'anonymous') return <Navigate to={loginPath(`${location.pathname}${location.search}`)} replace />;
  return <Outlet />;
};
