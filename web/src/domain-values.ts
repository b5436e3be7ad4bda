/**
 * The enumerations of the plan, repeated here so that the bundle does not pull in TypeBox
 * (conference.schema.ts is imported for its types only). `satisfies` keeps them in step:
 * a value added to the schema's type and missing here fails the type check below.
 */
import type {
  AgendaItemKind,
  BridgePointKind,
  ChairRole,
  ConferenceStatus,
  DocumentType,
  IssuerKind,
  OutlineKind,
  PartOfDay,
  SigningAuthority,
  TaskStatus,
} from '../../src/domain/conference.schema.js';

/** True only when every value of T is in the list. */
type Covers<T, List extends readonly unknown[]> = [T] extends [List[number]] ? true : false;
type AssertTrue<T extends true> = T;

export const CONFERENCE_STATUSES = ['draft', 'issued', 'live', 'closed'] as const satisfies readonly ConferenceStatus[];
export const DOCUMENT_TYPES = [
  'KH',
  'TB',
  'GM',
  'QĐ',
  'BC',
  'BB',
  'CTr',
  'TTr',
  'HD',
  'CĐ',
  'CV',
] as const satisfies readonly DocumentType[];
export const BRIDGE_POINT_KINDS = ['hall', 'remote', 'commune', 'other'] as const satisfies readonly BridgePointKind[];
export const AGENDA_ITEM_KINDS = ['item', 'break', 'remarks', 'conclusion'] as const satisfies readonly AgendaItemKind[];
export const TASK_STATUSES = ['todo', 'in_progress', 'done', 'cancelled'] as const satisfies readonly TaskStatus[];
export const SIGNING_AUTHORITIES = [
  '',
  'TM.',
  'KT.',
  'TL.',
  'TUQ.',
  'Q.',
  'T/M',
  'K/T',
  'T/L',
] as const satisfies readonly SigningAuthority[];
export const ISSUER_KINDS = ['state', 'party'] as const satisfies readonly IssuerKind[];
export const PARTS_OF_DAY = ['morning', 'afternoon', 'evening', 'all_day'] as const satisfies readonly PartOfDay[];
export const CHAIR_ROLES = ['chair', 'co_chair'] as const satisfies readonly ChairRole[];
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
] as const satisfies readonly OutlineKind[];

// Compile-time check that no value of the schema is missing from the lists above.
export type DomainValuesAreComplete = [
  AssertTrue<Covers<ConferenceStatus, typeof CONFERENCE_STATUSES>>,
  AssertTrue<Covers<DocumentType, typeof DOCUMENT_TYPES>>,
  AssertTrue<Covers<BridgePointKind, typeof BRIDGE_POINT_KINDS>>,
  AssertTrue<Covers<AgendaItemKind, typeof AGENDA_ITEM_KINDS>>,
  AssertTrue<Covers<TaskStatus, typeof TASK_STATUSES>>,
  AssertTrue<Covers<SigningAuthority, typeof SIGNING_AUTHORITIES>>,
  AssertTrue<Covers<IssuerKind, typeof ISSUER_KINDS>>,
  AssertTrue<Covers<PartOfDay, typeof PARTS_OF_DAY>>,
  AssertTrue<Covers<ChairRole, typeof CHAIR_ROLES>>,
  AssertTrue<Covers<OutlineKind, typeof OUTLINE_KINDS>>,
];
