/** The roll-call wall on a console, each tile with "Nhắn" (message this point) when the host may send messages. */
import { useTranslation } from 'react-i18next';
import type { HallStatus } from '../../../../../src/domain/live/live-state.js';
import { HallWall } from '../../../live/HallWall.js';

export const ConsoleWall = ({ halls, onMessage }: { halls: HallStatus[]; onMessage: ((pointId: string) => void) | null }) => {
  const { t } = useTranslation();
  return (
    <section className="panel console-wide" aria-labelledby="wall-title">
      <h2 id="wall-title">{t('live.wall.title')}</h2>
      <HallWall
        halls={halls}
        actions={
          onMessage
            ? (hall) => (
                <button type="button" className="link-button" onClick={() => onMessage(hall.bridgePointId)}>
                  {t('live.console.messageThis')}
                </button>
              )
            : undefined
        }
      />
    </section>
  );
};
