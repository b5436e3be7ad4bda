/**
 * A report on a conclusion's task with a file (the agency's completion report, its minutes of
 * work …): multipart `file` and `metadata` (JSON: kind progress|done, note). The file goes
 * through the conference documents' hardened upload (type sniffed from the content, limits,
 * the file store) as a report for the presidium (a completion report linked to the task, which
 * its upload closes), then the report names it. followup.report.
 */
import multipart from '@fastify/multipart';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifySchemaCompiler } from 'fastify';
import { Type } from 'typebox';
import { ConclusionNotice, ReportInput } from '../../../domain/conclusions/conclusion.schema.js';
import { DomainError } from '../../../domain/errors.js';
import { prepareInput } from '../../../services/input.js';
import { auditOrigin } from '../../access.js';
import type { RouteOptions } from '../../server-services.js';
import { createValidatorCompiler } from '../../validation/ajv-compilers.js';
import { childParams, errorResponses } from '../common.schema.js';
import { DOCUMENT_MAX_BYTES } from '../conference-documents/conference-documents.schema.js';
import { readDocumentUpload, uploadMetadata } from '../conference-documents/document-upload.js';
import { conclusionsFor, noticeNotFound } from './conclusions.routes.js';

const REPORT_INVALID = new DomainError(400, 'followup.report_invalid', {
  vi: 'Trường "metadata" phải là JSON: { "kind": "progress" | "done", "note": "…" }.',
  en: 'The "metadata" field must be JSON: { "kind": "progress" | "done", "note": "…" }.',
});
const NO_TASK = new DomainError(409, 'conclusion.no_task', {
  vi: 'Kết luận này không giao nhiệm vụ nào.',
  en: 'This conclusion assigns no task.',
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
  const { conferences, conclusions, followUp, conferenceDocuments } = services;
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
      await conclusionsFor(request, conferences, conferenceId, 'followup.report');
      const notice = await conclusions.get(conferenceId);
      if (!notice || notice.status !== 'issued') throw noticeNotFound();
      const conclusion = notice.conclusions.find((c) => c.id === conclusionId);
      if (!conclusion) throw noticeNotFound();
      if (!conclusion.taskId) throw NO_TASK;
      const { file, metadataText } = await readDocumentUpload(request);
      let given: unknown;
      try {
        given = JSON.parse(metadataText ?? '');
      } catch {
        throw REPORT_INVALID;
      }
      const report = prepareInput(ReportInput, given);
      const origin = auditOrigin(request);
      const title = `Báo cáo thực hiện: ${(conclusion.taskText || conclusion.text).slice(0, 200)} (${conclusion.leadAgency})`;
      // A completion report delivers the task's document (its upload closes the task); a progress report is only filed.
      const taskId = report.kind === 'done' ? conclusion.taskId : null;
      const metadata = uploadMetadata(JSON.stringify({ title, kind: 'report', audience: 'presidium', taskId }), file.fileName);
      const document = await conferenceDocuments.upload(conferenceId, metadata, file, origin);
      return followUp.report(conferenceId, conclusionId, { kind: report.kind, note: report.note, fileRef: document.id }, origin);
    },
  );
};
