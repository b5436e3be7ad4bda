/** Đăng nhập: e-mail and password; wrong password and "too many attempts, wait N minutes" come from the server. */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { login, setupStatus } from '../../api/accounts.js';
import { ApiError, setCsrfToken } from '../../api/client.js';
import { Banner } from '../../components/Banner.js';
import { TextField } from '../../components/fields.js';
import { safeNext, useAuth } from '../../auth/AuthContext.js';
import { AuthCard } from './AuthCard.js';

export default function LoginPage() {
  const { t } = useTranslation();
  const { me, refresh } = useAuth();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const next = safeNext(params.get('next'));
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const [needsSetup, setNeedsSetup] = useState(false);

  useEffect(() => {
    setupStatus()
      .then((status) => setNeedsSetup(status.needsSetup))
      .catch(() => undefined);
  }, []);

  if (me && me.actor.kind === 'user' && !busy) return <Navigate to={next} replace />;

  const submit = async () => {
    setBusy(true);
    setError(null);
    try {
      const signedIn = await login(email.trim(), password);
      setCsrfToken(signedIn.csrfToken);
      await refresh();
      void navigate(next, { replace: true });
    } catch (caught) {
      setPassword('');
      setError(caught instanceof ApiError ? caught : null);
    } finally {
      setBusy(false);
    }
  };

  return (
    <AuthCard title={t('auth.login.title')} intro={t('auth.login.intro')} onSubmit={() => void submit()}>
      {needsSetup && <Banner kind="info">{t('auth.login.needsSetup')}</Banner>}
      {error && (
        <Banner kind={error.status === 429 ? 'warning' : 'error'} message={error.localized}>
          {error.status === 429 && <p>{t('auth.login.tooManyHelp')}</p>}
        </Banner>
      )}
      <TextField label={t('auth.email')} type="email" autoComplete="username" required value={email} onChange={setEmail} />
      <TextField
        label={t('auth.password')}
        type="password"
        autoComplete="current-password"
        required
        value={password}
        onChange={setPassword}
      />
      <button type="submit" className="primary" disabled={busy || !email || !password}>
        {busy ? t('auth.login.busy') : t('auth.login.submit')}
      </button>
      <p className="muted small-print">{t('auth.login.forgot')}</p>
    </AuthCard>
  );
}
