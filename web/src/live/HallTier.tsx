/**
 * A hall's media tier on the roll-call wall (issue 19): a short badge "Tương tác" / "Theo dõi"
 * from `hall.tier` (the server fills it: the plan's tier, or interactive when the chair promoted
 * the point today), and for a watching point the health of its HLS playback
 * ("Trễ ít nhất 3,2 s · 720p", "Đang tải", "Gián đoạn (2)").
 */
import { useTranslation } from 'react-i18next';
import type { HallStatus } from '../../../src/domain/live/live-state.js';
import { playbackText } from './playback-text.js';
import '../i18n/media-tier-i18n.js';
import './media-tier.css';

export const HallTier = ({ hall }: { hall: HallStatus }) => {
  const { t, i18n } = useTranslation();
  const tier = hall.tier ?? 'interactive';
  const playback = tier === 'watching' ? hall.playback : null;
  return (
    <span className="hall-tier" data-testid="hall-tier">
      <span className={`tier-badge tier-${tier}`} data-tier={tier} title={t(`mediaTier.tiers.${tier}`)}>
        {t(`mediaTier.short.${tier}`)}
      </span>
      {playback && (
        <span
          className={`hall-playback playback-${playback.state}`}
          data-testid="hall-playback"
          data-state={playback.state}
          title={t('mediaTier.playback.title')}
        >
          {playbackText(playback, t, i18n.language)}
        </span>
      )}
    </span>
  );
};
