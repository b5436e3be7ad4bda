/** The socket's state, always visible on a live screen ("Đang kết nối lại…" while the link is down). */
import { useTranslation } from 'react-i18next';
import type { LiveStatus } from './live-client.js';
import './live-i18n.js';
import './live.css';

export const ConnectionBadge = ({ status }: { status: LiveStatus }) => {
  const { t } = useTranslation();
  return (
    <span className={`connection-badge connection-${status}`} role="status" aria-live="polite" data-status={status}>
      {t(`live.connection.${status}`)}
    </span>
  );
};
