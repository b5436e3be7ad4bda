/**
 * On the day of the conference, the personal link's page leads to the live view (what runs,
 * who speaks, "Đăng ký phát biểu"): the same link's session opens it. Not shown to a delegate
 * who declined, nor on another day.
 */
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import i18n from '../../i18n/index.js';
import { isMeetingDay } from './meeting-day.js';

i18n.addResourceBundle(
  'vi',
  'translation',
  { confirmationLive: { today: 'Hội nghị diễn ra hôm nay.', open: 'Theo dõi trực tiếp và đăng ký phát biểu' } },
  true,
  false,
);
i18n.addResourceBundle(
  'en',
  'translation',
  { confirmationLive: { today: 'The conference is today.', open: 'Follow it live and ask to speak' } },
  true,
  false,
);

export const LiveDayEntry = ({
  conferenceId,
  startsAt,
  declined,
}: {
  conferenceId: string;
  startsAt: string | null;
  declined: boolean;
}) => {
  const { t } = useTranslation();
  if (declined || !isMeetingDay(startsAt, Date.now())) return null;
  return (
    <div className="live-day" data-testid="live-day">
      <p>{t('confirmationLive.today')}</p>
      <Link className="button" to={`/hoi-nghi/${conferenceId}/dai-bieu`}>
        {t('confirmationLive.open')}
      </Link>
    </div>
  );
};
