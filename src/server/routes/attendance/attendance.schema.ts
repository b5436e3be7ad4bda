/** Schemas of attendance (điểm danh): the counts, the printed lists and the event stream. */
import { Type } from 'typebox';
import { DOMAIN_EVENT_TYPES } from '../../../realtime/events.js';
import { ConferenceParams, Id, childParams, errorResponses } from '../common.schema.js';

const tags = ['attendance'];
const Count = Type.Integer({ minimum: 0 });

export const QuotaWarningSchema = Type.Object({
  code: Type.String({ description: 'quota.invited_over, quota.confirmed_over, quota.present_over, quota.headcount_below_checked_in' }),
  vi: Type.String(),
  en: Type.String(),
});

const countFields = {
  quota: Type.Union([Count, Type.Null()], { description: 'Số lượng được phân bổ; null: no quota' }),
  invited: Count,
  confirmed: Count,
  declined: Count,
  present: Type.Integer({ minimum: 0, description: 'Checked in, walk-ins included' }),
  absent: Count,
  walkIns: Count,
  headcount: Type.Union([Count, Type.Null()], { description: 'Số người báo cáo by a hall that reports a number' }),
  overQuota: Type.Object({ invited: Type.Boolean(), confirmed: Type.Boolean(), present: Type.Boolean() }),
  warnings: Type.Array(QuotaWarningSchema),
};

export const CountsSchema = Type.Object(countFields);

export const GroupAttendanceSchema = Type.Object({
  participantGroupId: Type.Union([Id, Type.Null()], { description: 'null: delegates in no participant group' }),
  name: Type.String({ description: 'The line of the plan; empty for delegates in no group' }),
  ...countFields,
});

export const PointAttendanceSchema = Type.Object({
  bridgePointId: Id,
  name: Type.String(),
  isHost: Type.Boolean(),
  ...countFields,
  groups: Type.Optional(Type.Array(GroupAttendanceSchema, { description: 'Only when one point is asked for' })),
});

export const AttendanceReportSchema = Type.Object(
  {
    conferenceId: Id,
    points: Type.Array(PointAttendanceSchema),
    groups: Type.Array(GroupAttendanceSchema),
    totals: CountsSchema,
  },
  { description: 'Counts of the points the caller may read (operators: their own)' },
);

export const AttendanceQuery = Type.Object(
  { bridgePointId: Type.Optional(Type.String({ format: 'uuid', description: 'One point, with its participant groups' })) },
  { additionalProperties: false },
);

const PointParams = childParams('pointId');
const binary = (description: string) => Type.Unsafe<Buffer>({ type: 'string', format: 'binary', description });

export const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
export const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const ProvinceAttendanceSchema = Type.Object({
  code: Type.Union([Type.String(), Type.Null()], { description: 'The province unit code; null: the points without a province' }),
  name: Type.String(),
  points: Type.Integer(),
  expected: Type.Integer({ description: 'Delegates on the list who have not declined (walk-ins are not expected)' }),
  present: Type.Integer({ description: 'Checked in, walk-ins included' }),
  headcount: Type.Integer({ description: 'People reported by the halls that count heads' }),
});

export const attendanceSchemas = {
  provinces: {
    tags: ['attendance'],
    summary: 'Điểm danh đại biểu theo tỉnh / attendance counted per province (a national conference)',
    params: ConferenceParams,
    response: { 200: Type.Object({ provinces: Type.Array(ProvinceAttendanceSchema) }), ...errorResponses },
  },
  report: {
    tags,
    summary: 'Số liệu tham dự / attendance counts per bridge point and participant group',
    params: ConferenceParams,
    querystring: AttendanceQuery,
    response: { 200: AttendanceReportSchema, ...errorResponses },
  },
  listDocx: {
    tags,
    summary: 'Danh sách đại biểu dự hội nghị (.docx) / attendance list of a bridge point, with a signature column',
    params: PointParams,
    produces: [DOCX],
    response: { 200: binary('The attendance list as .docx'), ...errorResponses },
  },
  listXlsx: {
    tags,
    summary: 'Danh sách đại biểu dự hội nghị (.xlsx) / attendance list of a bridge point, ready to print',
    params: PointParams,
    produces: [XLSX],
    response: { 200: binary('The attendance list as .xlsx'), ...errorResponses },
  },
  events: {
    tags,
    summary: 'Sự kiện trực tiếp (SSE) / live events of the conference as Server-Sent Events',
    description:
      `text/event-stream. Events: ready, resync (refetch everything), then ${DOMAIN_EVENT_TYPES.join(', ')}; ` +
      'each carries only ids and counts. Send Last-Event-ID to receive what was missed. Operators receive the events of their points.',
    params: ConferenceParams,
    produces: ['text/event-stream'],
    response: { 200: Type.String({ description: 'The event stream' }), ...errorResponses },
  },
};
