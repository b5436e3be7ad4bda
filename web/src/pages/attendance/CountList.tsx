/** The figures of one count row (a point, a group or the totals), each marked with data-count for tests. */
import { useTranslation } from 'react-i18next';
import type { QuotaCounts } from '../../api/attendance.js';

export const COUNT_KEYS = ['invited', 'confirmed', 'present', 'absent', 'walkIns'] as const;

/** `totals`: the headcount row is the number in all halls (reported where reported, checked in elsewhere). */
export const CountList = ({
  counts,
  className = 'count-list',
  totals = false,
}: {
  counts: QuotaCounts;
  className?: string;
  totals?: boolean;
}) => {
  const { t } = useTranslation();
  /** The figure that went over the quota is the one shown in red. */
  const over = (key: string, value: number) =>
    counts.quota !== null && value > counts.quota && ['invited', 'confirmed', 'present', 'headcount'].includes(key);
  return (
    <dl className={className}>
      <div>
        <dt>{t('attendance.quota')}</dt>
        <dd data-count="quota">{counts.quota ?? '—'}</dd>
      </div>
      {COUNT_KEYS.map((key) => (
        <div key={key} className={over(key, counts[key]) ? 'over' : undefined}>
          <dt>{t(`attendance.${key}`)}</dt>
          <dd data-count={key}>{counts[key]}</dd>
        </div>
      ))}
      {counts.headcount !== null && (
        <div className={over('headcount', counts.headcount) ? 'over' : undefined}>
          <dt>{t(totals ? 'attendance.inHalls' : 'attendance.headcount')}</dt>
          <dd data-count="headcount">{counts.headcount}</dd>
        </div>
      )}
    </dl>
  );
};
