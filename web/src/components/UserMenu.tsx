/** The header's user menu: who is signed in (or which link is in use), the administration pages, sign out. */
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useAuth } from '../auth/AuthContext.js';

export const UserMenu = () => {
  const { t } = useTranslation();
  const { me, signOut } = useAuth();
  if (!me || me.actor.kind === 'anonymous') return null;
  const actor = me.actor;
  const name = actor.kind === 'user' ? actor.user.displayName : actor.label;
  const detail = actor.kind === 'user' ? actor.user.email : t(`access.purposes.${actor.purpose}`);
  return (
    <details className="user-menu">
      <summary aria-label={t('userMenu.label', { name })}>
        <span className="user-name">{name}</span>
      </summary>
      <div className="user-menu-panel">
        <p className="user-detail">{detail}</p>
        {me.systemActions.includes('user.list') && <Link to="/quan-tri/nguoi-dung">{t('users.title')}</Link>}
        {me.systemActions.includes('audit.read_all') && <Link to="/quan-tri/nhat-ky">{t('audit.adminTitle')}</Link>}
        <button type="button" className="secondary small" onClick={() => void signOut()}>
          {t('userMenu.logout')}
        </button>
      </div>
    </details>
  );
};
