/**
 * The conference plan (kế hoạch) as data. One TypeBox schema per entity gives the
 * JSON Schema used by the API for validation and OpenAPI, and the TypeScript type.
 * Names follow the glossary of DOMAIN.md; Vietnamese appears only in values.
 */
import { Type, type Static } from 'typebox';
import { BridgePoint, BridgePointInput } from './bridge-point.schema.js';
import {
  AgendaItemKind,
  ChairRole,
  ConferenceStatus,
  DocumentType,
  Id,
  IssuerKind,
  LocalDate,
  LocalDateTime,
  LocalTime,
  NonEmpty,
  Nullable,
  OutlineKind,
  ParticipantScope,
  PartialDate,
  PartOfDay,
  SigningAuthority,
  TaskStatus,
  Text,
} from './conference-values.schema.js';

export * from './bridge-point.schema.js';
export * from './conference-values.schema.js';

/** General information of the plan: everything printed in the header, purpose, time and closing. */
export const ConferenceInfoFields = {
  issuerKind: IssuerKind,
  documentType: DocumentType,
  governingBody: Text(200, { description: 'Cơ quan chủ quản, blank when none' }),
  issuingBody: NonEmpty(200, { description: 'Cơ quan ban hành, one line per printed line' }),
  documentNumber: Text(20, { description: 'Số, blank until issued' }),
  documentSymbol: Text(40, { description: 'Ký hiệu after the type code, e.g. UBND in KH-UBND' }),
  place: Text(100, { description: 'Địa danh, e.g. Đồng Tháp' }),
  issueDate: Nullable(PartialDate),
  title: NonEmpty(1000, { description: 'Trích yếu' }),
  purpose: Text(10000, { description: 'Opening paragraph' }),
  startsAt: Nullable(LocalDateTime, {
    description: 'Exact start of the first session; null while not fixed. Writing it sets the first session.',
  }),
  venue: Text(2000, { description: 'Địa điểm as printed' }),
  replacesInvitation: Type.Boolean({ description: 'Kế hoạch này thay thư mời / Thông báo này thay cho giấy mời' }),
  telegramLine: Text(300, { description: 'Công điện: the line before the addressees, e.g. VĂN PHÒNG CHÍNH PHỦ điện:' }),
  addressees: Type.Array(NonEmpty(500), { maxItems: 500, description: 'Kính gửi: who must act (not Nơi nhận)' }),
  commentDeadline: Nullable(LocalDate),
  closingText: Text(2000, { description: 'Closing paragraph before Nơi nhận' }),
  programmeNote: Text(1000, { description: 'Ghi chú under the programme table' }),
  fundingSource: Text(2000, { description: 'Nguồn kinh phí' }),
  signerAuthority: SigningAuthority,
  signerBody: Text(200, { description: 'Body signed for, after TM., e.g. ỦY BAN NHÂN DÂN' }),
  signerTitle: Text(200, { description: 'e.g. CHỦ TỊCH' }),
  signerName: Text(100),
};
export const ConferenceInfo = Type.Object(ConferenceInfoFields, { additionalProperties: false });
export type ConferenceInfo = Static<typeof ConferenceInfo>;

/**
 * A session (phiên, buổi) of the conference. Time is as exact as the document made it: a
 * date (day, or only month or year, maybe "dự kiến"), then a clock time, a part of day, or
 * nothing yet. What is unknown stays null and is never filled in.
 */
export const ConferenceSessionFields = {
  label: Text(200, { description: 'Phiên khai mạc, Buổi sáng ngày 1; blank when the document names none' }),
  date: Nullable(PartialDate),
  dateIsApproximate: Type.Boolean({ description: 'dự kiến: the date may change' }),
  startTime: Nullable(LocalTime),
  endTime: Nullable(LocalTime),
  partOfDay: Nullable(PartOfDay),
  timeText: Text(500, { description: 'The time as the document wrote it, printed while the time is not exact' }),
};
export const ConferenceSessionInput = Type.Object(ConferenceSessionFields, { additionalProperties: false });
export type ConferenceSessionInput = Static<typeof ConferenceSessionInput>;
export const ConferenceSession = Type.Object({ id: Id, position: Type.Integer(), ...ConferenceSessionFields });
export type ConferenceSession = Static<typeof ConferenceSession>;

/** Chủ trì and đồng chủ trì as the document names them. */
export const ChairFields = {
  role: ChairRole,
  personName: Text(100),
  title: Text(300, { description: 'e.g. Phó Chủ tịch UBND tỉnh' }),
  text: NonEmpty(1000, { description: 'The line as printed' }),
};
export const ChairInput = Type.Object(ChairFields, { additionalProperties: false });
export type ChairInput = Static<typeof ChairInput>;
export const Chair = Type.Object({ id: Id, position: Type.Integer(), ...ChairFields });
export type Chair = Static<typeof Chair>;

