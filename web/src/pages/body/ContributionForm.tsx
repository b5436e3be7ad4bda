/** A body's written contribution to its agenda slot: a title and the text, sent before the deadline. */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client.js';
import { Banner } from '../../components/Banner.js';
import { TextField } from '../../components/fields.js';
import { submitContribution, type ContributionView } from '../../consultations/consultations-api.js';

export const ContributionForm = (props: { conferenceId: string; slot: ContributionView; onSubmitted: () => void }) => {
  const { t } = useTranslation();
  const { slot } = props;
  const [title, setTitle] = useState(slot.title || slot.content);
  const [text, setText] = useState(slot.text);
  const [error, setError] = useState<ApiError | null>(null);
  const [sent, setSent] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    try {
      await submitContribution(props.conferenceId, slot.agendaItemId, { title, text, documentId: null });
      setSent(true);
      props.onSubmitted();
    } catch (caught) {
      if (caught instanceof ApiError) setError(caught);
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
      <TextField label={t('consultations.contributions.formTitle')} value={title} onChange={setTitle} required maxLength={1000} />
      <TextField label={t('consultations.contributions.formText')} value={text} onChange={setText} multiline rows={8} maxLength={100000} />
      <button type="submit" className="primary">
        {t('consultations.contributions.submit')}
      </button>
    </form>
  );
};
