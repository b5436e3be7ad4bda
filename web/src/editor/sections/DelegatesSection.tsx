/**
 * Delegates (đại biểu): who attends at each bridge point. Filter by point, group,
 * invitation and attendance; search names ignoring diacritics; add, edit, remove; counts
 * against each point's quota; import from .xlsx/.csv with a preview; export to .xlsx.
 */
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { compareVietnamese, matchesSearch } from '../../../../src/domain/text.js';
import { pointsInline } from '../../api/bridge-points.js';
import { moveInProtocolOrder, removeDelegate, type PresentedDelegate } from '../../api/delegates.js';
import { Banner } from '../../components/Banner.js';
import { ConfirmDialog } from '../../components/ConfirmDialog.js';
import { SelectField } from '../../components/fields.js';
import { useEditor } from '../context.js';
import { downloadDelegates, type ImportResult } from '../delegates/delegate-import-api.js';
import { DelegateFilters, EMPTY_FILTERS, type Filters } from '../delegates/DelegateFilters.js';
import { DelegateForm } from '../delegates/DelegateForm.js';
import { DelegateTable, type ProtocolMove } from '../delegates/DelegateTable.js';
import { ImportPanel } from '../delegates/ImportPanel.js';
import { QuotaTable } from '../delegates/QuotaTable.js';
import { useAllDelegates } from '../delegates/useAllDelegates.js';
import { useQuotaPoints } from '../delegates/useQuotaPoints.js';
import '../delegates/delegates.css';

const PAGE = 100;

const matches = (d: PresentedDelegate, f: Filters) =>
  (!f.pointId || d.bridgePointId === f.pointId) &&
  (!f.groupId || (f.groupId === 'none' ? d.participantGroupId === null : d.participantGroupId === f.groupId)) &&
  (!f.invitation || d.invitation === f.invitation) &&
  (!f.attendance || d.attendance === f.attendance) &&
  (!f.q.trim() || matchesSearch(`${d.fullName} ${d.title} ${d.organisation} ${d.phone} ${d.email} ${d.seat}`, f.q));

