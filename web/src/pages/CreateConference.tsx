import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ApiError } from '../api/client.js';
import { createConference } from '../api/conferences.js';
import { Banner } from '../components/Banner.js';
import { TextField, type FieldErrors } from '../components/fields.js';
import { toFieldErrors } from '../editor/useSave.js';

export const CreateConference = () => {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [title, setTitle] = useState('');
  const [startsAt, setStartsAt] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    try {
      // A blank start stays unknown (null): the plan says "chưa xác định" until it is set.
      const conference = await createConference({ title, startsAt: startsAt || null });
      void navigate(`/conferences/${conference.id}/general`);
    } catch (caught) {
      if (caught instanceof ApiError) {
        setErrors(toFieldErrors(caught.fields));
        setError(caught.fields.length ? null : caught);
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="panel" onSubmit={(e) => void submit(e)} noValidate aria-labelledby="create-heading">
      <h2 id="create-heading">{t('create.title')}</h2>
      {error && <Banner kind="error" message={error.localized} />}
      <TextField
        label={t('general.title')}
        required
        multiline
        rows={2}
        value={title}
        onChange={setTitle}
        error={errors.title}
        placeholder={t('create.titlePlaceholder')}
      />
      <TextField
        label={t('general.startsAt')}
        type="datetime-local"
        value={startsAt}
        onChange={setStartsAt}
        error={errors.startsAt}
        hint={t('general.startsAtHint')}
      />
      <button type="submit" className="primary" disabled={busy}>
        {busy ? t('common.saving') : t('create.submit')}
      </button>
    </form>
  );
};
