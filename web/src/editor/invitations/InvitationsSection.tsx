/**
 * Giấy mời: send invitations and reminders by e-mail, follow the answers per bridge point and
 * group (live, from the conference's event stream), see failed deliveries, print the list for
 * delivery by hand and a sample invitation, and make links for delegated invitation.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { parseDate, shortDateVi, timeVi, weekdayVi } from '../../../../src/domain/vietnamese-dates.js';
import { openEventStream } from '../../api/attendance.js';
import { pointsInline } from '../../api/bridge-points.js';
import { Banner } from '../../components/Banner.js';
import { unknownTime } from '../../format.js';
import { useEditor } from '../context.js';
import { useAllDelegates } from '../delegates/useAllDelegates.js';
import { CountsTables } from './CountsTables.js';
import { DelegatePicker } from './DelegatePicker.js';
import { DeliveriesPanel } from './DeliveriesPanel.js';
import { getInvitationSummary, downloadDeliveryList, downloadSample, type InvitationSummary, type SendRequest } from './invitations-api.js';
import { SendConfirmDialog } from './SendConfirmDialog.js';
import { NominatorPanel } from './NominatorPanel.js';
import { SendPanel } from './SendPanel.js';
import '../../styles/access.css';
import './invitations-i18n.js';
import './invitations.css';

/** `08 giờ 00 phút, ngày 07/7/2021 (thứ Tư)`, or "chưa xác định" while neither a deadline nor the start is fixed. */
const timeText = (local: string | null, language: string) =>
  local ? `${timeVi(local)}, ngày ${shortDateVi(parseDate(local))} (${weekdayVi(parseDate(local))})` : unknownTime(language);

/** While messages wait in the queue, the counts are read again this often. */
const QUEUE_POLL_MS = 1500;

export default function InvitationsSection() {
  const { t, i18n } = useTranslation();
  const { conference, permissions: p, showError } = useEditor();
  const [summary, setSummary] = useState<InvitationSummary | null>(null);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const canSend = p.can('delegate.invite');
  const { items: delegates, reload: reloadDelegates } = useAllDelegates(conference.id, showError);
  const poll = useRef<ReturnType<typeof setTimeout> | null>(null);

  const refresh = useCallback(async () => {
    try {
      setSummary(await getInvitationSummary(conference.id));
    } catch (error) {
      showError(error);
    }
  }, [conference.id, showError]);

  useEffect(() => {
    void refresh();
    const stop = openEventStream(conference.id, {
      onResync: () => void refresh(),
      onEvent: (event) => {
        if (
          event.type === 'invitation.answered' ||
          event.type === 'invitations.sent' ||
          event.type === 'delegate.changed' ||
          event.type === 'delegates.imported'
        )
          void refresh();
      },
      onState: () => undefined,
    });
    return stop;
  }, [conference.id, refresh]);

  useEffect(() => {
    if (!summary || summary.deliveries.queued === 0) return;
    poll.current = setTimeout(() => void refresh(), QUEUE_POLL_MS);
    return () => {
      if (poll.current) clearTimeout(poll.current);
    };
  }, [summary, refresh]);

  const sent = () => {
    setSelected(new Set());
    void refresh();
    void reloadDelegates();
  };

  /** Sending again to those who failed is confirmed like any send. */
  const [retrying, setRetrying] = useState<SendRequest | null>(null);

  return (
    <section className="section-form wide invitations-section" aria-labelledby="section-title">
      <div className="section-head">
        <div>
          <h2 id="section-title">{t('sections.invitations')}</h2>
          <p className="section-intro">{t('invitations.intro')}</p>
        </div>
        <div className="section-actions">
          <button type="button" className="secondary" onClick={() => void downloadDeliveryList(conference.id).catch(showError)}>
            {t('invitations.print.list')}
          </button>
          <button type="button" className="secondary" onClick={() => void downloadSample(conference.id).catch(showError)}>
            {t('invitations.print.sample')}
          </button>
        </div>
      </div>
      {summary === null ? (
        <p className="loading">{t('common.loading')}</p>
      ) : (
        <>
          {summary.mail.enabled ? (
            <p className="hint">{t('invitations.mailOn', { from: summary.mail.from, server: summary.mail.server })}</p>
          ) : (
            <Banner kind="warning">
              <p>{t('invitations.mailOff')}</p>
            </Banner>
          )}
          <p className="answer-until">
            {t('invitations.answerUntil', { time: timeText(summary.answerUntil, i18n.language) })}{' '}
            {summary.deadline === null && t('invitations.untilStart')}
          </p>
          {canSend && (
            <SendPanel
              conferenceId={conference.id}
              startFixed={conference.startsAt !== null}
              summary={summary}
              selected={[...selected]}
              onSent={sent}
              onError={showError}
            />
          )}
          {canSend && delegates && (
            <DelegatePicker conference={conference} delegates={delegates} selected={selected} onChange={setSelected} />
          )}
          <DeliveriesPanel
            conferenceId={conference.id}
            summary={summary}
            canSend={canSend && summary.mail.enabled}
            onRetry={(delegateIds) => setRetrying({ kind: 'invitation', delegateIds })}
            onError={showError}
          />
          <SendConfirmDialog
            conferenceId={conference.id}
            request={retrying}
            onSent={() => {
              setRetrying(null);
              sent();
            }}
            onCancel={() => setRetrying(null)}
            onError={showError}
          />
          <CountsTables summary={summary} onlyListed={!pointsInline(conference)} />
          <p className="hint">{t('invitations.live')}</p>
          {canSend && <NominatorPanel conference={conference} onError={showError} />}
        </>
      )}
    </section>
  );
}
