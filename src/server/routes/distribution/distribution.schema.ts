/** Schemas of the distribution list (nơi nhận). */
import { Type } from 'typebox';
import { DistributionLineInput } from '../../../domain/conference.schema.js';
import { ConferenceParams, WriteHeaders, errorResponses, PresentedConference } from '../common.schema.js';

export const DistributionBody = Type.Object(
  { lines: Type.Array(DistributionLineInput, { maxItems: 500, description: 'Every line of Nơi nhận, in order' }) },
  { additionalProperties: false },
);

export const replaceDistributionSchema = {
  tags: ['distribution'],
  summary: 'Thay danh sách nơi nhận / replace the distribution list',
  params: ConferenceParams,
  headers: WriteHeaders,
  body: DistributionBody,
  response: { 200: PresentedConference, ...errorResponses },
};
