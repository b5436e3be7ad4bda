/** /l/:token: exchanges an access link for a link session and opens its own screen (link-landing.ts); an expired or revoked link gets a clear page. */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { exchangeLink } from '../../api/accounts.js';
import { ApiError, setCsrfToken } from '../../api/client.js';
import { Banner } from '../../components/Banner.js';
import { useAuth } from '../../auth/AuthContext.js';
import { linkLanding } from '../../auth/link-landing.js';
import { AuthCard } from './AuthCard.js';

export default function LinkEntryPage() {
  const { t } = useTranslation();
  const { token = '' } = useParams();
  const { refresh } = useAuth();
  const navigate = useNavigate();
  const [error, setError] = useState<ApiError | null>(null);
  const started = useRef(false);

  useEffect(() => {
    if (started.current) return;
    started.current = true;
    exchangeLink(token)
      .then(async ({ actor, csrfToken }) => {
        setCsrfToken(csrfToken);
        await refresh();
        void navigate(linkLanding(actor), { replace: true });
      })
      .catch((caught: unknown) =>
        setError(
          caught instanceof ApiError
            ? caught
            : new ApiError(0, 'link.invalid', { vi: 'Liên kết truy cập không hợp lệ.', en: 'This access link is not valid.' }),
        ),
      );
  }, [token, navigate, refresh]);

  if (!error) return <p className="loading">{t('auth.link.opening')}</p>;
  return (
    <AuthCard title={t('auth.link.refusedTitle')}>
      <Banner kind="error" message={error.localized} />
      <p>{t('auth.link.refusedHelp')}</p>
    </AuthCard>
  );
}
