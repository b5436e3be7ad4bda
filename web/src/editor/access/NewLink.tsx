/** The address of a link just created: shown once, with a copy button. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Banner } from '../../components/Banner.js';

export const NewLink = (props: { url: string; label: string; onClose: () => void }) => {
  const { t } = useTranslation();
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(props.url);
      setCopied(true);
    } catch {
      const input = document.getElementById('new-link-url') as HTMLInputElement | null;
      input?.select();
    }
  };
  return (
    <Banner kind="success" onClose={props.onClose}>
      <p>{t('access.linkCreated', { label: props.label })}</p>
      <div className="copy-row">
        <label htmlFor="new-link-url" className="sr-only">
          {t('access.linkAddress')}
        </label>
        <input id="new-link-url" readOnly value={props.url} onFocus={(e) => e.target.select()} />
        <button type="button" className="secondary small" onClick={() => void copy()}>
          {copied ? t('access.copied') : t('access.copy')}
        </button>
      </div>
      <p className="hint">{t('access.shownOnce')}</p>
    </Banner>
  );
};
