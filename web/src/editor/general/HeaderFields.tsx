/** "Thể thức văn bản": the issuer (state or Party), the type, the bodies, number and symbol, place and date, the công điện line. */
import { useTranslation } from 'react-i18next';
import { SelectField, TextField, type FieldErrors } from '../../components/fields.js';
import { DOCUMENT_TYPES, ISSUER_KINDS } from '../../domain-values.js';
import type { InfoDraft } from './general-draft.js';

export type SetInfo = <K extends keyof InfoDraft>(key: K) => (value: InfoDraft[K]) => void;

export const HeaderFields = ({ info, set, errors }: { info: InfoDraft; set: SetInfo; errors: FieldErrors }) => {
  const { t } = useTranslation();
  return (
    <fieldset>
      <legend>{t('general.header')}</legend>
      <div className="grid two">
        <SelectField
          label={t('convening.issuerKind')}
          value={info.issuerKind}
          onChange={set('issuerKind')}
          error={errors.issuerKind}
          options={ISSUER_KINDS.map((kind) => ({ value: kind, label: t(`convening.issuerKinds.${kind}`) }))}
        />
        <SelectField
          label={t('general.documentType')}
          value={info.documentType}
          onChange={set('documentType')}
          error={errors.documentType}
          options={DOCUMENT_TYPES.map((code) => ({ value: code, label: `${code} – ${t(`documentTypes.${code}`)}` }))}
        />
        <TextField
          label={t('general.governingBody')}
          value={info.governingBody}
          onChange={set('governingBody')}
          error={errors.governingBody}
          hint={t('general.governingBodyHint')}
        />
        <TextField
          label={t('general.issuingBody')}
          required
          multiline
          rows={2}
          value={info.issuingBody}
          onChange={set('issuingBody')}
          error={errors.issuingBody}
          hint={t('general.issuingBodyHint')}
        />
        <div className="grid two tight">
          <TextField
            label={t('general.documentNumber')}
            value={info.documentNumber}
            onChange={set('documentNumber')}
            error={errors.documentNumber}
            hint={t('general.documentNumberHint')}
          />
          <TextField
            label={t('general.documentSymbol')}
            value={info.documentSymbol}
            onChange={set('documentSymbol')}
            error={errors.documentSymbol}
            placeholder="UBND"
          />
        </div>
        <TextField label={t('general.place')} value={info.place} onChange={set('place')} error={errors.place} placeholder="Đồng Tháp" />
        <fieldset className={`issue-date ${errors.issueDate ? 'has-error' : ''}`}>
          <legend>{t('general.issueDate')}</legend>
          <div className="grid three tight">
            <TextField label={t('general.day')} value={info.issueDay} onChange={set('issueDay')} placeholder="dd" maxLength={2} />
            <TextField label={t('general.month')} value={info.issueMonth} onChange={set('issueMonth')} placeholder="mm" maxLength={2} />
            <TextField
              label={t('general.year')}
              value={info.issueYear}
              onChange={set('issueYear')}
              placeholder="yyyy"
              maxLength={4}
              error={errors.issueDate}
            />
          </div>
          <p className="hint">{t('general.issueDateHint')}</p>
        </fieldset>
        {(info.documentType === 'CĐ' || info.telegramLine) && (
          <TextField
            label={t('convening.telegramLine')}
            value={info.telegramLine}
            onChange={set('telegramLine')}
            error={errors.telegramLine}
            hint={t('convening.telegramLineHint')}
          />
        )}
      </div>
    </fieldset>
  );
};
