/** Schema of the health check. */
import { Type } from 'typebox';
import { errorResponses } from '../common.schema.js';

export const HealthSchema = Type.Object({
  status: Type.Literal('ok'),
  database: Type.Enum(['sqlite', 'postgres']),
  pdf: Type.Boolean({ description: 'True when LibreOffice can convert documents to PDF' }),
});

export const healthSchema = {
  tags: ['health'],
  summary: 'Tình trạng máy chủ / server health',
  response: { 200: HealthSchema, ...errorResponses },
};
