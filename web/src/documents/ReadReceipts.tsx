/** Who opened each document (the organizer's and the chair's view): readers, delegates and points counted, then each reader. */
import { useTranslation } from 'react-i18next';
import type { Conference } from '../../../src/domain/conference.schema.js';
import { usePointNames } from '../bridge-points/point-names.js';
import { formatInstant } from '../format.js';
import type { ConferenceDocument, DocumentReadReport } from './documents-api.js';

export const ReadReceipts = (props: { conference: Conference; report: DocumentReadReport; documents: ConferenceDocument[] }) => {
  const { t, i18n } = useTranslation();
  const nameOf = usePointNames(props.conference, [
    ...props.report.documents.flatMap((counts) => counts.points.map((p) => p.bridgePointId)),
    ...props.report.readers.map((reader) => reader.bridgePointId),
  ]);
  const pointName = (id: string | null) => nameOf(id) ?? '';
  return (
    <section aria-labelledby="receipts-title" className="receipts">
      <h3 id="receipts-title">{t('documents.receipts.title')}</h3>
      {props.documents.map((document) => {
        const counts = props.report.documents.find((d) => d.documentId === document.id);
        const readers = props.report.readers.filter((r) => r.documentId === document.id);
        return (
          <details key={document.id} data-receipts={document.title} open={readers.length > 0 && readers.length <= 10}>
            <summary>
              <strong>{document.title}</strong>: {t('documents.receipts.readers', { count: counts?.readers ?? 0 })}
              {counts && counts.delegates > 0 ? `, ${t('documents.receipts.delegates', { count: counts.delegates })}` : ''}
              {counts?.points.length ? ` (${counts.points.map((p) => `${pointName(p.bridgePointId)}: ${p.readers}`).join('; ')})` : ''}
            </summary>
            {readers.length === 0 ? (
              <p className="muted">{t('documents.receipts.none')}</p>
            ) : (
              <table className="record-table receipts-table">
                <thead>
                  <tr>
                    <th>{t('documents.receipts.reader')}</th>
                    <th>{t('documents.receipts.point')}</th>
                    <th>{t('documents.receipts.versions')}</th>
                    <th>{t('documents.receipts.first')}</th>
                    <th>{t('documents.receipts.last')}</th>
                    <th>{t('documents.receipts.count')}</th>
                  </tr>
                </thead>
                <tbody>
                  {readers.map((reader) => (
                    <tr key={`${reader.readerKind}-${reader.readerLabel}-${reader.firstOpenedAt}`}>
                      <td>{reader.readerLabel}</td>
                      <td>{pointName(reader.bridgePointId)}</td>
                      <td>{reader.versionsOpened.join(', ')}</td>
                      <td>{formatInstant(reader.firstOpenedAt, i18n.language)}</td>
                      <td>{formatInstant(reader.lastOpenedAt, i18n.language)}</td>
                      <td>{reader.openCount}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </details>
        );
      })}
    </section>
  );
};
