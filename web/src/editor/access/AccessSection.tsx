/** Truy cập: who holds which role in the conference, and the links handed out instead of accounts. */
import { useTranslation } from 'react-i18next';
import '../../styles/access.css';
import { LinksPanel } from './LinksPanel.js';
import { MembersPanel } from './MembersPanel.js';

export default function AccessSection() {
  const { t } = useTranslation();
  return (
    <div className="section-form wide">
      <div className="section-head">
        <div>
          <h2 id="section-title">{t('sections.access')}</h2>
          <p className="section-intro">{t('access.intro')}</p>
        </div>
      </div>
      <MembersPanel />
      <LinksPanel />
    </div>
  );
}
