/**
 * /hoi-nghi/:conferenceId/tai-lieu[/:documentId]: the documents a delegate, an operator or a
 * guest may read (opened with their personal link or an account), and the one opened: a PDF
 * (Word and Excel shown as their PDF) drawn with pdf.js, a picture as it is. Made for a phone
 * (390 px) as much as a laptop. Opening a document records a read receipt on the server.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { getConference } from '../api/conferences.js';
import { Banner } from '../components/Banner.js';
import type { ApiError } from '../api/client.js';
import { downloadVersion, fileUrl, listDocuments, pdfUrl, type ConferenceDocument } from './documents-api.js';
import { PdfViewer } from './PdfViewer.js';
import './documents-i18n.js';
import './documents.css';

const isPicture = (document: ConferenceDocument) =>
  document.versions.find((v) => v.number === document.currentVersion)?.mediaType.startsWith('image/') ?? false;

export default function DocumentReaderPage() {
  const { t } = useTranslation();
  const { conferenceId = '', documentId } = useParams();
  const [title, setTitle] = useState('');
  const [documents, setDocuments] = useState<ConferenceDocument[] | null>(null);
  const [error, setError] = useState<ApiError | null>(null);

  useEffect(() => {
    getConference(conferenceId, { quiet: true })
      .then((conference) => setTitle(conference.title))
      .catch(() => undefined);
    listDocuments(conferenceId)
      .then(setDocuments)
      .catch((caught: ApiError) => setError(caught));
  }, [conferenceId]);

  const open = documents?.find((document) => document.id === documentId) ?? null;
  return (
    <div className="document-reader">
      <header>
        <h1>{t('documents.reader.title')}</h1>
        {title && <p className="muted">{title}</p>}
      </header>
      {error && <Banner kind="error" message={error.localized} />}
      {!documentId && (
        <>
          <p>{t('documents.reader.intro')}</p>
          {documents === null && !error && <p className="loading">{t('common.loading')}</p>}
          {documents?.length === 0 && <p className="muted">{t('documents.reader.empty')}</p>}
          <ul className="document-cards">
            {documents?.map((document) => (
              <li key={document.id}>
                <Link to={`/hoi-nghi/${conferenceId}/tai-lieu/${document.id}`}>
                  <span className="document-kind">{t(`documents.kinds.${document.kind}`)}</span>
                  <strong>{document.title}</strong>
                  <span className="muted">{t('documents.list.version', { number: document.currentVersion })}</span>
                </Link>
              </li>
            ))}
          </ul>
        </>
      )}
      {documentId && (
        <section className="document-open">
          <Link to={`/hoi-nghi/${conferenceId}/tai-lieu`}>{t('documents.reader.back')}</Link>
          {open && (
            <>
              <h2>{open.title}</h2>
              <button type="button" className="secondary" onClick={() => void downloadVersion(conferenceId, open, open.currentVersion)}>
                {t('documents.viewer.download')}
              </button>
              {isPicture(open) ? (
                <img className="document-picture" src={fileUrl(conferenceId, open.id)} alt={open.title} />
              ) : (
                <PdfViewer url={pdfUrl(conferenceId, open.id)} />
              )}
            </>
          )}
          {documents !== null && !open && <p className="muted">{t('documents.viewer.failed')}</p>}
        </section>
      )}
    </div>
  );
}
