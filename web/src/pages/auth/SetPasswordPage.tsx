/** Đặt mật khẩu: a new account or a reset, through the one-time link the administrator handed over. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { setPassword as sendPassword } from '../../api/accounts.js';
import { Banner } from '../../components/Banner.js';
import { TextField } from '../../components/fields.js';
import { useFormSubmit } from '../../components/useFormSubmit.js';
import { AuthCard, PasswordRules } from './AuthCard.js';
import { passwordProblem, usePasswordRules } from './password-rules.js';

export default function SetPasswordPage() {
  const { t } = useTranslation();
  const { token = '' } = useParams();
  const rules = usePasswordRules();
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const { submit: send, busy, errors, setErrors, error } = useFormSubmit();
  const [done, setDone] = useState<string | null>(null);

  const submit = async () => {
    const problem = passwordProblem(password, repeat, '');
    if (problem) {
      setErrors({ [problem.field]: problem.message });
      return;
    }
    await send(async () => {
      const { user } = await sendPassword(token, password);
      setDone(user.email);
    });
  };

  if (done) {
    return (
      <AuthCard title={t('auth.passwordPage.doneTitle')}>
        <Banner kind="success">{t('auth.passwordPage.done', { email: done })}</Banner>
        <p>
          <Link className="button primary" to="/dang-nhap">
            {t('auth.login.submit')}
          </Link>
        </p>
      </AuthCard>
    );
  }
  return (
    <AuthCard title={t('auth.passwordPage.title')} intro={t('auth.passwordPage.intro')} onSubmit={() => void submit()}>
      {error && <Banner kind="error" message={error.localized} />}
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
        {busy ? t('common.saving') : t('auth.passwordPage.submit')}
      </button>
    </AuthCard>
  );
}
