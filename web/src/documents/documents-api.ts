/** Conference documents: typed calls of /conferences/:id/documents (types from the domain schema, type-only). */
import type {
  ConferenceDocument,
  DocumentMetadata,
  DocumentMetadataPatch,
  DocumentReadReport,
} from '../../../src/domain/documents/conference-document.schema.js';
import { API_BASE, download, request } from '../api/client.js';

export type { ConferenceDocument, DocumentMetadata, DocumentReadReport };

const base = (conferenceId: string) => `/conferences/${conferenceId}/documents`;

/** Every document the caller may read (the list is paged; this follows the pages). */
export const listDocuments = async (conferenceId: string): Promise<ConferenceDocument[]> => {
  const all: ConferenceDocument[] = [];
  let cursor: string | null = null;
  do {
    const page: { items: ConferenceDocument[]; nextCursor: string | null } = await request(
      'GET',
      `${base(conferenceId)}?limit=500${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
    );
    all.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return all;
};

export const getDocument = (conferenceId: string, documentId: string) =>
  request<ConferenceDocument>('GET', `${base(conferenceId)}/${documentId}`);

export const uploadDocument = (conferenceId: string, file: File, metadata: Partial<DocumentMetadata>) => {
  const form = new FormData();
  form.append('metadata', JSON.stringify(metadata));
  form.append('file', file);
  return request<ConferenceDocument>('POST', base(conferenceId), { form });
};

export const uploadVersion = (conferenceId: string, documentId: string, file: File) => {
  const form = new FormData();
  form.append('file', file);
  return request<ConferenceDocument>('POST', `${base(conferenceId)}/${documentId}/versions`, { form });
};

export const updateDocument = (conferenceId: string, document: ConferenceDocument, patch: DocumentMetadataPatch) =>
  request<ConferenceDocument>('PATCH', `${base(conferenceId)}/${document.id}`, { body: patch, version: document.revision });

export const deleteDocument = (conferenceId: string, documentId: string) => request<void>('DELETE', `${base(conferenceId)}/${documentId}`);

export const getReadReport = (conferenceId: string) => request<DocumentReadReport>('GET', `${base(conferenceId)}/read-receipts`);

/** The address of a version as PDF (what the viewer loads; opening it records a receipt). */
export const pdfUrl = (conferenceId: string, documentId: string, version: number | 'current' = 'current') =>
  `${API_BASE}${base(conferenceId)}/${documentId}/versions/${version}/pdf`;

/** The address of a version as uploaded (pictures are shown from it). */
export const fileUrl = (conferenceId: string, documentId: string, version: number | 'current' = 'current') =>
  `${API_BASE}${base(conferenceId)}/${documentId}/versions/${version}/file`;

export const downloadVersion = (conferenceId: string, document: ConferenceDocument, version: number) =>
  download(
    `${base(conferenceId)}/${document.id}/versions/${version}/file`,
    document.versions.find((v) => v.number === version)?.fileName ?? 'tai-lieu',
  );

export const downloadPack = (conferenceId: string) => download(`${base(conferenceId)}/pack.pdf`, 'tai-lieu-hoi-nghi.pdf');
