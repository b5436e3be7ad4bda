/** Schemas of the generated documents (binary responses; errors as JSON). */
import { Type } from 'typebox';
import { ConferenceParams, errorResponses } from '../common.schema.js';

/** A file in the body; typed as the Buffer the handler sends. */
const binary = (description: string) => Type.Unsafe<Buffer>({ type: 'string', format: 'binary', description });

export const planDocxSchema = {
  tags: ['documents'],
  summary: 'Kế hoạch (.docx) / the plan as a Word document',
  params: ConferenceParams,
  produces: ['application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
  response: { 200: binary('The Kế hoạch as .docx'), ...errorResponses },
};

export const planPdfSchema = {
  tags: ['documents'],
  summary: 'Kế hoạch (.pdf) / the plan as PDF (503 when LibreOffice is missing)',
  params: ConferenceParams,
  produces: ['application/pdf'],
  response: { 200: binary('The Kế hoạch as PDF'), ...errorResponses },
};
