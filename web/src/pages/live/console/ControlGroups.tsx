/**
 * The parts of the chair's controls while the meeting runs: the row of the primary action
 * (one button whose command follows the meeting's state, so a chair never hunts for it, and
 * focus stays on it from one state to the next), the item's group and the speaker's group,
 * each labelled, with extension buttons whose names say whose time they add to.
 */
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { isPaused, nextAction } from '../../../../../src/domain/live/live-next-action.js';
import type { LiveState } from '../../../../../src/domain/live/live-state.js';
import { currentItem, nextItem, speakingRequest } from '../../../../../src/domain/live/live-view.js';
import type { Commands } from './useCommands.js';
import './console-i18n.js';

const EXTENSIONS = [1, 3, 5] as const;

const numbered = (item: { number: string; content: string }): string => `${item.number ? `${item.number}. ` : ''}${item.content}`;

/** "Bế mạc hội nghị", pressed twice (the first press asks again). */
export const EndMeetingButton = ({ commands, className }: { commands: Commands; className: string }) => {
  const { t } = useTranslation();
  const [confirm, setConfirm] = useState(false);
  return (
    <button
      type="button"
      className={className}
      disabled={commands.pending.has('end_meeting')}
      onBlur={() => setConfirm(false)}
      onClick={() => {
        if (!confirm) return setConfirm(true);
        setConfirm(false);
        void commands.act({ type: 'end_meeting' });
      }}
    >
      {confirm ? t('live.console.endMeetingConfirm') : t('live.console.endMeeting')}
    </button>
  );
};

/** The primary action first, then start-next and pause/resume when they are not it. */
export const PrimaryRow = ({ state, commands }: { state: LiveState; commands: Commands }) => {
  const { t } = useTranslation();
  const { act, pending, focusTarget } = commands;
  const action = nextAction(state);
  const next = nextItem(state);
  const paused = isPaused(state);
  const item = currentItem(state);
  const startNext = (primary: boolean) => (
    <button
      type="button"
      ref={primary ? focusTarget : undefined}
      className={primary ? 'primary big' : 'secondary'}
      data-primary={primary || undefined}
      disabled={!next || pending.has('start_item')}
      onClick={() => void act({ type: 'start_item' })}
      aria-keyshortcuts="N"
    >
      {t('live.console.startNext')}
    </button>
  );
  const pauseOrResume = (primary: boolean) =>
    paused ? (
      <button
        type="button"
        ref={primary ? focusTarget : undefined}
        className={primary ? 'primary big' : 'secondary'}
        data-primary={primary || undefined}
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
    );
  const ending = (type: 'end_floor' | 'end_item', label: string, shortcut?: string) => (
    <button
      type="button"
      ref={focusTarget}
      className="primary big"
      data-primary
      disabled={pending.has(type)}
      onClick={() => void act({ type })}
      aria-keyshortcuts={shortcut}
    >
      {t(label)}
    </button>
  );
  const primary =
    action === 'end_floor' ? (
      ending('end_floor', 'live.console.endFloor', 'E')
    ) : action === 'end_item' ? (
      ending('end_item', 'live.console.endItem')
    ) : action === 'end_meeting' ? (
      <EndMeetingButton commands={commands} className="primary big" />
    ) : action === 'resume' ? (
      pauseOrResume(true)
    ) : (
      startNext(true)
    );
  return (
    <div className="control-row primary-row" role="group" aria-label={t('liveConsole.controls')}>
      {primary}
      {action !== 'start_item' && next && startNext(false)}
      {action !== 'resume' && action !== 'end_meeting' && pauseOrResume(false)}
      <span className="next-hint muted" data-testid="next-hint">
        {next ? t('liveConsole.next', { name: numbered(next) }) : t('liveConsole.noNext')}
      </span>
    </div>
  );
};

/** +1, +3, +5 minutes, named for whose time they add to. */
const Extensions = ({ target, commands }: { target: 'item' | 'floor'; commands: Commands }) => {
  const { t } = useTranslation();
  return (
    <span className="extend-buttons">
      <span className="control-label" aria-hidden="true">
        {t('liveConsole.addTime')}
      </span>
      {EXTENSIONS.map((minutes) => (
        <button
          key={minutes}
          type="button"
          className="secondary"
          data-extend={target}
          aria-label={t(target === 'item' ? 'liveConsole.extendItem' : 'liveConsole.extendFloor', { minutes })}
          onClick={() => void commands.act({ type: 'extend', target, seconds: minutes * 60 })}
        >
          {t('live.console.extend', { minutes })}
        </button>
      ))}
    </span>
  );
};

const Group = ({ kind, title, children }: { kind: 'item' | 'floor'; title: string; children: ReactNode }) => {
  const id = `control-group-${kind}`;
  return (
    <section className={`control-group control-group-${kind}`} aria-labelledby={id} data-testid={`${kind}-controls`}>
      <h3 id={id} className="control-group-title">
        {title}
      </h3>
      <div className="control-row">{children}</div>
    </section>
  );
};

/** The running item: end it, skip it, give it more time. */
export const ItemGroup = ({ state, commands }: { state: LiveState; commands: Commands }) => {
  const { t } = useTranslation();
  const item = currentItem(state);
  if (!item) return null;
  const { act, pending } = commands;
  return (
    <Group kind="item" title={`${t('liveConsole.itemGroup')}: ${numbered(item)}`}>
      {nextAction(state) !== 'end_item' && (
        <button type="button" className="secondary" disabled={pending.has('end_item')} onClick={() => void act({ type: 'end_item' })}>
          {t('live.console.endItem')}
        </button>
      )}
      <button
        type="button"
        className="secondary"
        disabled={pending.has('skip_item')}
        onClick={() => void act({ type: 'skip_item', itemId: item.id })}
      >
        {t('liveConsole.skipCurrent')}
      </button>
      <Extensions target="item" commands={commands} />
    </Group>
  );
};

/** Who speaks: end the speech (when it is not the primary action), give more time. */
export const FloorGroup = ({ state, commands }: { state: LiveState; commands: Commands }) => {
  const { t } = useTranslation();
  const speaker = speakingRequest(state);
  if (!state.floor) return null;
  const { act, pending } = commands;
  const who = speaker ? `${speaker.speakerName} (${speaker.bridgePointName})` : '';
  return (
    <Group kind="floor" title={`${t('liveConsole.floorGroup')}: ${who}`}>
      {nextAction(state) !== 'end_floor' && (
        <button
          type="button"
          className="secondary"
          disabled={pending.has('end_floor')}
          onClick={() => void act({ type: 'end_floor' })}
          aria-keyshortcuts="E"
        >
          {t('live.console.endFloor')}
        </button>
      )}
      <Extensions target="floor" commands={commands} />
    </Group>
  );
};
