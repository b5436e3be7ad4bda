/** The start page: the conference list, or for a link session its one conference. */
import { Navigate } from 'react-router';
import { useAuth } from '../auth/AuthContext.js';
import ConferenceListPage from './ConferenceListPage.js';

export default function HomePage() {
  const { me } = useAuth();
  if (me?.actor.kind === 'link') {
    const section = me.actor.purpose === 'operator' ? 'bridge-points' : 'general';
    return <Navigate to={`/conferences/${me.actor.conferenceId}/${section}`} replace />;
  }
  return <ConferenceListPage />;
}
