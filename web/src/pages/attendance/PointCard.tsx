/** One bridge point on the wall: its name, the bar, the figures, the warnings and the downloads of its list. */
import { useTranslation } from 'react-i18next';
import type { PointAttendance } from '../../api/attendance.js';
import { localized } from '../../i18n/index.js';
import { CountBar } from './CountBar.js';
import { CountList } from './CountList.js';

export const PointCard = (props: { point: PointAttendance; onDownload: (pointId: string, format: 'docx' | 'xlsx') => void }) => {
  const { t, i18n } = useTranslation();
  const { point } = props;
  const over = point.warnings.length > 0;
  return (
    <li className={`point-card${over ? ' has-warning' : ''}`} data-point-id={point.bridgePointId} aria-label={point.name}>
      <header>
        <h3>{point.name}</h3>
        {point.isHost && <span className="badge badge-host">{t('attendance.host')}</span>}
      </header>
      <CountBar counts={point} />
      <CountList counts={point} />
      {over && (
        <ul className="point-warnings" role="status">
          {point.warnings.map((warning) => (
            <li key={warning.code} data-warning={warning.code}>
              {localized(warning, i18n.language)}
            </li>
          ))}
        </ul>
      )}
      <div className="point-downloads">
        <span className="muted">{t('attendance.list')}</span>
        {(['docx', 'xlsx'] as const).map((format) => (
          <button
            key={format}
            type="button"
            className="secondary small"
            onClick={() => props.onDownload(point.bridgePointId, format)}
            aria-label={t('attendance.downloadOf', { format, name: point.name })}
          >
            .{format}
          </button>
        ))}
      </div>
    </li>
  );
};
