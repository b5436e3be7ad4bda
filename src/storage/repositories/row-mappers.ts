/**
 * Rows ↔ domain objects. Flags are 0/1 integers on both dialects, agency lists JSON
 * text, money a bigint that pg returns as a string: all of that ends here.
 */
import type {
  AgendaItem,
  AgendaItemInput,
  Assignment,
  AssignmentInput,
  BridgePoint,
  BridgePointInput,
  Chair,
  ChairInput,
  ConferenceHead,
  ListedBridgePoint,
  ConferenceSession,
  ConferenceSessionInput,
  ConferenceInfo,
  ConferenceStatus,
  CostLine,
  CostLineInput,
  DistributionLine,
  OutlineParagraph,
  OutlineSection,
  OutlineSectionInput,
  ParticipantGroup,
  ParticipantGroupInput,
  Task,
  TaskInput,
  Unclassified,
} from '../../domain/conference.schema.js';
import { foldForSearch } from '../../domain/text.js';
import { CONFERENCE_TIME_ZONE } from '../../domain/conference-rules.js';
import type {
  AgendaItemRow,
  AssignmentRow,
  BridgePointRow,
  ConferenceChairRow,
  ConferenceRow,
  ConferenceSessionRow,
  CostLineRow,
  DistributionLineRow,
  OutlineSectionRow,
  ParticipantGroupRow,
  TaskRow,
  UnclassifiedLineRow,
} from '../tables.js';

export const toFlag = (value: boolean): number => (value ? 1 : 0);
export const fromFlag = (value: unknown): boolean => value === 1 || value === true || value === '1';
const toJsonList = (values: readonly string[]): string => JSON.stringify(values);
const fromJsonList = (value: string): string[] => {
  const parsed: unknown = JSON.parse(value);
  return Array.isArray(parsed) ? parsed.map(String) : [];
};

/** The info columns; `starts_at` and `first_date` are derived from the sessions and written with them. */
export type ConferenceInfoRow = Omit<
  ConferenceRow,
  'id' | 'version' | 'status' | 'archived' | 'created_at' | 'updated_at' | 'starts_at' | 'first_date'
>;
export type { ConferenceHead };

export const searchTextOf = (info: Pick<ConferenceInfo, 'title' | 'issuingBody' | 'documentSymbol' | 'venue'>): string =>
  foldForSearch([info.title, info.issuingBody, info.documentSymbol, info.venue].join(' '));

export const conferenceInfoToRow = (info: ConferenceInfo): ConferenceInfoRow => ({
  issuer_kind: info.issuerKind,
  document_type: info.documentType,
  governing_body: info.governingBody,
  issuing_body: info.issuingBody,
  document_number: info.documentNumber,
  document_symbol: info.documentSymbol,
  place: info.place,
  issue_date: info.issueDate,
  title: info.title,
  purpose: info.purpose,
  venue: info.venue,
  replaces_invitation: toFlag(info.replacesInvitation),
  telegram_line: info.telegramLine,
  addressees: toJsonList(info.addressees),
  comment_deadline: info.commentDeadline,
  closing_text: info.closingText,
  programme_note: info.programmeNote,
  funding_source: info.fundingSource,
  signer_authority: info.signerAuthority,
  signer_body: info.signerBody,
  signer_title: info.signerTitle,
  signer_name: info.signerName,
  search_text: searchTextOf(info),
});

export const rowToConferenceInfo = (row: ConferenceInfoRow & Pick<ConferenceRow, 'starts_at'>): ConferenceInfo => ({
  issuerKind: row.issuer_kind as ConferenceInfo['issuerKind'],
  documentType: row.document_type as ConferenceInfo['documentType'],
  governingBody: row.governing_body,
  issuingBody: row.issuing_body,
  documentNumber: row.document_number,
  documentSymbol: row.document_symbol,
  place: row.place,
  issueDate: row.issue_date,
  title: row.title,
  purpose: row.purpose,
  startsAt: row.starts_at,
  venue: row.venue,
  replacesInvitation: fromFlag(row.replaces_invitation),
  telegramLine: row.telegram_line,
  addressees: fromJsonList(row.addressees),
  commentDeadline: row.comment_deadline,
  closingText: row.closing_text,
  programmeNote: row.programme_note,
  fundingSource: row.funding_source,
  signerAuthority: row.signer_authority as ConferenceInfo['signerAuthority'],
  signerBody: row.signer_body,
  signerTitle: row.signer_title,
  signerName: row.signer_name,
});

