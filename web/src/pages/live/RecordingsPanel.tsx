/**
 * "Bản ghi hình" on the timeline page (issue 6): one row per recorded session of the host
 * programme (start, end, length) with its files, their sizes and download links, for the
 * secretariat preparing the minutes. Fetched again when a recording stops; the server writes
 * a session's index only once the engine has closed its files, hence the short retries.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { API_BASE, request, type ApiError } from '../../api/client.js';
import { Banner } from '../../components/Banner.js';
import { formatDateTime } from '../../format.js';
import { localDateTimeOf } from '../../live/live-format.js';
import '../../media/recording-i18n.js';
import '../../media/media.css';
import { asApiError } from './console/useCommands.js';
import './recordings.css';

/** GET /conferences/:id/media/recordings (src/services/media/recording-store.ts). */
interface RecordedSession {
  id: string;
  startedAt: string;
  endedAt: string | null;
  files: { name: string; bytes: number }[];
}

const base = (conferenceId: string) => `/conferences/${encodeURIComponent(conferenceId)}/media/recordings`;
/** After a stop: the engine closes its files, then the server writes the session's index. */
const AFTER_STOP_MS = [1_000, 3_000, 8_000, 15_000];

const sizeOf = (bytes: number, language: string): string => {
  const number = new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'vi-VN', { maximumFractionDigits: 1 });
  if (bytes < 1024) return `${number.format(bytes)} B`;
  if (bytes < 1024 ** 2) return `${number.format(bytes / 1024)} KB`;
  if (bytes < 1024 ** 3) return `${number.format(bytes / 1024 ** 2)} MB`;
  return `${number.format(bytes / 1024 ** 3)} GB`;
};

/** `00:04` or `1:02:03`, from whole seconds. */
const lengthOf = (startedAt: string, endedAt: string | null): string => {
  if (endedAt === null) return '';
  const total = Math.max(0, Math.round((Date.parse(endedAt) - Date.parse(startedAt)) / 1000));
  const pad = (n: number) => String(n).padStart(2, '0');
  const [h, m, s] = [Math.floor(total / 3600), Math.floor((total % 3600) / 60), total % 60];
  return h > 0 ? `${h}:${pad(m)}:${pad(s)}` : `${pad(m)}:${pad(s)}`;
};

export const RecordingsPanel = ({ conferenceId, recording }: { conferenceId: string; recording: boolean }) => {
  const { t, i18n } = useTranslation();
  const [sessions, setSessions] = useState<RecordedSession[] | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const alive = useRef(true);
  useEffect(() => {
    alive.current = true;
    return () => {
      alive.current = false;
    };
  }, []);

  const load = useCallback(() => {
    request<RecordedSession[]>('GET', base(conferenceId), { quiet: true }).then(
      (list) => alive.current && (setSessions(list), setError(null)),
      (caught: unknown) => alive.current && setError(asApiError(caught)),
    );
  }, [conferenceId]);

  useEffect(() => {
    load();
    if (recording) return;
    const timers = AFTER_STOP_MS.map((ms) => setTimeout(load, ms));
    return () => timers.forEach(clearTimeout);
  }, [load, recording]);

  const when = (iso: string) => formatDateTime(localDateTimeOf(Date.parse(iso)), i18n.language);
  const partOf = (name: string) => (/-main\./.test(name) ? 'main' : /-beside\./.test(name) ? 'beside' : null);

  return (
    <section className="panel" aria-labelledby="timeline-recordings" data-testid="recordings-panel" data-count={sessions?.length ?? ''}>
      <div className="control-row recordings-head">
        <h2 id="timeline-recordings">{t('media.recording.panel.title')}</h2>
        <button type="button" className="link-button" onClick={load}>
          {t('media.recording.panel.refresh')}
        </button>
      </div>
      <p className="hint">{t('media.recording.panel.intro')}</p>
      {recording && <p className="media-badge media-badge-recording">{t('media.recording.panel.inProgress')}</p>}
      {error && <Banner kind="error" message={error.localized} onClose={() => setError(null)} />}
      {sessions === null ? (
        !error && <p className="loading">{t('common.loading')}</p>
      ) : sessions.length === 0 ? (
        <p className="empty">{t('media.recording.panel.empty')}</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table timeline-table">
            <thead>
              <tr>
                {(['session', 'started', 'ended', 'duration', 'files'] as const).map((col) => (
                  <th key={col} scope="col">
                    {t(`media.recording.panel.${col}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {sessions.map((session, index) => (
                <tr key={session.id} data-session-id={session.id}>
                  <td>{index + 1}</td>
                  <td>{when(session.startedAt)}</td>
                  <td>{session.endedAt === null ? t('media.recording.panel.notEnded') : when(session.endedAt)}</td>
                  <td>{lengthOf(session.startedAt, session.endedAt)}</td>
                  <td>
                    {session.files.length === 0 ? (
                      <span className="muted">{t('media.recording.panel.noFiles')}</span>
                    ) : (
                      <ul className="recording-files">
                        {session.files.map((file) => {
                          const part = partOf(file.name);
                          return (
                            <li key={file.name}>
                              {part && <span>{t(`media.recording.panel.part.${part}`)}: </span>}
                              <a
                                href={`${API_BASE}${base(conferenceId)}/${encodeURIComponent(file.name)}`}
                                download={file.name}
                                aria-label={t('media.recording.panel.download', { name: file.name })}
                                data-bytes={file.bytes}
                              >
                                {file.name}
                              </a>{' '}
                              <span className="muted">({sizeOf(file.bytes, i18n.language)})</span>
                            </li>
                          );
                        })}
                      </ul>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
};
