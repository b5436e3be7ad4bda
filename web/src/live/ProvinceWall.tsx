/**
 * The roll-call wall of a national conference (issue 18): one tile per province with its
 * counts (ready of all, not reported, link down, people), updated by the server's batched
 * deltas; opening a province lists its points on the wall of halls (search, filters, pages),
 * fetched by pages and then kept current by the socket's `wall:points`. The points without a
 * province (the Government's hall, points without a unit) are one tile of their own.
 */
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { newerHall, wallTotals, type ProvinceHalls } from '../../../src/domain/live/hall-wall.js';
import type { HallStatus } from '../../../src/domain/live/live-state.js';
import { foldForSearch } from '../../../src/domain/text.js';
import { HallWall } from './HallWall.js';
import { provinceHalls } from './live-api.js';
import type { LiveClient } from './live-client.js';
import './live-i18n.js';
import './live.css';

type ProvinceTone = 'ready' | 'partial' | 'down' | 'silent';

const toneOf = (p: ProvinceHalls): ProvinceTone => {
  if (p.links.down > 0) return 'down';
  if (p.ready === p.points) return 'ready';
  if (p.notReported === p.points) return 'silent';
  return 'partial';
};

/** The key of a province in the room and the route: its code, '' for the points without one. */
const keyOf = (p: ProvinceHalls) => p.code ?? '';

export interface ProvinceWallProps {
  conferenceId: string;
  client: LiveClient | null;
  provinces: ProvinceHalls[];
  /** Connections so far: an opened province is fetched again after a reconnection. */
  round: number;
  actions?: (hall: HallStatus) => ReactNode;
}

export const ProvinceWall = ({ conferenceId, client, provinces, round, actions }: ProvinceWallProps) => {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [open, setOpen] = useState<string | null>(null);
  const [halls, setHalls] = useState<HallStatus[] | null>(null);
  const [failed, setFailed] = useState(false);
  const totals = useMemo(() => wallTotals(provinces), [provinces]);
  const nameOf = (p: ProvinceHalls) => p.name || t('live.wall.province.other');
  /** What a tile says under its bar: the unreported always, the disconnected and the people when there are any. */
  const moreOf = (p: ProvinceHalls) =>
    [
      t('live.wall.province.silent', { count: p.notReported }),
      ...(p.links.down > 0 ? [t('live.wall.province.down', { count: p.links.down })] : []),
      ...(p.people > 0 ? [t('live.wall.people', { count: p.people })] : []),
    ].join(' · ');

  const shown = useMemo(() => {
    const words = foldForSearch(search).split(' ').filter(Boolean);
    return provinces.filter((p) => words.every((word) => foldForSearch(p.name || t('live.wall.province.other')).includes(word)));
  }, [provinces, search, t]);

  // The opened province: follow its changes first, then fetch its points; rows keep the newest seq.
  useEffect(() => {
    if (open === null || !client) return;
    const controller = new AbortController();
    const rows = new Map<string, HallStatus>();
    let loaded = false;
    const publish = () => loaded && setHalls([...rows.values()]);
    const merge = (incoming: readonly HallStatus[]) => {
      for (const hall of incoming) {
        if (newerHall(hall, rows.get(hall.bridgePointId))) rows.set(hall.bridgePointId, hall);
      }
    };
    const stop = client.onWallPoints((points) => {
      if ((points.province ?? '') !== open) return;
      merge(points.halls);
      publish();
    });
    setHalls(null);
    setFailed(false);
    void client
      .openProvince(open)
      .then(() => provinceHalls(conferenceId, open, controller.signal))
      .then(
        (page) => {
          const order = page.map((hall) => hall.bridgePointId);
          merge(page);
          // The page's order (hosts first, then the plan's) with what arrived meanwhile kept.
          const sorted = new Map(order.map((id) => [id, rows.get(id)!]));
          for (const [id, hall] of rows) if (!sorted.has(id)) sorted.set(id, hall);
          rows.clear();
          for (const [id, hall] of sorted) rows.set(id, hall);
          loaded = true;
          publish();
        },
        () => !controller.signal.aborted && setFailed(true),
      );
    return () => {
      controller.abort();
      stop();
    };
  }, [client, conferenceId, open, round]);

  // Closing the province (or leaving the page) stops following it.
  useEffect(() => {
    if (open === null) return;
    return () => void client?.openProvince(null);
  }, [client, open]);

  const opened = open === null ? null : (provinces.find((p) => keyOf(p) === open) ?? null);

  return (
    <section className="hall-wall province-wall" aria-label={t('live.wall.title')} data-testid="hall-wall">
      <p className="hall-totals" data-testid="wall-totals" data-ready={totals.ready} data-total={totals.points}>
        {t('live.wall.province.totals', {
          ready: totals.ready.toLocaleString('vi-VN'),
          total: totals.points.toLocaleString('vi-VN'),
          silent: totals.notReported.toLocaleString('vi-VN'),
          down: totals.down.toLocaleString('vi-VN'),
          people: totals.people.toLocaleString('vi-VN'),
        })}
      </p>
      {opened ? (
        <div className="province-open" data-testid="province-open" data-code={open}>
          <div className="province-open-head">
            <button type="button" className="secondary" onClick={() => setOpen(null)}>
              {t('live.wall.province.back')}
            </button>
            <h3>{nameOf(opened)}</h3>
            <span className="province-open-counts" data-testid="province-open-counts" data-ready={opened.ready} data-total={opened.points}>
              {t('live.wall.province.counts', {
                ready: opened.ready,
                total: opened.points,
                silent: opened.notReported,
                down: opened.links.down,
              })}
            </span>
          </div>
          {failed ? (
            <p className="error">{t('live.wall.province.failed')}</p>
          ) : halls === null ? (
            <p className="muted">{t('live.wall.province.loading')}</p>
          ) : (
            <HallWall halls={halls} actions={actions} />
          )}
        </div>
      ) : (
        <>
          <div className="hall-toolbar">
            <label className="field">
              <span>{t('live.wall.province.search')}</span>
              <input type="search" value={search} onChange={(event) => setSearch(event.target.value)} />
            </label>
          </div>
          {shown.length === 0 ? (
            <p className="empty">{t('live.wall.province.none')}</p>
          ) : (
            <ul className="province-tiles">
              {shown.map((p) => (
                <li key={keyOf(p)}>
                  <button
                    type="button"
                    className={`province-tile province-tone-${toneOf(p)}`}
                    data-tone={toneOf(p)}
                    data-code={keyOf(p)}
                    data-ready={p.ready}
                    data-total={p.points}
                    onClick={() => setOpen(keyOf(p))}
                  >
                    <span className="province-name">{nameOf(p)}</span>
                    <span className="province-ready">
                      <strong>{p.ready.toLocaleString('vi-VN')}</strong>/{p.points.toLocaleString('vi-VN')} {t('live.wall.province.ready')}
                    </span>
                    <span className="province-bar" aria-hidden="true">
                      <span style={{ width: `${p.points === 0 ? 0 : (100 * p.ready) / p.points}%` }} />
                    </span>
                    <span className="province-more">{moreOf(p)}</span>
                  </button>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
};
