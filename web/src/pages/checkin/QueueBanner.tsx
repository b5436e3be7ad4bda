/** What waits to be sent from this hall, and what the server refused for good. */
import { useTranslation } from 'react-i18next';
import type { QueuedRequest, RefusedRequest } from '../../checkin/offline-queue.js';
import { hallQueue } from '../../checkin/hall-queue.js';
import { localized } from '../../i18n/index.js';

export const QueueBanner = (props: { online: boolean; pending: QueuedRequest[]; refused: RefusedRequest[]; persistent: boolean }) => {
  const { t, i18n } = useTranslation();
  const count = props.pending.length;
  return (
    <div className="checkin-queue" aria-live="polite">
      {!props.online && (
        <div className="banner banner-warning checkin-offline" role="status">
          <div className="banner-body">
            <p>
              <strong>{t('checkIn.queue.offline', { count })}</strong>
            </p>
            <p>{props.persistent ? t('checkIn.queue.offlineHelp') : t('checkIn.queue.notPersistent')}</p>
          </div>
        </div>
      )}
      {props.online && count > 0 && (
        <div className="banner banner-info" role="status">
          <div className="banner-body">
            <p>{t('checkIn.queue.sending', { count })}</p>
          </div>
          <button type="button" className="link-button" onClick={() => void hallQueue().retryNow()}>
            {t('checkIn.queue.retry')}
          </button>
        </div>
      )}
      {props.refused.map((item) => (
        <div key={item.key} className="banner banner-error" role="alert">
          <div className="banner-body">
            <p>
              {t('checkIn.result.refused', {
                name: item.label,
                reason: item.message ? localized(item.message, i18n.language) : t('checkIn.result.unknownError', { status: item.status }),
              })}
            </p>
          </div>
          <button type="button" className="link-button" onClick={() => hallQueue().dismiss(item.key)}>
            {t('checkIn.queue.dismiss')}
          </button>
        </div>
      ))}
    </div>
  );
};
