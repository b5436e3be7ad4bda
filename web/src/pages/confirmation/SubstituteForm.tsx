/** Người dự thay: name, title, phone, e-mail; checked here with the server's rule, then by the server. */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { LocalizedMessage } from '../../../../src/domain/errors.js';
import { validateSubstitute, type Substitute } from '../../../../src/domain/participants/delegate.js';
import { ApiError } from '../../api/client.js';
import { TextField } from '../../components/fields.js';

const EMPTY: Substitute = { fullName: '', title: '', phone: '', email: '' };

export const SubstituteForm = (props: {
  initial: Substitute | null;
  busy: boolean;
  onSubmit: (substitute: Substitute) => Promise<void>;
  onCancel: () => void;
}) => {
  const { t } = useTranslation();
  const [value, setValue] = useState<Substitute>(props.initial ?? EMPTY);
  const [errors, setErrors] = useState<Record<string, LocalizedMessage>>({});
  const set = (key: keyof Substitute) => (text: string) => setValue((current) => ({ ...current, [key]: text }));
  const errorOf = (key: keyof Substitute) => errors[`/substitute/${key}`];

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const problems = validateSubstitute(value);
    if (problems.length > 0) {
      setErrors(Object.fromEntries(problems.map((p) => [p.path, p.message])));
      return;
    }
    setErrors({});
    try {
      await props.onSubmit(value);
    } catch (caught) {
      if (caught instanceof ApiError) setErrors(Object.fromEntries(caught.fields.map((f) => [f.path, f.message])));
    }
  };

  return (
    <form className="substitute-form panel" onSubmit={(event) => void submit(event)} noValidate aria-labelledby="substitute-title">
      <h2 id="substitute-title">{t('confirmation.substituteTitle')}</h2>
      <p className="hint">{t('confirmation.substituteHint')}</p>
      <TextField
        label={t('confirmation.fullName')}
        value={value.fullName}
        onChange={set('fullName')}
        error={errorOf('fullName')}
        required
        autoComplete="name"
        maxLength={100}
      />
      <TextField label={t('confirmation.jobTitle')} value={value.title} onChange={set('title')} error={errorOf('title')} maxLength={300} />
      <TextField
        label={t('confirmation.phone')}
        type="tel"
        value={value.phone}
        onChange={set('phone')}
        error={errorOf('phone')}
        autoComplete="tel"
        maxLength={30}
      />
      <TextField
        label={t('confirmation.email')}
        type="email"
        value={value.email}
        onChange={set('email')}
        error={errorOf('email')}
        autoComplete="email"
        maxLength={200}
      />
      <div className="answer-buttons">
        <button type="submit" className="primary" disabled={props.busy}>
          {props.busy ? t('confirmation.saving') : t('confirmation.send')}
        </button>
        <button type="button" className="secondary" onClick={props.onCancel} disabled={props.busy}>
          {t('confirmation.cancel')}
        </button>
      </div>
    </form>
  );
};
