/** A participant group printed on a line of its own. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ParticipantGroup } from '../../../../src/domain/conference.schema.js';
import { TextField, type FieldErrors } from '../../components/fields.js';
import { CardActions, hasRowErrors, ParticipantFields, useParticipantChips, type Places } from './ParticipantFields.js';

export const ParticipantCard = (props: {
  row: ParticipantGroup;
  first: boolean;
  last: boolean;
  places: Places;
  errors: FieldErrors;
  onChange: (patch: Partial<ParticipantGroup>) => void;
  onMove: (step: -1 | 1) => void;
  onRemove: () => void;
}) => {
  const { t } = useTranslation();
  const { row } = props;
  const name = row.text.slice(0, 50) || t('participants.untitled');
  const [open, setOpen] = useState(row.text === '');
  const chips = useParticipantChips(row);
  return (
    <article className={`card participant ${row.isPresiding ? 'presiding' : ''}`} aria-label={name}>
      <div className="card-main">
        <TextField
          label={t('participants.text')}
          hideLabel
          required
          multiline
          rows={1}
          placeholder={`${t('participants.text')} – ${t('participants.textHint')}`}
          value={row.text}
          onChange={(text) => props.onChange({ text })}
          error={props.errors[`${row.id}.text`]}
        />
        <details
          className="card-details"
          open={open || hasRowErrors(props.errors, row.id, ['text'])}
          onToggle={(event) => setOpen((event.target as HTMLDetailsElement).open)}
        >
          <summary>
            {t('participants.details')}
            {chips.map((chip) => (
              <span key={chip} className="chip">
                {chip}
              </span>
            ))}
          </summary>
          <ParticipantFields row={row} places={props.places} errors={props.errors} onChange={props.onChange} />
        </details>
      </div>
      <CardActions name={name} first={props.first} last={props.last} onMove={props.onMove} onRemove={props.onRemove} />
    </article>
  );
};
