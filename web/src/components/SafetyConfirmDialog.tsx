/**
 * The confirmation of a checked act (issue 17): what will happen, the server's warnings with
 * their messages, and a box to tick before the act is allowed when there are warnings. A
 * native <dialog> (focus kept inside, Esc cancels); the confirm button names the act.
 */
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { SafetyWarning } from '../../../src/domain/safety/safety-warnings.js';
import { localized } from '../i18n/index.js';

export type { SafetyWarning };

export const SafetyConfirmDialog = (props: {
  open: boolean;
  title: string;
  children: ReactNode;
  warnings: readonly SafetyWarning[];
  confirmLabel: string;
  busy?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
  testId?: string;
}) => {
  const { t, i18n } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);
  const [acknowledged, setAcknowledged] = useState(false);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (props.open && !dialog.open) {
      setAcknowledged(false);
      dialog.showModal();
    }
    if (!props.open && dialog.open) dialog.close();
  }, [props.open]);
  const needsTick = props.warnings.length > 0;
  return (
    <dialog
      ref={ref}
      className="dialog safety-dialog"
      aria-labelledby="safety-title"
      data-testid={props.testId}
      onCancel={(event) => {
        event.preventDefault();
        props.onCancel();
      }}
    >
      <h2 id="safety-title">{props.title}</h2>
      {props.children}
      {needsTick && (
        <section className="safety-warnings" aria-label={t('safety.warningsTitle')}>
          <h3>{t('safety.warningsTitle')}</h3>
          <ul>
            {props.warnings.map((warning) => (
              <li key={warning.code} data-code={warning.code}>
                {localized(warning.message, i18n.language)}
              </li>
            ))}
          </ul>
          <label className="safety-acknowledge">
            <input type="checkbox" checked={acknowledged} onChange={(event) => setAcknowledged(event.target.checked)} />{' '}
            {t('safety.acknowledge')}
          </label>
        </section>
      )}
      <div className="actions">
        <button type="button" className="secondary" onClick={props.onCancel} autoFocus>
          {t('safety.cancel')}
        </button>
        <button
          type="button"
          className={needsTick ? 'danger' : 'primary'}
          disabled={props.busy || (needsTick && !acknowledged)}
          onClick={props.onConfirm}
        >
          {props.confirmLabel}
        </button>
      </div>
    </dialog>
  );
};
