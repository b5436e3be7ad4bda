/** The operator's name, phone and e-mail of one point, editable (a full row, or an operator's own point). */
import { useTranslation } from 'react-i18next';
import type { BridgePoint } from '../../../../src/domain/conference.schema.js';
import { TextField, type FieldErrors } from '../../components/fields.js';

export const OperatorCell = (props: {
  row: BridgePoint;
  name: string;
  errors: FieldErrors;
  onChange: (patch: Partial<BridgePoint>) => void;
}) => {
  const { t } = useTranslation();
  const { row, name, onChange } = props;
  const e = (field: string) => props.errors[`${row.id}.${field}`];
  return (
    <td data-label={t('bridgePoints.operator')} className="operator-cell">
      <div className="operator-grid">
        <TextField
          hideLabel
          label={t('bridgePoints.operatorNameOf', { name })}
          placeholder={t('bridgePoints.operatorName')}
          value={row.operatorName}
          onChange={(operatorName) => onChange({ operatorName })}
          error={e('operatorName')}
        />
        <TextField
          hideLabel
          type="tel"
          label={t('bridgePoints.operatorPhoneOf', { name })}
          placeholder={t('bridgePoints.operatorPhone')}
          value={row.operatorPhone}
          onChange={(operatorPhone) => onChange({ operatorPhone })}
          error={e('operatorPhone')}
        />
        <TextField
          hideLabel
          type="email"
          label={t('bridgePoints.operatorEmailOf', { name })}
          placeholder={t('bridgePoints.operatorEmail')}
          value={row.operatorEmail}
          onChange={(operatorEmail) => onChange({ operatorEmail })}
          error={e('operatorEmail')}
        />
      </div>
    </td>
  );
};
