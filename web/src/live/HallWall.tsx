/**
 * The roll-call wall: one tile per bridge point coloured by its state (ready, not ready, link
 * weak or down, never answered), with the headcount and the operator's note. A national
 * conference has 16 000 points: the tiles come a page at a time, with a search and the
 * filters "chưa sẵn sàng" and "mất kết nối", and the totals count every point.
 */
import { useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { HallStatus } from '../../../src/domain/live/live-state.js';
import { foldForSearch } from '../../../src/domain/text.js';
import { HallTier } from './HallTier.js';
import './live-i18n.js';
import './live.css';

const PAGE_SIZE = 120;

export type HallTone = 'ready' | 'not-ready' | 'weak' | 'down' | 'silent';

export const hallTone = (hall: HallStatus): HallTone => {
  if (hall.link === 'down') return 'down';
  if (hall.reportedAt === null) return 'silent';
  if (!hall.ready) return 'not-ready';
  return hall.link === 'weak' ? 'weak' : 'ready';
};

type Filter = 'all' | 'not_ready' | 'down';

export interface HallWallProps {
  halls: HallStatus[];
  /** Extra controls of a tile (e.g. "Nhắn"). */
  actions?: (hall: HallStatus) => ReactNode;
}

export const HallWall = ({ halls, actions }: HallWallProps) => {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [filter, setFilter] = useState<Filter>('all');
  const [page, setPage] = useState(0);

  const totals = useMemo(() => {
    let ready = 0;
    let down = 0;
    let people = 0;
    for (const hall of halls) {
      if (hall.ready) ready += 1;
      if (hall.link === 'down') down += 1;
      people += hall.headcount ?? 0;
    }
    return { ready, down, people, notReady: halls.length - ready };
  }, [halls]);

  const shown = useMemo(() => {
    const words = foldForSearch(search).split(' ').filter(Boolean);
    return halls.filter(
      (hall) =>
        (filter === 'all' || (filter === 'not_ready' ? !hall.ready : hall.link === 'down')) &&
        words.every((word) => foldForSearch(hall.name).includes(word)),
    );
  }, [halls, search, filter]);
  const pages = Math.max(1, Math.ceil(shown.length / PAGE_SIZE));
  const current = Math.min(page, pages - 1);
  const tiles = shown.slice(current * PAGE_SIZE, (current + 1) * PAGE_SIZE);

  return (
    <section className="hall-wall" aria-label={t('live.wall.title')} data-testid="hall-wall">
      <p className="hall-totals" data-testid="hall-totals" data-ready={totals.ready} data-total={halls.length}>
        {t('live.wall.totals', { ready: totals.ready, total: halls.length, down: totals.down, people: totals.people })}
      </p>
      <div className="hall-toolbar">
        <label className="field">
          <span>{t('live.wall.search')}</span>
          <input type="search" value={search} onChange={(event) => (setSearch(event.target.value), setPage(0))} />
        </label>
        <div className="hall-filters" role="group" aria-label={t('live.wall.filter')}>
          {(['all', 'not_ready', 'down'] as const).map((value) => (
            <button
              key={value}
              type="button"
              className={filter === value ? 'primary' : 'secondary'}
              aria-pressed={filter === value}
              onClick={() => (setFilter(value), setPage(0))}
            >
              {t(`live.wall.filters.${value}`, {
                count: value === 'all' ? halls.length : value === 'down' ? totals.down : totals.notReady,
              })}
            </button>
          ))}
        </div>
      </div>
      {tiles.length === 0 ? (
        <p className="empty">{t('live.wall.none')}</p>
      ) : (
        <ul className="hall-tiles">
          {tiles.map((hall) => (
            <li
              key={hall.bridgePointId}
              className={`hall-tile hall-${hallTone(hall)}`}
              data-point-id={hall.bridgePointId}
              data-ready={hall.ready}
              data-tier={hall.tier}
            >
              <span className="hall-name">
                {hall.isHost && <span className="badge">{t('live.wall.host')}</span>} {hall.name}
              </span>
              <span className="hall-state">
                {t(`live.wall.tone.${hallTone(hall)}`)}
                {hall.headcount !== null && ` · ${t('live.wall.people', { count: hall.headcount })}`}
              </span>
              <HallTier hall={hall} />
              {hall.note && <span className="hall-note">{hall.note}</span>}
              {actions?.(hall)}
            </li>
          ))}
        </ul>
      )}
      {pages > 1 && (
        <nav className="hall-pages" aria-label={t('live.wall.pages')}>
          <button type="button" className="secondary" disabled={current === 0} onClick={() => setPage(current - 1)}>
            {t('live.wall.previous')}
          </button>
          <span>{t('live.wall.page', { page: current + 1, pages, count: shown.length })}</span>
          <button type="button" className="secondary" disabled={current >= pages - 1} onClick={() => setPage(current + 1)}>
            {t('live.wall.next')}
          </button>
        </nav>
      )}
    </section>
  );
};
