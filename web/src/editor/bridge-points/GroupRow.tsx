/**
 * A group of points kept as a count (228 điểm cầu cấp xã): its name, size, where each point
 * sits and who invites there; "Mở rộng thành từng điểm" replaces it by one named point per
 * unit of its list (saved at once, on the server).
 */
import { useTranslation } from 'react-i18next';
import { NumberField, SelectField, TextField } from '../../components/fields.js';
import { RowActions } from '../RowActions.js';
import { MediaTierCell } from './MediaTierField.js';
import type { EditableRowProps } from './PointRow.js';
import { GroupBadge, PointNotes } from './PointNotes.js';

export const GroupRow = (
  props: EditableRowProps & {
    /** Null when the group has no list to expand from (or the caller may not create points). */
    onExpand: (() => void) | null;
    /** Why the expand button waits (unsaved changes), or null. */
    expandBlocked: string | null;
  },
) => {
  const { t } = useTranslation();
  const { row, index, name, onChange } = props;
  const e = (field: string) => props.errors[`${row.id}.${field}`];
  const count = row.groupCount ?? 0;
  return (
    <tr className="group-row" data-point-id={row.id} data-group-count={count}>
      <td data-label={t('common.number')} className="num">
        {index + 1}
      </td>
      <td data-label={t('bridgePoints.name')} className="stack point-cell">
        <TextField
          hideLabel
          label={t('bridgePoints.nameOf', { n: index + 1 })}
          value={row.name}
          onChange={(value) => onChange({ name: value })}
          error={e('name')}
        />
        <span className="group-line">
          <GroupBadge count={count} />
          <PointNotes point={row} />
        </span>
        <details className="point-more" open={Boolean(e('venuePattern') ?? e('invitedBy') ?? e('lentBy'))}>
          <summary>{t('bridgePoints.group.edit')}</summary>
          <TextField
            label={t('bridgePoints.group.venuePattern')}
            value={row.venuePattern}
            onChange={(venuePattern) => onChange({ venuePattern })}
            error={e('venuePattern')}
          />
          <TextField
            label={t('bridgePoints.group.invitedBy')}
            value={row.invitedBy}
            onChange={(invitedBy) => onChange({ invitedBy })}
            error={e('invitedBy')}
            placeholder="Chủ tịch UBND cấp tỉnh"
          />
        </details>
      </td>
      <td data-label={t('bridgePoints.quota')} className="narrow-cell">
        <NumberField
          hideLabel
          label={t('bridgePoints.quotaOf', { name })}
          min={0}
          value={row.quota}
          onChange={(quota) => onChange({ quota })}
          error={e('quota')}
        />
        <span className="hint">{t('bridgePoints.group.quotaEach')}</span>
      </td>
      <td data-label={t('bridgePoints.kind')}>
        <SelectField
          hideLabel
          label={t('bridgePoints.kindOf', { name })}
          value={row.kind}
          options={props.kindOptions}
          onChange={(kind) => onChange({ kind })}
          error={e('kind')}
        />
        <MediaTierCell point={row} name={name} onChange={(mediaTier) => onChange({ mediaTier })} error={e('mediaTier')} />
      </td>
      <td data-label={t('bridgePoints.host')} className="center muted">
        —
      </td>
      <td data-label={t('bridgePoints.operator')} className="operator-cell">
        <p className="muted">{t('bridgePoints.group.operators')}</p>
        {props.onExpand ? (
          <>
            <button
              type="button"
              className="secondary small"
              disabled={props.expandBlocked !== null}
              aria-label={t('bridgePoints.group.expandNamed', { name })}
              title={props.expandBlocked ?? undefined}
              onClick={props.onExpand}
            >
              {t('bridgePoints.group.expand')}
            </button>
            {props.expandBlocked && <p className="hint">{props.expandBlocked}</p>}
          </>
        ) : (
          row.unitListId === null && <p className="hint">{t('bridgePoints.group.noList')}</p>
        )}
      </td>
      <td>
        <RowActions
          index={index}
          count={props.count}
          name={name}
          onMove={props.onMove}
          onRemove={props.onRemove}
          canMove={props.canMove}
          canRemove={props.canRemove}
        />
      </td>
    </tr>
  );
};
