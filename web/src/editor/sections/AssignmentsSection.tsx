/**
 * Assignments (phân công) and their tasks as a board: one column per task status, filtered
 * by lead agency. Moving a task saves at once; adding or editing uses a small form with Save.
 */
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Assignment, Task, TaskStatus } from '../../../../src/domain/conference.schema.js';
import { TASK_STATUSES } from '../../domain-values.js';
import { addItem, removeItem, updateItem } from '../../api/conferences.js';
import { SelectField } from '../../components/fields.js';
import { formatDate } from '../../format.js';
import { useEditor } from '../context.js';
import { useDraft } from '../useDraft.js';
import { useSave } from '../useSave.js';
import { AssignmentForm, assignmentDraftOf, blankAssignment, type AssignmentDraft } from './AssignmentForm.js';
import { blankTask, TaskForm, taskDraftOf, type TaskDraft } from './TaskForm.js';

interface BoardDraft {
  assignment: AssignmentDraft | null;
  task: TaskDraft | null;
}
const CLOSED: BoardDraft = { assignment: null, task: null };
const ALL = '*';

export default function AssignmentsSection() {
  const { t, i18n } = useTranslation();
  const { conference, replaceConference, permissions } = useEditor();
  const writable = permissions.can('assignment.write');
  const { draft, setDraft, restored, dirty } = useDraft<BoardDraft>('assignments', CLOSED);
  const { run, busy, fieldErrors } = useSave();
  const [filter, setFilter] = useState(ALL);
  const assignments = conference.assignments;
  const byId = useMemo(() => new Map(assignments.map((a) => [a.id, a])), [assignments]);
  const tasks = conference.tasks.filter((task) => filter === ALL || task.assignmentId === filter);

  const moveTask = (task: Task, status: TaskStatus) =>
    void run(async () => replaceConference(await updateItem(conference.id, 'tasks', task.id, { status }, conference.version)));
  const removeAssignment = (assignment: Assignment) => {
    if (!window.confirm(t('assignments.confirmRemove', { name: assignment.leadAgency }))) return;
    void run(async () => replaceConference(await removeItem(conference.id, 'assignments', assignment.id, conference.version)));
  };
  const saveAssignment = (form: AssignmentDraft) =>
    void run(async () => {
      const { id, ...input } = form;
      const updated = id
        ? await updateItem(conference.id, 'assignments', id, input, conference.version)
        : (await addItem(conference.id, 'assignments', input, conference.version)).conference;
      replaceConference(updated);
      setDraft(CLOSED);
    });
  const saveTask = (form: TaskDraft) =>
    void run(async () => {
      const { id, ...input } = form;
      const updated = id
        ? await updateItem(conference.id, 'tasks', id, input, conference.version)
        : (await addItem(conference.id, 'tasks', input, conference.version)).conference;
      replaceConference(updated);
      setDraft(CLOSED);
    });
  const removeTask = (id: string) =>
    void run(async () => {
      replaceConference(await removeItem(conference.id, 'tasks', id, conference.version));
      setDraft(CLOSED);
    });

  return (
    <div className="section-form wide">
      <div className="section-head">
        <div>
          <h2 id="section-title">{t('sections.assignments')}</h2>
          <p className="section-intro">{t('assignments.intro')}</p>
        </div>
        {writable && (
          <div className="section-actions">
            <button type="button" className="secondary" onClick={() => setDraft({ task: null, assignment: blankAssignment() })}>
              + {t('assignments.add')}
            </button>
            <button
              type="button"
              className="primary"
              disabled={assignments.length === 0}
              onClick={() => setDraft({ assignment: null, task: blankTask(filter === ALL ? assignments[0]!.id : filter) })}
            >
              + {t('assignments.addTask')}
            </button>
          </div>
        )}
      </div>
      {restored && dirty && <p className="banner banner-info">{t('editor.draftRestored')}</p>}
      {writable && draft.assignment && (
        <AssignmentForm
          value={draft.assignment}
          busy={busy}
          errors={fieldErrors}
          onChange={(assignment) => setDraft({ ...draft, assignment })}
          onSave={saveAssignment}
          onCancel={() => setDraft(CLOSED)}
        />
      )}
      {writable && draft.task && (
        <TaskForm
          value={draft.task}
          busy={busy}
          errors={fieldErrors}
          assignments={assignments}
          agendaItems={conference.agendaItems}
          onChange={(task) => setDraft({ ...draft, task })}
          onSave={saveTask}
          onRemove={draft.task.id ? () => removeTask(draft.task!.id!) : null}
          onCancel={() => setDraft(CLOSED)}
        />
      )}

      <div className="board-toolbar">
        <SelectField
          label={t('assignments.filter')}
          value={filter}
          onChange={setFilter}
          options={[{ value: ALL, label: t('assignments.allAgencies') }, ...assignments.map((a) => ({ value: a.id, label: a.leadAgency }))]}
        />
        {filter !== ALL && byId.get(filter) && (
          <div className="assignment-summary">
            <p>
              <strong>{t('assignments.lead')}:</strong> {byId.get(filter)!.leadAgency}
              {byId.get(filter)!.cooperatingAgencies.length > 0 && (
                <>
                  {' · '}
                  <strong>{t('assignments.cooperating')}:</strong> {byId.get(filter)!.cooperatingAgencies.join('; ')}
                </>
              )}
            </p>
            {writable && (
              <>
                <button
                  type="button"
                  className="link-button"
                  onClick={() => setDraft({ task: null, assignment: assignmentDraftOf(byId.get(filter)!) })}
                >
                  {t('assignments.edit')}
                </button>
                <button type="button" className="link-button danger-text" onClick={() => removeAssignment(byId.get(filter)!)}>
                  {t('assignments.remove')}
                </button>
              </>
            )}
          </div>
        )}
      </div>
      {assignments.length === 0 && <p className="empty">{t('assignments.empty')}</p>}

      <div className="board">
        {TASK_STATUSES.map((status) => {
          const column = tasks.filter((task) => task.status === status);
          return (
            <section key={status} className={`board-column status-${status}`} aria-labelledby={`column-${status}`}>
              <h3 id={`column-${status}`}>
                {t(`taskStatus.${status}`)} <span className="count">{column.length}</span>
              </h3>
              {column.map((task) => (
                <article key={task.id} className="task-card" aria-label={task.text.slice(0, 80)}>
                  <p className="task-text">{task.text}</p>
                  <p className="task-meta">
                    <span className="chip">{byId.get(task.assignmentId)?.leadAgency}</span>
                    {task.deadline && <span>{t('assignments.deadlineShort', { date: formatDate(task.deadline, i18n.language) })}</span>}
                    {task.producesDocument && <span className="chip doc">{task.producesDocument}</span>}
                  </p>
                  {writable && (
                    <div className="task-actions">
                      <SelectField
                        hideLabel
                        label={t('assignments.moveTask', { name: task.text.slice(0, 40) })}
                        value={task.status}
                        onChange={(next) => moveTask(task, next)}
                        options={TASK_STATUSES.map((s) => ({ value: s, label: t(`taskStatus.${s}`) }))}
                      />
                      <button type="button" className="link-button" onClick={() => setDraft({ assignment: null, task: taskDraftOf(task) })}>
                        {t('assignments.editTask')}
                      </button>
                    </div>
                  )}
                </article>
              ))}
            </section>
          );
        })}
      </div>
    </div>
  );
}
