/** The organizer's form to upload a document: the file, its title, kind, audience, agenda item and task. */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Conference } from '../../../src/domain/conference.schema.js';
import { DOCUMENT_AUDIENCES, DOCUMENT_KINDS } from '../../../src/domain/documents/document-values.js';
import { displayNumbers } from '../../../src/domain/agenda-tree.js';
import { PointChecklist } from '../bridge-points/PointChecklist.js';
import { uploadDocument, type ConferenceDocument, type DocumentMetadata } from './documents-api.js';

export const agendaItemLabel = (conference: Conference, itemId: string | null): string => {
  if (!itemId) return '';
  const item = conference.agendaItems.find((i) => i.id === itemId);
  if (!item) return '';
  const number = displayNumbers(conference.agendaItems)[item.id] ?? '';
  return `${number === '-' ? '–' : number}. ${item.content}`;
};

export const AudienceFields = (props: {
  conference: Conference;
  audience: DocumentMetadata['audience'];
  pointIds: string[];
  onChange: (audience: DocumentMetadata['audience'], pointIds: string[]) => void;
  idPrefix: string;
}) => {
  const { t } = useTranslation();
  return (
    <>
      <label>
        {t('documents.upload.audience')}
        <select value={props.audience} onChange={(e) => props.onChange(e.target.value as DocumentMetadata['audience'], props.pointIds)}>
          {DOCUMENT_AUDIENCES.map((a) => (
            <option key={a} value={a}>
              {t(`documents.audiences.${a}`)}
            </option>
          ))}
        </select>
      </label>
      {props.audience === 'points' && (
        <PointChecklist
          conference={props.conference}
          legend={t('documents.upload.points')}
          chosen={props.pointIds}
          onChange={(ids) => props.onChange('points', ids)}
        />
      )}
    </>
  );
};

export const DocumentUploadForm = (props: {
  conference: Conference;
  onUploaded: (document: ConferenceDocument) => void;
  onError: (error: unknown) => void;
}) => {
  const { t } = useTranslation();
  const { conference } = props;
  const [file, setFile] = useState<File | null>(null);
  const [title, setTitle] = useState('');
  const [kind, setKind] = useState<DocumentMetadata['kind']>('report');
  const [audience, setAudience] = useState<DocumentMetadata['audience']>('invited');
  const [pointIds, setPointIds] = useState<string[]>([]);
  const [agendaItemId, setAgendaItemId] = useState('');
  const [taskId, setTaskId] = useState('');
  const [busy, setBusy] = useState(false);
  const [formKey, setFormKey] = useState(0);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!file) return;
    setBusy(true);
    try {
      const document = await uploadDocument(conference.id, file, {
        ...(title.trim() ? { title: title.trim() } : {}),
        kind,
        audience,
        audiencePointIds: audience === 'points' ? pointIds : [],
        agendaItemId: agendaItemId || null,
        taskId: taskId || null,
      });
      props.onUploaded(document);
      setFile(null);
      setTitle('');
      setTaskId('');
      setFormKey((k) => k + 1);
    } catch (error) {
      props.onError(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form key={formKey} className="upload-form" onSubmit={(e) => void submit(e)} aria-label={t('documents.upload.title')}>
      <label>
        {t('documents.upload.file')}
        <input type="file" accept=".pdf,.docx,.xlsx,.png,.jpg,.jpeg" onChange={(e) => setFile(e.target.files?.[0] ?? null)} required />
      </label>
      <label>
        {t('documents.upload.name')}
        <input type="text" value={title} maxLength={300} onChange={(e) => setTitle(e.target.value)} placeholder={file?.name ?? ''} />
      </label>
      <label>
        {t('documents.upload.kind')}
        <select value={kind} onChange={(e) => setKind(e.target.value as DocumentMetadata['kind'])}>
          {DOCUMENT_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`documents.kinds.${k}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('documents.upload.agendaItem')}
        <select value={agendaItemId} onChange={(e) => setAgendaItemId(e.target.value)}>
          <option value="">{t('documents.upload.noAgendaItem')}</option>
          {conference.agendaItems.map((item) => (
            <option key={item.id} value={item.id}>
              {agendaItemLabel(conference, item.id)}
            </option>
          ))}
        </select>
      </label>
      {conference.tasks.length > 0 && (
        <label title={t('documents.upload.taskHint')}>
          {t('documents.upload.task')}
          <select value={taskId} onChange={(e) => setTaskId(e.target.value)}>
            <option value="">{t('documents.upload.noTask')}</option>
            {conference.tasks.map((task) => (
              <option key={task.id} value={task.id}>
                {task.text.slice(0, 90)}
                {task.status === 'done' ? ' ✓' : ''}
              </option>
            ))}
          </select>
        </label>
      )}
      <AudienceFields
        conference={conference}
        audience={audience}
        pointIds={pointIds}
        idPrefix="upload"
        onChange={(a, ids) => {
          setAudience(a);
          setPointIds(ids);
        }}
      />
      <button type="submit" disabled={!file || busy}>
        {busy ? t('documents.upload.uploading') : t('documents.upload.submit')}
      </button>
    </form>
  );
};
