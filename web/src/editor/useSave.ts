/**
 * Runs a write and sorts its failure: problems with a field go beside the field, the
 * rest goes to the editor's banner (a version conflict offers to reload).
 */
import { useCallback, useState } from 'react';
import type { Conference } from '../../../src/domain/conference.schema.js';
import type { FieldProblem } from '../../../src/domain/errors.js';
import { ApiError } from '../api/client.js';
import type { FieldErrors } from '../components/fields.js';
import { useEditor } from './context.js';

/** A failure of the write for one row of a list, so its field problems land on that row. */
export class RowError extends Error {
  constructor(
    readonly rowKey: string,
    override readonly cause: unknown,
    /** What the list save had already written when this row failed. */
    readonly progress?: { latest: Conference | null; created: Map<string, string> },
  ) {
    super('row write failed');
  }
}

/** `/title` → `title`; a row's `/name` → `<rowKey>.name`; nested paths keep their tail. */
export const fieldKey = (path: string, rowKey?: string): string => {
  const tail = path.replace(/^\//, '').replace(/\//g, '.');
  return rowKey ? `${rowKey}.${tail}` : tail;
};

export const toFieldErrors = (problems: FieldProblem[], rowKey?: string): FieldErrors =>
  Object.fromEntries(problems.map((problem) => [fieldKey(problem.path, rowKey), problem.message]));

export const useSave = () => {
  const { showError, clearError, showSaved } = useEditor();
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);

  const run = useCallback(
    async (write: () => Promise<void>): Promise<boolean> => {
      setBusy(true);
      clearError();
      try {
        await write();
        setFieldErrors({});
        showSaved();
        return true;
      } catch (caught) {
        const rowKey = caught instanceof RowError ? caught.rowKey : undefined;
        const error = caught instanceof RowError ? caught.cause : caught;
        const fields = error instanceof ApiError ? toFieldErrors(error.fields, rowKey) : {};
        setFieldErrors(fields);
        showError(error);
        return false;
      } finally {
        setBusy(false);
      }
    },
    [clearError, showError, showSaved],
  );

  return { run, busy, fieldErrors, setFieldErrors };
};
