/**
 * One printed line that names several organisations ("Đại diện lãnh đạo: A; B; C."): the
 * line is edited once for all of them; each organisation is a chip that opens its own details.
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ParticipantGroup } from '../../../../src/domain/conference.schema.js';
import { TextField, type FieldErrors } from '../../components/fields.js';
import type { ParticipantLine } from './participant-lines.js';
import { CardActions, hasRowErrors, ParticipantFields, type Places } from './ParticipantFields.js';

export const ParticipantLineCard = (props: {
  line: ParticipantLine;
  first: boolean;
  last: boolean;
  places: Places;
  errors: FieldErrors;
  /** Changes the printed line of every organisation on it. */
  onTextChange: (text: string) => void;
  onRowChange: (id: string, patch: Partial<ParticipantGroup>) => void;
  /** Adds an organisation to the line and returns its id. */
  onAddRow: () => string;
  onRemoveRow: (id: string) => void;
  onMove: (step: -1 | 1) => void;
  onRemove: () => void;
}) => {
  const { t } = useTranslation();
  const detailsId = useId();
  const { line } = props;
  const name = line.text.slice(0, 50) || t('participants.untitled');
  const [openId, setOpenId] = useState<string | null>(null);
  const withErrors = line.rows.find((row) => hasRowErrors(props.errors, row.id, ['text']));
  const open = line.rows.find((row) => row.id === openId) ?? withErrors ?? null;
  const textError = line.rows.map((row) => props.errors[`${row.id}.text`]).find(Boolean);
  const orgName = (row: ParticipantGroup) => row.organisation || row.personName || t('participants.unnamedOrganisation');

  return (
    <article className={`card participant line-card ${line.rows.some((row) => row.isPresiding) ? 'presiding' : ''}`} aria-label={name}>
      <div className="card-main">
        <TextField
          label={t('participants.text')}
          hideLabel
          required
          multiline
          rows={1}
          value={line.text}
          onChange={props.onTextChange}
          error={textError}
          hint={t('participants.sharedTextHint', { count: line.rows.length })}
        />
        <div className="line-members">
          <span className="sr-only" id={`${detailsId}-label`}>
            {t('participants.lineOrganisations', { count: line.rows.length })}
          </span>
          <ul className="member-chips" aria-labelledby={`${detailsId}-label`}>
            {line.rows.map((row) => (
              <li key={row.id}>
                <button
                  type="button"
                  className={`member-chip ${open?.id === row.id ? 'open' : ''} ${hasRowErrors(props.errors, row.id) ? 'has-error' : ''}`}
                  aria-expanded={open?.id === row.id}
                  aria-controls={detailsId}
                  onClick={() => setOpenId(open?.id === row.id ? '' : row.id)}
                >
                  {orgName(row)}
                  {row.count !== null && <span className="member-count">{t('participants.countChip', { count: row.count })}</span>}
                  {row.isPresiding && <span className="member-count">{t('participants.isPresiding')}</span>}
                </button>
              </li>
            ))}
            <li>
              <button type="button" className="link-button" onClick={() => setOpenId(props.onAddRow())}>
                + {t('participants.addOrganisation')}
              </button>
            </li>
          </ul>
        </div>
        {open && (
          <div
            className="member-details"
            id={detailsId}
            role="group"
            aria-label={t('participants.organisationDetails', { name: orgName(open) })}
          >
            <ParticipantFields
              row={open}
              places={props.places}
              errors={props.errors}
              onChange={(patch) => props.onRowChange(open.id, patch)}
            />
            <button type="button" className="link-button danger-text" onClick={() => props.onRemoveRow(open.id)}>
              {t('participants.removeOrganisation', { name: orgName(open) })}
            </button>
          </div>
        )}
      </div>
      <CardActions name={name} first={props.first} last={props.last} onMove={props.onMove} onRemove={props.onRemove} />
    </article>
  );
};
