/**
 * The roll-call wall on a console, each tile with "Nhắn" (message this point) when the host may
 * send messages; a national conference's wall shows provinces that open into their points (issue 18).
 */
import { useTranslation } from 'react-i18next';
import type { HallStatus } from '../../../../../src/domain/live/live-state.js';
import { HallWall } from '../../../live/HallWall.js';
import { ProvinceWall } from '../../../live/ProvinceWall.js';
import type { LiveView } from '../../../live/useLive.js';
import '../../../i18n/media-tier-i18n.js';

export interface ConsoleWallProps {
  conferenceId: string;
  live: Pick<LiveView, 'halls' | 'wall' | 'client' | 'connections'>;
  onMessage: ((pointId: string) => void) | null;
  /**
   * The chair's switch of a watching point for the day (issue 19): set_point_tier; null when
   * the caller does not run the meeting. `promoted`: live state promotedPoints.
   */
  tiers?: TierControls | null;
}

export type TierControls = { promoted: readonly string[]; onSet: (pointId: string, promoted: boolean) => void };

/** The tier switches of a console that runs the meeting (set_point_tier through its commands); null otherwise. */
export const tierControls = (
  runs: boolean,
  promotedPoints: readonly string[] | undefined,
  act: (command: { type: 'set_point_tier'; bridgePointId: string; promoted: boolean }) => unknown,
): TierControls | null =>
  runs
    ? { promoted: promotedPoints ?? [], onSet: (bridgePointId, promoted) => void act({ type: 'set_point_tier', bridgePointId, promoted }) }
    : null;

/** "Cho tương tác hôm nay" on a watching point, "Trả về theo dõi" on one promoted today. */
const TierSwitch = ({ hall, tiers }: { hall: HallStatus; tiers: NonNullable<ConsoleWallProps['tiers']> }) => {
  const { t } = useTranslation();
  const promoted = tiers.promoted.includes(hall.bridgePointId);
  if (!promoted && hall.tier !== 'watching') return null;
  return (
    <button
      type="button"
      className="link-button tier-switch"
      data-testid="tier-switch"
      aria-label={t(promoted ? 'mediaTier.demoteOf' : 'mediaTier.promoteOf', { name: hall.name })}
      onClick={() => tiers.onSet(hall.bridgePointId, !promoted)}
    >
      {t(promoted ? 'mediaTier.demote' : 'mediaTier.promote')}
    </button>
  );
};

export const ConsoleWall = ({ conferenceId, live, onMessage, tiers }: ConsoleWallProps) => {
  const { t } = useTranslation();
  const actions =
    onMessage || tiers
      ? (hall: HallStatus) => (
          <>
            {tiers && <TierSwitch hall={hall} tiers={tiers} />}
            {onMessage && (
              <button type="button" className="link-button" onClick={() => onMessage(hall.bridgePointId)}>
                {t('live.console.messageThis')}
              </button>
            )}
          </>
        )
      : undefined;
  return (
    <section className="panel console-wide" aria-labelledby="wall-title">
      <h2 id="wall-title">{t('live.wall.title')}</h2>
      {live.wall ? (
        <ProvinceWall
          conferenceId={conferenceId}
          client={live.client}
          provinces={live.wall.provinces}
          round={live.connections}
          actions={actions}
        />
      ) : (
        <HallWall halls={live.halls} actions={actions} />
      )}
    </section>
  );
};
