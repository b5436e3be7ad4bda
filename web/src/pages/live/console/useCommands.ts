/**
 * Programme commands from a console: sent at once, the answer applied to the screen at once
 * (live-api feeds the live client), the refusal shown in the language on screen. Only the
 * same command waits for its answer (no double start); every other button stays usable.
 */
import { useCallback, useState } from 'react';
import { ApiError } from '../../../api/client.js';
import { run, type ProgrammeCommand } from '../../../live/live-api.js';

export interface Commands {
  act(command: ProgrammeCommand): Promise<boolean>;
  /** The command types waiting for their answer. */
  pending: ReadonlySet<string>;
  error: ApiError | null;
  setError(error: ApiError | null): void;
}

export const asApiError = (caught: unknown): ApiError =>
  caught instanceof ApiError
    ? caught
    : new ApiError(0, 'internal', { vi: 'Đã xảy ra lỗi không mong đợi.', en: 'Something unexpected went wrong.' });

export const useCommands = (conferenceId: string): Commands => {
  const [pending, setPending] = useState<ReadonlySet<string>>(new Set());
  const [error, setError] = useState<ApiError | null>(null);

  const act = useCallback(
    async (command: ProgrammeCommand) => {
      const key = command.type;
      setPending((keys) => new Set(keys).add(key));
      setError(null);
      try {
        await run(conferenceId, command);
        return true;
      } catch (caught) {
        setError(asApiError(caught));
        return false;
      } finally {
        setPending((keys) => {
          const next = new Set(keys);
          next.delete(key);
          return next;
        });
      }
    },
    [conferenceId],
  );

  return { act, pending, error, setError };
};