export default function DelegatesSection() {
  const { t } = useTranslation();
  const { conference, permissions: p, showError } = useEditor();
  const { items, reload } = useAllDelegates(conference.id, showError);
  const [filters, setFilters] = useState<Filters>(EMPTY_FILTERS);
  const [page, setPage] = useState(0);
  const [editing, setEditing] = useState<PresentedDelegate | 'new' | null>(null);
  const [importing, setImporting] = useState(false);
  const [removing, setRemoving] = useState<PresentedDelegate | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  // A national plan carries no points to filter: whether the caller may add anywhere is asked of the permissions.
  const mayCreate = useMemo(
    () =>
      pointsInline(conference)
        ? conference.bridgePoints.some((point) => p.canPoint(point.id, 'delegate.create'))
        : p.anyPoint('delegate.create'),
    [conference, p],
  );
  const quotaPoints = useQuotaPoints(conference, p, items, filters.pointId);
  const [sort, setSort] = useState<'protocol' | 'name'>('protocol');
  // The server lists in protocol order (point, rank, name); by name is the older view, kept on demand.
  const shown = useMemo(() => {
    const list = (items ?? []).filter((d) => matches(d, filters));
    return sort === 'name' ? [...list].sort((a, b) => compareVietnamese(a.fullName, b.fullName)) : list;
  }, [items, filters, sort]);
  const lastPage = Math.max(0, Math.ceil(shown.length / PAGE) - 1);
  const current = Math.min(page, lastPage);

  const changeFilters = useCallback((next: Filters) => {
    setFilters(next);
    setPage(0);
  }, []);

  const imported = (result: ImportResult) => {
    setImporting(false);
    setNotice(t('delegates.import.done', { count: result.count }));
    void reload();
  };

  const move: ProtocolMove = (delegate, targetId, place) => {
    void (async () => {
      try {
        await moveInProtocolOrder(conference.id, delegate.id, targetId, place);
        setNotice(t('protocolOrder.moved', { name: delegate.fullName }));
        await reload();
      } catch (error) {
        showError(error);
      }
    })();
  };

  const remove = async (delegate: PresentedDelegate) => {
    setRemoving(null);
    try {
      await removeDelegate(conference.id, delegate.id);
      setNotice(t('delegates.removed', { name: delegate.fullName }));
      await reload();
    } catch (error) {
      showError(error);
    }
  };

  const exportList = () => void downloadDelegates(conference.id, filters.pointId || undefined).catch(showError);

  return (
    <section className="section-form wide delegates-section" aria-labelledby="section-title">
      <div className="section-head">
        <div>
          <h2 id="section-title">{t('sections.delegates')}</h2>
          <p className="section-intro">{t('delegates.intro')}</p>
        </div>
        <div className="section-actions">
          {mayCreate && (
            <button type="button" className="secondary" onClick={() => setEditing('new')}>
              {t('delegates.add')}
            </button>
          )}
          {p.can('delegate.import') && (
            <button type="button" className="secondary" onClick={() => setImporting(true)}>
              {t('delegates.import.open')}
            </button>
          )}
          <button type="button" className="secondary" onClick={exportList} disabled={!items || items.length === 0}>
            {t('delegates.export')}
          </button>
        </div>
      </div>
      {notice && (
        <Banner kind="success" onClose={() => setNotice(null)}>
          <p>{notice}</p>
        </Banner>
      )}
      {importing && <ImportPanel conference={conference} onImported={imported} onClose={() => setImporting(false)} />}
      {editing && (
        <DelegateForm
          key={editing === 'new' ? 'new' : editing.id}
          conference={conference}
          delegate={editing === 'new' ? null : editing}
          onCancel={() => setEditing(null)}
          onDone={(saved) => {
            setEditing(null);
            setNotice(t('delegates.saved', { name: saved.fullName }));
            void reload();
          }}
        />
      )}
      {items === null ? (
        <p className="loading">{t('common.loading')}</p>
      ) : (
        <>
          {quotaPoints.tooMany ? (
            <p className="hint">{t('nationalDelegates.quotaChoosePoint')}</p>
          ) : (
            <QuotaTable points={quotaPoints.points} delegates={items} />
          )}
          <DelegateFilters conference={conference} value={filters} onChange={changeFilters} />
          <div className="delegate-count-row">
            <p className="delegate-count" role="status">
              {t('delegates.count', { shown: shown.length, total: items.length })}
            </p>
            <SelectField
              label={t('protocolOrder.sortLabel')}
              value={sort}
              onChange={(value) => setSort(value === 'name' ? 'name' : 'protocol')}
              options={[
                { value: 'protocol', label: t('protocolOrder.sortProtocol') },
                { value: 'name', label: t('protocolOrder.sortName') },
              ]}
            />
          </div>
          {sort === 'protocol' && <p className="muted">{t('protocolOrder.note')}</p>}
          {shown.length === 0 ? (
            <p className="empty">{items.length === 0 ? t('delegates.empty') : t('delegates.noMatch')}</p>
          ) : (
            <DelegateTable
              conference={conference}
              delegates={shown.slice(current * PAGE, (current + 1) * PAGE)}
              firstNumber={current * PAGE + 1}
              onEdit={setEditing}
              onRemove={setRemoving}
              {...(sort === 'protocol' ? { order: shown, onMove: move } : {})}
            />
          )}
          {lastPage > 0 && (
            <nav className="pager" aria-label={t('delegates.pages')}>
              <button type="button" className="secondary" disabled={current === 0} onClick={() => setPage(current - 1)}>
                {t('delegates.previous')}
              </button>
              <span>{t('delegates.pageOf', { page: current + 1, pages: lastPage + 1 })}</span>
              <button type="button" className="secondary" disabled={current === lastPage} onClick={() => setPage(current + 1)}>
                {t('delegates.next')}
              </button>
            </nav>
          )}
        </>
      )}
      <ConfirmDialog
        open={removing !== null}
        title={t('delegates.removeTitle')}
        message={t('delegates.removeMessage', { name: removing?.fullName ?? '' })}
        confirmLabel={t('common.remove')}
        cancelLabel={t('common.cancel')}
        danger
        onConfirm={() => removing && void remove(removing)}
        onCancel={() => setRemoving(null)}
      />
    </section>
  );
}
