/**
 * A body's written contribution to its agenda slot, sent before the deadline: a title and the
 * text, a file (PDF, Word, Excel, picture), or both. The file is sent first (it becomes a
 * conference document for the chair and the secretariat, or a new version of the slot's
 * earlier one), then the submission names it.
 */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client.js';
import { Banner } from '../../components/Banner.js';
import { TextField } from '../../components/fields.js';
import { submitContribution, uploadContributionFile, type ContributionView } from '../../consultations/consultations-api.js';

export const ContributionForm = (props: { conferenceId: string; slot: ContributionView; onSubmitted: () => void }) => {
  const { t } = useTranslation();
  const { slot } = props;
  const [title, setTitle] = useState(slot.title || slot.content);
  const [text, setText] = useState(slot.text);
  const [file, setFile] = useState<File | null>(null);
  const [missing, setMissing] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [sent, setSent] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    setSent(false);
    const documentId = slot.documentId;
    if (!text.trim() && !file && !documentId) {
      setMissing(true);
      return;
    }
    setMissing(false);
    setBusy(true);
    try {
      const uploaded = file ? await uploadContributionFile(props.conferenceId, slot.agendaItemId, file) : null;
      await submitContribution(props.conferenceId, slot.agendaItemId, { title, text, documentId: uploaded?.documentId ?? documentId });
      setSent(true);
      setFile(null);
      props.onSubmitted();
    } catch (caught) {
      if (caught instanceof ApiError) setError(caught);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      className="panel body-contribution"
      onSubmit={(event) => void submit(event)}
      aria-label={`${t('consultations.contributions.title')} ${slot.number}`}
    >
      <h2>
        {t('consultations.contributions.title')}: {slot.content}
      </h2>
      <p>
        {t('consultations.contributions.status')}: {t(`consultations.contributions.statusLabels.${slot.status}`)}
        {slot.deadline && ` · ${t('consultations.contributions.deadline')}: ${slot.deadline.split('-').reverse().join('/')}`}
      </p>
      {sent && (
        <Banner kind="success">
          <p>{t('consultations.contributions.submitted')}</p>
        </Banner>
      )}
      {error && <Banner kind="error" message={error.localized} />}
      {missing && (
        <Banner kind="error">
          <p>{t('consultations.contributions.textOrFile')}</p>
        </Banner>
      )}
      <TextField label={t('consultations.contributions.formTitle')} value={title} onChange={setTitle} required maxLength={1000} />
      <TextField label={t('consultations.contributions.formText')} value={text} onChange={setText} multiline rows={8} maxLength={100000} />
      <label className="field">
        <span>{t('consultations.contributions.formFile')}</span>
        <input
          type="file"
          accept=".pdf,.docx,.xlsx,.png,.jpg,.jpeg"
          onChange={(event) => setFile(event.target.files?.[0] ?? null)}
          aria-describedby={`contribution-file-hint-${slot.agendaItemId}`}
        />
        <small id={`contribution-file-hint-${slot.agendaItemId}`} className="hint">
          {slot.documentId ? `${t('consultations.contributions.fileSent')}. ` : ''}
          {t('consultations.contributions.formFileHint')}
        </small>
      </label>
      <button type="submit" className="primary" disabled={busy}>
        {t('consultations.contributions.submit')}
      </button>
    </form>
  );
};
