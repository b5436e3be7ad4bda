/** Invited, confirmed and present against each bridge point's quota; over quota is a warning, never a cut. */
import { useTranslation } from 'react-i18next';
import type { BridgePoint } from '../../../../src/domain/conference.schema.js';
import { quotaCounts } from '../../../../src/domain/participants/quotas.js';
import type { PresentedDelegate } from '../../api/delegates.js';

export const QuotaTable = (props: { points: readonly BridgePoint[]; delegates: readonly PresentedDelegate[] }) => {
  const { t, i18n } = useTranslation();
  const report = quotaCounts(props.points, props.delegates);
  const listed = new Map<string, number>();
  for (const d of props.delegates) listed.set(d.bridgePointId, (listed.get(d.bridgePointId) ?? 0) + 1);
  const listedOver = (p: { bridgePointId: string; quota: number | null }) =>
    p.quota !== null && (listed.get(p.bridgePointId) ?? 0) > p.quota;
  const over = report.points.filter((p) => p.warnings.length > 0 || listedOver(p));
  const cell = (count: number, isOver: boolean) => (
    <td className={isOver ? 'over-quota' : undefined}>
      {count}
      {isOver && <span className="sr-only"> ({t('delegates.quota.over')})</span>}
    </td>
  );
  return (
    <details className="quota-panel" open={over.length > 0}>
      <summary>
        {t('delegates.quota.title')}
        {over.length > 0 && <span className="badge badge-flag">{t('delegates.quota.overCount', { count: over.length })}</span>}
      </summary>
      <div className="table-wrap">
        <table className="data-table quota-table">
          <thead>
            <tr>
              <th scope="col">{t('delegates.bridgePoint')}</th>
              <th scope="col">{t('delegates.quota.quota')}</th>
              <th scope="col">{t('delegates.quota.listed')}</th>
              <th scope="col">{t('delegates.quota.invited')}</th>
              <th scope="col">{t('delegates.quota.confirmed')}</th>
              <th scope="col">{t('delegates.quota.present')}</th>
            </tr>
          </thead>
          <tbody>
            {report.points.map((p) => (
              <tr key={p.bridgePointId} className={p.warnings.length > 0 || listedOver(p) ? 'row-warning' : undefined}>
                <th scope="row">{p.name}</th>
                <td>{p.quota ?? '—'}</td>
                {cell(listed.get(p.bridgePointId) ?? 0, listedOver(p))}
                {cell(p.invited, p.overQuota.invited)}
                {cell(p.confirmed, p.overQuota.confirmed)}
                {cell(p.present, p.overQuota.present)}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {over.length > 0 && (
        <ul className="quota-warnings" role="status">
          {over.map((p) => (
            <li key={p.bridgePointId}>
              {p.name}:{' '}
              {listedOver(p) && p.warnings.length === 0
                ? t('delegates.quota.listedOver', { count: listed.get(p.bridgePointId) ?? 0, quota: p.quota })
                : p.warnings.map((w) => (i18n.language === 'en' ? w.en : w.vi)).join(' ')}
            </li>
          ))}
        </ul>
      )}
    </details>
  );
};
