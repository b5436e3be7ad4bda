/**
 * Delegates from a spreadsheet and back: the organizer previews an .xlsx/.csv (nothing
 * written), confirms with the same file and the mapping (all rows or none), and anyone who
 * may list delegates downloads them as .xlsx (their points only, contacts as they may read).
 */
import multipart from '@fastify/multipart';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyRequest, FastifySchemaCompiler } from 'fastify';
import { accessDenied } from '../../../domain/access/can.js';
import { listableBridgePointIds, presentDelegate } from '../../../domain/access/present-delegate.js';
import { DomainError } from '../../../domain/errors.js';
import { allow, auditOrigin, readableConference, readableWholePlan } from '../../access.js';
import type { RouteOptions } from '../../server-services.js';
import { createValidatorCompiler } from '../../validation/ajv-compilers.js';
import { contentDisposition, documentFileName } from '../documents/file-name.js';
import { uploadBytes } from '../upload-bytes.js';
import { DELEGATE_IMPORT_MAX_BYTES, delegateImportSchemas as schemas } from './delegate-import.schema.js';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const NOT_MULTIPART = new DomainError(415, 'request.unsupported_media_type', {
  vi: 'Hãy gửi tệp dưới dạng multipart/form-data.',
  en: 'Send the file as multipart/form-data.',
});
const FILE_MISSING = new DomainError(400, 'import.file_missing', {
  vi: 'Hãy chọn tệp danh sách đại biểu (.xlsx hoặc .csv) để nhập (trường "file").',
  en: 'Choose the delegate list (.xlsx or .csv) to import (field "file").',
});
const OPTIONS_INVALID = new DomainError(400, 'import.options_invalid', {
  vi: 'Trường "options" phải là JSON.',
  en: 'The "options" field must be JSON.',
});

/** The uploaded file and the JSON options, whatever order the parts come in. */
const readUpload = async (request: FastifyRequest): Promise<{ data: Buffer; options: unknown }> => {
  if (!request.isMultipart()) throw NOT_MULTIPART;
  let data: Buffer | null = null;
  let optionsText: string | null = null;
  for await (const part of request.parts()) {
    if (part.type === 'file') {
      const content = await uploadBytes(part, DELEGATE_IMPORT_MAX_BYTES);
      if (part.fieldname === 'file' && data === null) data = content;
    } else if (part.fieldname === 'options' && typeof part.value === 'string') {
      optionsText = part.value;
    }
  }
  if (data === null) throw FILE_MISSING;
  if (optionsText === null || !optionsText.trim()) return { data, options: {} };
  try {
    return { data, options: JSON.parse(optionsText) as unknown };
  } catch {
    throw OPTIONS_INVALID;
  }
};

export const delegateImportRoutes: FastifyPluginAsyncTypebox<RouteOptions> = async (app, { services }) => {
  const { conferences, delegateImport } = services;
  const base = '/conferences/:conferenceId/delegates';
  await app.register(multipart, {
    limits: { fileSize: DELEGATE_IMPORT_MAX_BYTES, files: 1, fields: 5, parts: 6, fieldSize: 100_000, headerPairs: 100 },
  });
  // The body schemas only document the forms (readUpload checks the stream); the path is checked as usual.
  const compile = createValidatorCompiler();
  const noBodyValidation: FastifySchemaCompiler<unknown> = (route) => (route.httpPart === 'body' ? () => true : compile(route));

  app.post(`${base}/import/preview`, { schema: schemas.preview, validatorCompiler: noBodyValidation }, async (request) => {
    const conference = await readableConference(request, conferences, request.params.conferenceId);
    allow(request, 'delegate.import', { conference, bridgePointId: null });
    const { data, options } = await readUpload(request);
    return delegateImport.preview(conference.id, data, options);
  });

  app.post(`${base}/import`, { schema: schemas.confirm, validatorCompiler: noBodyValidation }, async (request, reply) => {
    const conference = await readableConference(request, conferences, request.params.conferenceId);
    allow(request, 'delegate.import', { conference, bridgePointId: null });
    const { data, options } = await readUpload(request);
    const result = await delegateImport.confirm(conference.id, data, options, auditOrigin(request));
    return reply.code(201).send(result);
  });

  app.get(`${base}/export.xlsx`, { schema: schemas.export }, async (request, reply) => {
    const conference = await readableWholePlan(request, conferences, request.params.conferenceId);
    const { bridgePointId } = request.query;
    let bridgePointIds: string[] | undefined;
    if (bridgePointId) {
      allow(request, 'delegate.list', { conference, bridgePointId });
      bridgePointIds = [bridgePointId];
    } else {
      const listable = listableBridgePointIds(
        request.actor,
        conference,
        conference.bridgePoints.map((p) => p.id),
      );
      if (listable.length === 0) throw accessDenied();
      if (listable.length < conference.bridgePoints.length) bridgePointIds = listable;
    }
    const xlsx = await delegateImport.exportXlsx(conference, {
      ...(bridgePointIds ? { bridgePointIds } : {}),
      present: (delegate) => {
        const { allowedActions: _actions, ...shown } = presentDelegate(request.actor, conference, delegate);
        return shown;
      },
    });
    const name = documentFileName({ ...conference, title: `Danh sách đại biểu ${conference.title}` }, 'xlsx');
    return reply.type(XLSX).header('Content-Disposition', contentDisposition(name)).send(xlsx);
  });
};
