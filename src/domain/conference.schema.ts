/**
 * The conference plan (kế hoạch) as data. One TypeBox schema per entity gives the
 * JSON Schema used by the API for validation and OpenAPI, and the TypeScript type.
 * Names follow the glossary of DOMAIN.md; Vietnamese appears only in values.
 */
import { Type, type Static, type TSchema } from 'typebox';

const Id = Type.String({ format: 'uuid', description: 'Identifier (UUID)' });
/** Free text: trimmed, NFC-normalised by the services before storage. */
const Text = (maxLength: number, extra: Record<string, unknown> = {}) => Type.String({ maxLength, ...extra });
const NonEmpty = (maxLength: number, extra: Record<string, unknown> = {}) =>
  Type.String({ minLength: 1, maxLength, pattern: '\\S', ...extra });
const Nullable = <T extends TSchema>(schema: T, extra: Record<string, unknown> = {}) => Type.Union([schema, Type.Null()], extra);

export const CONFERENCE_STATUSES = ['draft', 'issued', 'live', 'closed'] as const;
export const ConferenceStatus = Type.Enum([...CONFERENCE_STATUSES]);
export type ConferenceStatus = (typeof CONFERENCE_STATUSES)[number];

/** Type codes of Decree 30/2020 Appendix I (CV = công văn, which prints no code). */
export const DOCUMENT_TYPES = ['KH', 'TB', 'GM', 'QĐ', 'BC', 'BB', 'CTr', 'TTr', 'HD', 'CĐ', 'CV'] as const;
export const DocumentType = Type.Enum([...DOCUMENT_TYPES]);
export type DocumentType = (typeof DOCUMENT_TYPES)[number];

export const BRIDGE_POINT_KINDS = ['hall', 'remote', 'commune', 'other'] as const;
export const BridgePointKind = Type.Enum([...BRIDGE_POINT_KINDS]);
export type BridgePointKind = (typeof BRIDGE_POINT_KINDS)[number];

export const AGENDA_ITEM_KINDS = ['item', 'break', 'remarks', 'conclusion'] as const;
export const AgendaItemKind = Type.Enum([...AGENDA_ITEM_KINDS]);
export type AgendaItemKind = (typeof AGENDA_ITEM_KINDS)[number];

export const TASK_STATUSES = ['todo', 'in_progress', 'done', 'cancelled'] as const;
export const TaskStatus = Type.Enum([...TASK_STATUSES]);
export type TaskStatus = (typeof TASK_STATUSES)[number];

/** Decree 30/2020 Art. 9 (TM., KT., TL., TUQ., Q.) and Hướng dẫn 36-HD/VPTW (T/M, K/T, T/L for Party bodies). */
export const SIGNING_AUTHORITIES = ['', 'TM.', 'KT.', 'TL.', 'TUQ.', 'Q.', 'T/M', 'K/T', 'T/L'] as const;
export const SigningAuthority = Type.Enum([...SIGNING_AUTHORITIES]);
export type SigningAuthority = (typeof SIGNING_AUTHORITIES)[number];

export const PARTICIPANT_SCOPES = ['point', 'every_other_point'] as const;
export const ParticipantScope = Type.Enum([...PARTICIPANT_SCOPES]);
export type ParticipantScope = (typeof PARTICIPANT_SCOPES)[number];

/** Local date-time in the conference's time zone, minutes precision: 2021-07-07T08:00. */
export const LocalDateTime = Type.String({
  pattern: '^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])T([01]\\d|2[0-3]):[0-5]\\d$',
  description: 'Local date-time in Asia/Ho_Chi_Minh, YYYY-MM-DDTHH:mm',
});
/** A date that may be partial until the document is issued: 2021, 2021-06 or 2021-06-15. */
export const PartialDate = Type.String({
  pattern: '^\\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?)?$',
  description: 'YYYY, YYYY-MM or YYYY-MM-DD; blank parts stay blank on the printed document',
});
export const LocalDate = Type.String({
  pattern: '^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$',
  description: 'YYYY-MM-DD',
});
/** A clock time in the conference's time zone: 13:30. */
export const LocalTime = Type.String({ pattern: '^([01]\\d|2[0-3]):[0-5]\\d$', description: 'HH:mm' });

/** Who issues the document: a state body (Decree 30/2020) or a Party body (Hướng dẫn 36-HD/VPTW). */
export const ISSUER_KINDS = ['state', 'party'] as const;
export const IssuerKind = Type.Enum([...ISSUER_KINDS]);
export type IssuerKind = (typeof ISSUER_KINDS)[number];

/** A part of the day named instead of a clock time: buổi sáng, buổi chiều, buổi tối, cả ngày. */
export const PARTS_OF_DAY = ['morning', 'afternoon', 'evening', 'all_day'] as const;
export const PartOfDay = Type.Enum([...PARTS_OF_DAY]);
export type PartOfDay = (typeof PARTS_OF_DAY)[number];

