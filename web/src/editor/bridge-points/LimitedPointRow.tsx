/**
 * A point the caller may not edit as a whole: plain text, except the address and the
 * operator of an operator's own point. The operator's contact shows only to who may read it.
 */
import { useTranslation } from 'react-i18next';
import type { BridgePoint } from '../../../../src/domain/conference.schema.js';
import { TextField, type FieldErrors } from '../../components/fields.js';
import { useEditor } from '../context.js';
import { PointTextCells } from '../sections/PointTextCells.js';
import { OperatorCell } from './OperatorCell.js';

export const LimitedPointRow = (props: {
  row: BridgePoint;
  index: number;
  name: string;
  errors: FieldErrors;
  onChange: (patch: Partial<BridgePoint>) => void;
}) => {
  const { t } = useTranslation();
  const { permissions: p } = useEditor();
  const { row, name } = props;
  const own = p.canPoint(row.id, 'bridge_point.update_own');
  return (
    <tr className={row.isHost ? 'host-row' : row.groupCount !== null ? 'group-row' : undefined} data-point-id={row.id}>
      <PointTextCells point={row} index={props.index} kindLabel={t(`bridgePoints.kinds.${row.kind}`)}>
        {own ? (
          <td data-label={t('bridgePoints.name')} className="stack point-cell">
            <strong>{row.name}</strong>
            <TextField
              hideLabel
              label={t('bridgePoints.addressOf', { name })}
              placeholder={t('bridgePoints.address')}
              value={row.address}
              onChange={(address) => props.onChange({ address })}
              error={props.errors[`${row.id}.address`]}
            />
          </td>
        ) : null}
      </PointTextCells>
      {own ? (
        <OperatorCell row={row} name={name} errors={props.errors} onChange={props.onChange} />
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
};
