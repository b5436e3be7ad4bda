/**
 * Tài liệu: the conference documents in the editor. The organizer uploads (file, title, kind,
 * audience, agenda item, task), replaces a file by a new version, changes the audience, deletes,
 * downloads the pack, and sees who opened each document; every reader sees what they may read,
 * with its versions, and opens it in the viewer. Follows the conference's event stream.
 */
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { openEventStream } from '../api/attendance.js';
import { formatInstant } from '../format.js';
import { useEditor } from '../editor/context.js';
import {
  deleteDocument,
  downloadPack,
  downloadVersion,
  getReadReport,
  listDocuments,
  updateDocument,
  uploadVersion,
  type ConferenceDocument,
  type DocumentReadReport,
} from './documents-api.js';
import { agendaItemLabel, AudienceFields, DocumentUploadForm } from './DocumentUploadForm.js';
import { ReadReceipts } from './ReadReceipts.js';
import MeetingRegimeWarnings from '../meeting-regime/MeetingRegimeWarnings.js';
import './documents-i18n.js';
import './documents.css';

/** An agenda item's label cut to a line or two (the whole label in the cell's title). */
const shorten = (text: string, max = 70) => (text.length > max ? `${text.slice(0, max).trimEnd()}…` : text);

export default function DocumentsSection() {
  const { t, i18n } = useTranslation();
  const { conference, permissions: p, showError, showSaved } = useEditor();
  const [documents, setDocuments] = useState<ConferenceDocument[] | null>(null);
  const [report, setReport] = useState<DocumentReadReport | null>(null);
  const canWrite = p.can('document.write');
  const canReceipts = p.can('document.read_receipts');

  const refresh = useCallback(async () => {
    try {
      setDocuments(await listDocuments(conference.id));
      if (canReceipts) setReport(await getReadReport(conference.id));
    } catch (error) {
      showError(error);
    }
  }, [conference.id, canReceipts, showError]);

  useEffect(() => {
    void refresh();
    if (!p.can('attendance.read')) return;
    return openEventStream(conference.id, {
      onResync: () => void refresh(),
      onEvent: (event) => {
        if (event.type === 'documents.changed') void refresh();
      },
      onState: () => undefined,
    });
  }, [conference.id, refresh, p]);

  const act = async (work: () => Promise<unknown>) => {
    try {
      await work();
      showSaved();
      await refresh();
    } catch (error) {
      showError(error);
    }
  };

  const pickVersion = (document: ConferenceDocument) => {
    const input = window.document.createElement('input');
    input.type = 'file';
    input.accept = '.pdf,.docx,.xlsx,.png,.jpg,.jpeg';
    input.onchange = () => {
      const file = input.files?.[0];
      if (file) void act(() => uploadVersion(conference.id, document.id, file));
    };
    input.click();
  };

  return (
    <section className="documents-section" aria-labelledby="documents-title">
      <h2 id="documents-title">{t('documents.title')}</h2>
      <p className="muted">{t('documents.intro')}</p>
      <MeetingRegimeWarnings conferenceId={conference.id} kind="documents" refreshKey={documents} />
      {canWrite && (
        <details open className="panel">
          <summary>{t('documents.upload.title')}</summary>
          <DocumentUploadForm conference={conference} onError={showError} onUploaded={() => void act(async () => undefined)} />
        </details>
      )}
      <h3>{t('documents.list.title')}</h3>
      {documents?.length === 0 && <p className="muted">{t('documents.list.empty')}</p>}
      {documents && documents.length > 0 && (
        <table className="record-table document-table">
          <thead>
            <tr>
              <th>{t('documents.upload.name')}</th>
              <th>{t('documents.upload.agendaItem')}</th>
              <th>{t('documents.upload.audience')}</th>
              <th>{t('documents.list.versions')}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {documents.map((document) => (
              <tr key={document.id} data-document={document.title}>
                <td>
                  <strong>{document.title}</strong>
                  <div className="muted">{t(`documents.kinds.${document.kind}`)}</div>
                </td>
                <td title={agendaItemLabel(conference, document.agendaItemId)}>
                  {shorten(agendaItemLabel(conference, document.agendaItemId)) || t('documents.upload.noAgendaItem')}
                </td>
                <td>
                  {canWrite ? (
                    <AudienceFields
                      conference={conference}
                      audience={document.audience}
                      pointIds={document.audiencePointIds}
                      idPrefix={document.id}
                      onChange={(audience, audiencePointIds) =>
                        void act(() =>
                          updateDocument(conference.id, document, {
                            audience,
                            audiencePointIds: audience === 'points' ? audiencePointIds : [],
                          }),
                        )
                      }
                    />
                  ) : (
                    t(`documents.audiences.${document.audience}`)
                  )}
                </td>
                <td>
                  <ol className="versions">
                    {[...document.versions].reverse().map((version) => (
                      <li key={version.number} value={version.number}>
                        <button
                          type="button"
                          className="link"
                          onClick={() => void downloadVersion(conference.id, document, version.number).catch(showError)}
                        >
                          {version.fileName}
                        </button>
                        {version.number === document.currentVersion && <strong> ({t('documents.list.current')})</strong>}
                        <div className="muted">
                          {t('documents.list.uploadedBy', {
                            who: version.uploadedBy,
                            when: formatInstant(version.uploadedAt, i18n.language),
                          })}
                        </div>
                      </li>
                    ))}
                  </ol>
                </td>
                <td>
                  <div className="row-buttons">
                    <Link className="button secondary" to={`/hoi-nghi/${conference.id}/tai-lieu/${document.id}`}>
                      {t('documents.list.open')}
                    </Link>
                    {canWrite && (
                      <button type="button" className="secondary" onClick={() => pickVersion(document)}>
                        {t('documents.list.newVersion')}
                      </button>
                    )}
                    {canWrite && (
                      <button
                        type="button"
                        className="danger"
                        onClick={() => {
                          if (window.confirm(t('documents.list.deleteConfirm', { title: document.title })))
                            void act(() => deleteDocument(conference.id, document.id));
                        }}
                      >
                        {t('documents.list.delete')}
                      </button>
                    )}
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {documents && documents.length > 0 && (
        <p>
          <button
            type="button"
            className="secondary"
            onClick={() => void downloadPack(conference.id).catch(showError)}
            title={t('documents.pack.hint')}
          >
            {t('documents.pack.download')}
          </button>
        </p>
      )}
      {canReceipts && report && documents && <ReadReceipts conference={conference} report={report} documents={documents} />}
    </section>
  );
}
