/**
 * The frame of the chair's and the secretariat's consoles (ConsoleFrame), and its head: title,
 * connection, links to the other console and the timeline, the last refusal.
 */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { LiveState } from '../../../../../src/domain/live/live-state.js';
import { Link } from 'react-router';
import { Banner } from '../../../components/Banner.js';
import { ConnectionBadge } from '../../../live/ConnectionBadge.js';
import type { ConsoleModel } from './useConsole.js';

export const ConsoleHeader = ({ kind, model }: { kind: 'chair' | 'secretary'; model: ConsoleModel }) => {
  const { t } = useTranslation();
  const { conferenceId, live } = model;
  const error = model.errors.find((e) => e !== null) ?? null;
  const other = kind === 'chair' ? { path: 'thu-ky', label: 'secretaryTitle' } : { path: 'dieu-hanh', label: 'chairTitle' };
  return (
    <>
      <div className="page-head console-head">
        <div>
          <h1 tabIndex={-1} data-focus-fallback>
            {t(kind === 'chair' ? 'live.console.chairTitle' : 'live.console.secretaryTitle')}
          </h1>
          {live.title && <p className="section-intro">{live.title}</p>}
        </div>
        <div className="console-head-side">
          <ConnectionBadge status={live.status} />
          <Link to={`/hoi-nghi/${conferenceId}/${other.path}`}>{t(`live.console.${other.label}`)}</Link>
          {live.access?.readTimeline && <Link to={`/hoi-nghi/${conferenceId}/dien-bien`}>{t('live.console.timelineLink')}</Link>}
          <Link to={`/conferences/${conferenceId}/general`}>{t('live.console.backToPlan')}</Link>
        </div>
      </div>
      {error && <Banner kind="error" message={error.localized} onClose={model.closeErrors} />}
      {live.access && !live.access.run && <Banner kind="warning">{t('live.console.notAllowed')}</Banner>}
    </>
  );
};

/** The page around a console: its head, then the grid once the state is known. */
export const ConsoleFrame = ({
  kind,
  model,
  children,
}: {
  kind: 'chair' | 'secretary';
  model: ConsoleModel;
  children: (state: LiveState) => ReactNode;
}) => {
  const { t } = useTranslation();
  const { state } = model.live;
  return (
    <div className={`live-console ${kind}-console`} data-version={state?.version ?? ''} data-phase={state?.phase ?? ''}>
      <ConsoleHeader kind={kind} model={model} />
      {state ? <div className="console-grid">{children(state)}</div> : <p className="loading">{t('common.loading')}</p>}
    </div>
  );
};
