/**
 * Links from the plan to the hall-side live pages, for whoever arrives there: an operator (link
 * or account) gets the console of each of their points, a delegate the live view for a phone.
 * Shown in the editor's breadcrumb, after the links to the check-in screen and the wall.
 */
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Conference } from '../../../../src/domain/conference.schema.js';
import type { MeActor } from '../../api/accounts.js';
import { pointsInline } from '../../api/bridge-points.js';
import { useAuth } from '../../auth/AuthContext.js';
import { usePointNames } from '../../bridge-points/point-names.js';
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

export const HallLiveLinks = ({ conference }: { conference: Conference }) => {
  const { t } = useTranslation();
  const { me } = useAuth();
  const { points, delegate } = hallRolesOf(me?.actor, conference.id);
  const pointName = usePointNames(conference, points);
  // A plan that carries its points: only those still in it. A national plan: named by id as they load.
  const shown = [...new Set(points)].filter((id) => !pointsInline(conference) || pointName(id) !== undefined);
  return (
    <>
      {shown.map((id) => (
        <span key={id}>
          {' · '}
          <Link to={`/hoi-nghi/${conference.id}/diem-cau/${id}`}>
            {shown.length > 1 ? `${t('live.hall.title')}: ${pointName(id) ?? '…'}` : t('live.hall.title')}
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
