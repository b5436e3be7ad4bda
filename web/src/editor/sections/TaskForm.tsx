import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgendaItem, Assignment, Task, TaskInput } from '../../../../src/domain/conference.schema.js';
import { TASK_STATUSES } from '../../domain-values.js';
import { SelectField, TextField, type FieldErrors } from '../../components/fields.js';
import { parseAgencies } from './AssignmentForm.js';

export type TaskDraft = TaskInput & { id: string | null };

export const blankTask = (assignmentId: string): TaskDraft => ({
  id: null,
  assignmentId,
  text: '',
  deadline: null,
  status: 'todo',
  cooperatingAgencies: [],
  agendaItemId: null,
  producesDocument: '',
});
export const taskDraftOf = (task: Task): TaskDraft => ({
  id: task.id,
  assignmentId: task.assignmentId,
  text: task.text,
  deadline: task.deadline,
  status: task.status,
  cooperatingAgencies: task.cooperatingAgencies,
  agendaItemId: task.agendaItemId,
  producesDocument: task.producesDocument,
});

const NONE = '';

export const TaskForm = (props: {
  value: TaskDraft;
  busy: boolean;
  errors: FieldErrors;
  assignments: Assignment[];
  agendaItems: AgendaItem[];
  onChange: (value: TaskDraft) => void;
  onSave: (value: TaskDraft) => void;
  onRemove: (() => void) | null;
  onCancel: () => void;
}) => {
  const { t } = useTranslation();
  const { value, errors } = props;
  const set = (patch: Partial<TaskDraft>) => props.onChange({ ...value, ...patch });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    props.onSave(value);
  };
  return (
    <form className="panel inline-form" onSubmit={submit} noValidate aria-labelledby="task-form-title">
      <h3 id="task-form-title">{value.id ? t('assignments.editTask') : t('assignments.addTask')}</h3>
      <TextField
        label={t('assignments.taskText')}
        required
        multiline
        rows={3}
        value={value.text}
        onChange={(text) => set({ text })}
        error={errors.text}
      />
      <div className="grid three">
        <SelectField
          label={t('assignments.lead')}
          value={value.assignmentId}
          onChange={(assignmentId) => set({ assignmentId })}
          error={errors.assignmentId}
          options={props.assignments.map((a) => ({ value: a.id, label: a.leadAgency }))}
        />
        <SelectField
          label={t('assignments.status')}
          value={value.status}
          onChange={(status) => set({ status })}
          error={errors.status}
          options={TASK_STATUSES.map((s) => ({ value: s, label: t(`taskStatus.${s}`) }))}
        />
        <TextField
          label={t('assignments.deadline')}
          type="date"
          value={value.deadline ?? ''}
          onChange={(deadline) => set({ deadline: deadline || null })}
          error={errors.deadline}
        />
        <TextField
          label={t('assignments.producesDocument')}
          value={value.producesDocument}
          onChange={(producesDocument) => set({ producesDocument })}
          error={errors.producesDocument}
          placeholder={t('assignments.producesDocumentExample')}
        />
        <SelectField
          label={t('assignments.agendaItem')}
          value={value.agendaItemId ?? NONE}
          onChange={(id) => set({ agendaItemId: id === NONE ? null : id })}
          error={errors.agendaItemId}
          options={[
            { value: NONE, label: t('assignments.noAgendaItem') },
            ...props.agendaItems.map((item) => ({ value: item.id, label: `${item.number} ${item.content}`.slice(0, 80) })),
          ]}
        />
      </div>
      <TextField
        label={t('assignments.cooperating')}
        hint={t('assignments.agenciesHint')}
        value={value.cooperatingAgencies.join('; ')}
        onChange={(text) => set({ cooperatingAgencies: parseAgencies(text) })}
        error={errors.cooperatingAgencies ?? errors['cooperatingAgencies.0']}
      />
      <div className="actions">
        {props.onRemove && (
          <button type="button" className="danger" onClick={props.onRemove}>
            {t('assignments.removeTask')}
          </button>
        )}
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