/** A paragraph of a section kept as text, with its list level (0 = body paragraph, 1 = "- ", 2 = "+ "). */
export const OutlineParagraph = Type.Object(
  { level: Type.Integer({ minimum: 0, maximum: 3 }), text: NonEmpty(10000) },
  { additionalProperties: false },
);
export type OutlineParagraph = Static<typeof OutlineParagraph>;

/**
 * A section of the document as the document wrote it: numbering style and heading kept. A
 * section of a known kind prints from the structured model (its labelled lines rebound to
 * the current values); any other prints its paragraphs.
 */
export const OutlineSectionFields = {
  parentId: Nullable(Id),
  numbering: Text(20, { description: 'As printed: I, 1, 1.1, a; blank for an unnumbered heading' }),
  heading: Text(1000),
  kind: OutlineKind,
  paragraphs: Type.Array(OutlineParagraph, { maxItems: 5000 }),
};
export const OutlineSectionInput = Type.Object(OutlineSectionFields, { additionalProperties: false });
export type OutlineSectionInput = Static<typeof OutlineSectionInput>;
export const OutlineSection = Type.Object({ id: Id, position: Type.Integer(), ...OutlineSectionFields });
export type OutlineSection = Static<typeof OutlineSection>;

export const ParticipantGroupFields = {
  scope: ParticipantScope,
  bridgePointId: Nullable(Id),
  category: Text(300, { description: 'Heading the group sits under, e.g. 1.2. Cơ quan đảng, chính quyền, đoàn thể' }),
  organisation: Text(500),
  role: Text(300, { description: 'Role or title: Thường trực, Chủ tịch, Đại diện lãnh đạo' }),
  count: Nullable(Type.Integer({ minimum: 0, maximum: 100000 })),
  personName: Text(100),
  isRepresentative: Type.Boolean({ description: 'Đại diện lãnh đạo: the person is not yet known' }),
  isRemote: Type.Boolean({ description: 'Joins through the conferencing software, not at a hall' }),
  isPresiding: Type.Boolean({ description: 'Chủ trì' }),
  protocolRank: Type.Optional(
    Nullable(Type.Integer({ minimum: 1, maximum: 9999, description: 'Thứ tự nghi thức of the group: 1 first; null: none given' })),
  ),
  invitedBy: Text(300, { description: 'Delegated invitation, e.g. Chủ tịch UBND cấp huyện' }),
  text: NonEmpty(2000, { description: 'The line as printed' }),
};
export const ParticipantGroupInput = Type.Object(ParticipantGroupFields, { additionalProperties: false });
export type ParticipantGroupInput = Static<typeof ParticipantGroupInput>;
export const ParticipantGroup = Type.Object({ id: Id, position: Type.Integer(), ...ParticipantGroupFields });
export type ParticipantGroup = Static<typeof ParticipantGroup>;

export const AgendaItemFields = {
  parentId: Nullable(Id),
  number: Text(10, { description: 'Printed number: 1, 2 … or - for a sub-row' }),
  content: NonEmpty(2000),
  presenterOrganisation: Text(300),
  presenterPerson: Text(200),
  durationMinutes: Nullable(Type.Integer({ minimum: 0, maximum: 1440 })),
  perSpeakerMinutes: Nullable(
    Type.Integer({ minimum: 1, maximum: 1440, description: 'Rule for the children: Mỗi đại biểu trình bày 07 phút' }),
  ),
  durationText: Text(200, { description: 'The duration cell as printed when it is not plain minutes' }),
  kind: AgendaItemKind,
};
export const AgendaItemInput = Type.Object(AgendaItemFields, { additionalProperties: false });
export type AgendaItemInput = Static<typeof AgendaItemInput>;
export const AgendaItem = Type.Object({ id: Id, position: Type.Integer(), ...AgendaItemFields });
export type AgendaItem = Static<typeof AgendaItem>;

export const TaskFields = {
  assignmentId: Id,
  text: NonEmpty(2000),
  deadline: Nullable(LocalDate),
  status: TaskStatus,
  cooperatingAgencies: Type.Array(NonEmpty(300), { maxItems: 50 }),
  agendaItemId: Nullable(Id),
  producesDocument: Text(300, { description: 'Document this task must produce, e.g. Báo cáo, dự thảo Quyết định' }),
};
export const TaskInput = Type.Object(TaskFields, { additionalProperties: false });
export type TaskInput = Static<typeof TaskInput>;
export const Task = Type.Object({ id: Id, position: Type.Integer(), ...TaskFields });
export type Task = Static<typeof Task>;

