/**
 * Thông báo kết luận: draft it from the record, edit its header, preamble, closing, signer,
 * Nơi nhận and the addresses it is mailed to; write the numbered conclusions, each with its
 * lead and co-operating agencies, task and deadline; issue it (tasks on the assignment board,
 * mail with the .docx); download it.
 */
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SIGNING_AUTHORITIES, type Conference } from '../../../../src/domain/conference.schema.js';
import { missingNoticeFields } from '../../../../src/domain/conclusions/notice-requirements.js';
import { formatDate, formatInstant } from '../../format.js';
import { pointsInline } from '../../api/bridge-points.js';
import { ApiError } from '../../api/client.js';
import { PointSelect } from '../../bridge-points/PointSelect.js';
import { usePointNames } from '../../bridge-points/point-names.js';
import { Banner } from '../../components/Banner.js';
import {
  addConclusion,
  downloadNotice,
  draftNotice,
  getNotice,
  issueNotice,
  removeConclusion,
  updateNotice,
  type ConclusionNotice,
} from '../../record/record-api.js';
import '../../record/record-i18n.js';
import '../../record/record.css';
import { useEditor } from '../context.js';
import MeetingRegimeWarnings from '../../meeting-regime/MeetingRegimeWarnings.js';

const lines = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

const NoticeForm = (props: { notice: ConclusionNotice; onSaved: (n: ConclusionNotice) => void; showError: (e: unknown) => void }) => {
  const { t } = useTranslation();
  const n = props.notice;
  const [f, setF] = useState({
    governingBody: n.governingBody,
    issuingBody: n.issuingBody,
    documentNumber: n.documentNumber,
    documentSymbol: n.documentSymbol,
    issueDate: n.issueDate ?? '',
    subject: n.subject,
    preamble: n.preamble,
    closing: n.closing,
    signerAuthority: n.signerAuthority,
    signerBody: n.signerBody,
    signerTitle: n.signerTitle,
    signerName: n.signerName,
    distribution: n.distribution.join('\n'),
    recipients: n.recipients.join('\n'),
  });
  const set = (key: keyof typeof f) => (e: { target: { value: string } }) => setF({ ...f, [key]: e.target.value });
  // What issuing needs and the draft left empty: marked, never pre-filled with a guess.
  const missing = new Set<string>(missingNoticeFields(f));
  const mark = (key: string) => (missing.has(key) ? 'missing' : undefined);
  const flag = (key: string, text = t('record.notice.toFill')) =>
    missing.has(key) ? (
      <span className="to-fill" data-to-fill={key}>
        {text}
      </span>
    ) : null;
  const blank = (key: string) => flag(key, t('record.notice.blankLeft'));
  const save = () =>
    void updateNotice(n.conferenceId, n.version, {
      ...f,
      issueDate: f.issueDate || null,
      distribution: lines(f.distribution),
      recipients: lines(f.recipients),
    }).then(props.onSaved, props.showError);
  return (
    <form className="record-form" onSubmit={(e) => (e.preventDefault(), save())}>
      <div className="record-grid">
        <label>
          {t('record.notice.governingBody')}
          <textarea rows={2} value={f.governingBody} onChange={set('governingBody')} />
        </label>
        <label>
          {t('record.notice.issuingBody')} {flag('issuingBody')}
          <textarea rows={2} className={mark('issuingBody')} value={f.issuingBody} onChange={set('issuingBody')} />
        </label>
      </div>
      <div className="record-grid">
        <label>
          {t('record.notice.number')}
          <input value={f.documentNumber} onChange={set('documentNumber')} />
        </label>
        <label>
          {t('record.notice.symbol')} {flag('documentSymbol')}
          <input className={mark('documentSymbol')} value={f.documentSymbol} onChange={set('documentSymbol')} />
        </label>
        <label>
          {t('record.notice.issueDate')}
          <input type="date" value={f.issueDate} onChange={set('issueDate')} />
        </label>
      </div>
      <label>
        {t('record.notice.subject')} {blank('subject')}
        <input className={mark('subject')} value={f.subject} onChange={set('subject')} />
      </label>
      <label>
        {t('record.notice.preamble')} {blank('preamble')}
        <textarea rows={5} className={mark('preamble')} value={f.preamble} onChange={set('preamble')} />
      </label>
      <label>
        {t('record.notice.closing')} {blank('closing')}
        <input className={mark('closing')} value={f.closing} onChange={set('closing')} />
      </label>
      <div className="record-grid">
        <label>
          {t('record.notice.signerAuthority')} {flag('signerAuthority')}
          <select className={mark('signerAuthority')} value={f.signerAuthority} onChange={set('signerAuthority')}>
            {SIGNING_AUTHORITIES.map((a) => (
              <option key={a} value={a}>
                {a || '—'}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('record.notice.signerBody')}
          <input value={f.signerBody} onChange={set('signerBody')} />
        </label>
        <label>
          {t('record.notice.signerTitle')} {flag('signerTitle')}
          <input className={mark('signerTitle')} value={f.signerTitle} onChange={set('signerTitle')} />
        </label>
        <label>
          {t('record.notice.signerName')} {flag('signerName')}
          <input className={mark('signerName')} value={f.signerName} onChange={set('signerName')} />
        </label>
      </div>
      <div className="record-grid">
        <label>
          {t('record.notice.distribution')}
          <textarea rows={4} value={f.distribution} onChange={set('distribution')} />
        </label>
        <label>
          {t('record.notice.recipients')}
          <textarea rows={4} value={f.recipients} onChange={set('recipients')} />
        </label>
      </div>
      <button type="submit">{t('record.notice.save')}</button>
    </form>
  );
};

const emptyConclusion = { text: '', leadAgency: '', body: '', cooperating: '', taskText: '', deadline: '' };

/**
 * The plan's bodies a lead agency may be bound to: its bridge points and participant groups
 * (`p:<id>`, `g:<id>`). A national conference's plan carries no points: one is found by search.
 */
const bodyOptions = (conference: Conference) => [
  ...conference.bridgePoints.map((point) => ({ value: `p:${point.id}`, name: point.name, kind: 'point' as const })),
  ...conference.participantGroups
    .filter((group) => group.organisation.trim())
    .map((group) => ({ value: `g:${group.id}`, name: group.organisation.trim(), kind: 'group' as const })),
];

const leadBodyOf = (value: string) =>
  value.startsWith('p:')
    ? { bridgePointId: value.slice(2), participantGroupId: null }
    : value.startsWith('g:')
      ? { bridgePointId: null, participantGroupId: value.slice(2) }
      : null;

const ConclusionForm = (props: { conference: Conference; onAdded: (n: ConclusionNotice) => void; showError: (e: unknown) => void }) => {
  const { t } = useTranslation();
  const [c, setC] = useState(emptyConclusion);
  const options = bodyOptions(props.conference);
  const inline = pointsInline(props.conference);
  const pointId = c.body.startsWith('p:') ? c.body.slice(2) : '';
  const pointName = usePointNames(props.conference, [pointId]);
  const set = (key: keyof typeof c) => (e: { target: { value: string } }) => setC({ ...c, [key]: e.target.value });
  const choose = (e: { target: { value: string } }) => {
    const chosen = options.find((o) => o.value === e.target.value);
    if (!inline && e.target.value === c.body) return;
    // The agency's name is the body's as the plan writes it; it stays editable.
    setC({ ...c, body: e.target.value, leadAgency: chosen ? chosen.name : c.leadAgency });
  };
  const choosePoint = (id: string) => setC({ ...c, body: id ? `p:${id}` : '', leadAgency: (id && pointName(id)) || c.leadAgency });
  const add = () =>
    void addConclusion(props.conference.id, {
      text: c.text.trim(),
      leadAgency: c.leadAgency.trim(),
      leadBody: leadBodyOf(c.body),
      cooperatingAgencies: c.cooperating
        .split(',')
        .map((a) => a.trim())
        .filter(Boolean),
      taskText: c.taskText.trim(),
      deadline: c.deadline || null,
    }).then((n) => (setC(emptyConclusion), props.onAdded(n)), props.showError);
  return (
    <form className="record-form conclusion-form" onSubmit={(e) => (e.preventDefault(), add())}>
      <label>
        {t('record.notice.conclusionText')}
        <textarea rows={2} value={c.text} onChange={set('text')} required />
      </label>
      <div className="record-grid">
        <label>
          {t('record.notice.leadBody')}
          <select value={c.body} onChange={choose}>
            <option value="">{t('record.notice.leadBodyNone')}</option>
            {!inline && pointId && <option value={c.body}>{t('record.notice.pointOption', { name: pointName(pointId) ?? '…' })}</option>}
            {options.map((o) => (
              <option key={o.value} value={o.value}>
                {t(o.kind === 'point' ? 'record.notice.pointOption' : 'record.notice.groupOption', { name: o.name })}
              </option>
            ))}
          </select>
        </label>
        {!inline && (
          <PointSelect
            conference={props.conference}
            label={t('nationalAccess.leadPoint')}
            value={pointId}
            onChange={choosePoint}
            emptyLabel={t('record.notice.leadBodyNone')}
          />
        )}
        <label>
          {t('record.notice.lead')}
          <input value={c.leadAgency} onChange={set('leadAgency')} />
        </label>
        <label>
          {t('record.notice.cooperating')}
          <input value={c.cooperating} onChange={set('cooperating')} />
        </label>
        <label>
          {t('record.notice.task')}
          <input value={c.taskText} onChange={set('taskText')} />
        </label>
        <label>
          {t('record.notice.deadline')}
          <input type="date" value={c.deadline} onChange={set('deadline')} />
        </label>
      </div>
      <button type="submit" disabled={!c.text.trim()}>
        {t('record.notice.add')}
      </button>
    </form>
  );
};

export default function ConclusionsSection() {
  const { t, i18n } = useTranslation();
  const { conference, permissions: p, showError } = useEditor();
  const [notice, setNotice] = useState<ConclusionNotice | null | undefined>(undefined);
  const [note, setNote] = useState<string | null>(null);
  const writes = p.can('conclusion.write');

  const refresh = useCallback(async () => {
    try {
      setNotice(await getNotice(conference.id));
    } catch (error) {
      if (error instanceof ApiError && error.status === 404) setNotice(null);
      else showError(error);
    }
  }, [conference.id, showError]);
  useEffect(() => void refresh(), [refresh]);
  const draft = notice?.status === 'draft';

  return (
    <section className="record" aria-labelledby="notice-title">
      <h2 id="notice-title">{t('sections.conclusions')}</h2>
      <p className="intro">{t('record.notice.intro')}</p>
      <MeetingRegimeWarnings conferenceId={conference.id} kind="notice" refreshKey={notice} />
      {note && (
        <Banner kind="info" onClose={() => setNote(null)}>
          <p>{note}</p>
        </Banner>
      )}
      {notice === null && (
        <div className="record-form">
          <p>{t('record.notice.none')}</p>
          {writes && (
            <button type="button" onClick={() => void draftNotice(conference.id).then(setNotice, showError)}>
              {t('record.notice.build')}
            </button>
          )}
        </div>
      )}
      {notice && (
        <>
          {notice.status === 'issued' && notice.issuedAt && (
            <p className="record-status" data-status="issued">
              {t('record.notice.issued', { at: formatInstant(notice.issuedAt, i18n.language) })}
            </p>
          )}
          <div className="record-actions">
            <button type="button" onClick={() => void downloadNotice(conference.id, 'docx').catch(showError)}>
              {t('record.notice.download')}
            </button>
            <button type="button" className="secondary" onClick={() => void downloadNotice(conference.id, 'pdf').catch(showError)}>
              {t('record.notice.downloadPdf')}
            </button>
          </div>
          {writes && draft && (
            <NoticeForm
              key={notice.version}
              notice={notice}
              onSaved={(n) => (setNotice(n), setNote(t('record.notice.saved')))}
              showError={showError}
            />
          )}
          <h3>{t('record.notice.conclusions')}</h3>
          <ol className="conclusion-list">
            {notice.conclusions.map((c) => (
              <li key={c.id} aria-label={c.text}>
                <p>{c.text}</p>
                {(c.leadAgency || c.taskText || c.deadline) && (
                  <p className="conclusion-task">
                    {[
                      c.leadAgency,
                      c.leadBody ? `(${t('record.notice.boundTo')})` : '',
                      c.cooperatingAgencies.join(', '),
                      c.taskText,
                      c.deadline ? formatDate(c.deadline, i18n.language) : '',
                    ]
                      .filter(Boolean)
                      .join(' · ')}
                  </p>
                )}
                {writes && draft && (
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => void removeConclusion(conference.id, c.id).then(setNotice, showError)}
                  >
                    {t('record.notice.remove')}
                  </button>
                )}
              </li>
            ))}
          </ol>
          {writes && draft && <ConclusionForm conference={conference} onAdded={setNotice} showError={showError} />}
          {writes && draft && notice.conclusions.length > 0 && (
            <button type="button" className="primary" onClick={() => void issueNotice(conference.id).then(setNotice, showError)}>
              {t('record.notice.issue')}
            </button>
          )}
        </>
      )}
    </section>
  );
}
