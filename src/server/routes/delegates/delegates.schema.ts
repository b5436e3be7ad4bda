/** Schemas of the delegates (đại biểu) of a conference. */
import { Type } from 'typebox';
import { ATTENDANCE_STATES, INVITATION_STATES } from '../../../domain/participants/delegate.js';
import { DelegateCreate, DelegatePatch, ProtocolMoveBody } from '../../../services/participants/delegate-input.js';
import { MAX_DELEGATE_PAGE } from '../../../services/participants/delegate-service.js';
import { ConferenceParams, Id, childParams, errorResponses } from '../common.schema.js';

const tags = ['delegates'];
export const InvitationStateSchema = Type.Enum([...INVITATION_STATES], { description: 'Trạng thái mời / invitation state' });
export const AttendanceStateSchema = Type.Enum([...ATTENDANCE_STATES], { description: 'Có mặt / attendance' });

export const SubstituteSchema = Type.Object({
  fullName: Type.String(),
  title: Type.String(),
  phone: Type.String(),
  email: Type.String(),
});

export const DelegateSchema = Type.Object(
  {
    id: Id,
    conferenceId: Id,
    bridgePointId: Id,
    participantGroupId: Type.Union([Id, Type.Null()]),
    fullName: Type.String(),
    title: Type.String(),
    organisation: Type.String(),
    phone: Type.String({ description: 'Empty when the caller may not read contacts' }),
    email: Type.String({ description: 'Empty when the caller may not read contacts' }),
    seat: Type.String(),
    notes: Type.String(),
    invitation: InvitationStateSchema,
    substitute: Type.Union([SubstituteSchema, Type.Null()], { description: 'Người dự thay' }),
    attendance: AttendanceStateSchema,
    walkIn: Type.Boolean(),
    protocolRank: Type.Union([Type.Integer(), Type.Null()], { description: 'Thứ tự nghi thức given: 1 first; null: none' }),
    groupRank: Type.Union([Type.Integer(), Type.Null()], {
      description: "The rank of the delegate's participant group (thành phần); null: no group, or none given",
    }),
    titleRank: Type.Union([Type.Integer(), Type.Null()], { description: 'The default rank of the title; null: not recognised' }),
    answeredAt: Type.Union([Type.String(), Type.Null()]),
    checkedInAt: Type.Union([Type.String(), Type.Null()]),
    version: Type.Integer(),
    allowedActions: Type.Array(Type.String(), { description: 'What the caller may do with this delegate' }),
  },
  { description: 'A delegate as the caller may see it' },
);

export const DelegateListQuery = Type.Object(
  {
    bridgePointId: Type.Optional(Id),
    participantGroupId: Type.Optional(Id),
    invitation: Type.Optional(InvitationStateSchema),
    attendance: Type.Optional(AttendanceStateSchema),
    q: Type.Optional(Type.String({ maxLength: 200, description: 'Words of the name, title or organisation; diacritics ignored' })),
    offset: Type.Optional(Type.Integer({ minimum: 0, maximum: 10_000_000, default: 0 })),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: MAX_DELEGATE_PAGE, default: 100 })),
  },
  { additionalProperties: false },
);

export const DelegatePageSchema = Type.Object({
  items: Type.Array(DelegateSchema),
  total: Type.Integer(),
  offset: Type.Integer(),
  limit: Type.Integer(),
});

const DelegateParams = childParams('delegateId');

export const delegateSchemas = {
  list: {
    tags,
    summary: 'Danh sách đại biểu / list delegates (paged; operators see their own points)',
    params: ConferenceParams,
    querystring: DelegateListQuery,
    response: { 200: DelegatePageSchema, ...errorResponses },
  },
  create: {
    tags,
    summary: 'Thêm đại biểu / add a delegate',
    params: ConferenceParams,
    body: DelegateCreate,
    response: { 201: DelegateSchema, ...errorResponses },
  },
  get: {
    tags,
    summary: 'Một đại biểu / one delegate',
    params: DelegateParams,
    response: { 200: DelegateSchema, ...errorResponses },
  },
  update: {
    tags,
    summary: 'Sửa đại biểu / change a delegate',
    params: DelegateParams,
    body: DelegatePatch,
    response: { 200: DelegateSchema, ...errorResponses },
  },
  moveInOrder: {
    tags,
    summary: 'Đổi thứ tự nghi thức / move a delegate in protocol order',
    description:
      'Before or after another delegate of the same point; the order from the top down to the moved one is written as ranks 1, 2, 3 …',
    params: DelegateParams,
    body: ProtocolMoveBody,
    response: {
      200: Type.Object({
        changes: Type.Array(
          Type.Object({
            id: Type.String(),
            from: Type.Union([Type.Integer(), Type.Null()]),
            to: Type.Union([Type.Integer(), Type.Null()]),
          }),
        ),
      }),
      ...errorResponses,
    },
  },
  remove: {
    tags,
    summary: 'Xóa đại biểu / remove a delegate',
    params: DelegateParams,
    response: { 204: Type.Null(), ...errorResponses },
  },
};
