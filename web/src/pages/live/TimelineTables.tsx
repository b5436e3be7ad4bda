/** The tables of the timeline page: items planned against actual, speeches, changes, totals. */
import { useTranslation } from 'react-i18next';
import { formatDifference, formatDuration } from '../../../../src/domain/durations.js';
import type { Timeline } from '../../../../src/domain/live/live-timeline.types.js';
import { clockTime } from '../../../../src/domain/vietnamese-dates.js';
import { timeOf } from '../../live/live-format.js';

/** Lengths in words (`15 phút`), never as a clock beside the clock times of the same row. */
const useLengths = () => {
  const { i18n } = useTranslation();
  return {
    length: (seconds: number | null): string => (seconds === null ? '' : formatDuration(seconds, i18n.language)),
    difference: (seconds: number | null): string => (seconds === null ? '' : formatDifference(seconds, i18n.language)),
  };
};
const at = (ms: number | null): string => (ms === null ? '' : timeOf(ms));

export const TimelineItems = ({ timeline }: { timeline: Timeline }) => {
  const { t } = useTranslation();
  const { length, difference } = useLengths();
  return (
    <table className="data-table timeline-table" data-testid="timeline-items">
      <thead>
        <tr>
          {(
            ['number', 'content', 'plannedStart', 'planned', 'actualStart', 'actualEnd', 'actual', 'extended', 'overrun', 'state'] as const
          ).map((col) => (
            <th key={col} scope="col">
              {t(`live.timeline.col.${col}`)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {timeline.items.map((item) => (
          <tr key={item.itemId} data-item-id={item.itemId} data-state={item.state} className={`timeline-${item.state}`}>
            <td>{item.number}</td>
            <td>
              {item.content}
              {item.presenter && <span className="muted"> — {item.presenter}</span>}
              {item.inserted && <span className="badge"> {t('live.item.inserted')}</span>}
            </td>
            <td>{item.plannedStart ? clockTime(item.plannedStart) : ''}</td>
            <td>{length(item.plannedSeconds)}</td>
            <td>{at(item.actualStart)}</td>
            <td>{at(item.actualEnd)}</td>
            <td>{length(item.actualSeconds)}</td>
            <td data-extended-seconds={item.extendedSeconds}>{item.extendedSeconds > 0 ? `+${length(item.extendedSeconds)}` : ''}</td>
            <td className={item.overrunSeconds !== null && item.overrunSeconds > 0 ? 'overrun' : ''}>{difference(item.overrunSeconds)}</td>
            <td>{t(`live.item.state.${item.state}`)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
};

export const TimelineSpeeches = ({ timeline }: { timeline: Timeline }) => {
  const { t } = useTranslation();
  const { length, difference } = useLengths();
  if (timeline.speeches.length === 0) return <p className="empty">{t('live.timeline.noSpeeches')}</p>;
  return (
    <table className="data-table timeline-table" data-testid="timeline-speeches">
      <thead>
        <tr>
          {(['speaker', 'hall', 'item', 'givenAt', 'seconds', 'allowed', 'overrun'] as const).map((col) => (
            <th key={col} scope="col">
              {t(`live.timeline.col.${col}`)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {timeline.speeches.map((speech) => (
          <tr key={speech.requestId} data-request-id={speech.requestId}>
            <td>
              {speech.speakerName}
              {speech.kind === 'point_of_order' && <span className="muted"> ({t('live.timeline.pointOfOrder')})</span>}
            </td>
            <td>{speech.bridgePointName}</td>
            <td>
              {speech.itemNumber ? `${speech.itemNumber}. ` : ''}
              {speech.itemContent}
            </td>
            <td>{at(speech.givenAt)}</td>
            <td>{length(speech.seconds)}</td>
            <td>{length(speech.allowedSeconds)}</td>
            <td className={speech.overrunSeconds !== null && speech.overrunSeconds > 0 ? 'overrun' : ''}>
              {difference(speech.overrunSeconds)}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
};

export const TimelineChanges = ({ timeline }: { timeline: Timeline }) => {
  const { t } = useTranslation();
  const { length } = useLengths();
  if (timeline.changes.length === 0) return <p className="empty">{t('live.timeline.noChanges')}</p>;
  return (
    <table className="data-table timeline-table" data-testid="timeline-changes">
      <thead>
        <tr>
          {(['at', 'change', 'subject', 'seconds'] as const).map((col) => (
            <th key={col} scope="col">
              {t(`live.timeline.col.${col}`)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {timeline.changes.map((change) => (
          <tr key={`${change.version}-${change.kind}`} data-kind={change.kind}>
            <td>{at(change.at)}</td>
            <td>{t(`live.timeline.kind.${change.kind}`)}</td>
            <td>{change.subject}</td>
            <td>{change.seconds === null ? '' : `+${length(change.seconds)}`}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
};

export const TimelineTotals = ({ timeline }: { timeline: Timeline }) => {
  const { t } = useTranslation();
  const { length } = useLengths();
  const { totals } = timeline;
  const rows: [string, string][] = [
    ['planned', length(totals.plannedSeconds)],
    ['actual', length(totals.actualSeconds)],
    ['itemsRun', String(totals.itemsRun)],
    ['itemsSkipped', String(totals.itemsSkipped)],
    ['itemsInserted', String(totals.itemsInserted)],
    ['itemsOverrun', String(totals.itemsOverrun)],
    ['speeches', String(totals.speeches)],
    ['speaking', length(totals.speakingSeconds)],
  ];
  return (
    <dl className="timeline-totals" data-testid="timeline-totals">
      {rows.map(([key, value]) => (
        <div key={key} data-total={key}>
          <dt>{t(`live.timeline.total.${key}`)}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
};
