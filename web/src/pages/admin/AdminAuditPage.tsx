/** /quan-tri/nhat-ky: the whole audit log, for the administrator. */
import { useTranslation } from 'react-i18next';
import '../../styles/access.css';
import { AuditLog } from '../../components/AuditLog.js';
import { useSystemAction } from '../../auth/AuthContext.js';
import { Banner } from '../../components/Banner.js';

export default function AdminAuditPage() {
  const { t } = useTranslation();
  const allowed = useSystemAction('audit.read_all');
  return (
    <div className="list-page">
      <div className="page-head">
        <div>
          <h1 id="audit-heading">{t('audit.adminTitle')}</h1>
          <p className="section-intro">{t('audit.adminIntro')}</p>
        </div>
      </div>
      <section className="panel">
        {allowed ? <AuditLog headingId="audit-heading" /> : <Banner kind="warning">{t('auth.notAllowedPage')}</Banner>}
      </section>
    </div>
  );
}
