/**
 * Members of the conference with their roles; a role is granted by e-mail (operators with
 * their bridge points). Revoke shows where the membership's `allowedActions` allow it.
 */
import { useCallback, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  grantMembership,
  listMemberships,
  revokeMembership,
  ROLES,
  type ConferenceRole,
  type MembershipRecord,
} from '../../api/accounts.js';
import { PointChecklist } from '../../bridge-points/PointChecklist.js';
import { usePointNames } from '../../bridge-points/point-names.js';
import { Banner } from '../../components/Banner.js';
import { SelectField, TextField } from '../../components/fields.js';
import { RecordTable } from '../../components/RecordTable.js';
import { useFormSubmit } from '../../components/useFormSubmit.js';
import { useRecordList } from '../../components/useRecordList.js';
import { useEditor } from '../context.js';

export const MembersPanel = () => {
  const { t } = useTranslation();
  const { conference } = useEditor();
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<ConferenceRole>('chair');
  const [points, setPoints] = useState<string[]>([]);
  const { submit: send, busy, errors, error, setError } = useFormSubmit();
  const { items, load, act } = useRecordList(
    useCallback(() => listMemberships(conference.id), [conference.id]),
    setError,
  );
  const nameOf = usePointNames(
    conference,
    (items ?? []).flatMap((membership) => membership.bridgePointIds),
  );
  const pointName = (id: string) => nameOf(id) ?? id;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    return send(async () => {
      await grantMembership(conference.id, { email: email.trim(), role, bridgePointIds: role === 'operator' ? points : [] });
      setEmail('');
      setPoints([]);
      await load();
    });
  };

  const revoke = (membership: MembershipRecord) => act(() => revokeMembership(conference.id, membership.id));

  return (
    <section className="access-panel" aria-labelledby="members-heading">
      <h3 id="members-heading">{t('access.members')}</h3>
      {error && <Banner kind="error" message={error.localized} onClose={() => setError(null)} />}
      {items === null ? (
        <p className="loading">{t('common.loading')}</p>
      ) : items.length === 0 ? (
        <p className="empty">{t('access.noMembers')}</p>
      ) : (
        <RecordTable columns={[t('access.person'), t('access.role'), t('access.points')]} actions>
          {items.map((m) => (
            <tr key={m.id}>
              <td>
                <strong>{m.userDisplayName ?? ''}</strong> <span className="muted">{m.userEmail ?? m.userId}</span>
              </td>
              <td>{t(`access.roles.${m.role}`)}</td>
              <td>{m.bridgePointIds.map(pointName).join('; ')}</td>
              <td>
                {m.allowedActions.includes('conference.manage_access') && (
                  <button
                    type="button"
                    className="link-button danger-text"
                    onClick={() => void revoke(m)}
                    aria-label={t('access.revokeRoleOf', { name: m.userEmail ?? m.userId, role: t(`access.roles.${m.role}`) })}
                  >
                    {t('access.revoke')}
                  </button>
                )}
              </td>
            </tr>
          ))}
        </RecordTable>
      )}
      <form className="access-form" onSubmit={(e) => void submit(e)} noValidate aria-label={t('access.addMember')}>
        <TextField label={t('access.memberEmail')} type="email" required value={email} onChange={setEmail} error={errors.email} />
        <SelectField
          label={t('access.role')}
          value={role}
          onChange={setRole}
          options={ROLES.map((r) => ({ value: r, label: t(`access.roles.${r}`) }))}
        />
        {role === 'operator' && (
          <PointChecklist conference={conference} legend={t('access.operatorPoints')} chosen={points} onChange={setPoints} />
        )}
        <button type="submit" className="primary" disabled={busy || !email.trim()}>
          {t('access.addMember')}
        </button>
      </form>
    </section>
  );
};
