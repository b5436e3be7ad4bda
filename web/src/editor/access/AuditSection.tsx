/** Nhật ký: the conference's audit log, for its organizer. */
import { useTranslation } from 'react-i18next';
import '../../styles/access.css';
import { AuditLog } from '../../components/AuditLog.js';
import { useEditor } from '../context.js';

export default function AuditSection() {
  const { t } = useTranslation();
  const { conference } = useEditor();
  return (
    <div className="section-form wide">
      <div className="section-head">
        <div>
          <h2 id="section-title">{t('sections.audit')}</h2>
          <p className="section-intro">{t('audit.intro')}</p>
        </div>
      </div>
      <AuditLog conferenceId={conference.id} headingId="section-title" />
    </div>
  );
}
