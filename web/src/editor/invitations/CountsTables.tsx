/**
 * Answers per bridge point and per participant group: listed, not invited, no answer,
 * attending, declined, substitute. For a national conference (`onlyListed`) a row per point
 * would be thousands of rows of zeros: only the points with delegates are rows, the others a count.
 */
import { useTranslation } from 'react-i18next';
import type { AnswerCounts, InvitationSummary } from './invitations-api.js';

const COLUMNS = ['total', 'notInvited', 'noAnswer', 'confirmed', 'declined', 'substituted'] as const;

const Row = (props: { label: string; quota?: number | null; counts: AnswerCounts; withQuota: boolean; strong?: boolean }) => {
  const over = props.quota !== undefined && props.quota !== null && props.counts.invited > props.quota;
  return (
    <tr className={over ? 'row-warning' : undefined}>
      <th scope="row">{props.strong ? <strong>{props.label}</strong> : props.label}</th>
      {props.withQuota && <td>{props.quota ?? '—'}</td>}
      {COLUMNS.map((key) => (
        <td key={key} data-column={key}>
          {props.counts[key]}
        </td>
      ))}
    </tr>
  );
};

const Head = (props: { first: string; withQuota: boolean }) => {
  const { t } = useTranslation();
  return (
    <thead>
      <tr>
        <th scope="col">{props.first}</th>
        {props.withQuota && <th scope="col">{t('invitations.counts.quota')}</th>}
        {COLUMNS.map((key) => (
          <th scope="col" key={key}>
            {t(`invitations.counts.${key}`)}
          </th>
        ))}
      </tr>
    </thead>
  );
};

export const CountsTables = (props: { summary: InvitationSummary; onlyListed?: boolean }) => {
  const { t } = useTranslation();
  const { summary } = props;
  const points = props.onlyListed ? summary.points.filter((point) => point.counts.total > 0) : summary.points;
  const hidden = summary.points.length - points.length;
  return (
    <>
      <h3>{t('invitations.counts.title')}</h3>
      <div className="table-wrap">
        <table className="data-table invitation-counts" aria-label={t('invitations.counts.title')}>
          <Head first={t('invitations.counts.point')} withQuota />
          <tbody>
            {points.map((point) => (
              <Row key={point.bridgePointId} label={point.name} quota={point.quota} counts={point.counts} withQuota />
            ))}
            <Row label={t('invitations.counts.totals')} counts={summary.totals} withQuota quota={null} strong />
          </tbody>
        </table>
      </div>
      {hidden > 0 && <p className="hint">{t('nationalDelegates.countsHidden', { count: hidden, n: hidden.toLocaleString('vi-VN') })}</p>}
      {summary.groups.length > 0 && (
        <details className="invitation-groups">
          <summary>{t('invitations.counts.groupsTitle')}</summary>
          <div className="table-wrap">
            <table className="data-table invitation-counts" aria-label={t('invitations.counts.groupsTitle')}>
              <Head first={t('invitations.counts.group')} withQuota={false} />
              <tbody>
                {summary.groups.map((group) => (
                  <Row
                    key={group.participantGroupId ?? 'none'}
                    label={group.text || t('invitations.counts.noGroup')}
                    counts={group.counts}
                    withQuota={false}
                  />
                ))}
              </tbody>
            </table>
          </div>
        </details>
      )}
    </>
  );
};
