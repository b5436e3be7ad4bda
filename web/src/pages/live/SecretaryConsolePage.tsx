/**
 * /hoi-nghi/:conferenceId/thu-ky — the secretariat's console (thư ký): the same powers as the
 * chair's, arranged for preparing rather than presiding: the programme to edit (insert,
 * reorder, skip), the queue to order, messages, the wall with its filters and a running log,
 * and, beside them, what runs now first, then the halls' video (folded at the user's choice) with a
 * force-mute on each and the recording of the host programme (issue 6).
 */
import { useTranslation } from 'react-i18next';
import { CurrentItem } from '../../live/CurrentItem.js';
import { ViewingMedia } from '../../media/MediaPanel.js';
import { RecordingToggle } from '../../media/RecordingToggle.js';
import { ConsoleFrame } from './console/ConsoleHeader.js';
import { ConsoleWall, tierControls } from './console/ConsoleWall.js';
import { FoldableVideo } from './console/FoldableVideo.js';
import { LiveLog } from './console/LiveLog.js';
import { MessagePanel } from './console/MessagePanel.js';
import { ProgrammeControls } from './console/ProgrammeControls.js';
import { ProgrammeList } from './console/ProgrammeList.js';
import { ContributionsPanel } from '../../consultations/ContributionsPanel.js';
import { QueueControls } from './console/QueueControls.js';
import { useConsole } from './console/useConsole.js';
import { SecretaryNotes } from './SecretaryNotes.js';
import './console.css';

export default function SecretaryConsolePage() {
  const { t } = useTranslation();
  const model = useConsole();
  const { live, commands, conferenceId } = model;
  const { access } = live;
  const runs = access?.run ?? false;

  return (
    <ConsoleFrame kind="secretary" model={model}>
      {(state) => (
        <>
          <div className="console-main">
            {runs && <ProgrammeList state={state} commands={commands} />}
            {runs && <QueueControls state={state} commands={commands} canGive={false} />}
            <ContributionsPanel conferenceId={conferenceId} currentItemId={state.currentItemId} />
          </div>
          <div className="console-side">
            <section className="panel now-panel">
              <CurrentItem state={state} serverNow={live.serverNow} showNext />
              <RecordingToggle
                conferenceId={conferenceId}
                state={state}
                recent={live.recent}
                serverNow={live.serverNow}
                commands={runs ? commands : null}
              />
              {runs && (
                <details className="secretary-controls">
                  <summary>{t('live.console.chairTitle')}</summary>
                  <ProgrammeControls state={state} commands={commands} />
                </details>
              )}
            </section>
            <FoldableVideo>
              <ViewingMedia
                conferenceId={conferenceId}
                onForceMute={runs ? (feed, muted) => void commands.act({ type: 'mute_hall', feed, muted }) : null}
              />
            </FoldableVideo>
            {runs && <SecretaryNotes conferenceId={conferenceId} state={state} />}
            {access?.message && <MessagePanel {...model.messages} />}
            {access?.readTimeline && <LiveLog conferenceId={conferenceId} state={state} recent={live.recent} />}
          </div>
          {(access?.readHalls || live.wall) && (
            <ConsoleWall
              conferenceId={conferenceId}
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
