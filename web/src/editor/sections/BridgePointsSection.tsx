/** Bridge points: the host hall, the district halls and the remote links, with quotas and operators. */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { BridgePoint, BridgePointInput, Conference } from '../../../../src/domain/conference.schema.js';
import { BRIDGE_POINT_KINDS } from '../../domain-values.js';
import { orderItems } from '../../api/conferences.js';
import { NumberField, SelectField, TextField } from '../../components/fields.js';
import { useEditor } from '../context.js';
import { moveItem, RowActions } from '../RowActions.js';
import { adoptCreatedIds, keepPartialSave, newRowId, orderIfChanged, saveList } from '../saveList.js';
import { SectionForm } from '../SectionForm.js';
import { useDraft } from '../useDraft.js';
import { useSave } from '../useSave.js';
import { UnitsToPoints } from './UnitsToPoints.js';
import { PointTextCells } from './PointTextCells.js';
import { isNewRow } from '../saveList.js';

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
});

const fromConference = (c: Conference) => c.bridgePoints;

export default function BridgePointsSection() {
  const { t } = useTranslation();
  const { conference, replaceConference, permissions: p } = useEditor();
  const mayCreate = p.can('bridge_point.create');
  const mayReorder = p.can('bridge_point.reorder');
  const full = (id: string) => isNewRow(id) || p.canPoint(id, 'bridge_point.update');
  const own = (id: string) => p.canPoint(id, 'bridge_point.update_own');
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

  /** The operator's name, phone and e-mail of one point, editable (a full row, or an operator's own point). */
  const operatorCell = (row: BridgePoint, index: number, name: string) => {
    const e = (field: string) => errors[`${row.id}.${field}`];
    return (
      <td data-label={t('bridgePoints.operator')} className="operator-cell">
        <div className="operator-grid">
          <TextField
            hideLabel
            label={t('bridgePoints.operatorNameOf', { name })}
            placeholder={t('bridgePoints.operatorName')}
            value={row.operatorName}
            onChange={(operatorName) => update(index, { operatorName })}
            error={e('operatorName')}
          />
          <TextField
            hideLabel
            type="tel"
            label={t('bridgePoints.operatorPhoneOf', { name })}
            placeholder={t('bridgePoints.operatorPhone')}
            value={row.operatorPhone}
            onChange={(operatorPhone) => update(index, { operatorPhone })}
            error={e('operatorPhone')}
          />
          <TextField
            hideLabel
            type="email"
            label={t('bridgePoints.operatorEmailOf', { name })}
            placeholder={t('bridgePoints.operatorEmail')}
            value={row.operatorEmail}
            onChange={(operatorEmail) => update(index, { operatorEmail })}
            error={e('operatorEmail')}
          />
        </div>
      </td>
    );
  };

  const kindOptions = BRIDGE_POINT_KINDS.map((kind) => ({ value: kind, label: t(`bridgePoints.kinds.${kind}`) }));
  const totalQuota = rows.reduce((sum, row) => sum + (row.quota ?? 0), 0);

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
                <th scope="col">{t('bridgePoints.kind')}</th>
                <th scope="col">{t('bridgePoints.host')}</th>
                <th scope="col">{t('bridgePoints.operator')}</th>
                <th scope="col">
                  <span className="sr-only">{t('common.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row, index) => {
                const e = (field: string) => errors[`${row.id}.${field}`];
                const name = row.name || t('bridgePoints.unnamed', { n: index + 1 });
                if (!full(row.id)) {
                  return (
                    <tr key={row.id} className={row.isHost ? 'host-row' : undefined}>
                      <PointTextCells point={row} index={index} kindLabel={t(`bridgePoints.kinds.${row.kind}`)}>
                        {own(row.id) ? (
                          <>
                            <td data-label={t('bridgePoints.name')} className="stack point-cell">
                              <strong>{row.name}</strong>
                              <TextField
                                hideLabel
                                label={t('bridgePoints.addressOf', { name })}
                                placeholder={t('bridgePoints.address')}
                                value={row.address}
                                onChange={(address) => update(index, { address })}
                                error={e('address')}
                              />
                            </td>
                          </>
                        ) : null}
                      </PointTextCells>
                      {own(row.id) ? (
                        operatorCell(row, index, name)
                      ) : (
                        <td data-label={t('bridgePoints.operator')} className="operator-cell muted">
                          {p.canPoint(row.id, 'bridge_point.read_contact')
                            ? [row.operatorName, row.operatorPhone, row.operatorEmail].filter(Boolean).join(' · ')
                            : ''}
                        </td>
                      )}
                      <td />
                    </tr>
                  );
                }
                return (
                  <tr key={row.id} className={row.isHost ? 'host-row' : undefined}>
                    <td data-label={t('common.number')} className="num">
                      {index + 1}
                    </td>
                    <td data-label={t('bridgePoints.name')} className="stack point-cell">
                      <TextField
                        hideLabel
                        label={t('bridgePoints.nameOf', { n: index + 1 })}
                        value={row.name}
                        onChange={(name) => update(index, { name })}
                        error={e('name')}
                      />
                      <TextField
                        hideLabel
                        label={t('bridgePoints.addressOf', { name })}
                        placeholder={t('bridgePoints.address')}
                        value={row.address}
                        onChange={(address) => update(index, { address })}
                        error={e('address')}
                      />
                    </td>
                    <td data-label={t('bridgePoints.quota')} className="narrow-cell">
                      <NumberField
                        hideLabel
                        label={t('bridgePoints.quotaOf', { name })}
                        min={0}
                        value={row.quota}
                        onChange={(quota) => update(index, { quota })}
                        error={e('quota')}
                      />
                    </td>
                    <td data-label={t('bridgePoints.kind')}>
                      <SelectField
                        hideLabel
                        label={t('bridgePoints.kindOf', { name })}
                        value={row.kind}
                        options={kindOptions}
                        onChange={(kind) => update(index, { kind })}
                        error={e('kind')}
                      />
                    </td>
                    <td data-label={t('bridgePoints.host')} className="center">
                      <input
                        type="radio"
                        name="host-point"
                        checked={row.isHost}
                        aria-label={t('bridgePoints.hostOf', { name })}
                        onChange={() => setHost(index)}
                      />
                    </td>
                    {operatorCell(row, index, name)}
                    <td>
                      <RowActions
                        index={index}
                        count={rows.length}
                        name={name}
                        onMove={(from, to) => setDraft((list) => moveItem(list, from, to))}
                        onRemove={() => setDraft((list) => list.filter((_, i) => i !== index))}
                        canMove={mayReorder}
                        canRemove={isNewRow(row.id) || p.canPoint(row.id, 'bridge_point.delete')}
                      />
                    </td>
                  </tr>
                );
              })}
            </tbody>
            <tfoot>
              <tr>
                <td />
                <th scope="row">{t('bridgePoints.total', { count: rows.length })}</th>
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
        </>
      )}
    </SectionForm>
  );
}
