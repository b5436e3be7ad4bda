/** Members of the conference with their roles; a role is granted by e-mail (operators with their bridge points). */
import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { grantMembership, listMemberships, revokeMembership, ROLES, type ConferenceRole, type MembershipRecord } from '../../api/accounts.js';
import { ApiError } from '../../api/client.js';
import { Banner } from '../../components/Banner.js';
import { SelectField, TextField, type FieldErrors } from '../../components/fields.js';
import { useEditor } from '../context.js';
import { toFieldErrors } from '../useSave.js';

export const MembersPanel = () => {
  const { t } = useTranslation();
  const { conference } = useEditor();
  const [items, setItems] = useState<MembershipRecord[] | null>(null);
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<ConferenceRole>('chair');
  const [points, setPoints] = useState<string[]>([]);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const pointName = (id: string) => conference.bridgePoints.find((point) => point.id === id)?.name ?? id;

  const load = useCallback(async () => {
    try {
      setItems((await listMemberships(conference.id)).items);
    } catch (caught) {
      if (caught instanceof ApiError) setError(caught);
    }
  }, [conference.id]);
  useEffect(() => void load(), [load]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    setErrors({});
    try {
      await grantMembership(conference.id, { email: email.trim(), role, bridgePointIds: role === 'operator' ? points : [] });
      setEmail('');
      setPoints([]);
      await load();
    } catch (caught) {
      if (caught instanceof ApiError) {
        setErrors(toFieldErrors(caught.fields));
        setError(caught);
      }
    } finally {
      setBusy(false);
    }
  };

  const revoke = async (membership: MembershipRecord) => {
    setError(null);
    try {
      await revokeMembership(conference.id, membership.id);
      await load();
    } catch (caught) {
      if (caught instanceof ApiError) setError(caught);
    }
  };

  return (
    <section className="access-panel" aria-labelledby="members-heading">
      <h3 id="members-heading">{t('access.members')}</h3>
      {error && <Banner kind="error" message={error.localized} onClose={() => setError(null)} />}
      {items === null ? (
        <p className="loading">{t('common.loading')}</p>
      ) : items.length === 0 ? (
        <p className="empty">{t('access.noMembers')}</p>
      ) : (
        <div className="table-wrap">
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{t('access.person')}</th>
                <th scope="col">{t('access.role')}</th>
                <th scope="col">{t('access.points')}</th>
                <th scope="col"><span className="sr-only">{t('common.actions')}</span></th>
              </tr>
            </thead>
            <tbody>
              {items.map((m) => (
                <tr key={m.id}>
                  <td>
                    <strong>{m.userDisplayName ?? ''}</strong> <span className="muted">{m.userEmail ?? m.userId}</span>
                  </td>
                  <td>{t(`access.roles.${m.role}`)}</td>
                  <td>{m.bridgePointIds.map(pointName).join('; ')}</td>
                  <td>
                    <button type="button" className="link-button danger-text" onClick={() => void revoke(m)} aria-label={t('access.revokeRoleOf', { name: m.userEmail ?? m.userId, role: t(`access.roles.${m.role}`) })}>
                      {t('access.revoke')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <form className="access-form" onSubmit={(e) => void submit(e)} noValidate aria-label={t('access.addMember')}>
        <TextField label={t('access.memberEmail')} type="email" required value={email} onChange={setEmail} error={errors.email} />
        <SelectField label={t('access.role')} value={role} onChange={setRole} options={ROLES.map((r) => ({ value: r, label: t(`access.roles.${r}`) }))} />
        {role === 'operator' && (
          <fieldset className="point-choices">
            <legend>{t('access.operatorPoints')}</legend>
            {conference.bridgePoints.map((point) => (
              <label key={point.id} className="checkbox">
                <input
                  type="checkbox"
                  checked={points.includes(point.id)}
                  onChange={(e) => setPoints((list) => (e.target.checked ? [...list, point.id] : list.filter((id) => id !== point.id)))}
                />
                {point.name}
              </label>
            ))}
          </fieldset>
        )}
        <button type="submit" className="primary" disabled={busy || !email.trim()}>
          {t('access.addMember')}
        </button>
      </form>
    </section>
  );
};
