/**
 * The plan's values: its statuses, kinds and codes, and the shapes of its dates and times,
 * shared by the plan's parts (conference.schema.ts) and the schemas built on them. The small
 * field builders (Id, Text, NonEmpty, Nullable) live here too.
 */
import { Type, type TSchema } from 'typebox';

export const Id = Type.String({ format: 'uuid', description: 'Identifier (UUID)' });
/** Free text: trimmed, NFC-normalised by the services before storage. */
export const Text = (maxLength: number, extra: Record<string, unknown> = {}) => Type.String({ maxLength, ...extra });
export const NonEmpty = (maxLength: number, extra: Record<string, unknown> = {}) =>
  Type.String({ minLength: 1, maxLength, pattern: '\\S', ...extra });
export const Nullable = <T extends TSchema>(schema: T, extra: Record<string, unknown> = {}) => Type.Union([schema, Type.Null()], extra);

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
