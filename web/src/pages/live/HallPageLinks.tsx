/**
 * The way on from a hall's live page, now that a link opens it directly (issue 17): the
 * operator's check-in screen, the documents and the plan; the delegate's documents.
 */
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import './console/console-i18n.js';

export const HallPageLinks = ({ conferenceId, operator }: { conferenceId: string; operator: boolean }) => {
  const { t } = useTranslation();
  const base = `/hoi-nghi/${conferenceId}`;
  return (
    <nav className="hall-page-links" aria-label={t('liveConsole.hallLinks')}>
      {operator && <Link to={`${base}/don-tiep`}>{t('liveConsole.toCheckIn')}</Link>}
      <Link to={`${base}/tai-lieu`}>{t('liveConsole.toDocuments')}</Link>
      {operator && <Link to={`/conferences/${conferenceId}/general`}>{t('liveConsole.toPlan')}</Link>}
    </nav>
  );
};
