/**
 * The seat plan of a hall (sơ đồ chỗ ngồi): choose a bridge point, shape its hall (rows,
 * seats, spacing), seat everyone in protocol order, then click a delegate and a seat to move
 * them (a taken seat swaps the two). Those without a seat are listed, never hidden.
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HallLayout, Seat } from '../../../../src/domain/participants/seating-layout.js';
import { pointsInline } from '../../api/bridge-points.js';
import { ApiError } from '../../api/client.js';
import { PointSelect } from '../../bridge-points/PointSelect.js';
import { Banner } from '../../components/Banner.js';
import { ConfirmDialog } from '../../components/ConfirmDialog.js';
import type { FieldErrors } from '../../components/fields.js';
import { useEditor } from '../context.js';
import { toFieldErrors } from '../useSave.js';
import { LayoutForm, parseBlocked } from './LayoutForm.js';
import { SeatGrid } from './SeatGrid.js';
import {
  autoAssignSeats,
  downloadSeatPlan,
  getSeatingPlan,
  moveDelegate,
  saveHallLayout,
  type SeatingDelegate,
  type SeatingPlan,
} from './seating-api.js';
import { UnseatedList } from './UnseatedList.js';
import './seating.css';

export default function SeatingSection() {
  const { t } = useTranslation();
  const { conference, permissions: p, showError, showSaved, clearError, setDirty } = useEditor();
  const inline = pointsInline(conference);
  const points = useMemo(() => conference.bridgePoints.filter((point) => p.canPoint(point.id, 'delegate.list')), [conference, p]);
  // A national plan carries no points: none is preselected, the point is searched for.
  const [pointId, setPointId] = useState(points[0]?.id ?? '');
  const anyPoint = inline ? points.length > 0 : p.anyPoint('delegate.list');
  const [plan, setPlan] = useState<SeatingPlan | null>(null);
  const [layout, setLayout] = useState<HallLayout | null>(null);
  const [blockedText, setBlockedText] = useState('');
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  // Refusals of seating (a taken seat is a 409 too) stay here: the editor's banner would offer to reload the plan.
  const [refusal, setRefusal] = useState<ApiError | null>(null);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const mayWrite = pointId !== '' && p.canPoint(pointId, 'seating.write');

  const adopt = useCallback((next: SeatingPlan) => {
    setPlan(next);
    setLayout(next.layout);
    setBlockedText(next.layout.blockedSeats.join(', '));
  }, []);

  useEffect(() => {
    if (!pointId) return;
    const controller = new AbortController();
    setPlan(null);
    setSelectedId(null);
    setRefusal(null);
    getSeatingPlan(conference.id, pointId, controller.signal).then(adopt, (error: unknown) => {
      if (!(error instanceof DOMException && error.name === 'AbortError')) showError(error);
    });
    return () => controller.abort();
  }, [conference.id, pointId, adopt, showError]);

  /** Takes the current seats after a refusal, so the screen shows what the server holds (the layout draft stays). */
  const refreshSeats = () => getSeatingPlan(conference.id, pointId).then((fresh) => setPlan(fresh), showError);

  const layoutDirty =
    plan !== null &&
    layout !== null &&
    JSON.stringify({ ...layout, blockedSeats: parseBlocked(blockedText) }) !== JSON.stringify(plan.layout);
  useEffect(() => {
    setDirty('seating', layoutDirty);
    return () => setDirty('seating', false);
  }, [layoutDirty, setDirty]);

  if (!anyPoint)
    return (
      <section className="section-form">
        <p className="empty">{t('seating.noPoints')}</p>
      </section>
    );

  const write = async (action: () => Promise<SeatingPlan>) => {
    setBusy(true);
    clearError();
    setRefusal(null);
    try {
      adopt(await action());
      setFieldErrors({});
      showSaved();
    } catch (error) {
      if (!(error instanceof ApiError)) showError(error);
      else {
        setRefusal(error);
        setFieldErrors(toFieldErrors(error.fields));
        if (error.status === 404 || error.status === 409) void refreshSeats();
      }
    } finally {
      setSelectedId(null);
      setBusy(false);
    }
  };
  const saveLayout = () =>
    layout && void write(() => saveHallLayout(conference.id, pointId, { ...layout, blockedSeats: parseBlocked(blockedText) }));
  const assign = (mode: 'all' | 'unseated') => void write(() => autoAssignSeats(conference.id, pointId, mode));

  const onSeat = (seat: Seat, occupant: SeatingDelegate | null) => {
    if (occupant && (selectedId === null || occupant.id === selectedId)) {
      setSelectedId(occupant.id === selectedId ? null : occupant.id);
      return;
    }
    if (selectedId === null) return;
    const move = occupant ? { delegateId: selectedId, swapWith: occupant.id } : { delegateId: selectedId, seat: seat.label };
    void write(() => moveDelegate(conference.id, pointId, move));
  };

  const selected = plan?.delegates.find((d) => d.id === selectedId) ?? null;
  const seated = plan?.delegates.filter((d) => d.placedSeat).length ?? 0;
  const total = plan?.delegates.length ?? 0;

  return (
    <section
      className="section-form wide seating"
      aria-labelledby="seating-title"
      onKeyDown={(e) => e.key === 'Escape' && setSelectedId(null)}
    >
      <div className="section-head">
        <div>
          <h2 id="seating-title">{t('sections.seating')}</h2>
          <p className="section-intro">{t('seating.intro')}</p>
        </div>
        <div className="section-actions">
          <button
            type="button"
            className="secondary"
            disabled={!plan}
            onClick={() => void downloadSeatPlan(conference.id, pointId).catch(showError)}
          >
            {t('seating.download')}
          </button>
        </div>
      </div>
      {refusal && <Banner kind="error" message={refusal.localized} onClose={() => setRefusal(null)} />}
      <PointSelect conference={conference} label={t('seating.point')} value={pointId} onChange={setPointId} action="delegate.list" />
      {!pointId ? (
        <p className="hint">{t('nationalDelegates.seatingChoosePoint')}</p>
      ) : !plan || !layout ? (
        <p className="loading">{t('common.loading')}</p>
      ) : (
        <>
          {mayWrite && (
            <LayoutForm
              layout={layout}
              blockedText={blockedText}
              onChange={setLayout}
              onBlockedText={setBlockedText}
              onSave={saveLayout}
              busy={busy}
              dirty={layoutDirty}
              errors={fieldErrors}
            />
          )}
          {!plan.layoutSaved && <p className="hint">{t('seating.defaultLayout')}</p>}
          <div className="seating-toolbar">
            <p className="seating-summary" role="status">
              {t('seating.summary', { capacity: plan.capacity, seated, total })}
            </p>
            {mayWrite && (
              <div className="actions">
                <button type="button" className="primary" disabled={busy || layoutDirty} onClick={() => setConfirming(true)}>
                  {t('seating.autoAssign')}
                </button>
                <button type="button" className="secondary" disabled={busy || layoutDirty} onClick={() => assign('unseated')}>
                  {t('seating.autoAssignUnseated')}
                </button>
              </div>
            )}
          </div>
          {total > plan.capacity && <p className="banner banner-warning">{t('seating.overCapacity', { count: total - plan.capacity })}</p>}
          {mayWrite && (
            <div className="seating-selection" aria-live="polite">
              {selected ? (
                <>
                  <span>{t('seating.selected', { name: selected.fullName })}</span>
                  {selected.placedSeat && (
                    <button
                      type="button"
                      className="secondary"
                      disabled={busy}
                      onClick={() => void write(() => moveDelegate(conference.id, pointId, { delegateId: selected.id, seat: '' }))}
                    >
                      {t('seating.unseat')}
                    </button>
                  )}
                  <button type="button" className="link-button" onClick={() => setSelectedId(null)}>
                    {t('seating.cancelSelection')}
                  </button>
                </>
              ) : (
                <span className="muted">{t('seating.selectHint')}</span>
              )}
            </div>
          )}
          {total === 0 && <p className="empty">{t('seating.empty')}</p>}
          <SeatGrid layout={plan.layout} delegates={plan.delegates} selectedId={selectedId} onSeat={mayWrite && !busy ? onSeat : null} />
          <UnseatedList
            delegates={plan.delegates}
            selectedId={selectedId}
            onSelect={mayWrite ? (id) => setSelectedId(id === selectedId ? null : id) : null}
          />
        </>
      )}
      <ConfirmDialog
        open={confirming}
        title={t('seating.confirmTitle')}
        message={t('seating.confirmMessage')}
        confirmLabel={t('seating.confirm')}
        cancelLabel={t('common.cancel')}
        onCancel={() => setConfirming(false)}
        onConfirm={() => {
          setConfirming(false);
          assign('all');
        }}
      />
    </section>
  );
}
