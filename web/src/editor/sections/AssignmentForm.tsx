import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Assignment, AssignmentInput } from '../../../../src/domain/conference.schema.js';
import { TextField, type FieldErrors } from '../../components/fields.js';

export type AssignmentDraft = AssignmentInput & { id: string | null };

export const blankAssignment = (): AssignmentDraft => ({ id: null, leadAgency: '', cooperatingAgencies: [], heading: '' });
export const assignmentDraftOf = (a: Assignment): AssignmentDraft => ({
  id: a.id,
  leadAgency: a.leadAgency,
  cooperatingAgencies: a.cooperatingAgencies,
  heading: a.heading,
});

/** Agencies typed one per line or separated by semicolons. */
export const parseAgencies = (text: string): string[] =>
  text
    .split(/[;\n]/)
    .map((part) => part.trim())
    .filter(Boolean);

export const AssignmentForm = (props: {
  value: AssignmentDraft;
  busy: boolean;
  errors: FieldErrors;
  onChange: (value: AssignmentDraft) => void;
  onSave: (value: AssignmentDraft) => void;
  onCancel: () => void;
}) => {
  const { t } = useTranslation();
  const { value } = props;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    props.onSave(value);
  };
  return (
    <form className="panel inline-form" onSubmit={submit} noValidate aria-labelledby="assignment-form-title">
      <h3 id="assignment-form-title">{value.id ? t('assignments.edit') : t('assignments.add')}</h3>
      <div className="grid two">
        <TextField
          label={t('assignments.lead')}
          required
          value={value.leadAgency}
          onChange={(leadAgency) => props.onChange({ ...value, leadAgency })}
          error={props.errors.leadAgency}
        />
        <TextField
          label={t('assignments.heading')}
          value={value.heading}
          onChange={(heading) => props.onChange({ ...value, heading })}
          error={props.errors.heading}
          placeholder="1. Sở Nội vụ"
        />
      </div>
      <TextField
        label={t('assignments.cooperating')}
        multiline
        rows={2}
        hint={t('assignments.agenciesHint')}
        value={value.cooperatingAgencies.join('; ')}
        onChange={(text) => props.onChange({ ...value, cooperatingAgencies: parseAgencies(text) })}
        error={props.errors.cooperatingAgencies ?? props.errors['cooperatingAgencies.0']}
      />
      <div className="actions">
        <button type="button" className="secondary" onClick={props.onCancel}>
          {t('common.cancel')}
        </button>
        <button type="submit" className="primary" disabled={props.busy}>
          {props.busy ? t('common.saving') : t('common.save')}
        </button>
      </div>
    </form>
  );
};
