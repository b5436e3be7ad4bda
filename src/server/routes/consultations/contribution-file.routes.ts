/**
 * The file of a written contribution (issue 16 item 3), sent by the slot's body (its contact
 * link, its point's operator) from its page: stored as a conference document of kind
 * `contribution` on the slot's agenda item, read by the chair and the secretariat (audience
 * `presidium`) through the hardened upload pipeline (type sniffed from the content, limits).
 * When the slot already holds a document, the file becomes its new version, so a corrected
 * contribution keeps its history. The body then submits the slot with the document's id.
 */
import multipart from '@fastify/multipart';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifySchemaCompiler } from 'fastify';
import { allow, auditOrigin, readableConference } from '../../access.js';
import type { RouteOptions } from '../../server-services.js';
import { createValidatorCompiler } from '../../validation/ajv-compilers.js';
import { DOCUMENT_MAX_BYTES } from '../conference-documents/conference-documents.schema.js';
import { readDocumentUpload, uploadMetadata } from '../conference-documents/document-upload.js';
import { contributionSchemas as schemas } from './consultations.schema.js';

export const contributionFileRoutes: FastifyPluginAsyncTypebox<RouteOptions> = async (app, { services }) => {
  const { conferences, contributions, conferenceDocuments: documents } = services;
  await app.register(multipart, {
    limits: { fileSize: DOCUMENT_MAX_BYTES, files: 1, fields: 1, parts: 2, fieldSize: 1_000, headerPairs: 100 },
  });
  // The multipart body is read by readDocumentUpload; its schema only documents the form.
  const compile = createValidatorCompiler();
  const noBodyValidation: FastifySchemaCompiler<unknown> = (route) => (route.httpPart === 'body' ? () => true : compile(route));

  app.post(
    '/conferences/:conferenceId/contributions/:agendaItemId/file',
    { schema: schemas.file, validatorCompiler: noBodyValidation },
    async (request, reply) => {
      const { conferenceId, agendaItemId } = request.params;
      const conference = await readableConference(request, conferences, conferenceId);
      allow(request, 'contribution.submit', { conference, body: await contributions.bodyRef(conference.id, agendaItemId) });
      const { file } = await readDocumentUpload(request);
      const slot = (await contributions.list(conference.id, { reads: true, manages: false, maySubmit: () => false })).find(
        (view) => view.agendaItemId === agendaItemId,
      );
      // The slot's earlier file, unless the secretariat has deleted it meanwhile.
      const earlier = slot?.documentId ? await documents.get(conference.id, slot.documentId).catch(() => null) : null;
      const document = earlier
        ? await documents.addVersion(conference.id, earlier.id, file, auditOrigin(request))
        : await documents.upload(
            conference.id,
            {
              ...uploadMetadata(null, file.fileName),
              kind: 'contribution',
              audience: 'presidium',
              agendaItemId,
            },
            file,
            auditOrigin(request),
          );
      return reply.code(201).send({ documentId: document.id, version: document.currentVersion });
    },
  );
};
