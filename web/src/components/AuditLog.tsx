/**
 * The audit log with filters (action, actor, date range) and paging; for one conference or for all.
 * Each entry reads as a sentence ("Nguyễn Văn An bỏ qua nội dung 4 «…»"), with the names of the
 * conference's items and bridge points when the caller passes them; the code, the identifiers and
 * the stored before/after are folded under "Chi tiết".
 */
import { useCallback, useEffect, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { auditSentence, entityNames, type AuditNames } from '../../../src/domain/audit/audit-sentences.js';
import { listAudit, type AuditEntry, type AuditFilters } from '../api/accounts.js';
import { ApiError } from '../api/client.js';
import { formatInstant } from '../format.js';
import { Banner } from './Banner.js';
import { TextField } from './fields.js';
import { RecordTable } from './RecordTable.js';

const PAGE = 50;
const change = (value: unknown): string => (value === null || value === undefined ? '' : JSON.stringify(value, null, 2));
/** A date input (yyyy-mm-dd, local day) as the start or the end of that day. */
const dayBound = (day: string, end: boolean): string | undefined =>
  day ? new Date(`${day}T${end ? '23:59:59.999' : '00:00:00'}`).toISOString() : undefined;

/** The folded raw entry: action code, entity, origin, and the stored sides. */
const AuditDetails = ({ item }: { item: AuditEntry }) => {
  const { t } = useTranslation();
  const sides = [
    ['before', item.before],
    ['after', item.after],
  ] as const;
  return (
    <details className="audit-details">
      <summary>{t('audit.details')}</summary>
      <dl>
        <dt>{t('audit.code')}</dt>
        <dd>
          <code>{item.action}</code>
        </dd>
        <dt>{t('audit.entity')}</dt>
        <dd>
          <code>
            {item.entityType}
            {item.entityId ? ` ${item.entityId}` : ''}
          </code>
        </dd>
        {item.ip && (
          <>
            <dt>{t('audit.origin')}</dt>
            <dd>{item.ip}</dd>
          </>
        )}
        {item.userAgent && (
          <>
            <dt>{t('audit.browser')}</dt>
            <dd>{item.userAgent}</dd>
          </>
        )}
        {sides.map(([key, value]) =>
          value === null || value === undefined ? null : (
            <div key={key}>
              <dt>{t(`audit.${key}`)}</dt>
              <dd>
                <pre className="audit-change">{change(value)}</pre>
              </dd>
            </div>
          ),
        )}
      </dl>
    </details>
  );
};

export const AuditLog = (props: {
  conferenceId?: string;
  headingId: string;
  names?: AuditNames;
  /** Told the entries loaded, so the caller can look up the names they need (a national conference's points). */
  onEntries?: (entries: readonly AuditEntry[]) => void;
}) => {
  const { t, i18n } = useTranslation();
  const [action, setAction] = useState('');
  const [actor, setActor] = useState('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [applied, setApplied] = useState<AuditFilters>({});
  const [items, setItems] = useState<AuditEntry[] | null>(null);
  const [next, setNext] = useState<number | null>(null);
  const [error, setError] = useState<ApiError | null>(null);

  const load = useCallback(
    async (filters: AuditFilters, beforeSeq?: number) => {
      try {
        const page = await listAudit({ ...filters, conferenceId: props.conferenceId, limit: PAGE, beforeSeq });
        setItems((current) => (beforeSeq && current ? [...current, ...page.items] : page.items));
        setNext(page.nextBeforeSeq);
        setError(null);
      } catch (caught) {
        if (caught instanceof ApiError) setError(caught);
      }
    },
    [props.conferenceId],
  );
  useEffect(() => void load(applied), [load, applied]);
  const { onEntries } = props;
  useEffect(() => {
    if (items) onEntries?.(items);
  }, [items, onEntries]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setApplied({ action: action.trim() || undefined, from: dayBound(from, false), to: dayBound(to, true) });
  };
  // The actor filter works on what the page shows (e-mail or link label); the server filters by user id.
  const needle = actor.trim().toLowerCase();
  const shown = (items ?? []).filter((item) => !needle || item.actor.label.toLowerCase().includes(needle));
  // Entities named by another entry of the page (a link's label from its creation, for its revocation).
  const names = useMemo(() => ({ ...props.names, entities: entityNames(items ?? []) }), [props.names, items]);

  return (
    <div className="audit-log">
      <form className="filters audit-filters" onSubmit={submit} role="search" aria-labelledby={props.headingId}>
        <TextField label={t('audit.action')} value={action} onChange={setAction} placeholder="bridge_point.update" />
        <TextField label={t('audit.actor')} value={actor} onChange={setActor} placeholder={t('audit.actorPlaceholder')} />
        <TextField label={t('audit.from')} type="date" value={from} onChange={setFrom} />
        <TextField label={t('audit.to')} type="date" value={to} onChange={setTo} />
        <button type="submit" className="secondary">
          {t('audit.filter')}
        </button>
      </form>
      {error && <Banner kind="error" message={error.localized} />}
      {items === null && !error && <p className="loading">{t('common.loading')}</p>}
      {items && shown.length === 0 && <p className="empty">{t('audit.empty')}</p>}
      {shown.length > 0 && (
        <RecordTable className="audit-table" columns={[t('audit.at'), t('audit.what')]}>
          {shown.map((item) => (
            <tr key={item.seq} data-action={item.action}>
              <td className="nowrap">{formatInstant(item.at, i18n.language)}</td>
              <td>
                <p className="audit-sentence">{auditSentence(item, i18n.language, names)}</p>
                <AuditDetails item={item} />
              </td>
            </tr>
          ))}
        </RecordTable>
      )}
      {next !== null && (
        <button type="button" className="secondary" onClick={() => void load(applied, next)}>
          {t('audit.more')}
        </button>
      )}
    </div>
  );
};
