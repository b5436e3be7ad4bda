/** Schemas of the tasks (nhiệm vụ) of the assignments; a task names its assignment in its body. */
import { TaskFields, TaskInput } from '../../../domain/conference.schema.js';
import { collectionSchemas } from '../collection.schema.js';

export const taskSchemas = collectionSchemas({
  tag: 'tasks',
  noun: 'nhiệm vụ / task',
  input: TaskInput,
  fields: TaskFields,
  idParam: 'taskId',
});
