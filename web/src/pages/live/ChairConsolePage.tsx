/**
 * /hoi-nghi/:conferenceId/dieu-hanh — the chair's console (chủ trì). The first screen (1366×768)
 * holds the meeting's state and the next action: what runs now with its countdowns, the one
 * primary button that follows the state, the item's and the speaker's controls apart, and the
 * requests to speak beside them. Below: the halls' video (folded at the chair's choice), votes,
 * messages, the programme and the roll-call wall. Keyboard too; after each command focus
 * stays on the primary action. Refusals show in the language on screen.
 */
import { useTranslation } from 'react-i18next';
import { CurrentItem } from '../../live/CurrentItem.js';
import { ViewingMedia } from '../../media/MediaPanel.js';
import { RecordingToggle } from '../../media/RecordingToggle.js';
import { ConsoleFrame } from './console/ConsoleHeader.js';
import { ConsoleWall, tierControls } from './console/ConsoleWall.js';
import { FoldableVideo } from './console/FoldableVideo.js';
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
            <section className="panel now-panel" aria-label={t('live.console.chairTitle')}>
              <CurrentItem state={state} serverNow={live.serverNow} size="large" />
              {runs && <ProgrammeControls state={state} commands={commands} />}
            </section>
            <section className="panel recording-panel">
              <RecordingToggle
                conferenceId={model.conferenceId}
                state={state}
                recent={live.recent}
                serverNow={live.serverNow}
                commands={runs ? commands : null}
              />
              {runs && <p className="hint">{t('live.console.shortcuts')}</p>}
            </section>
            <FoldableVideo>
              <ViewingMedia
                conferenceId={model.conferenceId}
                onForceMute={runs ? (feed, muted) => void commands.act({ type: 'mute_hall', feed, muted }) : null}
              />
            </FoldableVideo>
            {(votes.access?.manage || votes.access?.close) && (
              <ChairVotePanel conferenceId={model.conferenceId} state={state} view={votes} />
            )}
            {access?.message && <MessagePanel {...model.messages} />}
          </div>
          <div className="console-side">
            {runs && <QueueControls state={state} commands={commands} />}
            {runs && <ProgrammeList state={state} commands={commands} />}
            <ContributionsPanel conferenceId={model.conferenceId} currentItemId={state.currentItemId} />
          </div>
          {(access?.readHalls || live.wall) && (
            <ConsoleWall
              conferenceId={model.conferenceId}
              live={live}
              onMessage={access?.message ? model.messages.onTo : null}
              tiers={tierControls(runs, state.promotedPoints, (command) => commands.act(command))}
            />
          )}
        </>
      )}
    </ConsoleFrame>
  );
}
