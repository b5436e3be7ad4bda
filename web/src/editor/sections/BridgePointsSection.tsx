/**
 * Bridge points: the host hall, the district halls, the remote links and groups of points
 * kept as a count (the communes of a province), with quotas and operators; points from a
 * list of administrative units, and a national conference down to the commune level.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ONE_POINT } from '../../../../src/domain/conference-rules.js';
import type { BridgePoint, BridgePointInput, Conference } from '../../../../src/domain/conference.schema.js';
import { BRIDGE_POINT_KINDS } from '../../domain-values.js';
import { pointsInline } from '../../api/bridge-points.js';
import { expandPointGroup, orderItems } from '../../api/conferences.js';
import '../bridge-points/bridge-points-i18n.js';
import '../../i18n/media-tier-i18n.js';
import { GroupRow } from '../bridge-points/GroupRow.js';
import { LimitedPointRow } from '../bridge-points/LimitedPointRow.js';
import { NationalPoints } from '../bridge-points/NationalPoints.js';
import { PagedPointList } from '../bridge-points/PagedPointList.js';
import { pointCount } from '../bridge-points/point-count.js';
import { PointRow } from '../bridge-points/PointRow.js';
import { useEditor } from '../context.js';
import { moveItem } from '../RowActions.js';
import { adoptCreatedIds, isNewRow, keepPartialSave, newRowId, orderIfChanged, saveList } from '../saveList.js';
import { SectionForm } from '../SectionForm.js';
import { useDraft } from '../useDraft.js';
import { useSave } from '../useSave.js';
import { UnitsToPoints } from './UnitsToPoints.js';

const toInput = (row: BridgePoint): BridgePointInput => {
  const { id: _id, position: _position, ...input } = row;
  return input;
};

const blankPoint = (isHost: boolean): BridgePoint => ({
  id: newRowId(),
  position: 0,
  name: '',
  address: '',
  quota: null,
  kind: 'hall',
  isHost,
  operatorName: '',
  operatorPhone: '',
  operatorEmail: '',
  unitCode: null,
  ...ONE_POINT,
});

const fromConference = (c: Conference) => c.bridgePoints;

export default function BridgePointsSection() {
  const { conference } = useEditor();
  // A national conference (more points than the plan inlines): the paged, virtualized list.
  return pointsInline(conference) ? <InlinePointsSection /> : <PagedPointsSection />;
}

/** Past the plan's inline limit: the points are read by page and edited one at a time. */
function PagedPointsSection() {
  const { t } = useTranslation();
  const { permissions: p } = useEditor();
  return (
    <section className="section-form wide" aria-labelledby="section-title">
      <div className="section-head">
        <div>
          <h2 id="section-title">{t('sections.bridge-points')}</h2>
          <p className="section-intro">{t('bridgePoints.intro')}</p>
        </div>
      </div>
      <PagedPointList />
      {p.can('bridge_point.create') && (
        <>
          <UnitsToPoints disabled={false} />
          <NationalPoints disabled={false} />
        </>
      )}
    </section>
  );
}

