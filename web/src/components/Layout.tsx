import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet } from 'react-router';
import { useAuth } from '../auth/AuthContext.js';
import { Banner } from './Banner.js';
import { LanguageSwitch } from './LanguageSwitch.js';
import { UserMenu } from './UserMenu.js';

export const Layout = () => {
  const { t } = useTranslation();
  const { forbidden, clearForbidden } = useAuth();
  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="app-header">
        <Link to="/" className="brand">
          <span className="brand-mark" aria-hidden="true">
            ĐC
          </span>
          <span>
            <span className="brand-name">{t('app.name')}</span>
            <span className="brand-tagline">{t('app.tagline')}</span>
          </span>
        </Link>
        <div className="header-tools">
          <LanguageSwitch />
          <UserMenu />
        </div>
      </header>
      <main id="main" className="app-main">
        {forbidden && (
          <div className="forbidden-banner">
            <Banner kind="warning" message={forbidden.localized} onClose={clearForbidden}>
              <p>{t('auth.forbiddenHelp')}</p>
            </Banner>
          </div>
        )}
        <Suspense fallback={<p className="loading">{t('common.loading')}</p>}>
          <Outlet />
        </Suspense>
      </main>
    </div>
  );
};
