/** Nhật ký: the conference's audit log, for its organizer. */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import '../../styles/access.css';
import { AuditLog } from '../../components/AuditLog.js';
import { useEditor } from '../context.js';

export default function AuditSection() {
  const { t } = useTranslation();
  const { conference } = useEditor();
  // The sentences name items by number and title, bridge points by name (not by identifier).
  const names = useMemo(
    () => ({
      items: new Map(conference.agendaItems.map((item) => [item.id, { number: item.number, content: item.content }])),
      points: new Map(conference.bridgePoints.map((point) => [point.id, point.name])),
    }),
    [conference.agendaItems, conference.bridgePoints],
  );
  return (
    <div className="section-form wide">
      <div className="section-head">
        <div>
          <h2 id="section-title">{t('sections.audit')}</h2>
          <p className="section-intro">{t('audit.intro')}</p>
        </div>
      </div>
      <AuditLog conferenceId={conference.id} headingId="section-title" names={names} />
    </div>
  );
}
