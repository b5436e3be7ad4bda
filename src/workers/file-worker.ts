/** The entry of the pool's worker threads (piscina loads it): one task in, its outcome out. */
import { runFileTask, type FileTask, type TaskOutcome } from './file-tasks.js';

export default (task: FileTask): Promise<TaskOutcome> => runFileTask(task);
