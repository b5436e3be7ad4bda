/** Schemas of the cost lines of the budget (kinh phí); the funding source is general information. */
import { Type } from 'typebox';
import { CostLineInput } from '../../../domain/conference.schema.js';
import { ConferenceParams, WriteHeaders, errorResponses, PresentedConference } from '../common.schema.js';

export const CostLinesBody = Type.Object(
  { lines: Type.Array(CostLineInput, { maxItems: 1000, description: 'Every cost line, in order' }) },
  { additionalProperties: false },
);

export const replaceCostLinesSchema = {
  tags: ['budget'],
  summary: 'Thay các dòng kinh phí / replace the cost lines',
  params: ConferenceParams,
  headers: WriteHeaders,
  body: CostLinesBody,
  response: { 200: PresentedConference, ...errorResponses },
};
