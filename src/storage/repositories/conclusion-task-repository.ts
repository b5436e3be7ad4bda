/**
 * The plan's side of the follow-up: a conclusion's task is a task of the assignment board
 * (tasks under an assignment of its lead agency). Finding or adding the agency's assignment,
 * adding the task, and setting its status when the agency reports; each bumps nothing itself:
 * the caller bumps the plan's version in the same transaction.
 */
import type { Executor } from '../tables.js';
import { insertRows, nextPosition } from './child-rows.js';

export const findAssignmentOfAgency = async (executor: Executor, conferenceId: string, agency: string): Promise<string | null> => {
  const row = await executor
    .selectFrom('assignments')
    .select('id')
    .where('conference_id', '=', conferenceId)
    .where('lead_agency', '=', agency)
    .orderBy('position')
    .executeTakeFirst();
  return row?.id ?? null;
};

export const addAgencyAssignment = async (
  executor: Executor,
  conferenceId: string,
  id: string,
  agency: string,
  heading: string,
): Promise<void> => {
  const position = await nextPosition(executor, 'assignments', conferenceId);
  await insertRows(executor, 'assignments', [
    { id, conference_id: conferenceId, position, lead_agency: agency, cooperating_agencies: '[]', heading },
  ]);
};

export interface NewConclusionTask {
  id: string;
  assignmentId: string;
  text: string;
  deadline: string | null;
  cooperatingAgencies: readonly string[];
}

export const addConclusionTask = async (executor: Executor, conferenceId: string, task: NewConclusionTask): Promise<void> => {
  const position = await nextPosition(executor, 'tasks', conferenceId, { column: 'assignment_id', value: task.assignmentId });
  await insertRows(executor, 'tasks', [
    {
      id: task.id,
      conference_id: conferenceId,
      position,
      assignment_id: task.assignmentId,
      text: task.text,
      deadline: task.deadline,
      status: 'todo',
      cooperating_agencies: JSON.stringify(task.cooperatingAgencies),
      agenda_item_id: null,
      produces_document: '',
    },
  ]);
};

export const setTaskStatus = async (executor: Executor, conferenceId: string, taskId: string, status: string): Promise<void> => {
  await executor.updateTable('tasks').set({ status }).where('conference_id', '=', conferenceId).where('id', '=', taskId).execute();
};

/** The statuses of the given tasks of the conference. */
export const taskStatuses = async (executor: Executor, conferenceId: string, taskIds: readonly string[]): Promise<Map<string, string>> => {
  if (taskIds.length === 0) return new Map();
  const rows = await executor
    .selectFrom('tasks')
    .select(['id', 'status'])
    .where('conference_id', '=', conferenceId)
    .where('id', 'in', [...taskIds])
    .execute();
  return new Map(rows.map((row) => [row.id, row.status]));
};
