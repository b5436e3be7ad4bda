/**
 * The phone and hall pages as an app of their own (web/phone.html, on Preact: vite.config.ts):
 * the same pages, layout and sign-in as in App.tsx, under react-router's declarative mode
 * (no data router: only the editor needs it). Any other address of the app is a full page
 * load, which the server answers with the whole app (index.html).
 */
import { lazy, Suspense, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { BrowserRouter, Link, Route, Routes, useLocation } from 'react-router';
import { AuthProvider } from './auth/AuthContext.js';
import { Layout } from './components/Layout.js';

const LinkEntryPage = lazy(() => import('./pages/auth/LinkEntryPage.js'));
const CheckInPage = lazy(() => import('./pages/checkin/CheckInPage.js'));
const ConfirmationPage = lazy(() => import('./pages/confirmation/ConfirmationPage.js'));
const OperatorConsolePage = lazy(() => import('./pages/live/OperatorConsolePage.js'));
const DelegateLivePage = lazy(() => import('./pages/live/DelegateLivePage.js'));
const BigScreenPage = lazy(() => import('./pages/live/BigScreenPage.js'));

/** The address this document was loaded for: a page of the whole app is loaded anew, never this one (no reload loop). */
const loadedAt = window.location.pathname;

const ElsewhereInApp = () => {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const elsewhere = pathname !== loadedAt;
  useEffect(() => {
    if (elsewhere) window.location.reload();
  }, [elsewhere, pathname]);
  if (elsewhere) return <p className="loading">{t('common.loading')}</p>;
  return (
    <section className="panel narrow">
      <h1>{t('errors.pageNotFound')}</h1>
      <p>
        <Link to="/" reloadDocument>
          {t('errors.backToList')}
        </Link>
      </p>
    </section>
  );
};

export const PhoneApp = () => (
  <BrowserRouter>
    <AuthProvider>
      <Routes>
        {/* The hall's big screen: full screen, no header (a display link's cookie is the credential). */}
        <Route
          path="hoi-nghi/:conferenceId/man-hinh/:pointId"
          element={
            <Suspense fallback={null}>
              <BigScreenPage />
            </Suspense>
          }
        />
        <Route element={<Layout />}>
          <Route path="l/:token" element={<LinkEntryPage />} />
          <Route path="hoi-nghi/:conferenceId/don-tiep" element={<CheckInPage />} />
          <Route path="xac-nhan/:token" element={<ConfirmationPage />} />
          <Route path="hoi-nghi/:conferenceId/diem-cau/:pointId" element={<OperatorConsolePage />} />
          <Route path="hoi-nghi/:conferenceId/dai-bieu" element={<DelegateLivePage />} />
          <Route path="*" element={<ElsewhereInApp />} />
        </Route>
      </Routes>
    </AuthProvider>
  </BrowserRouter>
);
