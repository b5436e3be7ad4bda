/** Schemas of invitations (giấy mời), answers through personal links, and delegated invitation. */
import { Type } from 'typebox';
import { AnswerRequest } from '../../../services/participants/invitation-answer-service.js';
import { SendPreviewRequest, SendRequest } from '../../../services/participants/invitation-service.js';
import { confirmationResponse, SafetyWarningSchema } from '../safety.schema.js';
import { NominationRequest } from '../../../services/participants/nomination-service.js';
import { ConferenceParams, Id, errorResponses } from '../common.schema.js';
import { DelegateSchema, InvitationStateSchema, SubstituteSchema, AttendanceStateSchema } from '../delegates/delegates.schema.js';
import { PresentedAccessLinkSchema } from '../accounts.schema.js';

const tags = ['invitations'];
const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T) => Type.Union([schema, Type.Null()]);
const binary = (description: string) => Type.Unsafe<Buffer>({ type: 'string', format: 'binary', description });
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

const Counts = Type.Object({
  total: Type.Integer(),
  notInvited: Type.Integer(),
  noAnswer: Type.Integer({ description: 'Invited, no answer yet' }),
  confirmed: Type.Integer(),
  declined: Type.Integer(),
  substituted: Type.Integer(),
  invited: Type.Integer({ description: 'Every state but not_invited' }),
});
const DeliveryStatus = Type.Enum(['queued', 'sent', 'failed']);

const Summary = Type.Object({
  mail: Type.Object({ enabled: Type.Boolean(), from: Nullable(Type.String()), server: Nullable(Type.String()) }),
  deadline: Nullable(Type.String({ description: 'Set by the organizer; null: until the conference starts' })),
  answerUntil: Nullable(Type.String({ description: 'Local time answers are accepted until; null: no deadline and no fixed start yet' })),
  deliveries: Type.Object({ queued: Type.Integer(), sent: Type.Integer(), failed: Type.Integer() }),
  points: Type.Array(Type.Object({ bridgePointId: Id, name: Type.String(), quota: Nullable(Type.Integer()), counts: Counts })),
  groups: Type.Array(Type.Object({ participantGroupId: Nullable(Id), bridgePointId: Nullable(Id), text: Type.String(), counts: Counts })),
  totals: Counts,
});

const Delivery = Type.Object({
  id: Id,
  delegateId: Id,
  fullName: Type.String(),
  bridgePointId: Id,
  kind: Type.String(),
  recipient: Type.String(),
  status: DeliveryStatus,
  error: Nullable(Type.String()),
  createdAt: Type.String(),
  sentAt: Nullable(Type.String()),
});

const SendResult = Type.Object({
  kind: Type.Enum(['invitation', 'reminder']),
  queued: Type.Integer({ description: 'Messages queued; they are sent in the background' }),
  skipped: Type.Array(Type.Object({ delegateId: Id, reason: Type.Enum(['no_email', 'not_invited', 'answered']) })),
});

const SendPreview = Type.Object({
  kind: Type.Enum(['invitation', 'reminder']),
  count: Type.Integer({ description: 'The delegates it would reach: send with confirm.count equal to it' }),
  bridgePoints: Type.Array(Type.Object({ bridgePointId: Id, name: Type.String(), count: Type.Integer() }), {
    description: 'Recipients per bridge point',
  }),
  recipients: Type.Array(Type.Object({ delegateId: Id, fullName: Type.String(), bridgePointId: Id }), {
    description: 'The first 50 recipients',
  }),
  skipped: Type.Array(Type.Object({ delegateId: Id, reason: Type.Enum(['no_email', 'not_invited', 'answered']) })),
  deadline: Nullable(Type.String({ description: 'The answer deadline after the send; null: until the conference starts' })),
  warnings: Type.Array(SafetyWarningSchema, { description: 'To show and have confirmed: send with confirm.warnings naming each' }),
});

const NominatorLinkBody = Type.Object(
  {
    bridgePointId: Id,
    participantGroupId: Type.Optional(Nullable(Id)),
    label: Type.String({ minLength: 1, maxLength: 200, description: 'Who names the attendees, e.g. "Chủ tịch UBND huyện Châu Thành"' }),
    expiresAt: Type.String({ format: 'date-time', description: 'In the future, at most one year ahead' }),
  },
  { additionalProperties: false },
);

