/** Delegates of the hall without a valid seat, with why: never hidden when the hall is full. */
import { useTranslation } from 'react-i18next';
import type { SeatingDelegate } from './seating-api.js';

export const UnseatedList = (props: {
  delegates: readonly SeatingDelegate[];
  selectedId: string | null;
  /** Null when the caller may not move anyone. */
  onSelect: ((id: string) => void) | null;
}) => {
  const { t } = useTranslation();
  const unseated = props.delegates.filter((d) => d.placedSeat === null);
  if (unseated.length === 0) return null;
  return (
    <section className="seating-unseated" aria-labelledby="seating-unseated-title">
      <h3 id="seating-unseated-title">{t('seating.unseated', { count: unseated.length })}</h3>
      <ul>
        {unseated.map((d) => (
          <li key={d.id}>
            {props.onSelect ? (
              <button
                type="button"
                className={`unseated-person ${d.id === props.selectedId ? 'seat-selected' : ''}`}
                aria-pressed={d.id === props.selectedId}
                onClick={() => props.onSelect?.(d.id)}
              >
                {d.fullName}
              </button>
            ) : (
              <strong>{d.fullName}</strong>
            )}
            {d.title && <span className="muted"> – {d.title}</span>}
            {d.substituteFor && <span className="chip">{t('seating.substituteFor', { name: d.substituteFor })}</span>}
            <span className="unseated-reason">{t(`seating.reasons.${d.unplacedReason ?? 'none'}`, { seat: d.seat })}</span>
          </li>
        ))}
      </ul>
    </section>
  );
};
