/**
 * /quan-tri/nguoi-dung: the administrator's accounts: list, create (the one-time password
 * link to hand over is shown once), a new password link, disable and re-enable. A row shows
 * its buttons when the account's `allowedActions` hold `user.update`; the disable button is
 * also left out on the signed-in person's own row (the server refuses it with 422).
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import '../../styles/access.css';
import { listUsers, resetPassword, setUserDisabled, type UserRecord } from '../../api/accounts.js';
import { ApiError } from '../../api/client.js';
import { Banner } from '../../components/Banner.js';
import { RecordTable } from '../../components/RecordTable.js';
import { useRecordList } from '../../components/useRecordList.js';
import { useAuth, useSystemAction } from '../../auth/AuthContext.js';
import { NewLink } from '../../editor/access/NewLink.js';
import { CreateUserForm } from './CreateUserForm.js';

export default function UsersPage() {
  const { t } = useTranslation();
  const { me } = useAuth();
  const mayList = useSystemAction('user.list');
  const mayCreate = useSystemAction('user.create');
  const [handover, setHandover] = useState<{ url: string; label: string } | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const { items: users, load, act } = useRecordList(listUsers, setError, mayList);
  const selfId = me?.actor.kind === 'user' ? me.actor.user.id : null;

  const reset = (user: UserRecord) =>
    act(async () => {
      const { link } = await resetPassword(user.id);
      setHandover({ url: `${window.location.origin}${link}`, label: user.email });
    });

  if (!mayList) return <Banner kind="warning">{t('auth.notAllowedPage')}</Banner>;
  return (
    <div className="list-page">
      <div className="page-head">
        <div>
          <h1>{t('users.title')}</h1>
          <p className="section-intro">{t('users.intro')}</p>
        </div>
      </div>
      <div className="list-layout">
        <section className="panel" aria-labelledby="users-heading">
          <h2 id="users-heading" className="sr-only">
            {t('users.title')}
          </h2>
          {error && <Banner kind="error" message={error.localized} onClose={() => setError(null)} />}
          {handover && <NewLink url={handover.url} label={handover.label} onClose={() => setHandover(null)} />}
          {users === null ? (
            <p className="loading">{t('common.loading')}</p>
          ) : (
            <RecordTable className="users-table" columns={[t('auth.displayName'), t('auth.email'), t('users.state')]} actions>
              {users.map((user) => (
                <tr key={user.id} className={user.disabled ? 'user-disabled' : undefined}>
                  <td>
                    {user.displayName}
                    {user.isAdmin && <span className="badge badge-host">{t('users.admin')}</span>}
                  </td>
                  <td>{user.email}</td>
                  <td>{user.disabled ? t('users.disabled') : user.hasPassword ? t('users.active') : t('users.awaitingPassword')}</td>
                  <td className="row-buttons">
                    {user.allowedActions.includes('user.update') && (
                      <button
                        type="button"
                        className="link-button"
                        onClick={() => void reset(user)}
                        aria-label={t('users.resetOf', { email: user.email })}
                      >
                        {t('users.reset')}
                      </button>
                    )}
                    {user.allowedActions.includes('user.update') && user.id !== selfId && (
                      <button
                        type="button"
                        className={`link-button ${user.disabled ? '' : 'danger-text'}`}
                        onClick={() => void act(() => setUserDisabled(user.id, !user.disabled))}
                        aria-label={t(user.disabled ? 'users.enableOf' : 'users.disableOf', { email: user.email })}
                      >
                        {user.disabled ? t('users.enable') : t('users.disable')}
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </RecordTable>
          )}
        </section>
        {mayCreate && (
          <aside className="list-side">
            <CreateUserForm
              onCreated={(user, link) => {
                setHandover({ url: `${window.location.origin}${link}`, label: user.email });
                void load();
              }}
            />
          </aside>
        )}
      </div>
    </div>
  );
}
