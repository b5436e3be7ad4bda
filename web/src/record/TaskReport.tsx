/**
 * A report on a conclusion's task: a note and, optionally, a file (PDF, Word, Excel or a
 * picture, checked by the server like every upload); progress, or done. Shown where the
 * caller may report (the task's lead body, the secretariat): on the follow-up board and on
 * the body's page.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { reportTask, reportTaskWithFile, type Conclusion, type ConclusionNotice } from './record-api.js';

export const TaskReport = (props: {
  conferenceId: string;
  conclusion: Conclusion;
  onChange: (notice: ConclusionNotice) => void;
  showError: (error: unknown) => void;
}) => {
  const { t } = useTranslation();
  const { conclusion: c } = props;
  const [note, setNote] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const name = c.leadAgency || c.text.slice(0, 60);
  const report = (kind: 'progress' | 'done') => {
    setBusy(true);
    void (
      file ? reportTaskWithFile(props.conferenceId, c.id, kind, note.trim(), file) : reportTask(props.conferenceId, c.id, kind, note.trim())
    )
      .then((n) => (setNote(''), setFile(null), props.onChange(n)), props.showError)
      .finally(() => setBusy(false));
  };
  return (
    <div className="task-report">
      <input aria-label={`${t('record.followUp.note')}: ${name}`} value={note} onChange={(e) => setNote(e.target.value)} />
      <input
        type="file"
        aria-label={`${t('record.followUp.file')}: ${name}`}
        accept=".pdf,.docx,.xlsx,.png,.jpg,.jpeg"
        onChange={(e) => setFile(e.target.files?.[0] ?? null)}
      />
      <div className="task-report-buttons">
        <button type="button" className="secondary" disabled={busy} onClick={() => report('progress')}>
          {t('record.followUp.progress')}
        </button>
        <button type="button" disabled={busy} onClick={() => report('done')}>
          {t('record.followUp.done')}
        </button>
      </div>
    </div>
  );
};
