/**
 * The conclusion notice (Thông báo kết luận, TB) and its numbered conclusions; each conclusion
 * may name a lead agency, co-operating agencies, a task and a deadline, which the issued notice
 * turns into a task of the assignment board. Reports of progress and completion follow.
 */
import { Type, type Static } from 'typebox';
import { SIGNING_AUTHORITIES } from '../conference.schema.js';

const Text = (maxLength: number) => Type.String({ maxLength });
const LocalDate = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'YYYY-MM-DD' });
const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T) => Type.Union([schema, Type.Null()]);

export const NOTICE_STATUSES = ['draft', 'issued'] as const;
export type NoticeStatus = (typeof NOTICE_STATUSES)[number];

export const NoticeFields = {
  governingBody: Text(300),
  issuingBody: Text(300),
  documentNumber: Text(20),
  documentSymbol: Text(50),
  place: Text(100),
  issueDate: Nullable(LocalDate),
  subject: Text(2000),
  preamble: Text(20000),
  closing: Text(2000),
  signerAuthority: Type.Enum([...SIGNING_AUTHORITIES]),
  signerBody: Text(300),
  signerTitle: Text(300),
  signerName: Text(100),
  distribution: Type.Array(Type.String({ minLength: 1, maxLength: 300 }), { maxItems: 200 }),
  recipients: Type.Array(Type.String({ format: 'email', maxLength: 254 }), { maxItems: 500 }),
};
export const NoticePatch = Type.Partial(Type.Object(NoticeFields), { additionalProperties: false });
export type NoticePatch = Static<typeof NoticePatch>;

/**
 * The body of the plan the lead agency is (issue 16 item 7): a bridge point, a participant group,
 * or both; its people (the point's operators, its contact link) report on the task.
 */
export const LeadBody = Type.Object(
  {
    bridgePointId: Nullable(Type.String({ minLength: 1, maxLength: 100 })),
    participantGroupId: Nullable(Type.String({ minLength: 1, maxLength: 100 })),
  },
  { additionalProperties: false },
);
export type LeadBody = Static<typeof LeadBody>;

export const ConclusionFields = {
  text: Type.String({ minLength: 1, maxLength: 10000 }),
  leadAgency: Text(300),
  /** Null or absent: the agency is free text only, and only the secretariat records its reports. */
  leadBody: Type.Optional(Nullable(LeadBody)),
  cooperatingAgencies: Type.Array(Type.String({ minLength: 1, maxLength: 300 }), { maxItems: 50 }),
  taskText: Text(2000),
  deadline: Nullable(LocalDate),
};
export const ConclusionInput = Type.Object(ConclusionFields, { additionalProperties: false });
export type ConclusionInput = Static<typeof ConclusionInput>;
export const ConclusionPatch = Type.Partial(ConclusionInput, { additionalProperties: false });
export type ConclusionPatch = Static<typeof ConclusionPatch>;

export const FOLLOW_UP_STATES = ['done', 'overdue', 'due_soon', 'on_track', 'no_deadline'] as const;

export const ConclusionReport = Type.Object({
  id: Type.String(),
  kind: Type.Enum(['progress', 'done']),
  note: Type.String(),
  fileRef: Nullable(Type.String()),
  reportedBy: Type.String(),
  reportedAt: Type.String(),
});
export type ConclusionReport = Static<typeof ConclusionReport>;

export const Conclusion = Type.Object({
  id: Type.String(),
  position: Type.Integer(),
  ...ConclusionFields,
  leadBody: Nullable(LeadBody),
  taskId: Nullable(Type.String()),
  carriedFrom: Nullable(Type.String()),
  followUp: Type.Object({
    state: Type.Enum([...FOLLOW_UP_STATES]),
    workingDaysLate: Type.Integer(),
    remind: Type.Boolean(),
  }),
  reports: Type.Array(ConclusionReport),
  /** On the follow-up board: whether the caller may report on this task. */
  canReport: Type.Optional(Type.Boolean()),
});
export type Conclusion = Static<typeof Conclusion>;

export const ConclusionNotice = Type.Object({
  conferenceId: Type.String(),
  status: Type.Enum([...NOTICE_STATUSES]),
  ...NoticeFields,
  issuedAt: Nullable(Type.String()),
  version: Type.Integer(),
  updatedAt: Type.String(),
  conclusions: Type.Array(Conclusion),
});
export type ConclusionNotice = Static<typeof ConclusionNotice>;

export const ReportInput = Type.Object(
  { kind: Type.Enum(['progress', 'done']), note: Text(10000), fileRef: Type.Optional(Nullable(Type.String({ maxLength: 200 }))) },
  { additionalProperties: false },
);
export type ReportInput = Static<typeof ReportInput>;

export const CarryOverInput = Type.Object(
  { fromConferenceId: Type.String({ minLength: 1, maxLength: 100 }) },
  { additionalProperties: false },
);
export type CarryOverInput = Static<typeof CarryOverInput>;
