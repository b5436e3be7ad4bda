/**
 * Theo dõi thực hiện kết luận: every conclusion's task with its agency, deadline and state
 * (overdue flagged, counted in working days); an agency's person reports progress or marks
 * it done; the secretariat reminds, downloads the state report (.docx, .xlsx) and carries
 * unfinished tasks of an earlier conference over to this one.
 */
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client.js';
import { openEventStream } from '../../api/attendance.js';
import { Banner } from '../../components/Banner.js';
import {
  carryOver,
  downloadFollowUpReport,
  getFollowUp,
  remindTasks,
  type Conclusion,
  type ConclusionNotice,
} from '../../record/record-api.js';
import '../../record/record-i18n.js';
import '../../record/record.css';
import { formatDate } from '../../format.js';
import { useEditor } from '../context.js';
import { TaskReport } from '../../record/TaskReport.js';

const TaskRow = (props: { c: Conclusion; index: number; onChange: (n: ConclusionNotice) => void; showError: (e: unknown) => void }) => {
  const { t, i18n } = useTranslation();
  const { conference } = useEditor();
  const { c } = props;
  const last = c.reports.at(-1);
  const date = (value: string | null) => (value ? formatDate(value, i18n.language) : '');
  return (
    <tr data-state={c.followUp.state} aria-label={`${props.index + 1}. ${c.leadAgency || c.text}`}>
      <td>{props.index + 1}</td>
      <td>{c.text}</td>
      <td>{c.taskText}</td>
      <td>{c.leadAgency}</td>
      <td>{date(c.deadline)}</td>
      <td>
        <span className={`badge state-${c.followUp.state}`}>
          {t(`record.followUp.states.${c.followUp.state}`, { days: c.followUp.workingDaysLate })}
        </span>
      </td>
      <td>
        {last
          ? `${date(last.reportedAt.slice(0, 10))} ${last.reportedBy}: ${last.note}${last.fileRef ? ` (${t('record.followUp.file')})` : ''}`
          : ''}
      </td>
      <td className="actions">
        {c.canReport && c.followUp.state !== 'done' && (
          <TaskReport conferenceId={conference.id} conclusion={c} onChange={props.onChange} showError={props.showError} />
        )}
      </td>
    </tr>
  );
};

export default function FollowUpSection() {
  const { t } = useTranslation();
  const { conference, permissions: p, showError } = useEditor();
  const [notice, setNotice] = useState<ConclusionNotice | null | undefined>(undefined);
  const [banner, setBanner] = useState<string | null>(null);
  const [from, setFrom] = useState('');
  const manages = p.can('conclusion.write');

  const refresh = useCallback(async () => {
    try {
      setNotice(await getFollowUp(conference.id));
    } catch (error) {
      if (error instanceof ApiError && error.status === 404) setNotice(null);
      else showError(error);
    }
  }, [conference.id, showError]);
  useEffect(() => {
    void refresh();
    return openEventStream(conference.id, {
      onResync: () => void refresh(),
      onEvent: (event) => {
        if (event.type === 'conclusions.changed') void refresh();
      },
      onState: () => undefined,
    });
  }, [conference.id, refresh]);

  return (
    <section className="record follow-up" aria-labelledby="follow-up-title">
      <h2 id="follow-up-title">{t('sections.follow-up')}</h2>
      <p className="intro">{t('record.followUp.intro')}</p>
      {banner && (
        <Banner kind="info" onClose={() => setBanner(null)}>
          <p>{banner}</p>
        </Banner>
      )}
      {notice === null && <p>{t('record.followUp.none')}</p>}
      {notice && (
        <>
          <div className="table-scroll">
            <table className="follow-up-table">
              <thead>
                <tr>
                  <th scope="col">STT</th>
                  <th scope="col">{t('record.followUp.conclusion')}</th>
                  <th scope="col">{t('record.followUp.task')}</th>
                  <th scope="col">{t('record.followUp.agency')}</th>
                  <th scope="col">{t('record.followUp.deadline')}</th>
                  <th scope="col">{t('record.followUp.state')}</th>
                  <th scope="col">{t('record.followUp.lastReport')}</th>
                  <th scope="col">
                    <span className="sr-only">{t('record.followUp.done')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {notice.conclusions.map((c, i) => (
                  <TaskRow key={c.id} c={c} index={i} onChange={setNotice} showError={showError} />
                ))}
              </tbody>
            </table>
          </div>
          <p className="hint">{t('record.followUp.fileNote')}</p>
          <div className="record-actions">
            <button type="button" className="secondary" onClick={() => void downloadFollowUpReport(conference.id, 'docx').catch(showError)}>
              {t('record.followUp.reportDocx')}
            </button>
            <button type="button" className="secondary" onClick={() => void downloadFollowUpReport(conference.id, 'xlsx').catch(showError)}>
              {t('record.followUp.reportXlsx')}
            </button>
            {manages && (
              <button
                type="button"
                onClick={() =>
                  void remindTasks(conference.id).then((r) => setBanner(t('record.followUp.reminded', { count: r.deliveries })), showError)
                }
              >
                {t('record.followUp.remind')}
              </button>
            )}
          </div>
        </>
      )}
      {manages && (
        <div className="record-actions">
          <label>
            {t('record.followUp.carryFrom')}
            <input value={from} onChange={(e) => setFrom(e.target.value)} />
          </label>
          <button
            type="button"
            disabled={!from.trim()}
            onClick={() => void carryOver(conference.id, from.trim()).then(() => setBanner(t('record.followUp.carry')), showError)}
          >
            {t('record.followUp.carry')}
          </button>
        </div>
      )}
    </section>
  );
}
