/**
 * The chair's buttons for what runs now: open, start the next item, end it, pause / resume,
 * extend the item or the speaker (+1, +3, +5 min), end the speech, close (pressed twice).
 */
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { LiveState } from '../../../../../src/domain/live/live-state.js';
import { currentItem, nextItem } from '../../../../../src/domain/live/live-view.js';
import { Link } from 'react-router';
import type { Commands } from './useCommands.js';
import { useConferenceStart } from './useConferenceStart.js';

const EXTENSIONS = [1, 3, 5] as const;

export const ProgrammeControls = ({ state, commands }: { state: LiveState; commands: Commands }) => {
  const { t } = useTranslation();
  const [confirmEnd, setConfirmEnd] = useState(false);
  const { act, pending } = commands;
  const item = currentItem(state);
  const next = nextItem(state);
  const paused = (state.floor?.timer ?? state.itemTimer)?.runningSince === null;
  const running = state.phase === 'running';
  const startsAt = useConferenceStart(state.conferenceId, state.phase === 'not_started', commands.error);

  if (state.phase === 'not_started') {
    return (
      <div className="console-controls">
        {startsAt === null && (
          <p className="hint warn" data-testid="start-not-fixed">
            {t('live.console.startNotFixed')} <Link to={`/conferences/${state.conferenceId}/general`}>{t('live.console.setTime')}</Link>
          </p>
        )}
        <button
          type="button"
          className="primary big"
          disabled={pending.has('start_meeting')}
          onClick={() => void act({ type: 'start_meeting' })}
        >
          {t('live.console.startMeeting')}
        </button>
      </div>
    );
  }
  if (!running) return null;

  return (
    <div className="console-controls">
      <div className="control-row">
        <button
          type="button"
          className="primary big"
          disabled={!next || pending.has('start_item')}
          onClick={() => void act({ type: 'start_item' })}
          title={next ? `${next.number ? `${next.number}. ` : ''}${next.content}` : undefined}
          aria-keyshortcuts="N"
        >
          {t('live.console.startNext')}
        </button>
        <button
          type="button"
          className="secondary"
          disabled={!item || pending.has('end_item')}
          onClick={() => void act({ type: 'end_item' })}
        >
          {t('live.console.endItem')}
        </button>
        {paused ? (
          <button
            type="button"
            className="secondary"
            disabled={pending.has('resume')}
            onClick={() => void act({ type: 'resume' })}
            aria-keyshortcuts="Space"
          >
            {t('live.console.resume')}
          </button>
        ) : (
          <button
            type="button"
            className="secondary"
            disabled={(!item && !state.floor) || pending.has('pause')}
            onClick={() => void act({ type: 'pause' })}
            aria-keyshortcuts="Space"
          >
            {t('live.console.pause')}
          </button>
        )}
      </div>
      {item && <ExtendRow target="item" commands={commands} />}
      {state.floor && (
        <ExtendRow target="floor" commands={commands}>
          <button
            type="button"
            className="secondary"
            disabled={pending.has('end_floor')}
            onClick={() => void act({ type: 'end_floor' })}
            aria-keyshortcuts="E"
          >
            {t('live.console.endFloor')}
          </button>
        </ExtendRow>
      )}
      <div className="control-row end-row">
        <button
          type="button"
          className="danger"
          disabled={pending.has('end_meeting')}
          onBlur={() => setConfirmEnd(false)}
          onClick={() => {
            if (!confirmEnd) return setConfirmEnd(true);
            setConfirmEnd(false);
            void act({ type: 'end_meeting' });
          }}
        >
          {confirmEnd ? t('live.console.endMeetingConfirm') : t('live.console.endMeeting')}
        </button>
      </div>
    </div>
  );
};

/** +1, +3, +5 minutes for the item or the speaker (and what else the row holds). */
const ExtendRow = ({ target, commands, children }: { target: 'item' | 'floor'; commands: Commands; children?: ReactNode }) => {
  const { t } = useTranslation();
  const label = t(target === 'item' ? 'live.console.extendItem' : 'live.console.extendFloor');
  return (
    <div className="control-row" role="group" aria-label={label}>
      <span className="control-label">{label}</span>
      {EXTENSIONS.map((minutes) => (
        <button
          key={minutes}
          type="button"
          className="secondary"
          data-extend={target}
          onClick={() => void commands.act({ type: 'extend', target, seconds: minutes * 60 })}
        >
          {t('live.console.extend', { minutes })}
        </button>
      ))}
      {children}
    </div>
  );
};
