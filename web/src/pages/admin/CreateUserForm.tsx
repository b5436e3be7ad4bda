import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { createUser, type User } from '../../api/accounts.js';
import { Banner } from '../../components/Banner.js';
import { CheckboxField, TextField } from '../../components/fields.js';
import { useFormSubmit } from '../../components/useFormSubmit.js';

/** A new account; the answer's one-time link (the person sets their own password) goes to the page. */
export const CreateUserForm = (props: { onCreated: (user: User, link: string) => void }) => {
  const { t } = useTranslation();
  const [email, setEmail] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [isAdmin, setIsAdmin] = useState(false);
  const { submit: send, busy, errors, error } = useFormSubmit();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    return send(async () => {
      const created = await createUser({ email: email.trim(), displayName: displayName.trim(), isAdmin });
      setEmail('');
      setDisplayName('');
      setIsAdmin(false);
      props.onCreated(created.user, created.link);
    });
  };

  return (
    <form className="panel" onSubmit={(e) => void submit(e)} noValidate aria-labelledby="create-user-heading">
      <h2 id="create-user-heading">{t('users.create')}</h2>
      {error && <Banner kind="error" message={error.localized} />}
      <TextField label={t('auth.email')} type="email" required value={email} onChange={setEmail} error={errors.email} />
      <TextField label={t('auth.displayName')} required value={displayName} onChange={setDisplayName} error={errors.displayName} />
      <CheckboxField label={t('users.makeAdmin')} checked={isAdmin} onChange={setIsAdmin} />
      <p className="hint">{t('users.createHint')}</p>
      <button type="submit" className="primary" disabled={busy}>
        {t('users.createSubmit')}
      </button>
    </form>
  );
};
