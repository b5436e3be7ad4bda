/**
 * The points of a national conference (past the 500 a plan inlines): read by page from
 * GET /bridge-points, searched without diacritics, filtered by kind and province, loaded
 * further as the list scrolls (cursor), and drawn virtualized so 16,242 rows stay fluid: only
 * the rows in view (and a few around) are in the page. One row is edited at a time and saved
 * at once (PATCH answers that point and the new counts, not the plan).
 */
import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BridgePointKind } from '../../../../src/domain/conference.schema.js';
import { listBridgePoints, pointSummaryOf, type PagedPoint, type PointQuery } from '../../api/bridge-points.js';
import { SelectField, TextField } from '../../components/fields.js';
import { BRIDGE_POINT_KINDS } from '../../domain-values.js';
import { useEditor } from '../context.js';
import { PointEditor } from './PointEditor.js';
import { MediaTierBadge } from './MediaTierField.js';

const ROW_HEIGHT = 52;
const PAGE = 200;

interface Loaded {
  items: PagedPoint[];
  nextCursor: string | null;
  /** The query these rows answer (a newer query discards an older answer). */
  key: string;
}

export function PagedPointList() {
  const { t } = useTranslation();
  const { conference } = useEditor();
  const summary = pointSummaryOf(conference);
  const [q, setQ] = useState('');
  const [search, setSearch] = useState('');
  const [kind, setKind] = useState<BridgePointKind | ''>('');
  const [province, setProvince] = useState('');
  const [loaded, setLoaded] = useState<Loaded>({ items: [], nextCursor: null, key: '' });
  const [loading, setLoading] = useState(false);
  const [failed, setFailed] = useState(false);
  // The point being edited, kept apart from the loaded rows: a new search does not close its form.
  const [editing, setEditing] = useState<PagedPoint | null>(null);
  const scroller = useRef<HTMLDivElement>(null);
  const inFlight = useRef<string | null>(null);

  // The search waits for a pause in typing.
  useEffect(() => {
    const timer = setTimeout(() => setSearch(q), 250);
    return () => clearTimeout(timer);
  }, [q]);

  const query = useMemo<PointQuery>(() => ({ q: search, kind, province, limit: PAGE }), [search, kind, province]);
  // Points added or removed elsewhere (from a unit list, a group expanded): the list reads again.
  const key = JSON.stringify({ ...query, rows: summary?.rows });

  const load = useCallback(
    async (cursor: string | null) => {
      const marker = `${key}|${cursor ?? ''}`;
      if (inFlight.current === marker) return;
      inFlight.current = marker;
      setLoading(true);
      setFailed(false);
      try {
        const page = await listBridgePoints(conference.id, { ...query, cursor });
        setLoaded((current) =>
          cursor === null || current.key !== key
            ? { items: page.items, nextCursor: page.nextCursor, key }
            : { items: [...current.items, ...page.items], nextCursor: page.nextCursor, key },
        );
      } catch {
        setFailed(true);
      } finally {
        if (inFlight.current === marker) inFlight.current = null;
        setLoading(false);
      }
    },
    [conference.id, key, query],
  );

  // A new query starts from the top.
  useEffect(() => {
    scroller.current?.scrollTo({ top: 0 });
    void load(null);
  }, [load]);

  const rows = loaded.key === key ? loaded.items : [];
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  });
  const visible = virtualizer.getVirtualItems();
  const lastVisible = visible.at(-1)?.index ?? 0;

  // Near the end of what is loaded: the next page.
  useEffect(() => {
    if (loaded.key === key && loaded.nextCursor && !loading && lastVisible >= rows.length - 30) void load(loaded.nextCursor);
  }, [lastVisible, rows.length, loaded, key, loading, load]);

  const replaceRow = (point: PagedPoint) =>
    setLoaded((current) => ({ ...current, items: current.items.map((row) => (row.id === point.id ? point : row)) }));

  const kindOptions = [
    { value: '' as const, label: t('bridgePoints.paged.anyKind') },
    ...BRIDGE_POINT_KINDS.map((k) => ({ value: k, label: t(`bridgePoints.kinds.${k}`) })),
  ];
  const provinceOptions = [
    { value: '', label: t('bridgePoints.paged.anyProvince') },
    ...(summary?.byProvince ?? [])
      .filter((row) => row.code !== null)
      .map((row) => ({ value: row.code!, label: `${row.name ?? row.code} (${row.points.toLocaleString('vi-VN')})` })),
  ];

  return (
    <div className="paged-points" data-testid="paged-points">
      <p className="paged-points-intro" data-testid="paged-points-intro">
        {t('bridgePoints.paged.intro', {
          points: (summary?.points ?? 0).toLocaleString('vi-VN'),
          rows: (summary?.rows ?? 0).toLocaleString('vi-VN'),
          limit: (summary?.inlineLimit ?? 500).toLocaleString('vi-VN'),
        })}
      </p>
      <div className="paged-points-filters" role="search">
        <TextField
          type="search"
          label={t('bridgePoints.paged.search')}
          placeholder={t('bridgePoints.paged.searchHint')}
          value={q}
          onChange={setQ}
        />
        <SelectField label={t('bridgePoints.kind')} value={kind} onChange={setKind} options={kindOptions} />
        <SelectField label={t('bridgePoints.paged.province')} value={province} onChange={setProvince} options={provinceOptions} />
      </div>
      <p className="muted paged-points-count" aria-live="polite" data-testid="paged-points-count" data-loaded={rows.length}>
        {loading && rows.length === 0
          ? t('bridgePoints.paged.loading')
          : failed
            ? t('bridgePoints.paged.failed')
            : rows.length === 0
              ? t('bridgePoints.paged.none')
              : t('bridgePoints.paged.count', {
                  shown: rows.length.toLocaleString('vi-VN'),
                  more: loaded.nextCursor ? t('bridgePoints.paged.more') : '',
                })}
      </p>
      {editing && <PointEditor key={editing.id} point={editing} onClose={() => setEditing(null)} onSaved={replaceRow} />}
      <div className="paged-points-head" role="row" aria-hidden="true">
        <span>{t('common.number')}</span>
        <span>{t('bridgePoints.name')}</span>
        <span>{t('bridgePoints.quota')}</span>
        <span>
          {t('bridgePoints.kind')} / {t('mediaTier.label')}
        </span>
        <span>{t('bridgePoints.operator')}</span>
        <span />
      </div>
      <div
        ref={scroller}
        className="paged-points-scroller"
        role="table"
        aria-label={t('sections.bridge-points')}
        aria-rowcount={rows.length}
        data-testid="paged-points-scroller"
      >
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {visible.map((item) => {
            const row = rows[item.index]!;
            const mayEdit = row.allowedActions.includes('bridge_point.update') || row.allowedActions.includes('bridge_point.update_own');
            return (
              <div
                key={row.id}
                role="row"
                aria-rowindex={item.index + 1}
                className={`paged-point${row.isHost ? ' host-row' : ''}${row.id === editing?.id ? ' editing' : ''}`}
                data-point-id={row.id}
                style={{ position: 'absolute', top: 0, left: 0, right: 0, height: ROW_HEIGHT, transform: `translateY(${item.start}px)` }}
              >
                <span role="cell" className="num">
                  {(row.position + 1).toLocaleString('vi-VN')}
                </span>
                <span role="cell" className="paged-point-name">
                  <strong>{row.name}</strong>
                  {row.address && <small className="muted">{row.address}</small>}
                </span>
                <span role="cell" className="num">
                  {row.quota ?? ''}
                  {row.groupCount !== null && <small className="muted"> × {row.groupCount.toLocaleString('vi-VN')}</small>}
                </span>
                <span role="cell" className="paged-point-kind">
                  {t(`bridgePoints.kinds.${row.kind}`)} <MediaTierBadge point={row} />
                </span>
                <span role="cell" className="muted paged-point-operator">
                  {[row.operatorName, row.operatorPhone].filter(Boolean).join(' · ')}
                </span>
                <span role="cell">
                  {mayEdit && (
                    <button
                      type="button"
                      className="link-button"
                      onClick={() => setEditing(row)}
                      aria-label={t('bridgePoints.paged.editOf', { name: row.name })}
                    >
                      {t('bridgePoints.paged.edit')}
                    </button>
                  )}
                </span>
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}
