/**
 * A report on a conclusion's task with a file (the agency's completion report, its minutes of
 * work …): multipart `file` and `metadata` (JSON: kind progress|done, note). followup.report for
 * the conclusion's lead body (its people, or the secretariat). The file goes through the
 * conference documents' hardened upload (type sniffed from the content, limits, the file store)
 * as a report for the presidium (a completion report linked to the task, which its upload
 * closes); the document and the report commit in one transaction (follow-up-service.ts).
 */
import multipart from '@fastify/multipart';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifySchemaCompiler } from 'fastify';
import { Type } from 'typebox';
import { ConclusionNotice } from '../../../domain/conclusions/conclusion.schema.js';
import { DomainError } from '../../../domain/errors.js';
import { auditOrigin } from '../../access.js';
import type { RouteOptions } from '../../server-services.js';
import { createValidatorCompiler } from '../../validation/ajv-compilers.js';
import { childParams, errorResponses } from '../common.schema.js';
import { DOCUMENT_MAX_BYTES } from '../conference-documents/conference-documents.schema.js';
import { readDocumentUpload } from '../conference-documents/document-upload.js';
import { reportingFor, withReportRights } from './follow-up.routes.js';

const REPORT_INVALID = new DomainError(400, 'followup.report_invalid', {
  vi: 'Trường "metadata" phải là JSON: { "kind": "progress" | "done", "note": "…" }.',
  en: 'The "metadata" field must be JSON: { "kind": "progress" | "done", "note": "…" }.',
});

const schema = {
  tags: ['follow-up'],
  summary: 'Báo cáo kèm tệp / report progress or completion of a task with a file (multipart: file, metadata)',
  consumes: ['multipart/form-data'],
  params: childParams('conclusionId'),
  body: Type.Object({
    file: Type.Unsafe<unknown>({ type: 'string', format: 'binary', description: 'PDF, Word, Excel or a picture' }),
    metadata: Type.String({ description: 'JSON: { "kind": "progress" | "done", "note": "…" }' }),
  }),
  response: { 200: ConclusionNotice, ...errorResponses },
};

export const followUpFileRoutes: FastifyPluginAsyncTypebox<RouteOptions> = async (app, { services }) => {
  const { conferences, conclusions, followUp } = services;
  await app.register(multipart, {
    limits: { fileSize: DOCUMENT_MAX_BYTES, files: 1, fields: 3, parts: 4, fieldSize: 100_000, headerPairs: 100 },
  });
  // The multipart body is read by readDocumentUpload; its schema only documents the form.
  const compile = createValidatorCompiler();
  const noBodyValidation: FastifySchemaCompiler<unknown> = (route) => (route.httpPart === 'body' ? () => true : compile(route));

  app.post(
    '/conferences/:conferenceId/follow-up/conclusions/:conclusionId/reports/file',
    { schema, validatorCompiler: noBodyValidation },
    async (request) => {
      const { conferenceId, conclusionId } = request.params;
      const { conference } = await reportingFor(request, conferences, conclusions, conferenceId, conclusionId);
      const { file, metadataText } = await readDocumentUpload(request);
      let given: unknown;
      try {
        given = JSON.parse(metadataText ?? '');
      } catch {
        throw REPORT_INVALID;
      }
      const notice = await followUp.reportWithFile(conferenceId, conclusionId, given, file, auditOrigin(request));
      return withReportRights(request, conference, notice);
    },
  );
};
