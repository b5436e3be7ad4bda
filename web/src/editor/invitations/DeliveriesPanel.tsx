/** How the messages went: waiting, sent, failed; the failed ones with the server's answer, and sending them again. */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { listDeliveries, type Delivery, type InvitationSummary } from './invitations-api.js';

export const DeliveriesPanel = (props: {
  conferenceId: string;
  summary: InvitationSummary;
  canSend: boolean;
  onRetry: (delegateIds: string[]) => void;
  onError: (error: unknown) => void;
}) => {
  const { t, i18n } = useTranslation();
  const { deliveries } = props.summary;
  const [failures, setFailures] = useState<Delivery[]>([]);
  useEffect(() => {
    if (deliveries.failed === 0) {
      setFailures([]);
      return;
    }
    listDeliveries(props.conferenceId, { status: 'failed', limit: 200 }).then((page) => setFailures(page.items), props.onError);
  }, [props.conferenceId, deliveries.failed, props.onError]);
  const when = (iso: string) => new Date(iso).toLocaleString(i18n.language === 'en' ? 'en-GB' : 'vi-VN');
  return (
    <div className="deliveries-panel">
      <h3>{t('invitations.deliveries.title')}</h3>
      <p className="delivery-counts" role="status">
        <span>{t('invitations.deliveries.queued', { count: deliveries.queued })}</span>
        <span>{t('invitations.deliveries.sent', { count: deliveries.sent })}</span>
        <span className={deliveries.failed > 0 ? 'failed' : undefined}>
          {t('invitations.deliveries.failed', { count: deliveries.failed })}
        </span>
      </p>
      {failures.length > 0 && (
        <details open>
          <summary>{t('invitations.deliveries.failures')}</summary>
          <div className="table-wrap">
            <table className="data-table">
              <thead>
                <tr>
                  <th scope="col">{t('invitations.deliveries.recipient')}</th>
                  <th scope="col">{t('invitations.deliveries.email')}</th>
                  <th scope="col">{t('invitations.deliveries.error')}</th>
                  <th scope="col">{t('invitations.deliveries.at')}</th>
                </tr>
              </thead>
              <tbody>
                {failures.map((f) => (
                  <tr key={f.id}>
                    <td>{f.fullName}</td>
                    <td>{f.recipient}</td>
                    <td className="delivery-error">{f.error}</td>
                    <td>{when(f.createdAt)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {props.canSend && (
            <button type="button" className="secondary" onClick={() => props.onRetry([...new Set(failures.map((f) => f.delegateId))])}>
              {t('invitations.deliveries.retry')}
            </button>
          )}
        </details>
      )}
    </div>
  );
};
