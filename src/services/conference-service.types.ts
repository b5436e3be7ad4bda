/**
 * What the plan editor can do with a conference. The server's routes call only this;
 * the implementation (conference-service.ts) applies the domain rules and calls the
 * repositories inside one transaction per write.
 *
 * Conventions:
 * - every write bumps `conference.version` and `updatedAt` by exactly one step and
 *   returns the whole updated plan, so that the editor and the computed schedule stay
 *   consistent; creates also return the new entity's id;
 * - `expectedVersion`, when given, must equal the stored version or the write fails
 *   with 409 `conference.version_conflict` and changes nothing;
 * - text is stored NFC and trimmed;
 * - errors are DomainError (src/domain/errors.ts): 404 `<entity>.not_found`,
 *   422 for rule violations, 409 for conflicts.
 */
import type {
  AgendaItemInput,
  AssignmentInput,
  BridgePointCreate,
  BridgePointInput,
  BridgePointKind,
  BridgePointSummary,
  ChairInput,
  Conference,
  ConferenceHead,
  ConferenceInfo,
  ConferenceSessionInput,
  ConferenceStatus,
  ConferenceSummary,
  CostLineInput,
  DistributionLineInput,
  ListedBridgePoint,
  OutlineSectionInput,
  ParticipantGroupInput,
  PlanDraft,
  TaskInput,
} from '../domain/conference.schema.js';
import type { ConferenceReader } from '../storage/repositories/conference-repository.js';
import type { Plan } from '../storage/repositories/plan-repository.js';
import type { Page, PageRequest } from './paging.js';

export type { Plan };
import type { AuditContext } from './accounts/audit-context.js';

export interface ConferenceListQuery {
  /** Words matched against title, issuing body, document symbol and venue, ignoring case and diacritics. */
  q?: string;
  status?: ConferenceStatus;
  /** false (default): only active; true: only archived. */
  archived?: boolean;
  limit?: number;
  offset?: number;
  /** Only the conferences this reader may see, filtered in the query (default: all). */
  readableBy?: ConferenceReader;
}

export interface ConferenceList {
  items: ConferenceSummary[];
  total: number;
}

/** Fields needed to create a conference; everything else takes the defaults of a blank plan. */
export type ConferenceCreate = Partial<ConferenceInfo> & Pick<ConferenceInfo, 'title'>;

export interface Created {
  id: string;
  conference: Plan;
}

export interface WriteOptions {
  expectedVersion?: number;
  /**
   * Who writes, from where, and the action name: when given, the write records one
   * audit row (only the changed entities/fields) in its own transaction.
   */
  audit?: AuditContext;
}

/** Options of the writes that create a conference (create, createFromDraft, duplicate). */
export interface CreateOptions {
  /** When given, one audit row with the new plan as `after`. */
  audit?: AuditContext;
  /**
   * The user who becomes the new conference's organizer, granted in the same transaction
   * (and recorded in the same audit row), so a conference never exists without one.
   */
  organizerUserId?: string;
}

/** The filters of the paged list of a conference's bridge points (all optional; together they narrow). */
export interface BridgePointQuery extends PageRequest {
  kind?: BridgePointKind | undefined;
  /** The top unit (province) code: its own point, its communes, its group. */
  provinceCode?: string | undefined;
  /** true: only groups kept as a count; false: only named points. */
  group?: boolean | undefined;
  host?: boolean | undefined;
  /** Words matched against name and address, ignoring case and diacritics. */
  q?: string | undefined;
  /** Only these points (an operator link's own point). */
  onlyIds?: readonly string[] | undefined;
}

/**
 * What a bridge point write answers instead of the whole plan: the points it created or
 * changed (in the plan's order), the ids it removed, whether the order changed, the new
 * counts and the conference's new version.
 */
export interface BridgePointChanges {
  version: number;
  updatedAt: string;
  points: ListedBridgePoint[];
  removedIds: string[];
  reordered: boolean;
  bridgePointSummary: BridgePointSummary;
}

export interface AgendaOrderEntry {
  id: string;
  parentId: string | null;
}

export interface UnitsToPoints {
  unitListId: string;
  /** Codes of the units to create points for; all units of the list when absent. */
  unitCodes?: string[];
  quota?: number | null;
  kind?: BridgePointKind;
}

/** A conference down to the commune level: each province's point and its communes as a group or expanded. */
export interface UnitTreeToPoints {
  unitListId: string;
  /** Provinces whose commune-level units become named points; the others stay one group each. */
  expandCodes?: string[];
  venuePattern?: string;
  invitedBy?: string;
}

/** An outline section as written by the editor: keys, parents before their children. */
export type OutlineSectionWrite = Omit<OutlineSectionInput, 'parentId'> & { key: string; parentKey: string | null };

