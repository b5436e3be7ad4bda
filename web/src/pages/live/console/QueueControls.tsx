/**
 * The speaker queue with the host's actions on each request: give the floor, move up or
 * down (order_queue), remove. Keyboard: every action is a button in reading order.
 */
import { useTranslation } from 'react-i18next';
import type { FloorRequest, LiveState } from '../../../../../src/domain/live/live-state.js';
import { SpeakerQueue } from '../../../live/SpeakerQueue.js';
import type { Commands } from './useCommands.js';
import './console-i18n.js';

const moved = (order: readonly string[], index: number, by: -1 | 1): string[] => {
  const next = [...order];
  const [id] = next.splice(index, 1);
  if (id !== undefined) next.splice(index + by, 0, id);
  return next;
};

export const QueueControls = ({ state, commands, canGive = true }: { state: LiveState; commands: Commands; canGive?: boolean }) => {
  const { t } = useTranslation();
  const { act } = commands;
  const running = state.phase === 'running';

  // Every row's buttons say whose row they act on ("Mời phát biểu: Nguyễn Văn A (Điểm cầu huyện Tân Hồng)").
  const whose = (request: FloorRequest) => `${request.speakerName} (${request.bridgePointName})`;
  const actions = (request: FloorRequest, index: number, count: number) => (
    <>
      {canGive && (
        <button
          type="button"
          className="primary"
          disabled={!running}
          aria-label={t('liveConsole.giveTo', { name: whose(request) })}
          onClick={() => void act({ type: 'give_floor', requestId: request.id })}
        >
          {t('live.console.give')}
        </button>
      )}
      <button
        type="button"
        className="secondary"
        disabled={index === 0}
        aria-label={t('live.console.moveUp', { name: request.speakerName })}
        onClick={() => void act({ type: 'order_queue', requestIds: moved(state.waitingOrder, index, -1) })}
      >
        ↑
      </button>
      <button
        type="button"
        className="secondary"
        disabled={index >= count - 1}
        aria-label={t('live.console.moveDown', { name: request.speakerName })}
        onClick={() => void act({ type: 'order_queue', requestIds: moved(state.waitingOrder, index, 1) })}
      >
        ↓
      </button>
      <button
        type="button"
        className="link-button danger-text"
        aria-label={t('liveConsole.removeOf', { name: whose(request) })}
        onClick={() => void act({ type: 'remove_request', requestId: request.id })}
      >
        {t('live.console.remove')}
      </button>
    </>
  );

  return (
    <section className="panel" aria-labelledby="queue-title">
      <h2 id="queue-title">
        {t('live.queue.title')} <span className="muted">({state.waitingOrder.length})</span>
      </h2>
      <SpeakerQueue state={state} actions={actions} />
    </section>
  );
};
