/**
 * Asking to speak from a hall: the operator on behalf of the hall (a speaker's name optional,
 * a speech or a point of order), or a delegate for themselves (one large button). Each request
 * carries a clientKey made once and is sent again with the same key until the server answers
 * ("Đang gửi…"), even across a reload; the standing in the queue then comes from the live state.
 */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { FloorRequestKind } from '../../../../src/domain/live/live-state.js';
import { Banner } from '../../components/Banner.js';
import { newClientKey, requestFloor, withdraw, type FloorRequestInput } from '../../live/live-api.js';
import type { QueueStanding } from './hall-view.js';
import { useUntilAcknowledged } from './useUntilAcknowledged.js';

/** The two retried writes of a hall or a delegate: asking, and withdrawing. */
export const useFloorWrites = (conferenceId: string, scope: string) => {
  const ask = useUntilAcknowledged<FloorRequestInput>(`diemcau.live.ask.${conferenceId}.${scope}`, (input) =>
    requestFloor(conferenceId, input),
  );
  const back = useUntilAcknowledged<string>(null, (requestId) => withdraw(conferenceId, requestId));
  return { ask, back };
};
export type FloorWrites = ReturnType<typeof useFloorWrites>;

const SendingNote = ({ attempts }: { attempts: number }) => {
  const { t } = useTranslation();
  return (
    <p className="live-sending" role="status">
      {attempts > 0 ? t('live.hall.request.retrying', { count: attempts + 1 }) : t('live.hall.request.sending')}
    </p>
  );
};

/** The hall's (or the delegate's) waiting requests with their places, and a withdraw button each. */
export const Standing = ({ standing, writes, ownOnly }: { standing: QueueStanding; writes: FloorWrites; ownOnly?: boolean }) => {
  const { t } = useTranslation();
  if (standing.speaking)
    return (
      <p className="live-standing live-standing-speaking">{ownOnly ? t('live.delegate.speaking') : t('live.hall.request.speakingNow')}</p>
    );
  if (standing.mine.length === 0) return ownOnly ? null : <p className="muted">{t('live.hall.request.none')}</p>;
  return (
    <ul className="live-standing-list">
      {standing.mine.map(({ request, place }) => (
        <li key={request.id} className={`live-standing kind-${request.kind}`}>
          <span className="live-place" data-testid="queue-place">
            {ownOnly
              ? t('live.delegate.waiting', { place, total: standing.total })
              : t('live.hall.request.place', { place, total: standing.total })}
          </span>
          {!ownOnly && (
            <span className="live-standing-who">
              {request.speakerName} · {t(`live.hall.request.kinds.${request.kind}`)}
            </span>
          )}
          <button
            type="button"
            className="secondary live-big-button"
            disabled={writes.back.pending !== null}
            aria-label={ownOnly ? undefined : t('live.hall.request.withdrawOf', { name: request.speakerName })}
            onClick={() => writes.back.start(request.id)}
          >
            {ownOnly ? t('live.delegate.withdraw') : t('live.hall.request.withdraw')}
          </button>
        </li>
      ))}
    </ul>
  );
};

const Errors = ({ writes }: { writes: FloorWrites }) => {
  const { t } = useTranslation();
  return (
    <>
      {writes.ask.error && (
        <Banner kind="error" message={writes.ask.error.localized} onClose={writes.ask.dismissError}>
          <p>{t('live.hall.request.refused')}</p>
        </Banner>
      )}
      {writes.back.error && <Banner kind="error" message={writes.back.error.localized} onClose={writes.back.dismissError} />}
    </>
  );
};

/** The operator's form: for the hall, optionally naming who will speak. */
export const HallRequestForm = ({ pointId, standing, writes }: { pointId: string; standing: QueueStanding; writes: FloorWrites }) => {
  const { t } = useTranslation();
  const [speakerName, setSpeakerName] = useState('');
  const send = (kind: FloorRequestKind) => {
    const name = speakerName.trim();
    writes.ask.start({ clientKey: newClientKey(), kind, bridgePointId: pointId, ...(name ? { speakerName: name } : {}) });
    setSpeakerName('');
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    send('speak');
  };
  const busy = writes.ask.pending !== null;
  return (
    <section className="panel live-request" aria-labelledby="request-heading">
      <h2 id="request-heading">{t('live.hall.request.title')}</h2>
      <form onSubmit={submit} noValidate>
        <div className="field">
          <label htmlFor="request-speaker">{t('live.hall.request.speakerName')}</label>
          <input
            id="request-speaker"
            maxLength={200}
            value={speakerName}
            placeholder={t('live.hall.request.speakerPlaceholder')}
            onChange={(event) => setSpeakerName(event.target.value)}
          />
        </div>
        <div className="live-request-buttons">
          <button type="submit" className="primary live-big-button" disabled={busy}>
            {t('live.hall.request.speak')}
          </button>
          <button type="button" className="secondary live-big-button" disabled={busy} onClick={() => send('point_of_order')}>
            {t('live.hall.request.pointOfOrder')}
          </button>
        </div>
      </form>
      {writes.ask.pending && <SendingNote attempts={writes.ask.pending.attempts} />}
      <Standing standing={standing} writes={writes} />
      <Errors writes={writes} />
    </section>
  );
};

/** The delegate's buttons: ask for themselves, or withdraw what is waiting. */
export const DelegateRequest = ({ standing, writes, allowed }: { standing: QueueStanding; writes: FloorWrites; allowed: boolean }) => {
  const { t } = useTranslation();
  if (!allowed) return <p className="muted">{t('live.delegate.notAllowed')}</p>;
  const waiting = standing.mine.length > 0 || standing.speaking !== null;
  return (
    <section className="live-delegate-request">
      {!waiting && (
        <button
          type="button"
          className="primary live-big-button"
          disabled={writes.ask.pending !== null}
          onClick={() => writes.ask.start({ clientKey: newClientKey(), kind: 'speak' })}
        >
          {t('live.delegate.ask')}
        </button>
      )}
      {writes.ask.pending && <SendingNote attempts={writes.ask.pending.attempts} />}
      <Standing standing={standing} writes={writes} ownOnly />
      <Errors writes={writes} />
    </section>
  );
};
