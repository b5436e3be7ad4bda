/** Delegated invitation: a link for an organisation's contact to name the people attending at one point. */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Conference } from '../../../../src/domain/conference.schema.js';
import { PointSelect } from '../../bridge-points/PointSelect.js';
import { NumberField, SelectField, TextField } from '../../components/fields.js';
import { createNominatorLink } from './invitations-api.js';

const DAY_MS = 24 * 60 * 60_000;

export const NominatorPanel = (props: { conference: Conference; onError: (error: unknown) => void }) => {
  const { t } = useTranslation();
  const { conference } = props;
  // A national plan carries no points: none is preselected, the point is searched for.
  const [pointId, setPointId] = useState(conference.bridgePoints[0]?.id ?? '');
  const [groupId, setGroupId] = useState('');
  const [label, setLabel] = useState('');
  const [days, setDays] = useState<number | null>(14);
  const [busy, setBusy] = useState(false);
  const [url, setUrl] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);
  const groups = conference.participantGroups.filter((g) => g.bridgePointId === null || g.bridgePointId === pointId);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setUrl(null);
    try {
      const expiresAt = new Date(Date.now() + Math.min(365, Math.max(1, days ?? 14)) * DAY_MS).toISOString();
      const created = await createNominatorLink(conference.id, {
        bridgePointId: pointId,
        participantGroupId: groupId || null,
        label: label.trim(),
        expiresAt,
      });
      setUrl(`${window.location.origin}${created.url}`);
      setCopied(false);
    } catch (error) {
      props.onError(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <details className="nominator-panel">
      <summary>{t('invitations.nominator.title')}</summary>
      <p className="hint">{t('invitations.nominator.intro')}</p>
      <form onSubmit={(event) => void submit(event)}>
        <div className="field-row">
          <PointSelect
            conference={conference}
            label={t('invitations.nominator.point')}
            value={pointId}
            onChange={(v) => {
              setPointId(v);
              setGroupId('');
            }}
          />
          <SelectField
            label={t('invitations.nominator.group')}
            value={groupId}
            onChange={setGroupId}
            options={[{ value: '', label: t('invitations.nominator.anyGroup') }, ...groups.map((g) => ({ value: g.id, label: g.text }))]}
          />
        </div>
        <div className="field-row">
          <TextField
            label={t('invitations.nominator.label')}
            value={label}
            onChange={setLabel}
            placeholder={t('invitations.nominator.labelPlaceholder')}
            maxLength={200}
            required
          />
          <NumberField label={t('invitations.nominator.days')} value={days} onChange={setDays} min={1} max={365} />
        </div>
        <button type="submit" className="secondary" disabled={busy || !pointId || !label.trim()}>
          {t('invitations.nominator.create')}
        </button>
      </form>
      {url && (
        <div className="created-link">
          <p>{t('invitations.nominator.created')}</p>
          <code>{url}</code>
          <button
            type="button"
            className="link-button"
            onClick={() =>
              void navigator.clipboard?.writeText(url).then(
                () => setCopied(true),
                () => undefined,
              )
            }
          >
            {t('invitations.nominator.copy')}
          </button>
          {copied && <span role="status">{t('invitations.nominator.copied')}</span>}
        </div>
      )}
    </details>
  );
};
