/**
 * Uploads of conference documents through HTTP, for the API tests (the test files themselves:
 * src/services/documents/documents.fixture.ts).
 */
import type { FastifyInstance, InjectOptions } from 'fastify';
import type { ConferenceDocument } from '../../src/domain/documents/conference-document.schema.js';
import { API, json } from './helpers.js';
import { multipartBody } from './multipart.js';
import { tinyPdf } from '../../src/services/documents/documents.fixture.js';

export { tinyPdf };

/** The multipart request that uploads a document (a new one, or a new version with `documentId`). */
export function documentUpload(
  conferenceId: string,
  file: { fileName: string; data: Buffer },
  metadata: Record<string, unknown> | null = { title: 'Báo cáo', kind: 'report', audience: 'invited' },
  documentId?: string,
): InjectOptions {
  const parts: Parameters<typeof multipartBody>[0] = [];
  if (metadata) parts.push({ name: 'metadata', data: JSON.stringify(metadata) });
  parts.push({ name: 'file', fileName: file.fileName, contentType: 'application/octet-stream', data: file.data });
  const url = `${API}/conferences/${conferenceId}/documents${documentId ? `/${documentId}/versions` : ''}`;
  return { method: 'POST', url, ...multipartBody(parts) };
}

/** Uploads a PDF as the app's administrator (or whoever `app.inject` speaks for); the document. */
export async function uploadDocument(
  app: FastifyInstance,
  conferenceId: string,
  metadata?: Record<string, unknown>,
): Promise<ConferenceDocument> {
  const response = await app.inject(documentUpload(conferenceId, { fileName: 'bao-cao.pdf', data: tinyPdf() }, metadata));
  if (response.statusCode !== 201) throw new Error(`upload failed: ${response.statusCode} ${response.body}`);
  return json<ConferenceDocument>(response);
}
