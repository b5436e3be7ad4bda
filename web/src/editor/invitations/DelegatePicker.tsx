/**
 * Choose delegates to send to: filter by point (searched for a national conference), state and
 * name (diacritics ignored), tick rows or all shown.
 */
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Conference } from '../../../../src/domain/conference.schema.js';
import { INVITATION_STATES } from '../../../../src/domain/participants/delegate.js';
import { matchesSearch } from '../../../../src/domain/text.js';
import type { PresentedDelegate } from '../../api/delegates.js';
import { PointSelect } from '../../bridge-points/PointSelect.js';
import { SelectField, TextField } from '../../components/fields.js';

const SHOWN = 200;

export const DelegatePicker = (props: {
  conference: Conference;
  delegates: readonly PresentedDelegate[];
  selected: ReadonlySet<string>;
  onChange: (selected: Set<string>) => void;
}) => {
  const { t } = useTranslation();
  const [pointId, setPointId] = useState('');
  const [state, setState] = useState('');
  const [q, setQ] = useState('');
  const matching = useMemo(
    () =>
      props.delegates.filter(
        (d) =>
          (!pointId || d.bridgePointId === pointId) &&
          (!state || d.invitation === state) &&
          (!q.trim() || matchesSearch(`${d.fullName} ${d.organisation}`, q)),
      ),
    [props.delegates, pointId, state, q],
  );
  const shown = matching.slice(0, SHOWN);
  const toggle = (id: string, on: boolean) => {
    const next = new Set(props.selected);
    if (on) next.add(id);
    else next.delete(id);
    props.onChange(next);
  };
  return (
    <details className="delegate-picker">
      <summary>{t('invitations.select.title')}</summary>
      <div className="field-row">
        <PointSelect
          conference={props.conference}
          label={t('invitations.select.point')}
          value={pointId}
          onChange={setPointId}
          emptyLabel={t('invitations.select.allPoints')}
        />
        <SelectField
          label={t('invitations.select.state')}
          value={state}
          onChange={setState}
          options={[
            { value: '', label: t('invitations.select.allStates') },
            ...INVITATION_STATES.map((s) => ({ value: s, label: t(`delegates.invitation.${s}`) })),
          ]}
        />
        <TextField label={t('invitations.select.search')} type="search" value={q} onChange={setQ} />
      </div>
      <p className="picker-actions">
        <span role="status">{t('invitations.select.shown', { shown: shown.length, total: matching.length })}</span>
        <button
          type="button"
          className="secondary"
          onClick={() => props.onChange(new Set([...props.selected, ...matching.filter((d) => d.email).map((d) => d.id)]))}
        >
          {t('invitations.select.selectShown')}
        </button>
        <button type="button" className="link-button" onClick={() => props.onChange(new Set())} disabled={props.selected.size === 0}>
          {t('invitations.select.clear')}
        </button>
      </p>
      <ul className="picker-list">
        {shown.map((d) => (
          <li key={d.id}>
            <label>
              <input
                type="checkbox"
                checked={props.selected.has(d.id)}
                disabled={!d.email}
                onChange={(e) => toggle(d.id, e.target.checked)}
                aria-label={t('invitations.select.pick', { name: d.fullName })}
              />
              <span>{d.fullName}</span>
              <span className="muted">{[d.title, d.organisation].filter(Boolean).join(', ')}</span>
              <span className={`badge invitation-${d.invitation}`}>{t(`delegates.invitation.${d.invitation}`)}</span>
              {!d.email && <span className="muted">({t('invitations.select.noEmail')})</span>}
            </label>
          </li>
        ))}
      </ul>
    </details>
  );
};
