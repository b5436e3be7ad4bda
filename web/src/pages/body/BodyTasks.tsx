/**
 * The tasks of the conclusion notice whose lead agency is this body (issue 16 item 7), on the
 * body's page: each with its deadline and state (overdue flagged), its last report, and the form
 * to report progress or completion with a file. The list is the server's: only the tasks the
 * body's link or operator may report on.
 */
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client.js';
import { Banner } from '../../components/Banner.js';
import { formatDate } from '../../format.js';
import { listMyTasks, type Conclusion } from '../../record/record-api.js';
import '../../record/record-i18n.js';
import '../../record/record.css';
import { TaskReport } from '../../record/TaskReport.js';

export const BodyTasks = ({ conferenceId }: { conferenceId: string }) => {
  const { t, i18n } = useTranslation();
  const [tasks, setTasks] = useState<Conclusion[]>([]);
  const [error, setError] = useState<ApiError | null>(null);
  const load = useCallback(
    () =>
      listMyTasks(conferenceId).then(
        (r) => setTasks(r.items),
        (caught: unknown) => setError(caught instanceof ApiError ? caught : null),
      ),
    [conferenceId],
  );
  useEffect(() => void load(), [load]);
  const showError = (caught: unknown) => setError(caught instanceof ApiError ? caught : null);
  if (tasks.length === 0 && !error) return null;
  return (
    <section className="panel record body-tasks" aria-labelledby="body-tasks-title">
      <h2 id="body-tasks-title">{t('record.followUp.mine')}</h2>
      {error && <Banner kind="error" message={error.localized} />}
      <ul className="body-task-list">
        {tasks.map((c) => {
          const last = c.reports.at(-1);
          return (
            <li key={c.id} data-state={c.followUp.state} aria-label={c.taskText || c.text}>
              <p>
                <strong>{c.taskText || c.text}</strong>
              </p>
              <p>{c.text}</p>
              <p>
                {t('record.followUp.deadline')}: {c.deadline ? formatDate(c.deadline, i18n.language) : '—'}{' '}
                <span className={`badge state-${c.followUp.state}`}>
                  {t(`record.followUp.states.${c.followUp.state}`, { days: c.followUp.workingDaysLate })}
                </span>
              </p>
              <p className="hint">
                {t('record.followUp.lastReport')}:{' '}
                {last
                  ? `${formatDate(last.reportedAt.slice(0, 10), i18n.language)}, ${last.note}${last.fileRef ? ` (${t('record.followUp.file')})` : ''}`
                  : t('record.followUp.noReport')}
              </p>
              {c.followUp.state !== 'done' && (
                <TaskReport conferenceId={conferenceId} conclusion={c} onChange={() => void load()} showError={showError} />
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
};
