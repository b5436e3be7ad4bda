/** The list of conferences: search (diacritics-insensitive, on the server), filters, create, import, duplicate, archive. */
import { useEffect, useState } from 'react';
import '../styles/list.css';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import type { ConferenceStatus, ConferenceSummary } from '../../../src/domain/conference.schema.js';
import { CONFERENCE_STATUSES } from '../domain-values.js';
import { ApiError } from '../api/client.js';
import { listConferences, setArchived } from '../api/conferences.js';
import { Banner } from '../components/Banner.js';
import { SelectField, TextField } from '../components/fields.js';
import { StatusBadge } from '../components/StatusBadge.js';
import { formatConferenceTime } from '../format.js';
import { useSystemAction } from '../auth/AuthContext.js';
import { CreateConference } from './CreateConference.js';
import { DuplicateButton } from './DuplicateButton.js';
import { ImportPlan } from './ImportPlan.js';

const useDebounced = <T,>(value: T, delay: number): T => {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), delay);
    return () => clearTimeout(timer);
  }, [value, delay]);
  return debounced;
};

export default function ConferenceListPage() {
  const { t, i18n } = useTranslation();
  const [params, setParams] = useSearchParams();
  const [query, setQuery] = useState(params.get('q') ?? '');
  const status = (params.get('status') ?? '') as ConferenceStatus | '';
  const archived = params.get('archived') === 'true';
  const q = useDebounced(query, 300);
  const [items, setItems] = useState<ConferenceSummary[] | null>(null);
  const [total, setTotal] = useState(0);
  const [error, setError] = useState<ApiError | null>(null);
  const [refresh, setRefresh] = useState(0);
  const mayCreate = useSystemAction('conference.create');
  const mayImport = useSystemAction('conference.import');
  const allowed = (item: ConferenceSummary, action: string) =>
    (item as ConferenceSummary & { allowedActions?: { conference: string[] } }).allowedActions?.conference.includes(action) ?? true;

  const setParam = (key: string, value: string) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (value) next.set(key, value);
        else next.delete(key);
        return next;
      },
      { replace: true },
    );
  useEffect(() => {
    if ((params.get('q') ?? '') !== q) setParam('q', q);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [q]);

  useEffect(() => {
    const controller = new AbortController();
    listConferences({ q, status, archived, limit: 100 }, controller.signal)
      .then((result) => {
        setItems(result.items);
        setTotal(result.total);
        setError(null);
      })
      .catch((caught: unknown) => {
        if (caught instanceof ApiError) setError(caught);
      });
    return () => controller.abort();
  }, [q, status, archived, refresh]);

  const toggleArchive = async (item: ConferenceSummary) => {
    try {
      await setArchived(item.id, !item.archived, item.version);
      setRefresh((n) => n + 1);
    } catch (caught) {
      if (caught instanceof ApiError) setError(caught);
    }
  };

  return (
    <div className="list-page">
      <div className="page-head">
        <div>
          <h1>{t('list.title')}</h1>
          <p className="section-intro">{t('list.intro')}</p>
        </div>
      </div>
      <div className="list-layout">
        <section className="panel" aria-labelledby="list-heading">
          <h2 id="list-heading" className="sr-only">
            {t('list.results')}
          </h2>
          <div className="filters" role="search">
            <TextField type="search" label={t('list.search')} placeholder={t('list.searchPlaceholder')} value={query} onChange={setQuery} />
            <SelectField
              label={t('list.status')}
              value={status}
              onChange={(value) => setParam('status', value)}
              options={[
                { value: '' as const, label: t('list.allStatuses') },
                ...CONFERENCE_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) })),
              ]}
            />
            <div className="segmented" role="group" aria-label={t('list.show')}>
              <button type="button" aria-pressed={!archived} className={!archived ? 'active' : ''} onClick={() => setParam('archived', '')}>
                {t('list.active')}
              </button>
              <button
                type="button"
                aria-pressed={archived}
                className={archived ? 'active' : ''}
                onClick={() => setParam('archived', 'true')}
              >
                {t('list.archived')}
              </button>
            </div>
          </div>
          {error && <Banner kind="error" message={error.localized} onClose={() => setError(null)} />}
          {items === null ? (
            <p className="loading">{t('common.loading')}</p>
          ) : items.length === 0 ? (
            <p className="empty">{q ? t('list.noMatch', { q }) : status || archived ? t('list.noneMatching') : t('list.empty')}</p>
          ) : (
            <>
              <p className="muted" aria-live="polite">
                {t('list.count', { count: total })}
              </p>
              <ul className="conference-list">
                {items.map((item) => (
                  <li key={item.id} className="conference-row">
                    <div className="conference-main">
                      <Link to={`/conferences/${item.id}/general`} className="conference-title">
                        {item.title}
                      </Link>
                      <p className="conference-meta">
                        <StatusBadge status={item.status} />
                        <span className={item.startsAt ? undefined : 'time-not-fixed'}>{formatConferenceTime(item, i18n.language)}</span>
                        {item.issuingBody && <span>{item.issuingBody.replace(/\n/g, ' ')}</span>}
                        <span>{t('list.bridgePoints', { count: item.bridgePointCount })}</span>
                      </p>
                    </div>
                    <div className="conference-actions">
                      {mayCreate && allowed(item, 'conference.duplicate') && <DuplicateButton conference={item} onError={setError} />}
                      {allowed(item, 'conference.archive') && (
                        <button type="button" className="secondary small" onClick={() => void toggleArchive(item)}>
                          {item.archived ? t('list.unarchive') : t('list.archive')}
                        </button>
                      )}
                    </div>
                  </li>
                ))}
              </ul>
            </>
          )}
        </section>
        {(mayCreate || mayImport) && (
          <aside className="list-side">
            {mayCreate && <CreateConference />}
            {mayImport && <ImportPlan />}
          </aside>
        )}
      </div>
    </div>
  );
}
