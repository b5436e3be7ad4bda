/** Request and response schemas of the conference itself: list, create, general information, lifecycle. */
import { Type } from 'typebox';
import { ConferenceInfoFields, ConferenceStatus, ConferenceSummary } from '../../../domain/conference.schema.js';
import { ConferenceParams, WriteHeaders, errorResponses, partialOf, PresentedConference } from '../common.schema.js';

export const ConferenceListQuery = Type.Object({
  q: Type.Optional(Type.String({ maxLength: 200, pattern: '^[^\\u0000]*$', description: 'Words, diacritics and case ignored' })),
  status: Type.Optional(ConferenceStatus),
  archived: Type.Optional(Type.Boolean({ description: 'false (default): active; true: archived' })),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200 })),
  offset: Type.Optional(Type.Integer({ minimum: 0, maximum: 1_000_000 })),
});

export const PresentedSummary = Type.Object({
  ...ConferenceSummary.properties,
  allowedActions: Type.Object({ conference: Type.Array(Type.String()) }),
});
export const ConferenceList = Type.Object({
  items: Type.Array(PresentedSummary),
  total: Type.Integer({ description: 'Conferences matching the filter that the caller may read' }),
});

// A conference may be created before its time is known: startsAt is optional (null: not fixed).
const { title, ...optionalInfo } = ConferenceInfoFields;
export const ConferenceCreateBody = Type.Object(
  { title, ...Type.Partial(Type.Object(optionalInfo)).properties },
  { additionalProperties: false, description: 'Title and start are required; other fields take the defaults of a blank plan' },
);

export const ConferencePatchBody = partialOf(ConferenceInfoFields, 'The fields of the general information to change');

export const DuplicateBody = Type.Object(
  { shiftYears: Type.Integer({ minimum: 0, maximum: 10, description: 'Whole years to move the dates by' }) },
  { additionalProperties: false },
);

export const StatusBody = Type.Object({ status: ConferenceStatus }, { additionalProperties: false });

const tags = ['conferences'];

export const listConferencesSchema = {
  tags,
  summary: 'Danh sách hội nghị / list conferences',
  querystring: ConferenceListQuery,
  response: { 200: ConferenceList, ...errorResponses },
};

export const createConferenceSchema = {
  tags,
  summary: 'Tạo hội nghị / create a conference',
  body: ConferenceCreateBody,
  response: { 201: PresentedConference, ...errorResponses },
};

export const getConferenceSchema = {
  tags,
  summary: 'Kế hoạch / the plan (bridge points inline up to 500, counts always)',
  params: ConferenceParams,
  response: { 200: PresentedConference, ...errorResponses },
};

export const patchConferenceSchema = {
  tags,
  summary: 'Sửa thông tin chung / change the general information',
  params: ConferenceParams,
  headers: WriteHeaders,
  body: ConferencePatchBody,
  response: { 200: PresentedConference, ...errorResponses },
};

export const duplicateConferenceSchema = {
  tags,
  summary: 'Nhân bản / duplicate as a new draft',
  params: ConferenceParams,
  body: DuplicateBody,
  response: { 201: PresentedConference, ...errorResponses },
};

export const archiveConferenceSchema = (summary: string) => ({
  tags,
  summary,
  params: ConferenceParams,
  headers: WriteHeaders,
  response: { 200: PresentedConference, ...errorResponses },
});

export const changeStatusSchema = {
  tags,
  summary: 'Chuyển trạng thái / change the status',
  params: ConferenceParams,
  headers: WriteHeaders,
  body: StatusBody,
  response: { 200: PresentedConference, ...errorResponses },
};
