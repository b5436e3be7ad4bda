/**
 * Finding a delegate by name as the operator types, with or without diacritics: in the
 * point's list kept on the device (instant, and without network), or on the server when
 * the point has more delegates than the device keeps.
 */
import { useEffect, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { searchHall } from '../../checkin/check-in-api.js';
import { rosterEntry, searchRoster, type Roster, type RosterEntry } from './hall-cache.js';

const SHOWN = 20;

export const SearchPanel = (props: {
  conferenceId: string;
  pointId: string;
  roster: Roster | null;
  online: boolean;
  pendingIds: ReadonlySet<string>;
  onCheckIn: (entry: RosterEntry) => void;
}) => {
  const { t } = useTranslation();
  const id = useId();
  const [query, setQuery] = useState('');
  const [remote, setRemote] = useState<RosterEntry[] | null>(null);
  const partial = props.roster !== null && props.roster.total > props.roster.items.length;

  useEffect(() => {
    setRemote(null);
    if (!partial || !props.online || !query.trim()) return;
    const controller = new AbortController();
    const timer = setTimeout(() => {
      searchHall(props.conferenceId, props.pointId, query, SHOWN, controller.signal)
        .then((page) => setRemote(page.items.map(rosterEntry)))
        .catch(() => undefined);
    }, 200);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [partial, props.online, props.conferenceId, props.pointId, query]);

  const { found, more } = useMemo(() => {
    if (remote) return { found: remote, more: 0 };
    return searchRoster(props.roster?.items ?? [], query, SHOWN);
  }, [remote, props.roster, query]);

  return (
    <section className="panel checkin-search" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('checkIn.search.title')}</h2>
      <div className="field">
        <label htmlFor={id}>{t('checkIn.search.label')}</label>
        <input
          id={id}
          type="search"
          value={query}
          autoComplete="off"
          placeholder={t('checkIn.search.placeholder')}
          onChange={(event) => setQuery(event.target.value)}
        />
      </div>
      {query.trim() !== '' && found.length === 0 && <p className="empty">{t('checkIn.search.none')}</p>}
      <ul className="checkin-results" aria-label={t('checkIn.search.results')}>
        {found.map((entry) => {
          const pending = props.pendingIds.has(entry.id);
          const present = entry.attendance === 'present';
          return (
            <li key={entry.id}>
              <div className="checkin-person">
                <strong>{entry.fullName}</strong>
                <span className="muted">{[entry.title, entry.organisation].filter(Boolean).join(' – ')}</span>
                {entry.substituteName && <span className="muted">{t('checkIn.result.substitute', { name: entry.substituteName })}</span>}
              </div>
              {pending ? (
                <span className="badge badge-pending">{t('checkIn.search.pending')}</span>
              ) : present ? (
                <span className="badge badge-present">{t('checkIn.search.present')}</span>
              ) : (
                <button
                  type="button"
                  className="primary"
                  aria-label={t('checkIn.search.checkInNamed', { name: entry.fullName })}
                  onClick={() => props.onCheckIn(entry)}
                >
                  {t('checkIn.search.checkIn')}
                </button>
              )}
            </li>
          );
        })}
      </ul>
      {more > 0 && <p className="hint">{t('checkIn.search.more', { count: more })}</p>}
    </section>
  );
};
