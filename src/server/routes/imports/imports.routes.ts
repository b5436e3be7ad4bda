/** Import of a plan from an uploaded file, and dismissal of the lines it could not place. */
import multipart from '@fastify/multipart';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { DomainError } from '../../../domain/errors.js';
import { SYSTEM } from '../../../domain/access/actions.js';
import { allow, conferenceFor, present, writeFor } from '../../access.js';
import type { RouteOptions } from '../../server-services.js';
import { asOrganizer, createOptions } from '../conferences/organizer.js';
import { uploadBytes } from '../upload-bytes.js';
import { IMPORT_EXTENSIONS, IMPORT_MAX_BYTES, importPlanSchema, removeUnclassifiedSchema } from './imports.schema.js';

const FILE_MISSING = new DomainError(400, 'import.file_missing', {
  vi: 'Hãy chọn một tệp kế hoạch để nhập (trường "file").',
  en: 'Choose a plan file to import (field "file").',
});
const NOT_MULTIPART = new DomainError(415, 'request.unsupported_media_type', {
  vi: 'Hãy gửi tệp dưới dạng multipart/form-data.',
  en: 'Send the file as multipart/form-data.',
});
const UNSUPPORTED_FILE = new DomainError(415, 'import.unsupported_file_type', {
  vi: 'Chỉ nhập được tệp .txt, .md hoặc .docx.',
  en: 'Only .txt, .md and .docx files can be imported.',
});
const UNREADABLE = new DomainError(422, 'import.unreadable', {
  vi: 'Không đọc được nội dung tệp. Hãy kiểm tra tệp có đúng định dạng .txt, .md hoặc .docx.',
  en: 'The file could not be read. Check that it really is a .txt, .md or .docx file.',
});

const hasAllowedExtension = (fileName: string) => IMPORT_EXTENSIONS.some((extension) => fileName.toLowerCase().endsWith(extension));

export const importRoutes: FastifyPluginAsyncTypebox<RouteOptions> = async (app, { services }) => {
  await app.register(multipart, {
    limits: { fileSize: IMPORT_MAX_BYTES, files: 1, fields: 10, parts: 11, fieldSize: 10_000, headerPairs: 100 },
  });

  app.post(
    '/imports',
    // The body schema only documents the form; the handler checks the stream.
    { schema: importPlanSchema, validatorCompiler: () => () => true },
    async (request, reply) => {
      allow(request, 'conference.import', SYSTEM);
      if (!request.isMultipart()) throw NOT_MULTIPART;
      const file = await request.file();
      if (!file || file.fieldname !== 'file') throw FILE_MISSING;
      const fileName = file.filename.normalize('NFC');
      if (!hasAllowedExtension(fileName)) throw UNSUPPORTED_FILE;
      const data = await uploadBytes(file, IMPORT_MAX_BYTES);
      const draft = await services.importer.importPlan({ fileName, data }).catch((error: unknown) => {
        if (error instanceof DomainError) throw error;
        request.log.warn({ err: error, fileName }, 'import failed');
        throw UNREADABLE;
      });
      const created = await services.conferences.createFromDraft(draft, createOptions(request, 'conference.import'));
      const conference = present(request, asOrganizer(request, created));
      return reply.code(201).send({ conference, unclassifiedCount: created.unclassified.length });
    },
  );

  app.delete('/conferences/:conferenceId/unclassified/:itemId', { schema: removeUnclassifiedSchema }, async (request) => {
    const { conferenceId, itemId } = request.params;
    await conferenceFor(request, services.conferences, conferenceId, 'conference.update');
    return present(request, await services.conferences.removeUnclassified(conferenceId, itemId, writeFor(request, 'unclassified.delete')));
  });
};
