import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { LocalizedMessage } from '../../../src/domain/errors.js';
import { localized } from '../i18n/index.js';

export const Banner = (props: {
  kind: 'error' | 'info' | 'success' | 'warning';
  message?: LocalizedMessage;
  children?: ReactNode;
  onClose?: () => void;
}) => {
  const { t, i18n } = useTranslation();
  return (
    <div className={`banner banner-${props.kind}`} role={props.kind === 'error' ? 'alert' : 'status'}>
      <div className="banner-body">
        {props.message && <p>{localized(props.message, i18n.language)}</p>}
        {props.children}
      </div>
      {props.onClose && (
        <button type="button" className="link-button" onClick={props.onClose}>
          {t('common.close')}
        </button>
      )}
    </div>
  );
};