const InvitationView = Type.Object({
  conference: Type.Object({
    id: Id,
    title: Type.String(),
    eventName: Type.String(),
    issuingBody: Type.String(),
    startsAt: Nullable(Type.String()),
    time: Type.String({ description: '08 giờ 00 phút, ngày 07/7/2021 (thứ Tư), or the time as far as it is known' }),
    presiding: Type.String(),
    status: Type.String(),
  }),
  delegate: Type.Object({
    id: Id,
    fullName: Type.String(),
    title: Type.String(),
    organisation: Type.String(),
    invitation: InvitationStateSchema,
    substitute: Nullable(SubstituteSchema),
    attendance: AttendanceStateSchema,
    answeredAt: Nullable(Type.String()),
  }),
  bridgePoint: Nullable(Type.Object({ id: Id, name: Type.String(), address: Type.String(), kind: Type.String(), isHost: Type.Boolean() })),
  place: Type.Array(Type.String()),
  answerUntil: Nullable(Type.String()),
  open: Type.Boolean({ description: 'Whether an answer may still be given or changed' }),
});

const NominationView = Type.Object({
  conference: Type.Object({ id: Id, eventName: Type.String(), time: Type.String(), startsAt: Nullable(Type.String()) }),
  bridgePoint: Type.Object({ id: Id, name: Type.String(), quota: Nullable(Type.Integer()) }),
  participantGroup: Nullable(Type.Object({ id: Id, text: Type.String(), count: Nullable(Type.Integer()) })),
  taken: Type.Object({ atPoint: Type.Integer(), inGroup: Type.Integer() }),
  remaining: Nullable(Type.Integer()),
  delegates: Type.Array(
    Type.Object({ id: Id, fullName: Type.String(), title: Type.String(), organisation: Type.String(), invitation: InvitationStateSchema }),
  ),
});

export const invitationSchemas = {
  summary: {
    tags,
    summary: 'Giấy mời: số liệu / invitation counts per point and group',
    params: ConferenceParams,
    response: { 200: Summary, ...errorResponses },
  },
  send: {
    tags,
    summary: 'Gửi giấy mời hoặc nhắc xác nhận / send invitations or reminders by e-mail',
    params: ConferenceParams,
    description:
      'Never in one click: ask POST …/invitations/preview, show the count, the recipients and the warnings, then send the ' +
      'same request with confirm: { count, warnings } as the user accepted them.',
    body: SendRequest,
    response: { 202: SendResult, 409: confirmationResponse('the send'), ...errorResponses },
  },
  preview: {
    tags,
    summary: 'Xem trước khi gửi / who a send would reach, and the warnings to confirm',
    params: ConferenceParams,
    body: SendPreviewRequest,
    response: { 200: SendPreview, ...errorResponses },
  },
  deliveries: {
    tags,
    summary: 'Lượt gửi thư / deliveries, newest first',
    params: ConferenceParams,
    querystring: Type.Object(
      {
        status: Type.Optional(DeliveryStatus),
        offset: Type.Optional(Type.Integer({ minimum: 0, maximum: 10_000_000, default: 0 })),
        limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500, default: 50 })),
      },
      { additionalProperties: false },
    ),
    response: {
      200: Type.Object({ items: Type.Array(Delivery), total: Type.Integer(), offset: Type.Integer(), limit: Type.Integer() }),
      ...errorResponses,
    },
  },
  deliveryList: {
    tags,
    summary: 'Danh sách phát giấy mời (.docx) / the printable list for delivery by hand',
    params: ConferenceParams,
    querystring: Type.Object({ bridgePointId: Type.Optional(Id) }, { additionalProperties: false }),
    produces: [DOCX],
    response: { 200: binary('The list as .docx'), ...errorResponses },
  },
  sample: {
    tags,
    summary: 'Giấy mời mẫu (.docx) / a sample invitation',
    params: ConferenceParams,
    querystring: Type.Object({ delegateId: Type.Optional(Id) }, { additionalProperties: false }),
    produces: [DOCX],
    response: { 200: binary('A Giấy mời with a sample link'), ...errorResponses },
  },
  nominatorLink: {
    tags,
    summary: 'Tạo liên kết cử người dự / create a nominator link (delegated invitation)',
    params: ConferenceParams,
    body: NominatorLinkBody,
    response: {
      201: Type.Object({ link: PresentedAccessLinkSchema, url: Type.String({ description: '/cu-nguoi-du/<token>: shown once' }) }),
      ...errorResponses,
    },
  },
  view: {
    tags,
    summary: 'Giấy mời của tôi / the invitation of this personal link',
    params: ConferenceParams,
    response: { 200: InvitationView, ...errorResponses },
  },
  answer: {
    tags,
    summary: 'Xác nhận tham dự / attend, decline or name a substitute',
    params: ConferenceParams,
    body: AnswerRequest,
    response: { 200: InvitationView, ...errorResponses },
  },
  nomination: {
    tags,
    summary: 'Cử người dự / what this nominator link may fill',
    params: ConferenceParams,
    response: { 200: NominationView, ...errorResponses },
  },
  nominate: {
    tags,
    summary: 'Cử một người dự / name one attendee (within the quota)',
    params: ConferenceParams,
    body: NominationRequest,
    response: { 201: DelegateSchema, ...errorResponses },
  },
};
