/** Reads of the plan: each list of one conference in its order, and the whole aggregate. */
import type {
  AgendaItem,
  Assignment,
  BridgePoint,
  BridgePointKind,
  BridgePointSummary,
  Conference,
  ParticipantGroup,
  Task,
} from '../../domain/conference.schema.js';
import { flattenAgenda } from '../../domain/conference-rules.js';
import type { Executor } from '../tables.js';
import { countBridgePoints } from './bridge-point-repository.js';
import { findConferenceRow } from './conference-repository.js';
import { listChairs, listOutline, listSessions } from './convening-repository.js';
import {
  rowToAgendaItem,
  rowToAssignment,
  rowToBridgePoint,
  rowToConferenceHead,
  rowToCostLine,
  rowToDistributionLine,
  rowToParticipantGroup,
  rowToTask,
  rowToUnclassified,
  type ConferenceHead,
} from './row-mappers.js';

export async function listBridgePoints(executor: Executor, conferenceId: string): Promise<BridgePoint[]> {
  const rows = await executor
    .selectFrom('bridge_points')
    .selectAll()
    .where('conference_id', '=', conferenceId)
    .orderBy('position')
    .orderBy('id')
    .execute();
  return rows.map(rowToBridgePoint);
}

/** Only the given points of the conference, in plan order (ids of another conference are left out). */
export async function listBridgePointsIn(executor: Executor, conferenceId: string, ids: readonly string[]): Promise<BridgePoint[]> {
  if (ids.length === 0) return [];
  const rows = await executor
    .selectFrom('bridge_points')
    .selectAll()
    .where('conference_id', '=', conferenceId)
    .where('id', 'in', [...ids])
    .orderBy('position')
    .orderBy('id')
    .execute();
  return rows.map(rowToBridgePoint);
}

export async function listParticipantGroups(executor: Executor, conferenceId: string): Promise<ParticipantGroup[]> {
  const rows = await executor
    .selectFrom('participant_groups')
    .selectAll()
    .where('conference_id', '=', conferenceId)
    .orderBy('position')
    .orderBy('id')
    .execute();
  return rows.map(rowToParticipantGroup);
}

export async function listAssignments(executor: Executor, conferenceId: string): Promise<Assignment[]> {
  const rows = await executor
    .selectFrom('assignments')
    .selectAll()
    .where('conference_id', '=', conferenceId)
    .orderBy('position')
    .orderBy('id')
    .execute();
  return rows.map(rowToAssignment);
}

/** Tasks grouped by assignment in the assignments' order, each group by position. */
export async function listTasks(executor: Executor, conferenceId: string): Promise<Task[]> {
  const rows = await executor
    .selectFrom('tasks')
    .innerJoin('assignments', 'assignments.id', 'tasks.assignment_id')
    .selectAll('tasks')
    .where('tasks.conference_id', '=', conferenceId)
    .orderBy('assignments.position')
    .orderBy('assignments.id')
    .orderBy('tasks.position')
    .orderBy('tasks.id')
    .execute();
  return rows.map(rowToTask);
}

/** The agenda in display order: each item followed by its sub-items. */
export async function listAgendaItems(executor: Executor, conferenceId: string): Promise<AgendaItem[]> {
  const rows = await executor.selectFrom('agenda_items').selectAll().where('conference_id', '=', conferenceId).execute();
  return flattenAgenda(rows.map(rowToAgendaItem));
}

/** The conference's points as id and name only, in the plan's order (to match a name to its point). */
export async function listBridgePointNames(executor: Executor, conferenceId: string): Promise<{ id: string; name: string }[]> {
  return executor
    .selectFrom('bridge_points')
    .select(['id', 'name'])
    .where('conference_id', '=', conferenceId)
    .orderBy('position')
    .orderBy('id')
    .execute();
}

/** The conference without any of its parts (one query): what access checks and the list's rules need. */
export async function loadConferenceHead(executor: Executor, conferenceId: string): Promise<ConferenceHead | undefined> {
  const row = await findConferenceRow(executor, conferenceId);
  return row ? rowToConferenceHead(row) : undefined;
}

/** The plan as read and written through the API: its points inline up to `inlineLimit`, and their counts. */
export type Plan = Conference & { bridgePointSummary: BridgePointSummary };

/**
 * The plan with its bridge points inlined only when there are at most `inlineLimit` of them
 * (rows); above that `bridgePoints` is empty and `bridgePointSummary.inline` false. Every
 * other part is whole.
 */
export async function loadPlan(executor: Executor, conferenceId: string, inlineLimit: number): Promise<Plan | undefined> {
  const summary = await summarizeBridgePoints(executor, conferenceId, inlineLimit);
  const conference = await loadConference(executor, conferenceId, { bridgePoints: summary.inline });
  return conference ? { ...conference, bridgePointSummary: summary } : undefined;
}

/** The counts of the conference's points, and whether a plan read inlines them. */
export async function summarizeBridgePoints(executor: Executor, conferenceId: string, inlineLimit: number): Promise<BridgePointSummary> {
  const counts = await countBridgePoints(executor, conferenceId);
  return {
    ...counts,
    byKind: counts.byKind.map((row) => ({ ...row, kind: row.kind as BridgePointKind })),
    inline: counts.rows <= inlineLimit,
    inlineLimit,
  };
}

/**
 * The whole plan in twelve queries, or undefined when there is no such conference.
 * `bridgePoints: false` leaves the points out (an empty list).
 */
export async function loadConference(
  executor: Executor,
  conferenceId: string,
  parts: { bridgePoints: boolean } = { bridgePoints: true },
): Promise<Conference | undefined> {
  const row = await findConferenceRow(executor, conferenceId);
  if (!row) return undefined;
  const [
    bridgePoints,
    participantGroups,
    assignments,
    tasks,
    agendaItems,
    costLines,
    distribution,
    unclassified,
    sessions,
    chairs,
    outline,
  ] = await Promise.all([
    parts.bridgePoints ? listBridgePoints(executor, conferenceId) : Promise.resolve([]),
    listParticipantGroups(executor, conferenceId),
    listAssignments(executor, conferenceId),
    listTasks(executor, conferenceId),
    listAgendaItems(executor, conferenceId),
    executor.selectFrom('cost_lines').selectAll().where('conference_id', '=', conferenceId).orderBy('position').orderBy('id').execute(),
    executor
      .selectFrom('distribution_lines')
      .selectAll()
      .where('conference_id', '=', conferenceId)
      .orderBy('position')
      .orderBy('id')
      .execute(),
    executor
      .selectFrom('unclassified_lines')
      .selectAll()
      .where('conference_id', '=', conferenceId)
      .orderBy('position')
      .orderBy('id')
      .execute(),
    listSessions(executor, conferenceId),
    listChairs(executor, conferenceId),
    listOutline(executor, conferenceId),
  ]);
  return {
    ...rowToConferenceHead(row),
    bridgePoints,
    participantGroups,
    assignments,
    tasks,
    agendaItems,
    costLines: costLines.map(rowToCostLine),
    distribution: distribution.map(rowToDistributionLine),
    unclassified: unclassified.map(rowToUnclassified),
    sessions,
    chairs,
    outline,
  };
}
