import type { FormEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Banner } from '../components/Banner.js';

/** The frame every section shares: a heading, the restored-draft notice, the Save and Discard buttons. */
export const SectionForm = (props: {
  title: string;
  intro?: ReactNode;
  dirty: boolean;
  busy: boolean;
  restored: boolean;
  onSave: () => void;
  onDiscard: () => void;
  children: ReactNode;
  wide?: boolean;
  /** Reading is allowed but editing is not: no Save/Discard, every control disabled and the edit buttons hidden. */
  readOnly?: boolean;
}) => {
  const { t } = useTranslation();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    props.onSave();
  };
  return (
    <form className={`section-form ${props.wide ? 'wide' : ''}`} onSubmit={submit} noValidate aria-labelledby="section-title">
      <div className="section-head">
        <div>
          <h2 id="section-title">{props.title}</h2>
          {props.intro && <p className="section-intro">{props.intro}</p>}
        </div>
        {props.readOnly ? (
          <p className="read-only-note">{t('editor.readOnly')}</p>
        ) : (
          <div className="section-actions">
            {props.dirty && <span className="unsaved-note">{t('editor.unsaved')}</span>}
            <button type="button" className="secondary" disabled={!props.dirty || props.busy} onClick={props.onDiscard}>
              {t('common.discard')}
            </button>
            <button type="submit" className="primary" disabled={!props.dirty || props.busy}>
              {props.busy ? t('common.saving') : t('common.save')}
            </button>
          </div>
        )}
      </div>
      {props.restored && props.dirty && !props.readOnly && <Banner kind="info">{t('editor.draftRestored')}</Banner>}
      {props.readOnly ? (
        <fieldset className="read-only" disabled>
          {props.children}
        </fieldset>
      ) : (
        props.children
      )}
    </form>
  );
};
