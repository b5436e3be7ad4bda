/**
 * /hoi-nghi/:conferenceId/dieu-hanh — the chair's console (chủ trì): what runs now with its
 * countdowns and the buttons that drive it (keyboard too), the requests to speak, the
 * programme, messages to the halls, the roll-call wall, and the halls' video with a
 * force-mute on each and the recording of the host programme (issue 6). Every button sends its command at
 * once and the screen moves on the answer; refusals show in the language on screen.
 */
import { useTranslation } from 'react-i18next';
import { CurrentItem } from '../../live/CurrentItem.js';
import { ViewingMedia } from '../../media/MediaPanel.js';
import { RecordingToggle } from '../../media/RecordingToggle.js';
import { ConsoleFrame } from './console/ConsoleHeader.js';
import { ConsoleWall } from './console/ConsoleWall.js';
import { MessagePanel } from './console/MessagePanel.js';
import { ProgrammeControls } from './console/ProgrammeControls.js';
import { ProgrammeList } from './console/ProgrammeList.js';
import { QueueControls } from './console/QueueControls.js';
import { useConsole } from './console/useConsole.js';
import { useConsoleKeys } from './console/useConsoleKeys.js';
import { ContributionsPanel } from '../../consultations/ContributionsPanel.js';
import { ChairVotePanel } from '../../votes/ChairVotePanel.js';
import { useVotes } from '../../votes/useVotes.js';
import './console.css';

export default function ChairConsolePage() {
  const { t } = useTranslation();
  const model = useConsole();
  const { live, commands } = model;
  const { access } = live;
  const runs = access?.run ?? false;
  useConsoleKeys(runs ? live.state : null, commands);
  const votes = useVotes(model.conferenceId, live.client, live.status, true);

  return (
    <ConsoleFrame kind="chair" model={model}>
      {(state) => (
        <>
          <div className="console-main">
            <ViewingMedia
              conferenceId={model.conferenceId}
              onForceMute={runs ? (feed, muted) => void commands.act({ type: 'mute_hall', feed, muted }) : null}
            />
            <section className="panel now-panel" aria-label={t('live.console.chairTitle')}>
              <CurrentItem state={state} serverNow={live.serverNow} size="large" showNext />
              {runs && <ProgrammeControls state={state} commands={commands} />}
              <RecordingToggle
                conferenceId={model.conferenceId}
                state={state}
                recent={live.recent}
                serverNow={live.serverNow}
                commands={runs ? commands : null}
              />
              {runs && <p className="hint">{t('live.console.shortcuts')}</p>}
            </section>
            {runs && <QueueControls state={state} commands={commands} />}
            {votes.access?.manage && <ChairVotePanel conferenceId={model.conferenceId} state={state} view={votes} />}
            {access?.message && <MessagePanel {...model.messages} />}
          </div>
          <div className="console-side">
            {runs && <ProgrammeList state={state} commands={commands} />}
            <ContributionsPanel conferenceId={model.conferenceId} currentItemId={state.currentItemId} />
          </div>
          {access?.readHalls && <ConsoleWall halls={live.halls} onMessage={access.message ? model.messages.onTo : null} />}
        </>
      )}
    </ConsoleFrame>
  );
}
