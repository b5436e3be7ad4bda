/**
 * Links from the plan to the hall-side live pages, for whoever arrives there: an operator (link
 * or account) gets the console of each of their points, a delegate the live view for a phone.
 * Shown in the editor's breadcrumb, after the links to the check-in screen and the wall.
 */
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { MeActor } from '../../api/accounts.js';
import { useAuth } from '../../auth/AuthContext.js';
import './live-halls-i18n.js';

/** The points the actor operates in this conference (their console), and whether they follow as a delegate. */
export const hallRolesOf = (actor: MeActor | undefined, conferenceId: string): { points: string[]; delegate: boolean } => {
  if (!actor || actor.kind === 'anonymous') return { points: [], delegate: false };
  if (actor.kind === 'link') {
    if (actor.conferenceId !== conferenceId) return { points: [], delegate: false };
    const points = actor.purpose === 'operator' && actor.bridgePointId ? [actor.bridgePointId] : [];
    return { points, delegate: actor.purpose === 'delegate' || actor.purpose === 'guest' };
  }
  const mine = actor.memberships.filter((membership) => membership.conferenceId === conferenceId);
  return {
    points: mine.filter((membership) => membership.role === 'operator').flatMap((membership) => membership.bridgePointIds),
    delegate: mine.some((membership) => membership.role === 'delegate' || membership.role === 'guest'),
  };
};

export const HallLiveLinks = ({ conference }: { conference: { id: string; bridgePoints: readonly { id: string; name: string }[] } }) => {
  const { t } = useTranslation();
  const { me } = useAuth();
  const { points, delegate } = hallRolesOf(me?.actor, conference.id);
  const named = conference.bridgePoints.filter((point) => points.includes(point.id));
  return (
    <>
      {named.map((point) => (
        <span key={point.id}>
          {' · '}
          <Link to={`/hoi-nghi/${conference.id}/diem-cau/${point.id}`}>
            {named.length > 1 ? `${t('live.hall.title')}: ${point.name}` : t('live.hall.title')}
          </Link>
        </span>
      ))}
      {delegate && (
        <>
          {' · '}
          <Link to={`/hoi-nghi/${conference.id}/dai-bieu`}>{t('live.delegate.title')}</Link>
        </>
      )}
    </>
  );
};
