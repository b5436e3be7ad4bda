/** Cài đặt: the first administrator, through the one-time link the server printed at its first start. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { completeSetup } from '../../api/accounts.js';
import { setCsrfToken } from '../../api/client.js';
import { Banner } from '../../components/Banner.js';
import { TextField } from '../../components/fields.js';
import { useFormSubmit } from '../../components/useFormSubmit.js';
import { useAuth } from '../../auth/AuthContext.js';
import { AuthCard, PasswordRules } from './AuthCard.js';
import { passwordProblem, usePasswordRules } from './password-rules.js';

export default function SetupPage() {
  const { t } = useTranslation();
  const { token = '' } = useParams();
  const { refresh } = useAuth();
  const navigate = useNavigate();
  const rules = usePasswordRules();
  const [email, setEmail] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const { submit: send, busy, errors, setErrors, error } = useFormSubmit();

  const submit = async () => {
    const problem = passwordProblem(password, repeat, email);
    if (problem) {
      setErrors({ [problem.field]: problem.message });
      return;
    }
    await send(async () => {
      const signedIn = await completeSetup({ token, email: email.trim(), displayName: displayName.trim(), password });
      setCsrfToken(signedIn.csrfToken);
      await refresh();
      void navigate('/quan-tri/nguoi-dung', { replace: true });
    });
  };

  return (
    <AuthCard title={t('auth.setup.title')} intro={t('auth.setup.intro')} onSubmit={() => void submit()}>
      {error && <Banner kind="error" message={error.localized} />}
      <TextField
        label={t('auth.email')}
        type="email"
        autoComplete="username"
        required
        value={email}
        onChange={setEmail}
        error={errors.email}
      />
      <TextField
        label={t('auth.displayName')}
        autoComplete="name"
        required
        value={displayName}
        onChange={setDisplayName}
        error={errors.displayName}
      />
      <TextField
        label={t('auth.newPassword')}
        type="password"
        autoComplete="new-password"
        required
        value={password}
        onChange={setPassword}
        error={errors.password}
      />
      <TextField
        label={t('auth.repeatPassword')}
        type="password"
        autoComplete="new-password"
        required
        value={repeat}
        onChange={setRepeat}
        error={errors.repeat}
      />
      <PasswordRules {...rules} />
      <button type="submit" className="primary" disabled={busy}>
        {busy ? t('common.saving') : t('auth.setup.submit')}
      </button>
    </AuthCard>
  );
}
