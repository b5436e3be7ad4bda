/** One named bridge point the caller may edit as a whole: name, address, details, quota, kind, host, operator. */
import { useTranslation } from 'react-i18next';
import type { BridgePoint, BridgePointKind } from '../../../../src/domain/conference.schema.js';
import { NumberField, SelectField, TextField, type FieldErrors } from '../../components/fields.js';
import { RowActions } from '../RowActions.js';
import { MediaTierCell } from './MediaTierField.js';
import { OperatorCell } from './OperatorCell.js';
import { PointNotes } from './PointNotes.js';

export interface EditableRowProps {
  row: BridgePoint;
  index: number;
  count: number;
  /** The name to speak of the row by (its name, or "Điểm cầu 3"). */
  name: string;
  errors: FieldErrors;
  kindOptions: { value: BridgePointKind; label: string }[];
  canMove: boolean;
  canRemove: boolean;
  onChange: (patch: Partial<BridgePoint>) => void;
  onMove: (from: number, to: number) => void;
  onRemove: () => void;
}

export const PointRow = (props: EditableRowProps & { onSetHost: () => void }) => {
  const { t } = useTranslation();
  const { row, index, name, onChange } = props;
  const e = (field: string) => props.errors[`${row.id}.${field}`];
  return (
    <tr className={row.isHost ? 'host-row' : undefined} data-point-id={row.id}>
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
        <TextField
          hideLabel
          label={t('bridgePoints.addressOf', { name })}
          placeholder={t('bridgePoints.address')}
          value={row.address}
          onChange={(address) => onChange({ address })}
          error={e('address')}
        />
        <PointNotes point={row} />
        <details className="point-more" open={Boolean(e('lentBy') ?? e('invitedBy'))}>
          <summary>{t('bridgePoints.more')}</summary>
          <TextField
            label={t('bridgePoints.lentBy')}
            value={row.lentBy}
            onChange={(lentBy) => onChange({ lentBy })}
            error={e('lentBy')}
            placeholder="Trung tâm Chính trị huyện"
          />
          <TextField
            label={t('bridgePoints.group.invitedBy')}
            value={row.invitedBy}
            onChange={(invitedBy) => onChange({ invitedBy })}
            error={e('invitedBy')}
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
      <td data-label={t('bridgePoints.host')} className="center">
        <input
          type="radio"
          name="host-point"
          checked={row.isHost}
          aria-label={t('bridgePoints.hostOf', { name })}
          onChange={props.onSetHost}
        />
      </td>
      <OperatorCell row={row} name={name} errors={props.errors} onChange={onChange} />
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
