import { lazy, Suspense } from 'react';
import { createBrowserRouter, Navigate, Outlet, RouterProvider } from 'react-router';
import { AuthProvider } from './auth/AuthContext.js';
import { RequireAuth } from './auth/RequireAuth.js';
import { Layout } from './components/Layout.js';
import { RouteError } from './components/RouteError.js';

const HomePage = lazy(() => import('./pages/HomePage.js'));
const EditorPage = lazy(() => import('./editor/EditorPage.js'));
const LoginPage = lazy(() => import('./pages/auth/LoginPage.js'));
const SetupPage = lazy(() => import('./pages/auth/SetupPage.js'));
const SetPasswordPage = lazy(() => import('./pages/auth/SetPasswordPage.js'));
const LinkEntryPage = lazy(() => import('./pages/auth/LinkEntryPage.js'));
const UsersPage = lazy(() => import('./pages/admin/UsersPage.js'));
const AdminAuditPage = lazy(() => import('./pages/admin/AdminAuditPage.js'));
const CheckInPage = lazy(() => import('./pages/checkin/CheckInPage.js'));
const ConfirmationPage = lazy(() => import('./pages/confirmation/ConfirmationPage.js'));
const NominationPage = lazy(() => import('./pages/confirmation/NominationPage.js'));
const BodyPage = lazy(() => import('./pages/body/BodyPage.js'));
const MinutesReviewPage = lazy(() => import('./pages/minutes-review/MinutesReviewPage.js'));
const WrittenOpinionPage = lazy(() => import('./pages/written-opinion/WrittenOpinionPage.js'));
const AttendancePage = lazy(() => import('./pages/attendance/AttendancePage.js'));
const OperatorConsolePage = lazy(() => import('./pages/live/OperatorConsolePage.js'));
const DelegateLivePage = lazy(() => import('./pages/live/DelegateLivePage.js'));
const GuestLivePage = lazy(() => import('./pages/live/GuestLivePage.js'));
const BigScreenPage = lazy(() => import('./pages/live/BigScreenPage.js'));
const ChairConsolePage = lazy(() => import('./pages/live/ChairConsolePage.js'));
const SecretaryConsolePage = lazy(() => import('./pages/live/SecretaryConsolePage.js'));
const TimelinePage = lazy(() => import('./pages/live/TimelinePage.js'));
const DocumentReaderPage = lazy(() => import('./documents/DocumentReaderPage.js'));

const router = createBrowserRouter([
  {
    element: (
      <AuthProvider>
        <Outlet />
      </AuthProvider>
    ),
    errorElement: <RouteError />,
    children: [
      // The hall's big screen: full screen, no header (a display link's cookie is the credential).
      {
        path: 'hoi-nghi/:conferenceId/man-hinh/:pointId',
        element: (
          <Suspense fallback={null}>
            <BigScreenPage />
          </Suspense>
        ),
      },
      {
        element: <Layout />,
        children: [
          { path: 'dang-nhap', element: <LoginPage /> },
          { path: 'cai-dat/:token', element: <SetupPage /> },
          { path: 'mat-khau/:token', element: <SetPasswordPage /> },
          { path: 'l/:token', element: <LinkEntryPage /> },
          // Outside RequireAuth: the hall's screen opens without network (it signs in again through the API when online).
          { path: 'hoi-nghi/:conferenceId/don-tiep', element: <CheckInPage /> },
          { path: 'xac-nhan/:token', element: <ConfirmationPage /> },
          { path: 'cu-nguoi-du/:token', element: <NominationPage /> },
          { path: 'y-kien/:token', element: <BodyPage /> },
          { path: 'bien-ban/:token', element: <MinutesReviewPage /> },
          { path: 'phieu-y-kien/:token', element: <WrittenOpinionPage /> },
          // Live hall pages: the operator's or delegate's link (or an account) is the credential.
          { path: 'hoi-nghi/:conferenceId/diem-cau/:pointId', element: <OperatorConsolePage /> },
          { path: 'hoi-nghi/:conferenceId/dai-bieu', element: <DelegateLivePage /> },
          { path: 'hoi-nghi/:conferenceId/khach-moi', element: <GuestLivePage /> },
          // The documents a delegate or an operator may read, and the viewer (their link's cookie is the credential).
          { path: 'hoi-nghi/:conferenceId/tai-lieu', element: <DocumentReaderPage /> },
          { path: 'hoi-nghi/:conferenceId/tai-lieu/:documentId', element: <DocumentReaderPage /> },
          {
            element: <RequireAuth />,
            children: [
              { index: true, element: <HomePage /> },
              { path: 'conferences/:conferenceId', element: <Navigate to="general" replace /> },
              { path: 'conferences/:conferenceId/:section', element: <EditorPage /> },
              { path: 'quan-tri/nguoi-dung', element: <UsersPage /> },
              { path: 'quan-tri/nhat-ky', element: <AdminAuditPage /> },
              { path: 'hoi-nghi/:conferenceId/diem-danh', element: <AttendancePage /> },
              { path: 'hoi-nghi/:conferenceId/dieu-hanh', element: <ChairConsolePage /> },
              { path: 'hoi-nghi/:conferenceId/thu-ky', element: <SecretaryConsolePage /> },
              { path: 'hoi-nghi/:conferenceId/dien-bien', element: <TimelinePage /> },
            ],
          },
          { path: '*', element: <RouteError notFound /> },
        ],
      },
    ],
  },
]);

export const App = () => <RouterProvider router={router} />;
