/**
 * The roll-call wall on a console, each tile with "Nhắn" (message this point) when the host may
 * send messages; a national conference's wall shows provinces that open into their points (issue 18).
 */
import { useTranslation } from 'react-i18next';
import type { HallStatus } from '../../../../../src/domain/live/live-state.js';
import { HallWall } from '../../../live/HallWall.js';
import { ProvinceWall } from '../../../live/ProvinceWall.js';
import type { LiveView } from '../../../live/useLive.js';

export interface ConsoleWallProps {
  conferenceId: string;
  live: Pick<LiveView, 'halls' | 'wall' | 'client' | 'connections'>;
  onMessage: ((pointId: string) => void) | null;
}

export const ConsoleWall = ({ conferenceId, live, onMessage }: ConsoleWallProps) => {
  const { t } = useTranslation();
  const actions = onMessage
    ? (hall: HallStatus) => (
        <button type="button" className="link-button" onClick={() => onMessage(hall.bridgePointId)}>
          {t('live.console.messageThis')}
        </button>
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
