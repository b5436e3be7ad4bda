/** Assignments (phân công) and their tasks; a task refers to an assignment and an agenda item of the same conference. */
import { Type } from 'typebox';
import { AssignmentInput, TaskInput } from '../domain/conference.schema.js';
import { checkOrder } from '../domain/conference-rules.js';
import { invalid } from '../domain/errors.js';
import { deleteRow, findRow, insertRows, listIds, nextPosition, setPositions, updateRow } from '../storage/repositories/child-rows.js';
import { assignmentFields, rowToAssignment, rowToTask, taskFields } from '../storage/repositories/row-mappers.js';
import type { Executor } from '../storage/tables.js';
import type { ConferenceService } from './conference-service.types.js';
import { assertValidOrder, entityNotFound, prepareInput, preparePatch } from './input.js';
import type { ServiceContext } from './write-context.js';

const assignmentNotFound = () => entityNotFound('assignment.not_found', 'phân công', 'assignment');
const taskNotFound = () => entityNotFound('task.not_found', 'nhiệm vụ', 'task');
const OrderIds = Type.Array(Type.String({ maxLength: 100 }), { maxItems: 100000 });

/** The task's assignment and agenda item must belong to this conference. */
const checkTaskReferences = async (trx: Executor, conferenceId: string, task: TaskInput) => {
  if (!(await findRow(trx, 'assignments', conferenceId, task.assignmentId))) {
    throw invalid(
      'task.unknown_assignment',
      { vi: 'Phân công không thuộc hội nghị này.', en: 'The assignment is not part of this conference.' },
      [{ path: '/assignmentId', code: 'task.unknown_assignment', message: { vi: 'Phân công không tồn tại.', en: 'Unknown assignment.' } }],
    );
  }
  if (task.agendaItemId !== null && !(await findRow(trx, 'agenda_items', conferenceId, task.agendaItemId))) {
    throw invalid(
      'task.unknown_agenda_item',
      { vi: 'Nội dung chương trình không thuộc hội nghị này.', en: 'The agenda item is not part of this conference.' },
      [{ path: '/agendaItemId', code: 'task.unknown_agenda_item', message: { vi: 'Nội dung không tồn tại.', en: 'Unknown agenda item.' } }],
    );
  }
};

type AssignmentWrites = Pick<
  ConferenceService,
  | 'addAssignment'
  | 'updateAssignment'
  | 'removeAssignment'
  | 'reorderAssignments'
  | 'addTask'
  | 'updateTask'
  | 'removeTask'
  | 'reorderTasks'
>;

export function assignmentWrites(ctx: ServiceContext): AssignmentWrites {
  return {
    async addAssignment(conferenceId, input, options) {
      const assignment = prepareInput(AssignmentInput, input);
      const id = ctx.newId();
      const { conference } = await ctx.write(conferenceId, options, async (trx) => {
        const position = await nextPosition(trx, 'assignments', conferenceId);
        await insertRows(trx, 'assignments', [{ id, conference_id: conferenceId, position, ...assignmentFields(assignment) }]);
      });
      return { id, conference };
    },

    async updateAssignment(conferenceId, assignmentId, patch, options) {
      const changes = preparePatch(AssignmentInput, patch);
      const { conference } = await ctx.write(conferenceId, options, async (trx) => {
        const row = await findRow(trx, 'assignments', conferenceId, assignmentId);
        if (!row) throw assignmentNotFound();
        const { id: _id, position: _position, ...current } = rowToAssignment(row);
        const assignment = prepareInput(AssignmentInput, { ...current, ...changes });
        await updateRow(trx, 'assignments', conferenceId, assignmentId, assignmentFields(assignment));
      });
      return conference;
    },

    async removeAssignment(conferenceId, assignmentId, options) {
      const { conference } = await ctx.write(conferenceId, options, async (trx) => {
        if (!(await deleteRow(trx, 'assignments', conferenceId, assignmentId))) throw assignmentNotFound();
      });
      return conference;
    },

    async reorderAssignments(conferenceId, ids, options) {
      const order = prepareInput(OrderIds, ids);
      const { conference } = await ctx.write(conferenceId, options, async (trx) => {
        assertValidOrder(checkOrder(await listIds(trx, 'assignments', conferenceId), order), 'assignment.order_invalid', {
          vi: 'Thứ tự phải gồm mỗi phân công đúng một lần.',
          en: 'The order must list every assignment exactly once.',
        });
        await setPositions(trx, 'assignments', conferenceId, order);
      });
      return conference;
    },

    async addTask(conferenceId, input, options) {
      const task = prepareInput(TaskInput, input);
      const id = ctx.newId();
      const { conference } = await ctx.write(conferenceId, options, async (trx) => {
        await checkTaskReferences(trx, conferenceId, task);
        const position = await nextPosition(trx, 'tasks', conferenceId, { column: 'assignment_id', value: task.assignmentId });
        await insertRows(trx, 'tasks', [{ id, conference_id: conferenceId, position, ...taskFields(task) }]);
      });
      return { id, conference };
    },

    async updateTask(conferenceId, taskId, patch, options) {
      const changes = preparePatch(TaskInput, patch);
      const { conference } = await ctx.write(conferenceId, options, async (trx) => {
        const row = await findRow(trx, 'tasks', conferenceId, taskId);
        if (!row) throw taskNotFound();
        const { id: _id, position, ...current } = rowToTask(row);
        const task = prepareInput(TaskInput, { ...current, ...changes });
        await checkTaskReferences(trx, conferenceId, task);
        // A task moved to another assignment goes to the end of its list.
        const moved = task.assignmentId !== current.assignmentId;
        const newPosition = moved
          ? await nextPosition(trx, 'tasks', conferenceId, { column: 'assignment_id', value: task.assignmentId })
          : position;
        await updateRow(trx, 'tasks', conferenceId, taskId, { ...taskFields(task), position: newPosition });
      });
      return conference;
    },

    async removeTask(conferenceId, taskId, options) {
      const { conference } = await ctx.write(conferenceId, options, async (trx) => {
        if (!(await deleteRow(trx, 'tasks', conferenceId, taskId))) throw taskNotFound();
      });
      return conference;
    },

    async reorderTasks(conferenceId, assignmentId, ids, options) {
      const order = prepareInput(OrderIds, ids);
      const { conference } = await ctx.write(conferenceId, options, async (trx) => {
        if (!(await findRow(trx, 'assignments', conferenceId, assignmentId))) throw assignmentNotFound();
        const existing = await listIds(trx, 'tasks', conferenceId, { column: 'assignment_id', value: assignmentId });
        assertValidOrder(checkOrder(existing, order), 'task.order_invalid', {
          vi: 'Thứ tự phải gồm mỗi nhiệm vụ của phân công đúng một lần.',
          en: 'The order must list every task of the assignment exactly once.',
        });
        await setPositions(trx, 'tasks', conferenceId, order);
      });
      return conference;
    },
  };
}