function InlinePointsSection() {
  const { t } = useTranslation();
  const { conference, replaceConference, permissions: p } = useEditor();
  const mayCreate = p.can('bridge_point.create');
  const mayReorder = p.can('bridge_point.reorder');
  const full = (id: string) => isNewRow(id) || p.canPoint(id, 'bridge_point.update');
  const readOnly = !mayCreate && !mayReorder && !p.anyPoint('bridge_point.update') && !p.anyPoint('bridge_point.update_own');
  const source = useMemo(() => fromConference(conference), [conference]);
  const { draft: rows, setDraft, dirty, restored, reset } = useDraft('bridge-points', source);
  const { run, busy, fieldErrors: errors } = useSave();

  const update = (index: number, patch: Partial<BridgePoint>) =>
    setDraft((list) => list.map((row, i) => (i === index ? { ...row, ...patch } : row)));
  const setHost = (index: number) => setDraft((list) => list.map((row, i) => ({ ...row, isHost: i === index })));

  const save = () =>
    void run(async () => {
      try {
        const updated = await saveList({
          current: conference,
          kind: 'bridge-points',
          original: source,
          rows,
          toInput,
          writeFirst: (row) => (row.isHost ? 1 : 0),
          saveOrder: (list, resolve, latest, version) =>
            orderIfChanged(
              list.map((row) => resolve(row.id)),
              latest.bridgePoints,
              (ids) => orderItems(conference.id, 'bridge-points', ids, version),
            ),
        });
        if (updated) replaceConference(updated);
        reset(fromConference(updated ?? conference));
      } catch (error) {
        keepPartialSave(error, replaceConference, (created) => setDraft((list) => adoptCreatedIds(list, created)));
      }
    });
  /** A saved group becomes one named point per unit, on the server, at once. */
  const expand = (pointId: string) =>
    void run(async () => {
      const updated = await expandPointGroup(conference.id, pointId, conference.version);
      replaceConference(updated);
      reset(fromConference(updated));
    });

  const kindOptions = BRIDGE_POINT_KINDS.map((kind) => ({ value: kind, label: t(`bridgePoints.kinds.${kind}`) }));
  const totalQuota = rows.reduce((sum, row) => sum + (row.quota ?? 0) * (row.groupCount ?? 1), 0);
  const groups = rows.filter((row) => row.groupCount !== null);
  const total = pointCount(rows);

  return (
    <SectionForm
      title={t('sections.bridge-points')}
      intro={t('bridgePoints.intro')}
      dirty={dirty}
      busy={busy}
      restored={restored}
      onSave={save}
      onDiscard={() => reset()}
      wide
      readOnly={readOnly}
    >
      {rows.length === 0 ? (
        <p className="empty">{t('bridgePoints.empty')}</p>
      ) : (
        <div className="table-wrap">
          <table className="edit-table">
            <thead>
              <tr>
                <th scope="col">{t('common.number')}</th>
                <th scope="col">{t('bridgePoints.name')}</th>
                <th scope="col">{t('bridgePoints.quota')}</th>
                <th scope="col">
                  {t('bridgePoints.kind')} / {t('mediaTier.label')}
                </th>
                <th scope="col">{t('bridgePoints.host')}</th>
                <th scope="col">{t('bridgePoints.operator')}</th>
                <th scope="col">
                  <span className="sr-only">{t('common.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row, index) => {
                const name = row.name || t('bridgePoints.unnamed', { n: index + 1 });
                const onChange = (patch: Partial<BridgePoint>) => update(index, patch);
                if (!full(row.id)) {
                  return <LimitedPointRow key={row.id} row={row} index={index} name={name} errors={errors} onChange={onChange} />;
                }
                const common = {
                  row,
                  index,
                  count: rows.length,
                  name,
                  errors,
                  kindOptions,
                  canMove: mayReorder,
                  canRemove: isNewRow(row.id) || p.canPoint(row.id, 'bridge_point.delete'),
                  onChange,
                  onMove: (from: number, to: number) => setDraft((list) => moveItem(list, from, to)),
                  onRemove: () => setDraft((list) => list.filter((_, i) => i !== index)),
                };
                if (row.groupCount === null) return <PointRow key={row.id} {...common} onSetHost={() => setHost(index)} />;
                const expandable = mayCreate && !isNewRow(row.id) && row.unitListId !== null && row.parentUnitCode !== null;
                return (
                  <GroupRow
                    key={row.id}
                    {...common}
                    onExpand={expandable ? () => expand(row.id) : null}
                    expandBlocked={dirty || busy ? t('bridgePoints.group.expandSaveFirst') : null}
                  />
                );
              })}
            </tbody>
            <tfoot>
              <tr>
                <td />
                <th scope="row" data-testid="points-total" data-total={total} data-rows={rows.length} data-groups={groups.length}>
                  {t('bridgePoints.totals.points', { count: total, n: total.toLocaleString('vi-VN') })}
                  {groups.length > 0 && (
                    <span className="total-detail">
                      {t('bridgePoints.totals.detail', {
                        named: (rows.length - groups.length).toLocaleString('vi-VN'),
                        groups: groups.length.toLocaleString('vi-VN'),
                        inGroups: pointCount(groups).toLocaleString('vi-VN'),
                      })}
                    </span>
                  )}
                </th>
                <td className="num">{totalQuota}</td>
                <td colSpan={4} />
              </tr>
            </tfoot>
          </table>
        </div>
      )}
      {mayCreate && (
        <>
          <div className="list-actions">
            <button type="button" className="secondary" onClick={() => setDraft((list) => [...list, blankPoint(list.length === 0)])}>
              + {t('bridgePoints.add')}
            </button>
          </div>
          <UnitsToPoints disabled={dirty || busy} />
          <NationalPoints disabled={dirty || busy} />
        </>
      )}
    </SectionForm>
  );
}
