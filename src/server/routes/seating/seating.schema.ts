/** Schemas of the seat plan (sơ đồ chỗ ngồi) of a bridge point's hall. */
import { Type } from 'typebox';
import { ATTENDANCE_STATES, INVITATION_STATES } from '../../../domain/participants/delegate.js';
import { SPACING_RULES } from '../../../domain/participants/seating-layout.js';
import { AutoAssignBody, HallLayoutBody, SeatMoveBody } from '../../../domain/participants/seating.schema.js';
import { childParams, errorResponses } from '../common.schema.js';

const HallLayoutSchema = Type.Object({
  rows: Type.Integer(),
  seatsPerRow: Type.Integer(),
  blockedSeats: Type.Array(Type.String()),
  spacing: Type.Enum([...SPACING_RULES]),
  everyOtherRow: Type.Boolean(),
  minDistanceMetres: Type.Number(),
  seatWidthMetres: Type.Number(),
  rowDepthMetres: Type.Number(),
});

const SeatingDelegateSchema = Type.Object({
  id: Type.String(),
  fullName: Type.String({ description: 'The person who sits (the substitute when one was named)' }),
  title: Type.String(),
  organisation: Type.String(),
  substituteFor: Type.Union([Type.String(), Type.Null()], { description: 'The invited person, when a substitute attends' }),
  protocolRank: Type.Union([Type.Integer(), Type.Null()], { description: 'Thứ tự nghi thức given: 1 first; null: none' }),
  groupRank: Type.Union([Type.Integer(), Type.Null()], {
    description: "The rank of the delegate's participant group (thành phần); null: no group, or none given",
  }),
  titleRank: Type.Union([Type.Integer(), Type.Null()], { description: 'The default rank of the title; null: not recognised' }),
  invitation: Type.Enum([...INVITATION_STATES]),
  attendance: Type.Enum([...ATTENDANCE_STATES]),
  seat: Type.String({ description: 'As stored' }),
  placedSeat: Type.Union([Type.String(), Type.Null()], { description: 'The valid seat of the layout, else null' }),
  unplacedReason: Type.Union([Type.Enum(['none', 'unknown', 'blocked', 'spaced', 'duplicate']), Type.Null()]),
});

const planProperties = {
  conferenceId: Type.String(),
  bridgePointId: Type.String(),
  hallName: Type.String(),
  quota: Type.Union([Type.Integer(), Type.Null()]),
  layout: HallLayoutSchema,
  layoutSaved: Type.Boolean({ description: 'False while the default layout (sized from the quota) is shown' }),
  updatedAt: Type.Union([Type.String(), Type.Null()]),
  capacity: Type.Integer({ description: 'Usable seats under the spacing rule' }),
  delegates: Type.Array(SeatingDelegateSchema, { description: 'In protocol order; declined delegates are not listed' }),
};

export const SeatingPlanSchema = Type.Object(planProperties, { description: 'The seat plan of a hall' });
export const AutoAssignResultSchema = Type.Object(
  {
    ...planProperties,
    changed: Type.Integer({ description: 'Delegates whose seat changed' }),
    unseated: Type.Array(Type.String(), { description: 'Left without a seat: the hall is full (protocol order)' }),
  },
  { description: 'The seat plan after automatic assignment' },
);

const params = childParams('pointId');
const tags = ['seating'];
const binary = (description: string) => Type.Unsafe<Buffer>({ type: 'string', format: 'binary', description });

export const seatingSchemas = {
  get: {
    tags,
    summary: 'Sơ đồ chỗ ngồi / the seat plan of a hall',
    params,
    response: { 200: SeatingPlanSchema, ...errorResponses },
  },
  saveLayout: {
    tags,
    summary: 'Lưu sơ đồ hội trường / save the hall layout',
    params,
    body: HallLayoutBody,
    response: { 200: SeatingPlanSchema, ...errorResponses },
  },
  autoAssign: {
    tags,
    summary: 'Xếp chỗ tự động theo thứ tự lễ tân / assign seats in protocol order',
    params,
    body: AutoAssignBody,
    response: { 200: AutoAssignResultSchema, ...errorResponses },
  },
  move: {
    tags,
    summary: 'Chuyển chỗ hoặc đổi chỗ đại biểu / move or swap delegates',
    params,
    body: SeatMoveBody,
    response: { 200: SeatingPlanSchema, ...errorResponses },
  },
  seatPlanDocx: {
    tags,
    summary: 'Sơ đồ chỗ ngồi (.docx) / printable seat plan',
    params,
    produces: ['application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
    response: { 200: binary('The seat plan as .docx (A4 landscape)'), ...errorResponses },
  },
};
