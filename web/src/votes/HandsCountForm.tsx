/**
 * The operator's show-of-hands count for their hall: one number per option, sent with
 * PUT /votes/:id/hands/:pointId; it replaces the hall's electronic ballots, and sending again
 * replaces the count.
 */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client.js';
import { Banner } from '../components/Banner.js';
import { enterHands, type Vote } from './votes-api.js';
import './votes-i18n.js';
import './votes.css';

export function HandsCountForm({ conferenceId, pointId, vote }: { conferenceId: string; pointId: string; vote: Vote }) {
  const { t } = useTranslation();
  const [counts, setCounts] = useState<string[]>(() => vote.options.map(() => ''));
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const numbers = counts.map((value) => (value.trim() === '' ? 0 : Number(value)));
  const valid = numbers.every((value) => Number.isInteger(value) && value >= 0) && counts.some((value) => value.trim() !== '');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    setSaved(false);
    try {
      await enterHands(conferenceId, vote.id, pointId, numbers);
      setSaved(true);
    } catch (caught) {
      if (caught instanceof ApiError) setError(caught);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="panel hands-form" onSubmit={(event) => void submit(event)} data-testid="hands-form" aria-labelledby="hands-title">
      <h2 id="hands-title">{t('votes.hands.title')}</h2>
      <p className="ballot-question">{vote.question}</p>
      <p className="muted">{t('votes.hands.hint')}</p>
      {error && <Banner kind="error" message={error.localized} />}
      {saved && (
        <Banner kind="success">
          <p>{t('votes.hands.saved')}</p>
        </Banner>
      )}
      <div className="hands-fields">
        {vote.options.map((label, index) => (
          <label key={label}>
            {label}
            <input
              type="number"
              inputMode="numeric"
              min={0}
              step={1}
              value={counts[index]}
              onChange={(event) => {
                setSaved(false);
                setCounts((current) => current.map((value, at) => (at === index ? event.target.value : value)));
              }}
            />
          </label>
        ))}
      </div>
      <button type="submit" className="primary" disabled={busy || !valid}>
        {t('votes.hands.save')}
      </button>
    </form>
  );
}
