import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { ConferenceSummary } from '../../../src/domain/conference.schema.js';
import { ApiError } from '../api/client.js';
import { duplicateConference } from '../api/conferences.js';
import { SelectField } from '../components/fields.js';

/** "Nhân bản": a copy as a new draft, dates shifted by whole years (same conference next year). */
export const DuplicateButton = ({ conference, onError }: { conference: ConferenceSummary; onError: (error: ApiError) => void }) => {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  const [years, setYears] = useState('1');
  const [busy, setBusy] = useState(false);

  const duplicate = async () => {
    setBusy(true);
    try {
      const copy = await duplicateConference(conference.id, Number(years));
      void navigate(`/conferences/${copy.id}/general`);
    } catch (caught) {
      if (caught instanceof ApiError) onError(caught);
      setBusy(false);
    }
  };

  if (!open) {
    return (
      <button type="button" className="secondary small" onClick={() => setOpen(true)}>
        {t('duplicate.open')}
      </button>
    );
  }
  // The year as far as it is known: the exact start, else the first session's date; none when neither is set.
  const known = conference.startsAt ?? conference.firstDate;
  const startYear = known ? Number(known.slice(0, 4)) : null;
  return (
    <div className="duplicate-box">
      <SelectField
        label={t('duplicate.shift')}
        value={years}
        onChange={setYears}
        options={Array.from({ length: 11 }, (_, n) => ({
          value: String(n),
          label:
            startYear === null
              ? n === 0
                ? t('duplicate.sameYearUnknown')
                : t('duplicate.yearsUnknown', { count: n })
              : n === 0
                ? t('duplicate.sameYear', { year: startYear })
                : t('duplicate.years', { count: n, year: startYear + n }),
        }))}
      />
      <button type="button" className="primary small" disabled={busy} onClick={() => void duplicate()}>
        {t('duplicate.confirm')}
      </button>
      <button type="button" className="link-button" onClick={() => setOpen(false)}>
        {t('common.cancel')}
      </button>
    </div>
  );
};
