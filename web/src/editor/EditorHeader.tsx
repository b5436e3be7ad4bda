import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Conference } from '../../../src/domain/conference.schema.js';
import { ApiError } from '../api/client.js';
import { downloadPlan } from '../api/conferences.js';
import { Banner } from '../components/Banner.js';
import { StatusBadge } from '../components/StatusBadge.js';
import { ConferenceTime } from './ConferenceTime.js';
import { permissionsOf } from '../auth/permissions.js';
import { HallLiveLinks } from '../pages/live/HallLiveLinks.js';

export const EditorHeader = ({ conference }: { conference: Conference }) => {
  const { t } = useTranslation();
  const [busy, setBusy] = useState<'docx' | 'pdf' | null>(null);
  const [error, setError] = useState<ApiError | null>(null);

  const fetchDocument = async (format: 'docx' | 'pdf') => {
    setBusy(format);
    setError(null);
    try {
      await downloadPlan(conference.id, format);
    } catch (caught) {
      setError(
        caught instanceof ApiError
          ? caught
          : new ApiError(0, 'internal', { vi: 'Không tải được tài liệu.', en: 'The document could not be downloaded.' }),
      );
    } finally {
      setBusy(null);
    }
  };

  return (
    <header className="editor-header">
      <nav aria-label={t('editor.breadcrumb')} className="breadcrumb">
        <Link to="/">{t('list.title')}</Link>
        {permissionsOf(conference).anyPoint('delegate.check_in') && (
          <>
            {' '}
            · <Link to={`/hoi-nghi/${conference.id}/don-tiep`}>{t('editor.hallScreen')}</Link>
          </>
        )}
        {permissionsOf(conference).anyPoint('attendance.read') && (
          <>
            {' '}
            · <Link to={`/hoi-nghi/${conference.id}/diem-danh`}>{t('editor.attendanceWall')}</Link>
          </>
        )}
        {permissionsOf(conference).can('live.run') && (
          <>
            {' '}
            · <Link to={`/hoi-nghi/${conference.id}/dieu-hanh`}>{t('editor.liveConsole')}</Link>
          </>
        )}
        {permissionsOf(conference).can('live.read_timeline') && (
          <>
            {' '}
            · <Link to={`/hoi-nghi/${conference.id}/dien-bien`}>{t('editor.liveTimeline')}</Link>
          </>
        )}
        <HallLiveLinks conference={conference} />
      </nav>
      <div className="editor-title-row">
        <div>
          <h1 className="editor-title">{conference.title}</h1>
          <p className="editor-meta">
            <StatusBadge status={conference.status} />
            {conference.archived && <span className="badge badge-archived">{t('list.archivedBadge')}</span>}
            <ConferenceTime conference={conference} />
          </p>
        </div>
        {permissionsOf(conference).can('conference.download_documents') && (
          <div className="document-actions">
            <button type="button" className="secondary" disabled={busy !== null} onClick={() => void fetchDocument('docx')}>
              {busy === 'docx' ? t('documents.preparing') : t('documents.downloadDocx')}
            </button>
            <button type="button" className="secondary" disabled={busy !== null} onClick={() => void fetchDocument('pdf')}>
              {busy === 'pdf' ? t('documents.preparing') : t('documents.downloadPdf')}
            </button>
          </div>
        )}
      </div>
      {error && <Banner kind="error" message={error.localized} onClose={() => setError(null)} />}
    </header>
  );
};