export const CHAIR_ROLES = ['chair', 'co_chair'] as const;
export const ChairRole = Type.Enum([...CHAIR_ROLES]);
export type ChairRole = (typeof CHAIR_ROLES)[number];

/** The kinds of a plan's sections that are bound to the structured model; `other` is kept as text. */
export const OUTLINE_KINDS = [
  'purpose',
  'time_place',
  'form',
  'participants',
  'agenda',
  'assignments',
  'documents',
  'budget',
  'organisation',
  'other',
] as const;
export const OutlineKind = Type.Enum([...OUTLINE_KINDS]);
export type OutlineKind = (typeof OUTLINE_KINDS)[number];

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

export const BridgePointFields = {
  name: NonEmpty(200),
  address: Text(500, { description: 'Address or room' }),
  quota: Nullable(Type.Integer({ minimum: 0, maximum: 100000, description: 'Delegate quota' })),
  kind: BridgePointKind,
  isHost: Type.Boolean(),
  operatorName: Text(100),
  operatorPhone: Text(30),
  operatorEmail: Text(200),
  unitCode: Nullable(Text(40, { description: 'Administrative unit the point was created from' })),
};

/** What makes a point a group kept as a count, and where its participants come from; optional on create (one named point). */
export const BridgePointGroupFields = {
  groupCount: Nullable(
    Type.Integer({
      minimum: 1,
      maximum: 100000,
      description: 'A group of points kept as a count (228 điểm cầu cấp xã); null for one named point',
    }),
  ),
  venuePattern: Text(500, { description: 'Where each point of a group sits, e.g. phòng họp trực tuyến của UBND cấp xã' }),
  invitedBy: Text(300, { description: 'The body that invites the participants at these points' }),
  lentBy: Text(300, { description: 'A hall lent by another body: the body that lends it' }),
  unitListId: Nullable(Text(80, { description: 'The unit list a group expands from' })),
  parentUnitCode: Nullable(Text(40, { description: 'A group of the units under this one (a province), from unitListId' })),
};
export const BridgePointInput = Type.Object({ ...BridgePointFields, ...BridgePointGroupFields }, { additionalProperties: false });
export type BridgePointInput = Static<typeof BridgePointInput>;
/** A new point as the API accepts it: the group fields may be left out (one named point). */
export const BridgePointCreate = Type.Object(
  { ...BridgePointFields, ...Type.Partial(Type.Object(BridgePointGroupFields)).properties },
  { additionalProperties: false },
);
export type BridgePointCreate = Static<typeof BridgePointCreate>;
export const BridgePoint = Type.Object({ id: Id, position: Type.Integer(), ...BridgePointFields, ...BridgePointGroupFields });
export type BridgePoint = Static<typeof BridgePoint>;
/** A point as its own resource lists it: with the top unit (province) of its unit. */
export const ListedBridgePoint = Type.Object({
  ...BridgePoint.properties,
  provinceCode: Nullable(Type.String({ description: "The top unit (province) of the point's unit; null when unknown" })),
});
export type ListedBridgePoint = Static<typeof ListedBridgePoint>;

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
/**
 * The plan read inlines `bridgePoints` only up to this many (a provincial conference with its
 * communes); above it the plan carries `bridgePoints: []` with `bridgePointSummary.inline`
 * false, and the screens page GET /conferences/:id/bridge-points instead.
 */
export const INLINE_BRIDGE_POINTS = 500;

const PointCount = {
  rows: Type.Integer({ minimum: 0, description: 'Rows: named points and groups' }),
  points: Type.Integer({ minimum: 0, description: 'Points, a group counted by its groupCount' }),
};
/** The counts of a conference's bridge points, as the plan read carries them instead of 16,242 points. */
export const BridgePointSummary = Type.Object(
  {
    ...PointCount,
    hosts: Type.Integer({ minimum: 0 }),
    groups: Type.Integer({ minimum: 0, description: 'Groups kept as a count' }),
    byKind: Type.Array(Type.Object({ kind: BridgePointKind, ...PointCount })),
    byProvince: Type.Array(
      Type.Object({
        code: Nullable(Type.String({ description: "The top unit (province) of the points' units; null: no unit known" })),
        name: Nullable(Type.String()),
        ...PointCount,
      }),
      { description: 'Per top unit, in the order of its first point' },
    ),
    inline: Type.Boolean({ description: 'true: bridgePoints holds every point; false: bridgePoints is empty, page the list' }),
    inlineLimit: Type.Integer({ description: 'The most points a plan read inlines' }),
  },
  { description: 'What the plan read says of the bridge points (their list is GET .../bridge-points)' },
);
export type BridgePointSummary = Static<typeof BridgePointSummary>;

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
  bridgePoints: (BridgePointInput & { key: string })[];
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
