/**
 * Access links: create (the address is shown once, with a copy button), list with their last
 * use, revoke (on active links whose `allowedActions` allow it).
 */
import { useCallback, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { createLink, LINK_PURPOSES, listLinks, revokeLink, type AccessLink, type LinkPurpose } from '../../api/accounts.js';
import { ApiError } from '../../api/client.js';
import { PointSelect } from '../../bridge-points/PointSelect.js';
import { usePointNames } from '../../bridge-points/point-names.js';
import { Banner } from '../../components/Banner.js';
import { SelectField, TextField } from '../../components/fields.js';
import { RecordTable } from '../../components/RecordTable.js';
import { useFormSubmit } from '../../components/useFormSubmit.js';
import { useRecordList } from '../../components/useRecordList.js';
import { formatInstant } from '../../format.js';
import { useEditor } from '../context.js';
import { NewLink } from './NewLink.js';

const inDays = (days: number) => {
  const date = new Date(Date.now() + days * 24 * 60 * 60_000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
};

/** Links bound to one bridge point: its operator, its big screen (display). */
const NEEDS_POINT: ReadonlySet<LinkPurpose> = new Set(['operator', 'display']);

export const LinksPanel = () => {
  const { t, i18n } = useTranslation();
  const { conference } = useEditor();
  const [purpose, setPurpose] = useState<LinkPurpose>('operator');
  const [pointId, setPointId] = useState('');
  const [label, setLabel] = useState('');
  const [expires, setExpires] = useState(inDays(30));
  const [created, setCreated] = useState<{ url: string; label: string } | null>(null);
  const { submit: send, busy, errors, error, setError } = useFormSubmit();
  const { items, load, act } = useRecordList(
    useCallback(() => listLinks(conference.id), [conference.id]),
    setError,
  );
  const pointName = usePointNames(
    conference,
    (items ?? []).map((link) => link.bridgePointId),
  );

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setCreated(null);
    return send(async () => {
      try {
        const expiresAt = new Date(expires).toISOString();
        const result = await createLink(conference.id, {
          purpose,
          bridgePointId: NEEDS_POINT.has(purpose) ? pointId || null : null,
          label: label.trim(),
          expiresAt,
        });
        setCreated({ url: `${window.location.origin}${result.url}`, label: result.link.label });
        setLabel('');
        await load();
      } catch (caught) {
        throw caught instanceof ApiError
          ? caught
          : new ApiError(0, 'link.expiry_invalid', { vi: 'Thời hạn không hợp lệ.', en: 'The expiry is not valid.' });
      }
    });
  };

  const revoke = (link: AccessLink) => act(() => revokeLink(conference.id, link.id));

  return (
    <section className="access-panel" aria-labelledby="links-heading">
      <h3 id="links-heading">{t('access.links')}</h3>
      <p className="hint">{t('access.linksIntro')}</p>
      {error && <Banner kind="error" message={error.localized} onClose={() => setError(null)} />}
      {created && <NewLink url={created.url} label={created.label} onClose={() => setCreated(null)} />}
      <form className="access-form" onSubmit={(e) => void submit(e)} noValidate aria-label={t('access.createLink')}>
        <SelectField
          label={t('access.purpose')}
          value={purpose}
          onChange={setPurpose}
          options={LINK_PURPOSES.map((p) => ({ value: p, label: t(`access.purposes.${p}`) }))}
        />
        {NEEDS_POINT.has(purpose) && (
          <PointSelect
            conference={conference}
            label={t('access.linkPoint')}
            value={pointId}
            onChange={setPointId}
            error={errors.bridgePointId}
            emptyLabel={t('access.choosePoint')}
          />
        )}
        <TextField
          label={t('access.label')}
          required
          value={label}
          onChange={setLabel}
          error={errors.label}
          placeholder={t('access.labelPlaceholder')}
        />
        <TextField
          label={t('access.expiresAt')}
          type="datetime-local"
          required
          value={expires}
          onChange={setExpires}
          error={errors.expiresAt}
        />
        <button type="submit" className="primary" disabled={busy || !label.trim() || (NEEDS_POINT.has(purpose) && !pointId)}>
          {t('access.createLink')}
        </button>
      </form>
      {items && items.length === 0 && <p className="empty">{t('access.noLinks')}</p>}
      {items && items.length > 0 && (
        <RecordTable
          className="links-table"
          columns={[t('access.label'), t('access.purpose'), t('access.state'), t('access.expiresAt'), t('access.lastUse')]}
          actions
        >
          {items.map((link) => (
            <tr key={link.id} className={`link-${link.state}`}>
              <td>{link.label}</td>
              <td>
                {t(`access.purposes.${link.purpose}`)}
                {link.bridgePointId && <span className="muted"> · {pointName(link.bridgePointId) ?? ''}</span>}
              </td>
              <td>{t(`access.states.${link.state}`)}</td>
              <td>{formatInstant(link.expiresAt, i18n.language)}</td>
              <td>
                {link.lastUsedAt
                  ? t('access.usedTimes', { when: formatInstant(link.lastUsedAt, i18n.language), count: link.useCount })
                  : t('access.neverUsed')}
              </td>
              <td>
                {link.state === 'active' && link.allowedActions.includes('conference.manage_access') && (
                  <button
                    type="button"
                    className="link-button danger-text"
                    onClick={() => void revoke(link)}
                    aria-label={t('access.revokeLinkOf', { label: link.label })}
                  >
                    {t('access.revoke')}
                  </button>
                )}
              </td>
            </tr>
          ))}
        </RecordTable>
      )}
      {/* useCount counts recorded uses, not requests (LINK_USE_INTERVAL_MS in access-link-service.ts). */}
      {items && items.length > 0 && <p className="muted">{t('access.useCountNote')}</p>}
    </section>
  );
};
