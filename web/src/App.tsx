import { lazy } from 'react';
import { createBrowserRouter, Navigate, RouterProvider } from 'react-router';
import { Layout } from './components/Layout.js';
import { RouteError } from './components/RouteError.js';

const ConferenceListPage = lazy(() => import('./pages/ConferenceListPage.js'));
const EditorPage = lazy(() => import('./editor/EditorPage.js'));

const router = createBrowserRouter([
  {
    element: <Layout />,
    errorElement: <RouteError />,
    children: [
      { index: true, element: <ConferenceListPage /> },
      { path: 'conferences/:conferenceId', element: <Navigate to="general" replace /> },
      { path: 'conferences/:conferenceId/:section', element: <EditorPage /> },
      { path: '*', element: <RouteError notFound /> },
    ],
  },
]);

export const App = () => <RouterProvider router={router} />;
