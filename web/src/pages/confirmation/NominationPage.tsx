/**
 * /cu-nguoi-du/:token — delegated invitation: the holder of a nominator link (a district
 * chair) names the people attending at their bridge point, within its quota; the server
 * refuses beyond it with the numbers.
 */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { LocalizedMessage } from '../../../../src/domain/errors.js';
import { ApiError } from '../../api/client.js';
import { Banner } from '../../components/Banner.js';
import { TextField } from '../../components/fields.js';
import { getNomination, nominate, type NomineeInput } from './confirmation-api.js';
import { LinkGate, useLinkData } from './useLinkData.js';
import './confirmation-i18n.js';
import './confirmation.css';

const EMPTY: NomineeInput = { fullName: '', title: '', organisation: '', phone: '', email: '' };

export default function NominationPage() {
  const { t } = useTranslation();
  const { token = '' } = useParams();
  const { data: view, refused, reload } = useLinkData(token, getNomination);
  const [error, setError] = useState<ApiError | null>(null);
  const [value, setValue] = useState<NomineeInput>(EMPTY);
  const [fieldErrors, setFieldErrors] = useState<Record<string, LocalizedMessage>>({});
  const [busy, setBusy] = useState(false);
  const [added, setAdded] = useState<string | null>(null);

  const set = (key: keyof NomineeInput) => (text: string) => setValue((current) => ({ ...current, [key]: text }));
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!view) return;
    setBusy(true);
    setError(null);
    setAdded(null);
    try {
      const created = await nominate(view.conference.id, value);
      setAdded(created.fullName);
      setValue(EMPTY);
      setFieldErrors({});
      await reload();
    } catch (caught) {
      if (caught instanceof ApiError) {
        setFieldErrors(Object.fromEntries(caught.fields.map((f) => [f.path, f.message])));
        setError(caught);
      }
    } finally {
      setBusy(false);
    }
  };

  if (!view) return <LinkGate refused={refused} />;
  const full = view.remaining !== null && view.remaining <= 0;
  return (
    <main className="link-page" aria-labelledby="link-title">
      <h1 id="link-title">{t('confirmation.nomination.title')}</h1>
      <p className="event-name">{view.conference.eventName}</p>
      <p>{view.conference.time}</p>
      <p>{t('confirmation.nomination.intro', { point: view.bridgePoint.name })}</p>
      {view.participantGroup && <p>{t('confirmation.nomination.group', { group: view.participantGroup.text })}</p>}
      <p className="answer-state" role="status">
        {view.remaining === null
          ? t('confirmation.nomination.unlimited')
          : t('confirmation.nomination.remaining', { count: view.remaining })}
      </p>
      {added && (
        <Banner kind="success">
          <p>{t('confirmation.nomination.added', { name: added })}</p>
        </Banner>
      )}
      {error && <Banner kind="error" message={error.localized} />}
      {full ? (
        <Banner kind="warning">
          <p>{t('confirmation.nomination.full')}</p>
        </Banner>
      ) : (
        <form className="panel" onSubmit={(event) => void submit(event)} noValidate>
          <TextField
            label={t('confirmation.fullName')}
            value={value.fullName}
            onChange={set('fullName')}
            error={fieldErrors['/fullName']}
            required
            maxLength={100}
          />
          <TextField
            label={t('confirmation.jobTitle')}
            value={value.title}
            onChange={set('title')}
            error={fieldErrors['/title']}
            maxLength={300}
          />
          <TextField
            label={t('confirmation.nomination.organisation')}
            value={value.organisation}
            onChange={set('organisation')}
            error={fieldErrors['/organisation']}
            maxLength={500}
          />
          <TextField
            label={t('confirmation.phone')}
            type="tel"
            value={value.phone}
            onChange={set('phone')}
            error={fieldErrors['/phone']}
            maxLength={30}
          />
          <TextField
            label={t('confirmation.email')}
            type="email"
            value={value.email}
            onChange={set('email')}
            error={fieldErrors['/email']}
            maxLength={200}
          />
          <div className="answer-buttons">
            <button type="submit" className="primary" disabled={busy || !value.fullName.trim()}>
              {t('confirmation.nomination.add')}
            </button>
          </div>
        </form>
      )}
      <h2>{t('confirmation.nomination.listed', { count: view.delegates.length })}</h2>
      {view.delegates.length === 0 ? (
        <p className="empty">{t('confirmation.nomination.none')}</p>
      ) : (
        <ol className="nominee-list">
          {view.delegates.map((d) => (
            <li key={d.id}>{[d.fullName, d.title, d.organisation].filter(Boolean).join(' - ')}</li>
          ))}
        </ol>
      )}
    </main>
  );
}
