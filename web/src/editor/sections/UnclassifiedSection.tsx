/** Lines the importer could not place ("chưa phân loại"): kept verbatim until the user dismisses them. */
import { useTranslation } from 'react-i18next';
import { dismissUnclassified } from '../../api/conferences.js';
import { useEditor } from '../context.js';
import { useSave } from '../useSave.js';

export default function UnclassifiedSection() {
  const { t } = useTranslation();
  const { conference, replaceConference, permissions } = useEditor();
  const readOnly = !permissions.can('conference.update');
  const { run, busy } = useSave();
  const lines = conference.unclassified;
  const dismiss = (id: string) => void run(async () => replaceConference(await dismissUnclassified(conference.id, id, conference.version)));

  return (
    <div className="section-form">
      <div className="section-head">
        <div>
          <h2 id="section-title">{t('sections.unclassified')}</h2>
          <p className="section-intro">{t('unclassified.intro')}</p>
        </div>
      </div>
      {lines.length === 0 ? (
        <p className="empty">{t('unclassified.empty')}</p>
      ) : (
        <ul className="unclassified-list">
          {lines.map((line) => (
            <li key={line.id} className="card flagged-card">
              <div className="card-main">
                <p className="flag">
                  <span className="badge badge-flag">{t('unclassified.flag')}</span>
                  {line.section && <span className="muted">{t('unclassified.under', { section: line.section })}</span>}
                </p>
                <blockquote className="verbatim">{line.text}</blockquote>
              </div>
              {!readOnly && (
                <div className="card-actions">
                  <button type="button" className="secondary small" disabled={busy} onClick={() => dismiss(line.id)}>
                    {t('unclassified.dismiss')}
                  </button>
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
