/**
 * /xac-nhan/:token — the delegate's personal link, without an account, on a phone first:
 * the conference, time, place and their bridge point; attend, decline, or name a substitute
 * (người dự thay); a change of mind until the deadline; the QR code to show at check-in.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { Substitute } from '../../../../src/domain/participants/delegate.js';
import { parseDate, shortDateVi, timeVi } from '../../../../src/domain/vietnamese-dates.js';
import { ApiError } from '../../api/client.js';
import { Banner } from '../../components/Banner.js';
import { unknownTime } from '../../format.js';
import { localized } from '../../i18n/index.js';
import { answerInvitation, getInvitation, type AnswerAction, type InvitationView } from './confirmation-api.js';
import { LiveDayEntry } from './LiveDayEntry.js';
import { SubstituteForm } from './SubstituteForm.js';
import { useLinkSession } from './useLinkSession.js';
import './confirmation-i18n.js';
import './confirmation.css';

const NOT_PERSONAL = { vi: 'Đường dẫn này không phải giấy mời cá nhân.', en: 'This link is not a personal invitation.' };

const CheckInQr = (props: { text: string }) => {
  const { t } = useTranslation();
  const [src, setSrc] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    void import('qrcode')
      .then((QRCode) => QRCode.toDataURL(props.text, { errorCorrectionLevel: 'M', margin: 4, width: 360 }))
      .then(
        (url) => live && setSrc(url),
        () => undefined,
      );
    return () => {
      live = false;
    };
  }, [props.text]);
  if (!src) return null;
  return (
    <figure className="qr">
      <img src={src} alt={t('confirmation.qrTitle')} />
      <figcaption>{t('confirmation.qrHint')}</figcaption>
    </figure>
  );
};

export default function ConfirmationPage() {
  const { t, i18n } = useTranslation();
  const { token = '' } = useParams();
  const { actor, error: linkError } = useLinkSession(token);
  const [view, setView] = useState<InvitationView | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [substituting, setSubstituting] = useState(false);
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState(false);

  useEffect(() => {
    if (!actor) return;
    if (actor.purpose !== 'delegate') {
      setError(new ApiError(404, 'invitation.not_found', NOT_PERSONAL));
      return;
    }
    getInvitation(actor.conferenceId).then(setView, (caught: unknown) => setError(caught instanceof ApiError ? caught : null));
  }, [actor]);

  const answer = async (action: AnswerAction, substitute?: Substitute) => {
    if (!view) return;
    setBusy(true);
    setSaved(false);
    setError(null);
    try {
      setView(await answerInvitation(view.conference.id, { action, ...(substitute ? { substitute } : {}) }));
      setSubstituting(false);
      setSaved(true);
    } catch (caught) {
      if (caught instanceof ApiError && caught.code === 'confirmation.substitute_invalid') throw caught;
      setError(caught instanceof ApiError ? caught : null);
    } finally {
      setBusy(false);
    }
  };

  const refused = linkError ?? (view ? null : error);
  if (refused) {
    return (
      <main className="link-page" aria-labelledby="link-title">
        <h1 id="link-title">{t('confirmation.refusedTitle')}</h1>
        <Banner kind="error" message={refused.localized} />
        <p>{t('confirmation.refusedHelp')}</p>
      </main>
    );
  }
  if (!view) return <p className="loading">{t('confirmation.opening')}</p>;

  const { delegate, conference } = view;
  const until = (local: string | null) =>
    local === null
      ? unknownTime(i18n.language)
      : i18n.language === 'en'
        ? `${local.slice(11, 16)}, ${shortDateVi(parseDate(local))}`
        : `${timeVi(local.slice(0, 16))}, ngày ${shortDateVi(parseDate(local))}`;
  return (
    <main className="link-page" aria-labelledby="link-title">
      <h1 id="link-title">{t('confirmation.title')}</h1>
      <p>{t('confirmation.dear', { name: [delegate.fullName, delegate.title, delegate.organisation].filter(Boolean).join(' - ') })}</p>
      <p>{conference.issuingBody}</p>
      <p className="event-name">{conference.eventName}</p>
      <dl>
        <dt>{t('confirmation.time')}</dt>
        <dd>{conference.time}</dd>
        {conference.presiding && (
          <>
            <dt>{t('confirmation.presiding')}</dt>
            <dd>{conference.presiding}</dd>
          </>
        )}
        <dt>{t('confirmation.point')}</dt>
        {view.place.map((line) => (
          <dd key={line}>{line}</dd>
        ))}
      </dl>
      <LiveDayEntry conferenceId={conference.id} startsAt={conference.startsAt} declined={delegate.invitation === 'declined'} />
      <p className={`answer-state state-${delegate.invitation}`} role="status" data-state={delegate.invitation}>
        {t(`confirmation.state.${delegate.invitation}`, { name: delegate.substitute?.fullName ?? '' })}
      </p>
      {saved && (
        <Banner kind="success">
          <p>{t('confirmation.saved')}</p>
        </Banner>
      )}
      {error && (
        <Banner kind="error">
          <p>{localized(error.localized, i18n.language)}</p>
        </Banner>
      )}
      {delegate.attendance === 'present' ? (
        <p>{t('confirmation.present')}</p>
      ) : view.open ? (
        <>
          <p className="hint">{t('confirmation.until', { time: until(view.answerUntil) })}</p>
          {substituting ? (
            <SubstituteForm
              initial={delegate.substitute}
              busy={busy}
              onSubmit={(substitute) => answer('substitute', substitute)}
              onCancel={() => setSubstituting(false)}
            />
          ) : (
            <div className="answer-buttons">
              <button type="button" className="primary" disabled={busy} onClick={() => void answer('attend')}>
                {t('confirmation.attend')}
              </button>
              <button type="button" className="secondary" disabled={busy} onClick={() => void answer('decline')}>
                {t('confirmation.decline')}
              </button>
              <button type="button" className="secondary" disabled={busy} onClick={() => setSubstituting(true)}>
                {t('confirmation.substitute')}
              </button>
            </div>
          )}
        </>
      ) : delegate.invitation === 'not_invited' ? null : (
        <Banner kind="warning">
          <p>{t('confirmation.closed')}</p>
        </Banner>
      )}
      {delegate.invitation !== 'declined' && <CheckInQr text={`${window.location.origin}/xac-nhan/${token}`} />}
    </main>
  );
}