export const rowToConferenceHead = (row: ConferenceRow): ConferenceHead => ({
  id: row.id,
  version: Number(row.version),
  status: row.status as ConferenceStatus,
  archived: fromFlag(row.archived),
  timeZone: CONFERENCE_TIME_ZONE,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
  ...rowToConferenceInfo(row),
});

type Keys = { id: string; conference_id: string; position: number };
type Fields<Row> = Omit<Row, keyof Keys>;

export const bridgePointFields = (input: BridgePointInput): Omit<Fields<BridgePointRow>, 'province_code'> => ({
  name: input.name,
  address: input.address,
  quota: input.quota,
  kind: input.kind,
  is_host: toFlag(input.isHost),
  operator_name: input.operatorName,
  operator_phone: input.operatorPhone,
  operator_email: input.operatorEmail,
  unit_code: input.unitCode,
  group_count: input.groupCount,
  venue_pattern: input.venuePattern,
  invited_by: input.invitedBy,
  lent_by: input.lentBy,
  unit_list_id: input.unitListId,
  parent_unit_code: input.parentUnitCode,
  media_tier: input.mediaTier,
  search_key: foldForSearch(`${input.name} ${input.address}`),
});
export const rowToBridgePoint = (row: BridgePointRow): BridgePoint => ({
  id: row.id,
  position: row.position,
  name: row.name,
  address: row.address,
  quota: row.quota,
  kind: row.kind as BridgePoint['kind'],
  isHost: fromFlag(row.is_host),
  operatorName: row.operator_name,
  operatorPhone: row.operator_phone,
  operatorEmail: row.operator_email,
  unitCode: row.unit_code,
  groupCount: row.group_count === null ? null : Number(row.group_count),
  venuePattern: row.venue_pattern,
  invitedBy: row.invited_by,
  lentBy: row.lent_by,
  unitListId: row.unit_list_id,
  parentUnitCode: row.parent_unit_code,
  mediaTier: row.media_tier as BridgePoint['mediaTier'],
});

export const rowToListedBridgePoint = (row: BridgePointRow): ListedBridgePoint => ({
  ...rowToBridgePoint(row),
  provinceCode: row.province_code,
});

export const participantGroupFields = (input: ParticipantGroupInput): Fields<ParticipantGroupRow> => ({
  scope: input.scope,
  bridge_point_id: input.bridgePointId,
  category: input.category,
  organisation: input.organisation,
  role: input.role,
  count: input.count,
  person_name: input.personName,
  is_representative: toFlag(input.isRepresentative),
  is_remote: toFlag(input.isRemote),
  is_presiding: toFlag(input.isPresiding),
  protocol_rank: input.protocolRank ?? null,
  invited_by: input.invitedBy,
  text: input.text,
});
export const rowToParticipantGroup = (row: ParticipantGroupRow): ParticipantGroup => ({
  id: row.id,
  position: row.position,
  scope: row.scope as ParticipantGroup['scope'],
  bridgePointId: row.bridge_point_id,
  category: row.category,
  organisation: row.organisation,
  role: row.role,
  count: row.count,
  personName: row.person_name,
  isRepresentative: fromFlag(row.is_representative),
  isRemote: fromFlag(row.is_remote),
  isPresiding: fromFlag(row.is_presiding),
  protocolRank: row.protocol_rank === null ? null : Number(row.protocol_rank),
  invitedBy: row.invited_by,
  text: row.text,
});

export const assignmentFields = (input: AssignmentInput): Fields<AssignmentRow> => ({
  lead_agency: input.leadAgency,
  cooperating_agencies: toJsonList(input.cooperatingAgencies),
  heading: input.heading,
});
export const rowToAssignment = (row: AssignmentRow): Assignment => ({
  id: row.id,
  position: row.position,
  leadAgency: row.lead_agency,
  cooperatingAgencies: fromJsonList(row.cooperating_agencies),
  heading: row.heading,
});