export const AssignmentFields = {
  leadAgency: NonEmpty(300),
  cooperatingAgencies: Type.Array(NonEmpty(300), { maxItems: 50 }),
  heading: Text(500, { description: 'Heading as printed, e.g. 1. Sở Nội vụ' }),
};
export const AssignmentInput = Type.Object(AssignmentFields, { additionalProperties: false });
export type AssignmentInput = Static<typeof AssignmentInput>;
export const Assignment = Type.Object({ id: Id, position: Type.Integer(), ...AssignmentFields });
export type Assignment = Static<typeof Assignment>;

export const CostLineFields = {
  description: NonEmpty(500),
  amountVnd: Type.Integer({ minimum: 0, maximum: 1e15 }),
};
export const CostLineInput = Type.Object(CostLineFields, { additionalProperties: false });
export type CostLineInput = Static<typeof CostLineInput>;
export const CostLine = Type.Object({ id: Id, position: Type.Integer(), ...CostLineFields });
export type CostLine = Static<typeof CostLine>;

export const DistributionLineFields = { text: NonEmpty(300) };
export const DistributionLineInput = Type.Object(DistributionLineFields, { additionalProperties: false });
export type DistributionLineInput = Static<typeof DistributionLineInput>;
export const DistributionLine = Type.Object({ id: Id, position: Type.Integer(), ...DistributionLineFields });
export type DistributionLine = Static<typeof DistributionLine>;

/** Text the importer could not place; kept verbatim and flagged "chưa phân loại". */
export const UnclassifiedFields = {
  section: Text(300, { description: 'Heading under which the text was found' }),
  text: NonEmpty(10000),
};

export const Unclassified = Type.Object({ id: Id, position: Type.Integer(), ...UnclassifiedFields });
export type Unclassified = Static<typeof Unclassified>;

export const ConferenceSummary = Type.Object({
  id: Id,
  version: Type.Integer({ description: 'Incremented by every write; send it back as expectedVersion' }),
  status: ConferenceStatus,
  archived: Type.Boolean(),
  title: Type.String(),
  documentType: DocumentType,
  startsAt: Nullable(LocalDateTime),
  /** The first session's date when the exact start is not known (YYYY, YYYY-MM, YYYY-MM-DD). */
  firstDate: Nullable(PartialDate),
  issuingBody: Type.String(),
  bridgePointCount: Type.Integer(),
  createdAt: Type.String({ format: 'date-time' }),
  updatedAt: Type.String({ format: 'date-time' }),
});
export type ConferenceSummary = Static<typeof ConferenceSummary>;

/** The whole plan as one aggregate, as read by the editor and the document renderer. */
export const Conference = Type.Object({
  id: Id,
  version: Type.Integer(),
  status: ConferenceStatus,
  archived: Type.Boolean(),
  timeZone: Type.Literal('Asia/Ho_Chi_Minh'),
  createdAt: Type.String({ format: 'date-time' }),
  updatedAt: Type.String({ format: 'date-time' }),
  ...ConferenceInfoFields,
  bridgePoints: Type.Array(BridgePoint),
  participantGroups: Type.Array(ParticipantGroup),
  assignments: Type.Array(Assignment),
  tasks: Type.Array(Task),
  agendaItems: Type.Array(AgendaItem),
  costLines: Type.Array(CostLine),
  distribution: Type.Array(DistributionLine),
  unclassified: Type.Array(Unclassified),
  sessions: Type.Array(ConferenceSession),
  chairs: Type.Array(Chair),
  outline: Type.Array(OutlineSection),
});
export type Conference = Static<typeof Conference>;

/** The conference without its parts: what the access rules and the plan read's head need (one row). */
export type ConferenceHead = Omit<
  Conference,
  | 'bridgePoints'
  | 'participantGroups'
  | 'assignments'
  | 'tasks'
  | 'agendaItems'
  | 'costLines'
  | 'distribution'
  | 'unclassified'
  | 'sessions'
  | 'chairs'
  | 'outline'
>;

/** A plan as the importer produces it: the aggregate before it has ids in the database. */
export type PlanDraft = ConferenceInfo & {
  /** A draft (an import) may leave the media tier out: null, by the kind. */
  bridgePoints: (Omit<BridgePointInput, 'mediaTier'> & Partial<Pick<BridgePointInput, 'mediaTier'>> & { key: string })[];
  participantGroups: (Omit<ParticipantGroupInput, 'bridgePointId'> & { bridgePointKey: string | null })[];
  assignments: (AssignmentInput & {
    tasks: (Omit<TaskInput, 'assignmentId' | 'agendaItemId'> & { agendaItemKey: string | null })[];
  })[];
  agendaItems: (Omit<AgendaItemInput, 'parentId'> & { key: string; parentKey: string | null })[];
  costLines: CostLineInput[];
  distribution: DistributionLineInput[];
  unclassified: { section: string; text: string }[];
  sessions: ConferenceSessionInput[];
  chairs: ChairInput[];
  outline: (Omit<OutlineSectionInput, 'parentId'> & { key: string; parentKey: string | null })[];
};
