import { lazy } from 'react';
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
const AttendancePage = lazy(() => import('./pages/attendance/AttendancePage.js'));

const router = createBrowserRouter([
  {
    element: (
      <AuthProvider>
        <Outlet />
      </AuthProvider>
    ),
    errorElement: <RouteError />,
    children: [
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
          {
            element: <RequireAuth />,
            children: [
              { index: true, element: <HomePage /> },
              { path: 'conferences/:conferenceId', element: <Navigate to="general" replace /> },
              { path: 'conferences/:conferenceId/:section', element: <EditorPage /> },
              { path: 'quan-tri/nguoi-dung', element: <UsersPage /> },
              { path: 'quan-tri/nhat-ky', element: <AdminAuditPage /> },
              { path: 'hoi-nghi/:conferenceId/diem-danh', element: <AttendancePage /> },
            ],
          },
          { path: '*', element: <RouteError notFound /> },
        ],
      },
    ],
  },
]);

export const App = () => <RouterProvider router={router} />;