export const taskFields = (input: TaskInput): Fields<TaskRow> => ({
  assignment_id: input.assignmentId,
  text: input.text,
  deadline: input.deadline,
  status: input.status,
  cooperating_agencies: toJsonList(input.cooperatingAgencies),
  agenda_item_id: input.agendaItemId,
  produces_document: input.producesDocument,
});
export const rowToTask = (row: TaskRow): Task => ({
  id: row.id,
  position: row.position,
  assignmentId: row.assignment_id,
  text: row.text,
  deadline: row.deadline,
  status: row.status as Task['status'],
  cooperatingAgencies: fromJsonList(row.cooperating_agencies),
  agendaItemId: row.agenda_item_id,
  producesDocument: row.produces_document,
});

export const agendaItemFields = (input: AgendaItemInput): Fields<AgendaItemRow> => ({
  parent_id: input.parentId,
  number: input.number,
  content: input.content,
  presenter_organisation: input.presenterOrganisation,
  presenter_person: input.presenterPerson,
  duration_minutes: input.durationMinutes,
  per_speaker_minutes: input.perSpeakerMinutes,
  duration_text: input.durationText,
  kind: input.kind,
});
export const rowToAgendaItem = (row: AgendaItemRow): AgendaItem => ({
  id: row.id,
  position: row.position,
  parentId: row.parent_id,
  number: row.number,
  content: row.content,
  presenterOrganisation: row.presenter_organisation,
  presenterPerson: row.presenter_person,
  durationMinutes: row.duration_minutes,
  perSpeakerMinutes: row.per_speaker_minutes,
  durationText: row.duration_text,
  kind: row.kind as AgendaItem['kind'],
});

export const costLineFields = (input: CostLineInput): Fields<CostLineRow> => ({
  description: input.description,
  amount_vnd: input.amountVnd,
});
export const rowToCostLine = (row: CostLineRow): CostLine => ({
  id: row.id,
  position: row.position,
  description: row.description,
  amountVnd: Number(row.amount_vnd),
});

export const rowToDistributionLine = (row: DistributionLineRow): DistributionLine => ({
  id: row.id,
  position: row.position,
  text: row.text,
});

export const rowToUnclassified = (row: UnclassifiedLineRow): Unclassified => ({
  id: row.id,
  position: row.position,
  section: row.section,
  text: row.text,
});

export const sessionFields = (input: ConferenceSessionInput): Fields<ConferenceSessionRow> => ({
  label: input.label,
  date: input.date,
  date_is_approximate: toFlag(input.dateIsApproximate),
  start_time: input.startTime,
  end_time: input.endTime,
  part_of_day: input.partOfDay,
  time_text: input.timeText,
});
export const rowToSession = (row: ConferenceSessionRow): ConferenceSession => ({
  id: row.id,
  position: row.position,
  label: row.label,
  date: row.date,
  dateIsApproximate: fromFlag(row.date_is_approximate),
  startTime: row.start_time,
  endTime: row.end_time,
  partOfDay: row.part_of_day as ConferenceSession['partOfDay'],
  timeText: row.time_text,
});

export const chairFields = (input: ChairInput): Fields<ConferenceChairRow> => ({
  role: input.role,
  person_name: input.personName,
  title: input.title,
  text: input.text,
});
export const rowToChair = (row: ConferenceChairRow): Chair => ({
  id: row.id,
  position: row.position,
  role: row.role as Chair['role'],
  personName: row.person_name,
  title: row.title,
  text: row.text,
});

const fromParagraphs = (value: string): OutlineParagraph[] => {
  const parsed: unknown = JSON.parse(value);
  if (!Array.isArray(parsed)) return [];
  return parsed.map((item: { level?: unknown; text?: unknown }) => ({
    level: Number(item.level ?? 0),
    text: typeof item.text === 'string' ? item.text : '',
  }));
};
export const outlineSectionFields = (input: OutlineSectionInput): Fields<OutlineSectionRow> => ({
  parent_id: input.parentId,
  numbering: input.numbering,
  heading: input.heading,
  kind: input.kind,
  paragraphs: JSON.stringify(input.paragraphs.map((p) => ({ level: p.level, text: p.text }))),
});
export const rowToOutlineSection = (row: OutlineSectionRow): OutlineSection => ({
  id: row.id,
  position: row.position,
  parentId: row.parent_id,
  numbering: row.numbering,
  heading: row.heading,
  kind: row.kind as OutlineSection['kind'],
  paragraphs: fromParagraphs(row.paragraphs),
});
