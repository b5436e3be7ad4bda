/** The walk-in form (a person not on the list) and the headcount of a hall that only reports a number. */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '../../components/fields.js';
import type { WalkInFields } from './useCheckInActions.js';

const EMPTY: WalkInFields = { fullName: '', title: '', organisation: '', phone: '' };

export const WalkInForm = ({ onSubmit }: { onSubmit: (fields: WalkInFields) => Promise<boolean> }) => {
  const { t } = useTranslation();
  const [fields, setFields] = useState<WalkInFields>(EMPTY);
  const [busy, setBusy] = useState(false);
  const [missingName, setMissingName] = useState(false);
  const set = (name: keyof WalkInFields) => (value: string) => setFields((previous) => ({ ...previous, [name]: value }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!fields.fullName.trim()) {
      setMissingName(true);
      return;
    }
    setMissingName(false);
    setBusy(true);
    try {
      if (await onSubmit(fields)) setFields(EMPTY);
    } finally {
      setBusy(false);
    }
  };

  return (
    <details className="panel checkin-walkin">
      <summary>
        <h2>{t('checkIn.walkIn.title')}</h2>
      </summary>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <TextField
          label={t('checkIn.walkIn.fullName')}
          required
          value={fields.fullName}
          onChange={set('fullName')}
          maxLength={100}
          error={missingName ? { vi: 'Cần nhập họ và tên.', en: 'A full name is required.' } : undefined}
        />
        <TextField label={t('checkIn.walkIn.jobTitle')} value={fields.title} onChange={set('title')} maxLength={300} />
        <TextField label={t('checkIn.walkIn.organisation')} value={fields.organisation} onChange={set('organisation')} maxLength={500} />
        <TextField label={t('checkIn.walkIn.phone')} type="tel" value={fields.phone} onChange={set('phone')} maxLength={30} />
        <button type="submit" className="primary" disabled={busy}>
          {t('checkIn.walkIn.submit')}
        </button>
      </form>
    </details>
  );
};

export const HeadcountForm = (props: {
  last: { count: number; reportedAt: string } | null;
  onSubmit: (count: number) => Promise<void>;
}) => {
  const { t, i18n } = useTranslation();
  const [value, setValue] = useState('');
  const [busy, setBusy] = useState(false);
  const count = /^\d{1,7}$/.test(value.trim()) ? Number(value.trim()) : null;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (count === null) return;
    setBusy(true);
    try {
      await props.onSubmit(count);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="panel checkin-headcount" aria-labelledby="checkin-headcount-title">
      <h2 id="checkin-headcount-title">{t('checkIn.headcount.title')}</h2>
      <form onSubmit={(event) => void submit(event)} className="checkin-inline-form">
        <div className="field">
          <label htmlFor="checkin-headcount">{t('checkIn.headcount.label')}</label>
          <input
            id="checkin-headcount"
            inputMode="numeric"
            pattern="[0-9]*"
            value={value}
            onChange={(event) => setValue(event.target.value)}
          />
        </div>
        <button type="submit" className="primary" disabled={busy || count === null}>
          {t('checkIn.headcount.submit')}
        </button>
      </form>
      {props.last && (
        <p className="hint">
          {t('checkIn.headcount.last', {
            count: props.last.count,
            time: new Date(props.last.reportedAt).toLocaleTimeString(i18n.language === 'en' ? 'en-GB' : 'vi-VN', {
              hour: '2-digit',
              minute: '2-digit',
            }),
          })}
        </p>
      )}
    </section>
  );
};
