import { useTranslation } from 'react-i18next';
import type { ConferenceStatus } from '../../../src/domain/conference.schema.js';

export const StatusBadge = ({ status }: { status: ConferenceStatus }) => {
  const { t } = useTranslation();
  return <span className={`badge badge-${status}`}>{t(`status.${status}`)}</span>;
};
