/**
 * One bar per count row: present (green) over confirmed (blue) over invited (grey), on a
 * scale wide enough for the largest figure and the quota, with the quota as a mark. Over
 * the quota, the mark and the bar turn to the warning colour.
 */
import { useTranslation } from 'react-i18next';
import type { QuotaCounts } from '../../api/attendance.js';

const percent = (value: number, scale: number) => `${Math.min(100, (value / scale) * 100).toFixed(2)}%`;

export const CountBar = ({ counts }: { counts: QuotaCounts }) => {
  const { t } = useTranslation();
  const attending = Math.max(counts.present, counts.headcount ?? 0);
  const scale = Math.max(1, counts.quota ?? 0, counts.invited, counts.confirmed, attending);
  const over = counts.overQuota.invited || counts.overQuota.confirmed || counts.overQuota.present;
  const label = t('attendance.barLabel', {
    present: attending,
    confirmed: counts.confirmed,
    invited: counts.invited,
    quota: counts.quota ?? t('attendance.noQuota'),
  });
  return (
    <div className={`count-bar${over ? ' over' : ''}`} role="img" aria-label={label} title={label}>
      <span className="bar-invited" style={{ width: percent(counts.invited, scale) }} />
      <span className="bar-confirmed" style={{ width: percent(counts.confirmed, scale) }} />
      <span className="bar-present" style={{ width: percent(attending, scale) }} />
      {counts.quota !== null && <span className="bar-quota" style={{ left: percent(counts.quota, scale) }} />}
    </div>
  );
};
