/**
 * Thông báo kết luận: draft it from the record, edit its header, preamble, closing, signer,
 * Nơi nhận and the addresses it is mailed to; write the numbered conclusions, each with its
 * lead and co-operating agencies, task and deadline; issue it (tasks on the assignment board,
 * mail with the .docx); download it.
 */
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SIGNING_AUTHORITIES } from '../../../../src/domain/conference.schema.js';
import { ApiError } from '../../api/client.js';
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

const lines = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

const NoticeForm = (props: { notice: ConclusionNotice; onSaved: (n: ConclusionNotice) => void; showError: (e: unknown) => void }) => {
  const { t } = useTranslation();
  const n = props.notice;
  const [f, setF] = useState({
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
          {t('record.notice.number')}
          <input value={f.documentNumber} onChange={set('documentNumber')} />
        </label>
        <label>
          {t('record.notice.symbol')}
          <input value={f.documentSymbol} onChange={set('documentSymbol')} />
        </label>
        <label>
          {t('record.notice.issueDate')}
          <input type="date" value={f.issueDate} onChange={set('issueDate')} />
        </label>
      </div>
      <label>
        {t('record.notice.subject')}
        <input value={f.subject} onChange={set('subject')} />
      </label>
      <label>
        {t('record.notice.preamble')}
        <textarea rows={5} value={f.preamble} onChange={set('preamble')} />
      </label>
      <label>
        {t('record.notice.closing')}
        <input value={f.closing} onChange={set('closing')} />
      </label>
      <div className="record-grid">
        <label>
          {t('record.notice.signerAuthority')}
          <select value={f.signerAuthority} onChange={set('signerAuthority')}>
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
          {t('record.notice.signerTitle')}
          <input value={f.signerTitle} onChange={set('signerTitle')} />
        </label>
        <label>
          {t('record.notice.signerName')}
          <input value={f.signerName} onChange={set('signerName')} />
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

const emptyConclusion = { text: '', leadAgency: '', cooperating: '', taskText: '', deadline: '' };

const ConclusionForm = (props: { conferenceId: string; onAdded: (n: ConclusionNotice) => void; showError: (e: unknown) => void }) => {
  const { t } = useTranslation();
  const [c, setC] = useState(emptyConclusion);
  const set = (key: keyof typeof c) => (e: { target: { value: string } }) => setC({ ...c, [key]: e.target.value });
  const add = () =>
    void addConclusion(props.conferenceId, {
      text: c.text.trim(),
      leadAgency: c.leadAgency.trim(),
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
  const { t } = useTranslation();
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
              {t('record.notice.issued', { at: new Date(notice.issuedAt).toLocaleString('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh' }) })}
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
                    {[c.leadAgency, c.cooperatingAgencies.join(', '), c.taskText, c.deadline].filter(Boolean).join(' · ')}
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
          {writes && draft && <ConclusionForm conferenceId={conference.id} onAdded={setNotice} showError={showError} />}
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
