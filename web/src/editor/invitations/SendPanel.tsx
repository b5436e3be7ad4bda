/**
 * Send to every delegate not yet invited, to the selected ones, or remind those who have not
 * answered; each send is confirmed first in SendConfirmDialog (how many, to whom, the warnings).
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Banner } from '../../components/Banner.js';
import { TextField } from '../../components/fields.js';
import { type InvitationKind, type InvitationSummary, type SendRequest, type SendResult } from './invitations-api.js';
import { SendConfirmDialog } from './SendConfirmDialog.js';

export const SendPanel = (props: {
  conferenceId: string;
  /** False while the conference's start is not fixed: the server refuses to send (409 conference.time_not_set). */
  startFixed: boolean;
  summary: InvitationSummary;
  selected: readonly string[];
  onSent: () => void;
  onError: (error: unknown) => void;
}) => {
  const { t } = useTranslation();
  const [deadline, setDeadline] = useState(props.summary.deadline ?? '');
  const [asked, setAsked] = useState<SendRequest | null>(null);
  const [result, setResult] = useState<SendResult | null>(null);
  const disabled = asked !== null || !props.summary.mail.enabled;

  const send = (kind: InvitationKind, delegateIds?: string[]) => {
    setResult(null);
    setAsked({ kind, ...(delegateIds ? { delegateIds } : {}), deadline: deadline || null });
  };

  const noEmail = result?.skipped.filter((s) => s.reason === 'no_email').length ?? 0;
  const otherSkipped = (result?.skipped.length ?? 0) - noEmail;
  return (
    <div className="send-panel">
      <h3>{t('invitations.send.title')}</h3>
      {!props.startFixed && (
        <p className="hint warn" data-testid="start-not-fixed">
          {t('invitations.send.startNotFixed')}{' '}
          <Link to={`/conferences/${props.conferenceId}/general`}>{t('invitations.send.setTime')}</Link>
        </p>
      )}
      <TextField
        label={t('invitations.send.deadline')}
        type="datetime-local"
        value={deadline}
        onChange={setDeadline}
        hint={t('invitations.send.deadlineHint')}
      />
      <div className="send-actions">
        <button
          type="button"
          className="primary"
          disabled={disabled || props.summary.totals.notInvited === 0}
          onClick={() => void send('invitation')}
        >
          {t('invitations.send.all')} ({props.summary.totals.notInvited})
        </button>
        <button
          type="button"
          className="secondary"
          disabled={disabled || props.selected.length === 0}
          onClick={() => void send('invitation', [...props.selected])}
        >
          {t('invitations.send.selected', { count: props.selected.length })}
        </button>
        <button
          type="button"
          className="secondary"
          disabled={disabled || props.summary.totals.noAnswer === 0}
          onClick={() => void send('reminder')}
        >
          {t('invitations.send.remind', { count: props.summary.totals.noAnswer })}
        </button>
      </div>
      <SendConfirmDialog
        conferenceId={props.conferenceId}
        request={asked}
        onSent={(sent) => {
          setAsked(null);
          setResult(sent);
          props.onSent();
        }}
        onCancel={() => setAsked(null)}
        onError={props.onError}
      />
      {result && (
        <Banner kind={noEmail > 0 ? 'warning' : 'success'} onClose={() => setResult(null)}>
          <p>{result.queued > 0 ? t('invitations.send.queued', { count: result.queued }) : t('invitations.send.none')}</p>
          {noEmail > 0 && <p>{t('invitations.send.noEmail', { count: noEmail })}</p>}
          {otherSkipped > 0 && <p>{t('invitations.send.skipped', { count: otherSkipped })}</p>}
        </Banner>
      )}
    </div>
  );
};
