/** Schemas of plan imports and of the unclassified lines they leave ("chưa phân loại"). */
import { Type } from 'typebox';
import { WriteHeaders, childParams, errorResponses, PresentedConference } from '../common.schema.js';

export const IMPORT_MAX_BYTES = 10 * 1024 * 1024;
export const IMPORT_EXTENSIONS = ['.txt', '.md', '.docx'] as const;

export const importPlanSchema = {
  tags: ['imports'],
  summary: 'Nhập kế hoạch từ tệp .txt, .md hoặc .docx / import a plan from a file',
  consumes: ['multipart/form-data'],
  // Documents the form; the multipart stream itself is checked by the handler.
  body: Type.Object({ file: Type.String({ format: 'binary', description: '.txt, .md or .docx, at most 10 MB' }) }),
  response: {
    201: Type.Object({
      conference: PresentedConference,
      unclassifiedCount: Type.Integer({ description: 'Lines the importer could not place' }),
    }),
    ...errorResponses,
  },
};

export const removeUnclassifiedSchema = {
  tags: ['imports'],
  summary: 'Bỏ một dòng chưa phân loại / dismiss an unclassified line',
  params: childParams('itemId'),
  headers: WriteHeaders,
  response: { 200: PresentedConference, ...errorResponses },
};
