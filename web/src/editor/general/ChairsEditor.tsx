/** "Chủ trì": the chair and co-chairs as the document names them, each with the line printed. */
import { useTranslation } from 'react-i18next';
import { SelectField, TextField, type FieldErrors } from '../../components/fields.js';
import { CHAIR_ROLES } from '../../domain-values.js';
import { moveItem, RowActions } from '../RowActions.js';
import { blankChair, updateChair, type ChairDraft } from './general-draft.js';

export const ChairsEditor = (props: { chairs: ChairDraft[]; errors: FieldErrors; onChange: (chairs: ChairDraft[]) => void }) => {
  const { t } = useTranslation();
  const { chairs, onChange } = props;
  const change = (index: number, next: ChairDraft) => onChange(chairs.map((c, i) => (i === index ? next : c)));
  const e = (index: number, field: string) => props.errors[`chairs.${index}.${field}`];

  return (
    <div className="chairs">
      <p className="hint">{t('convening.chairs.intro')}</p>
      {chairs.length === 0 && <p className="empty">{t('convening.chairs.empty')}</p>}
      {chairs.map((chair, index) => {
        const name = t('convening.chairs.nameOf', { n: index + 1 });
        return (
          <fieldset key={chair.key} className="chair-card" data-testid="chair-card">
            <legend>{t('convening.chairs.card', { role: t(`convening.chairs.roles.${chair.role}`), n: index + 1 })}</legend>
            <div className="card-tools">
              <RowActions
                index={index}
                count={chairs.length}
                name={name}
                onMove={(from, to) => onChange(moveItem(chairs, from, to))}
                onRemove={() => onChange(chairs.filter((_, i) => i !== index))}
              />
            </div>
            <div className="grid three">
              <SelectField
                label={t('convening.chairs.role')}
                value={chair.role}
                onChange={(role) => change(index, { ...chair, role })}
                error={e(index, 'role')}
                options={CHAIR_ROLES.map((value) => ({ value, label: t(`convening.chairs.roles.${value}`) }))}
              />
              <TextField
                label={t('convening.chairs.personName')}
                value={chair.personName}
                onChange={(personName) => change(index, updateChair(chair, { personName }))}
                error={e(index, 'personName')}
              />
              <TextField
                label={t('convening.chairs.title')}
                value={chair.title}
                onChange={(title) => change(index, updateChair(chair, { title }))}
                error={e(index, 'title')}
                placeholder="Phó Chủ tịch UBND tỉnh"
              />
            </div>
            <TextField
              label={t('convening.chairs.text')}
              required
              value={chair.text}
              onChange={(text) => change(index, { ...chair, text })}
              error={e(index, 'text')}
              hint={t('convening.chairs.textHint')}
            />
          </fieldset>
        );
      })}
      <div className="list-actions">
        <button type="button" className="secondary" onClick={() => onChange([...chairs, blankChair('chair')])}>
          + {t('convening.chairs.add')}
        </button>
        <button type="button" className="secondary" onClick={() => onChange([...chairs, blankChair('co_chair')])}>
          + {t('convening.chairs.addCo')}
        </button>
      </div>
    </div>
  );
};
