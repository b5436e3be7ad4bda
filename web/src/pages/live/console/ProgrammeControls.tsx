/**
 * The chair's buttons for what runs now: open; then one primary button for the next action as
 * the meeting stands (end the speech, resume, start the next item…), the other programme
 * buttons beside it; the item's controls (end, skip, +1/+3/+5 min) and the speaker's (end,
 * +1/+3/+5 min) in two labelled groups; close (pressed twice).
 */
import { useTranslation } from 'react-i18next';
import type { LiveState } from '../../../../../src/domain/live/live-state.js';
import { nextItem } from '../../../../../src/domain/live/live-view.js';
import { Link } from 'react-router';
import type { Commands } from './useCommands.js';
import { useConferenceStart } from './useConferenceStart.js';
import { useOpeningConfirmation } from './useOpeningConfirmation.js';
import { EndMeetingButton, FloorGroup, ItemGroup, PrimaryRow } from './ControlGroups.js';

export const ProgrammeControls = ({ state, commands }: { state: LiveState; commands: Commands }) => {
  const { t } = useTranslation();
  const running = state.phase === 'running';
  const startsAt = useConferenceStart(state.conferenceId, state.phase === 'not_started', commands.error);
  const opening = useOpeningConfirmation(state.conferenceId, commands);

  if (state.phase === 'not_started') {
    return (
      <div className="console-controls">
        {startsAt === null && (
          <p className="hint warn" data-testid="start-not-fixed">
            {t('live.console.startNotFixed')} <Link to={`/conferences/${state.conferenceId}/general`}>{t('live.console.setTime')}</Link>
          </p>
        )}
        <button type="button" className="primary big" disabled={opening.busy} onClick={opening.open}>
          {t('live.console.startMeeting')}
        </button>
        {opening.dialog}
      </div>
    );
  }
  if (!running) return null;

  return (
    <div className="console-controls">
      <PrimaryRow state={state} commands={commands} />
      <ItemGroup state={state} commands={commands} />
      <FloorGroup state={state} commands={commands} />
      {/* Closing is the primary action once nothing is left; until then it waits at the end. */}
      {(nextItem(state) || state.currentItemId !== null) && (
        <div className="control-row end-row">
          <EndMeetingButton commands={commands} className="danger" />
        </div>
      )}
    </div>
  );
};
