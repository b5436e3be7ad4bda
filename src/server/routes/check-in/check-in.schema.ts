/** Schemas of check-in at a hall: check-ins, walk-ins, headcounts, the name search and the hall's counts. */
import { Type } from 'typebox';
import { CheckInCreate, HeadcountInput, WalkInCreate } from '../../../services/participants/check-in-input.js';
import { ConferenceParams, Id, childParams, errorResponses } from '../common.schema.js';
import { DelegateSchema } from '../delegates/delegates.schema.js';

const tags = ['check-in'];

const CheckInRecordSchema = Type.Object({
  key: Type.String({ description: 'The idempotency key the client sent' }),
  at: Type.String({ description: 'When the person arrived (ISO date-time)' }),
  method: Type.String({ description: 'qr, search or walk_in' }),
});

export const CheckInResultSchema = Type.Object(
  {
    outcome: Type.Enum(['checked_in', 'already_present'], {
      description: 'checked_in: recorded now (or by the first request with this key); already_present: nothing recorded',
    }),
    replayed: Type.Boolean({ description: 'The key was recorded before: the first answer again' }),
    delegate: DelegateSchema,
    checkIn: Type.Union([CheckInRecordSchema, Type.Null()]),
  },
  { description: 'What became of a check-in' },
);

export const HeadcountSchema = Type.Object({
  bridgePointId: Id,
  count: Type.Integer(),
  reportedAt: Type.String(),
  reportedBy: Type.String(),
});

export const HallSummarySchema = Type.Object({
  bridgePointId: Id,
  name: Type.String(),
  quota: Type.Union([Type.Integer(), Type.Null()]),
  counts: Type.Object({
    delegates: Type.Integer({ description: 'Registered at the point, walk-ins included' }),
    present: Type.Integer(),
    absent: Type.Integer(),
    unknown: Type.Integer(),
    walkIns: Type.Integer(),
  }),
  headcount: Type.Union([HeadcountSchema, Type.Null()]),
});

export const CheckInHallsSchema = Type.Object(
  {
    conferenceTitle: Type.String(),
    points: Type.Array(
      Type.Object({
        id: Id,
        name: Type.String(),
        mayReportHeadcount: Type.Boolean({ description: 'The caller may report the headcount of this point' }),
      }),
      { description: 'The points where the caller may check delegates in, in the plan order' },
    ),
  },
  { description: "What a hall's check-in screen needs to start: the title and the caller's points" },
);

export const CheckInSearchQuery = Type.Object(
  {
    bridgePointId: Id,
    q: Type.Optional(Type.String({ maxLength: 200, description: 'Words of the name, title or organisation; diacritics and case ignored' })),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000, default: 20 })),
  },
  { additionalProperties: false },
);

export const checkInSchemas = {
  checkIn: {
    tags,
    summary: 'Điểm danh một đại biểu / check a delegate in (QR code or chosen by name; idempotent by key; 200 with the outcome)',
    params: ConferenceParams,
    body: CheckInCreate,
    response: { 200: CheckInResultSchema, ...errorResponses },
  },
  walkIn: {
    tags,
    summary: 'Thêm đại biểu đến không có trong danh sách / add a walk-in, present (idempotent by key)',
    params: ConferenceParams,
    body: WalkInCreate,
    response: { 201: CheckInResultSchema, ...errorResponses },
  },
  headcount: {
    tags,
    summary: 'Báo số người có mặt / report the headcount of a hall',
    params: childParams('pointId'),
    body: HeadcountInput,
    response: { 200: HeadcountSchema, ...errorResponses },
  },
  search: {
    tags,
    summary: 'Tìm đại biểu tại một điểm cầu theo tên, không dấu / find delegates of a hall by name',
    params: ConferenceParams,
    querystring: CheckInSearchQuery,
    response: { 200: Type.Object({ items: Type.Array(DelegateSchema), total: Type.Integer() }), ...errorResponses },
  },
  halls: {
    tags,
    summary: 'Các điểm cầu được đón tiếp / the points where the caller checks delegates in (a small read for a hall screen)',
    params: ConferenceParams,
    response: { 200: CheckInHallsSchema, ...errorResponses },
  },
  hall: {
    tags,
    summary: 'Số liệu điểm danh của một điểm cầu / the counts of one hall',
    params: childParams('pointId'),
    response: { 200: HallSummarySchema, ...errorResponses },
  },
};
