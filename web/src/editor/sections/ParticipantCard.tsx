import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ParticipantGroup } from '../../../../src/domain/conference.schema.js';
import { CheckboxField, NumberField, SelectField, TextField, type FieldErrors } from '../../components/fields.js';

const EVERY_OTHER = 'every_other_point';

export const ParticipantCard = (props: {
  row: ParticipantGroup;
  first: boolean;
  last: boolean;
  places: { key: string; name: string }[];
  errors: FieldErrors;
  onChange: (patch: Partial<ParticipantGroup>) => void;
  onMove: (step: -1 | 1) => void;
  onRemove: () => void;
}) => {
  const { t } = useTranslation();
  const { row } = props;
  const e = (field: string) => props.errors[`${row.id}.${field}`];
  const place = row.scope === 'every_other_point' ? EVERY_OTHER : (row.bridgePointId ?? EVERY_OTHER);
  const name = row.text.slice(0, 50) || t('participants.untitled');
  const hasErrors = Object.keys(props.errors).some((key) => key.startsWith(`${row.id}.`) && key !== `${row.id}.text`);
  const [open, setOpen] = useState(row.text === '');
  const chips = [
    row.count !== null ? t('participants.countChip', { count: row.count }) : null,
    row.personName || null,
    row.isRepresentative ? t('participants.isRepresentative') : null,
    row.isRemote ? t('participants.isRemote') : null,
    row.isPresiding ? t('participants.isPresiding') : null,
    row.invitedBy ? t('participants.invitedByChip', { who: row.invitedBy }) : null,
  ].filter(Boolean);
  return (
    <article className={`card participant ${row.isPresiding ? 'presiding' : ''}`} aria-label={name}>
      <div className="card-main">
        <TextField label={t('participants.text')} hideLabel required multiline rows={1} placeholder={`${t('participants.text')} – ${t('participants.textHint')}`} value={row.text} onChange={(text) => props.onChange({ text })} error={e('text')} />
        <details className="card-details" open={open || hasErrors} onToggle={(event) => setOpen((event.target as HTMLDetailsElement).open)}>
          <summary>
            {t('participants.details')}
            {chips.map((chip) => (
              <span key={chip} className="chip">
                {chip}
              </span>
            ))}
          </summary>
        <div className="grid four">
          <TextField label={t('participants.organisation')} value={row.organisation} onChange={(organisation) => props.onChange({ organisation })} error={e('organisation')} />
          <TextField label={t('participants.role')} value={row.role} onChange={(role) => props.onChange({ role })} error={e('role')} />
          <NumberField label={t('participants.count')} min={0} value={row.count} onChange={(count) => props.onChange({ count })} error={e('count')} />
          <TextField label={t('participants.personName')} value={row.personName} onChange={(personName) => props.onChange({ personName })} error={e('personName')} />
          <TextField label={t('participants.category')} value={row.category} onChange={(category) => props.onChange({ category })} error={e('category')} />
          <TextField label={t('participants.invitedBy')} value={row.invitedBy} onChange={(invitedBy) => props.onChange({ invitedBy })} error={e('invitedBy')} />
          <SelectField
            label={t('participants.place')}
            value={place}
            error={e('bridgePointId') ?? e('scope')}
            options={props.places.map((p) => ({ value: p.key, label: p.name }))}
            onChange={(key) =>
              props.onChange(key === EVERY_OTHER ? { scope: 'every_other_point', bridgePointId: null } : { scope: 'point', bridgePointId: key })
            }
          />
        </div>
        <div className="flags">
          <CheckboxField label={t('participants.isRepresentative')} checked={row.isRepresentative} onChange={(isRepresentative) => props.onChange({ isRepresentative })} />
          <CheckboxField label={t('participants.isRemote')} checked={row.isRemote} onChange={(isRemote) => props.onChange({ isRemote })} />
          <CheckboxField label={t('participants.isPresiding')} checked={row.isPresiding} onChange={(isPresiding) => props.onChange({ isPresiding })} />
        </div>
        </details>
      </div>
      <div className="card-actions">
        <button type="button" className="icon-button" disabled={props.first} aria-label={t('common.moveUpNamed', { name })} onClick={() => props.onMove(-1)}>
          ↑
        </button>
        <button type="button" className="icon-button" disabled={props.last} aria-label={t('common.moveDownNamed', { name })} onClick={() => props.onMove(1)}>
          ↓
        </button>
        <button type="button" className="icon-button danger-text" aria-label={t('common.removeNamed', { name })} onClick={props.onRemove}>
          ✕
        </button>
      </div>
    </article>
  );
};