export interface ConferenceService {
  list(query: ConferenceListQuery): Promise<ConferenceList>;
  /** The whole plan, every bridge point: for the documents and the imports, not for the API's reads. */
  get(conferenceId: string): Promise<Conference>;
  /** The conference without its parts, one row (404 when missing): what access checks need. */
  head(conferenceId: string): Promise<ConferenceHead>;
  /** The plan read: bridge points inline up to INLINE_BRIDGE_POINTS, their counts always. */
  readPlan(conferenceId: string): Promise<Plan>;
  /** A page of the conference's bridge points in the plan's order (400 page.invalid_cursor for a foreign cursor). */
  listBridgePoints(conferenceId: string, query: BridgePointQuery): Promise<Page<ListedBridgePoint>>;
  /** One point (404 bridge_point.not_found when it is not one of the conference's). */
  getBridgePoint(conferenceId: string, pointId: string): Promise<ListedBridgePoint>;
  create(input: ConferenceCreate, options?: CreateOptions): Promise<Plan>;
  /** Stores a whole imported plan in one transaction. */
  createFromDraft(draft: PlanDraft, options?: CreateOptions): Promise<Plan>;
  updateInfo(conferenceId: string, patch: Partial<ConferenceInfo>, options?: WriteOptions): Promise<Plan>;
  /** A copy as a new draft: new ids, number and issue date blank, dates shifted by whole years. */
  duplicate(conferenceId: string, options: { shiftYears: number }, writeOptions?: CreateOptions): Promise<Plan>;
  setArchived(conferenceId: string, archived: boolean, options?: WriteOptions): Promise<Plan>;
  changeStatus(conferenceId: string, status: ConferenceStatus, options?: WriteOptions): Promise<Plan>;

  /** The group fields may be left out: a named point. Bridge point writes answer what changed, not the plan. */
  addBridgePoint(conferenceId: string, input: BridgePointCreate, options?: WriteOptions): Promise<BridgePointChanges & { id: string }>;
  updateBridgePoint(
    conferenceId: string,
    pointId: string,
    patch: Partial<BridgePointInput>,
    options?: WriteOptions,
  ): Promise<BridgePointChanges>;
  removeBridgePoint(conferenceId: string, pointId: string, options?: WriteOptions): Promise<BridgePointChanges>;
  reorderBridgePoints(conferenceId: string, ids: string[], options?: WriteOptions): Promise<BridgePointChanges>;
  addBridgePointsFromUnits(conferenceId: string, request: UnitsToPoints, options?: WriteOptions): Promise<BridgePointChanges>;
  addBridgePointsFromUnitTree(conferenceId: string, request: UnitTreeToPoints, options?: WriteOptions): Promise<BridgePointChanges>;
  /** Replaces a group kept as a count by one named point per unit of its list (its participant groups copied to each). */
  expandBridgePointGroup(conferenceId: string, pointId: string, options?: WriteOptions): Promise<BridgePointChanges>;

  /** The sessions in order (at least one); the conference's start follows the first. */
  replaceSessions(conferenceId: string, sessions: ConferenceSessionInput[], options?: WriteOptions): Promise<Plan>;
  replaceChairs(conferenceId: string, chairs: ChairInput[], options?: WriteOptions): Promise<Plan>;
  replaceOutline(conferenceId: string, sections: OutlineSectionWrite[], options?: WriteOptions): Promise<Plan>;

  addParticipantGroup(conferenceId: string, input: ParticipantGroupInput, options?: WriteOptions): Promise<Created>;
  updateParticipantGroup(
    conferenceId: string,
    groupId: string,
    patch: Partial<ParticipantGroupInput>,
    options?: WriteOptions,
  ): Promise<Plan>;
  removeParticipantGroup(conferenceId: string, groupId: string, options?: WriteOptions): Promise<Plan>;
  reorderParticipantGroups(conferenceId: string, ids: string[], options?: WriteOptions): Promise<Plan>;

  addAssignment(conferenceId: string, input: AssignmentInput, options?: WriteOptions): Promise<Created>;
  updateAssignment(conferenceId: string, assignmentId: string, patch: Partial<AssignmentInput>, options?: WriteOptions): Promise<Plan>;
  /** Removes the assignment and its tasks. */
  removeAssignment(conferenceId: string, assignmentId: string, options?: WriteOptions): Promise<Plan>;
  reorderAssignments(conferenceId: string, ids: string[], options?: WriteOptions): Promise<Plan>;

  addTask(conferenceId: string, input: TaskInput, options?: WriteOptions): Promise<Created>;
  updateTask(conferenceId: string, taskId: string, patch: Partial<TaskInput>, options?: WriteOptions): Promise<Plan>;
  removeTask(conferenceId: string, taskId: string, options?: WriteOptions): Promise<Plan>;
  /** Order of the tasks of one assignment. */
  reorderTasks(conferenceId: string, assignmentId: string, ids: string[], options?: WriteOptions): Promise<Plan>;

  addAgendaItem(conferenceId: string, input: AgendaItemInput, options?: WriteOptions): Promise<Created>;
  updateAgendaItem(conferenceId: string, itemId: string, patch: Partial<AgendaItemInput>, options?: WriteOptions): Promise<Plan>;
  /** Removes the item and its sub-items. */
  removeAgendaItem(conferenceId: string, itemId: string, options?: WriteOptions): Promise<Plan>;
  /** The whole agenda in display order; every item exactly once; nesting at most two levels. */
  reorderAgenda(conferenceId: string, order: AgendaOrderEntry[], options?: WriteOptions): Promise<Plan>;

  replaceCostLines(conferenceId: string, lines: CostLineInput[], options?: WriteOptions): Promise<Plan>;
  replaceDistribution(conferenceId: string, lines: DistributionLineInput[], options?: WriteOptions): Promise<Plan>;
  /** Dismisses an unclassified import line once the user has placed it by hand. */
  removeUnclassified(conferenceId: string, itemId: string, options?: WriteOptions): Promise<Plan>;
}
