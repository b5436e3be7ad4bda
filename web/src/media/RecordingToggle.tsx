/**
 * "Ghi hình" on the chair's and the secretariat's consoles (issue 6): starts the recording of
 * the host programme with a live command, shows "● Đang ghi hình" with the time recorded so
 * far while LiveState.recording holds, and asks before stopping (a stop cannot be undone:
 * the next start is a new session). Without the right to run, only the indicator shows.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LiveEvent } from '../../../src/domain/live/live-commands.js';
import type { LiveState } from '../../../src/domain/live/live-state.js';
import { formatClock } from '../../../src/domain/live/live-timer.js';
import { nextSecondAfter } from '../../../src/domain/live/timer-ticks.js';
import { MAX_REPLAY } from '../../../src/realtime/live-protocol.js';
import { ConfirmDialog } from '../components/ConfirmDialog.js';
import { eventsSince } from '../live/live-api.js';
import { useServerTicks } from '../live/useServerTicks.js';
import type { Commands } from '../pages/live/console/useCommands.js';
import './recording-i18n.js';
import './media.css';

export interface RecordingToggleProps {
  conferenceId: string;
  state: LiveState;
  /** The live store's running log: holds the start when this tab saw it happen. */
  recent: LiveEvent[];
  serverNow(): number;
  /** Null: the caller may not run the programme (indicator only). */
  commands: Commands | null;
}

const lastStart = (events: readonly LiveEvent[]): number | null => {
  for (let i = events.length - 1; i >= 0; i--) {
    const event = events[i]!;
    if (event.type === 'recording.set') return event.recording ? event.at : null;
  }
  return null;
};

/**
 * When the current recording started (server ms), or null while unknown. LiveState keeps only
 * the flag: a tab that opened during the recording reads the start from the recent events.
 */
const useRecordingSince = (conferenceId: string, state: LiveState, recent: LiveEvent[]): number | null => {
  const seen = state.recording ? lastStart(recent) : null;
  const [fetched, setFetched] = useState<number | null>(null);
  const needsFetch = state.recording && seen === null && fetched === null;
  // Asked again on each new version while unknown: more than MAX_REPLAY events since the
  // start answer with the state alone, and the indicator then shows without the time.
  const version = needsFetch ? state.version : -1;
  useEffect(() => {
    if (version < 0) return;
    let current = true;
    eventsSince(conferenceId, Math.max(0, version - MAX_REPLAY + 1)).then(
      (reply) => current && setFetched('events' in reply ? lastStart(reply.events) : null),
      () => current && setFetched(null),
    );
    return () => {
      current = false;
    };
  }, [conferenceId, version]);
  // A later recording is a new session: its start is asked again.
  useEffect(() => {
    if (!state.recording) setFetched(null);
  }, [state.recording]);
  if (!state.recording) return null;
  return seen ?? fetched;
};

export const RecordingToggle = ({ conferenceId, state, recent, serverNow, commands }: RecordingToggleProps) => {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  const since = useRecordingSince(conferenceId, state, recent);
  useServerTicks(serverNow, since, (now) => (state.recording && since !== null ? nextSecondAfter(since, now) : null));
  const recording = state.recording;
  const ended = state.phase === 'ended';
  if (!commands && !recording) return null;

  const set = (value: boolean) => {
    setConfirming(false);
    void commands?.act({ type: 'set_recording', recording: value });
  };
  const busy = commands?.pending.has('set_recording') ?? false;

  return (
    <div className="control-row recording-toggle" data-testid="recording-toggle" data-recording={String(recording)}>
      {recording && (
        <span className="media-badge media-badge-recording" role="status" data-since={since ?? ''}>
          {since === null
            ? t('media.recording.on')
            : t('media.recording.elapsed', { elapsed: formatClock(Math.max(0, serverNow() - since)) })}
        </span>
      )}
      {commands && !ended && (
        <button
          type="button"
          className={recording ? 'danger' : 'secondary'}
          disabled={busy}
          title={t('media.recording.hint')}
          onClick={() => (recording ? setConfirming(true) : set(true))}
        >
          {recording ? t('media.recording.stop') : t('media.recording.start')}
        </button>
      )}
      <ConfirmDialog
        open={confirming}
        title={t('media.recording.confirmTitle')}
        message={t('media.recording.confirmMessage')}
        confirmLabel={t('media.recording.stop')}
        cancelLabel={t('media.recording.keepRecording')}
        onConfirm={() => set(false)}
        onCancel={() => setConfirming(false)}
        danger
      />
    </div>
  );
};
