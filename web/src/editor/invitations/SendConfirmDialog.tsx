/**
 * Before a send (issue 17): the server's preview of it, how many delegates, at which bridge
 * points, the first names, those left without e-mail, and its warnings; the send goes with
 * that count and those warnings confirmed. A count that changed meanwhile is shown again.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client.js';
import { SafetyConfirmDialog } from '../../components/SafetyConfirmDialog.js';
import { previewSend, sendInvitations, type SendPreview, type SendRequest, type SendResult } from './invitations-api.js';

export const SendConfirmDialog = (props: {
  conferenceId: string;
  /** The send asked for; null: the dialog is closed. */
  request: SendRequest | null;
  onSent: (result: SendResult) => void;
  onCancel: () => void;
  onError: (error: unknown) => void;
}) => {
  const { t } = useTranslation();
  const [preview, setPreview] = useState<SendPreview | null>(null);
  const [changed, setChanged] = useState(false);
  const [busy, setBusy] = useState(false);
  const { conferenceId, request } = props;
  // The page's handlers, read when needed (they are new functions at each render).
  const handlers = useRef(props);
  handlers.current = props;
  const fail = (error: unknown) => {
    handlers.current.onCancel();
    handlers.current.onError(error);
  };

  const load = useCallback(async () => {
    if (!request) return;
    try {
      setPreview(await previewSend(conferenceId, request));
    } catch (error) {
      handlers.current.onCancel();
      handlers.current.onError(error);
    }
  }, [conferenceId, request]);

  useEffect(() => {
    setPreview(null);
    setChanged(false);
    void load();
  }, [load]);

  const confirm = async () => {
    if (!request || !preview) return;
    setBusy(true);
    try {
      const confirmation = { count: preview.count, warnings: preview.warnings.map((warning) => warning.code) };
      props.onSent(await sendInvitations(conferenceId, { ...request, confirm: confirmation }));
    } catch (error) {
      if (error instanceof ApiError && error.code.startsWith('safety.')) {
        setChanged(true);
        await load();
      } else fail(error);
    } finally {
      setBusy(false);
    }
  };

  const noEmail = preview?.skipped.filter((skip) => skip.reason === 'no_email').length ?? 0;
  const shown = preview?.recipients.length ?? 0;
  return (
    <SafetyConfirmDialog
      open={request !== null}
      title={t(`safety.send.title_${request?.kind ?? 'invitation'}`)}
      warnings={preview?.warnings ?? []}
      confirmLabel={t('safety.send.confirm', { count: preview?.count ?? 0 })}
      busy={busy || preview === null}
      onConfirm={() => void confirm()}
      onCancel={() => handlers.current.onCancel()}
      testId="send-confirm"
    >
      {changed && <p className="hint warn">{t('safety.send.changed')}</p>}
      {preview === null ? (
        <p className="loading">{t('safety.send.loading')}</p>
      ) : preview.count === 0 ? (
        <p>{t('safety.send.none')}</p>
      ) : (
        <>
          <p data-testid="send-count">
            <strong>{t('safety.send.count', { count: preview.count })}</strong>
          </p>
          <ul className="safety-points">
            {preview.bridgePoints.map((point) => (
              <li key={point.bridgePointId}>{t('safety.send.point', { name: point.name, count: point.count })}</li>
            ))}
          </ul>
          <ol className="safety-recipients">
            {preview.recipients.map((recipient) => (
              <li key={recipient.delegateId}>{recipient.fullName}</li>
            ))}
            {preview.count > shown && <li className="more">{t('safety.send.more', { count: preview.count - shown })}</li>}
          </ol>
        </>
      )}
      {noEmail > 0 && <p className="hint">{t('safety.send.noEmail', { count: noEmail })}</p>}
    </SafetyConfirmDialog>
  );
};
