/**
 * The meeting regime's warnings (Decision 45/2018/QĐ-TTg, chế độ họp) where the secretariat
 * works: documents sent later than 3 working days before the meeting (the documents section),
 * the conclusion notice due, overdue or issued late (the notice section). A calm warning with
 * the article cited; it never blocks anything. Shown to whoever reads the documents' receipts
 * or the notice (the organizer, the chair); refetched when `refreshKey` changes.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeetingRegimeItem, MeetingRegimeReport } from '../../../src/services/meeting-regime/meeting-regime-service.js';
import { request } from '../api/client.js';
import { Banner } from '../components/Banner.js';
import { useEditor } from '../editor/context.js';
import { formatDate } from '../format.js';
import { localized } from '../i18n/index.js';
import './meeting-regime-i18n.js';
import './meeting-regime.css';

export const getMeetingRegime = (conferenceId: string) =>
  request<MeetingRegimeReport>('GET', `/conferences/${conferenceId}/meeting-regime`, { quiet: true });

const TEXT_KEY: Record<MeetingRegimeItem['code'], string> = {
  'documents.late': 'sent',
  'notice.overdue': 'overdue',
  'notice.issued_late': 'issuedLate',
  'notice.due': 'due',
};

export default function MeetingRegimeWarnings(props: { conferenceId: string; kind: 'documents' | 'notice'; refreshKey?: unknown }) {
  const { t, i18n } = useTranslation();
  const { permissions: p } = useEditor();
  const [warnings, setWarnings] = useState<MeetingRegimeItem[]>([]);
  const readable = p.can('document.read_receipts') || p.can('conclusion.read');
  const { conferenceId, kind, refreshKey } = props;

  useEffect(() => {
    if (!readable) return;
    let current = true;
    // A warning that cannot be read is not shown: the screen under it works the same.
    getMeetingRegime(conferenceId).then(
      (report) => current && setWarnings(report.warnings.filter((w) => w.code.startsWith(kind === 'documents' ? 'documents.' : 'notice.'))),
      () => current && setWarnings([]),
    );
    return () => {
      current = false;
    };
  }, [conferenceId, kind, readable, refreshKey]);

  if (warnings.length === 0) return null;
  const date = (value: string | null) => (value ? formatDate(value, i18n.language) : '');
  const textOf = (w: MeetingRegimeItem) =>
    t(`meetingRegime.codes.${w.code === 'documents.late' && w.sentOn === null ? 'unsent' : TEXT_KEY[w.code]}`, {
      title: w.subjectTitle ?? '',
      sent: date(w.sentOn),
      issued: date(w.issuedOn),
      deadline: date(w.deadline),
      count: w.workingDaysLate,
      interpolation: { escapeValue: false },
    });
  const citations = [...new Set(warnings.map((w) => localized(w.citation, i18n.language)))];
  return (
    <div className="meeting-regime" data-meeting-regime={kind}>
      <Banner kind="warning">
        <p>
          <strong>{t(kind === 'documents' ? 'meetingRegime.documentsTitle' : 'meetingRegime.noticeTitle')}</strong>
        </p>
        <ul>
          {warnings.map((w) => (
            <li key={`${w.code}:${w.subjectId ?? ''}`} data-code={w.code}>
              {textOf(w)}
            </li>
          ))}
        </ul>
        {citations.map((text) => (
          <p key={text} className="meeting-regime-citation">
            {t('meetingRegime.citation', { text, interpolation: { escapeValue: false } })}
          </p>
        ))}
        <p className="meeting-regime-note">{t('meetingRegime.onlyWarning')}</p>
      </Banner>
    </div>
  );
}
