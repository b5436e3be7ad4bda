/**
 * /phieu-y-kien/:token — a member's written opinion form (phiếu lấy ý kiến, issue 16), opened
 * from the personal link of its mail, on a phone: each question with its options as large
 * radio buttons, one "Gửi phiếu" after a confirmation (one answer per member), then the
 * recorded state; read-only once answered, past the deadline or closed. ?lang=en shows it in
 * English for this page only.
 */
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { showLanguage } from '../../i18n/index.js';
import { myForms } from '../../written-opinions/written-opinions-api.js';
import '../../written-opinions/written-opinions-i18n.js';
import '../../written-opinions/written-opinions.css';
import '../../votes/votes.css';
import { LinkGate, useLinkData } from '../confirmation/useLinkData.js';
import '../confirmation/confirmation-i18n.js';
import '../confirmation/confirmation.css';
import { MemberFormCard } from './MemberFormCard.js';

export default function WrittenOpinionPage() {
  const { t, i18n } = useTranslation();
  const { token = '' } = useParams();
  const [params] = useSearchParams();
  const wanted = params.get('lang') === 'en' ? 'en' : params.get('lang') === 'vi' ? 'vi' : null;
  useEffect(() => {
    // For this page only: the choice is not remembered for the other pages.
    if (wanted && i18n.language !== wanted) void showLanguage(wanted);
  }, [wanted, i18n]);

  const { actor, data: forms, refused, setData: setForms } = useLinkData(token, myForms);
  if (!forms || !actor) return <LinkGate refused={refused} />;
  // The newest first: a member may have been asked more than once.
  const shown = [...forms].sort((a, b) => (b.form.sentAt ?? '').localeCompare(a.form.sentAt ?? ''));
  return (
    <main className="link-page form-page" aria-labelledby="link-title">
      <h1 id="link-title">{t('writtenOpinions.page.title')}</h1>
      {shown.length === 0 && <p>{t('writtenOpinions.page.nothing')}</p>}
      {shown.map((item) => (
        <MemberFormCard
          key={item.form.id}
          conferenceId={actor.conferenceId}
          item={item}
          onAnswered={(next) => setForms(forms.map((f) => (f.form.id === next.form.id ? next : f)))}
        />
      ))}
    </main>
  );
}
