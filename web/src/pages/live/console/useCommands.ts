/**
 * Programme commands from a console: sent at once, the answer applied to the screen at once
 * (live-api feeds the live client), the refusal shown in the language on screen. Only the
 * same command waits for its answer (no double start); every other button stays usable.
 * After the answer, focus moves to the primary action when the pressed control has gone.
 */
import { useCallback, useRef, useState, type RefObject } from 'react';
import { ApiError } from '../../../api/client.js';
import { run, type ProgrammeCommand } from '../../../live/live-api.js';
import { focusedControl, settleFocus } from './focus-after.js';

export interface Commands {
  act(command: ProgrammeCommand): Promise<boolean>;
  /** The command types waiting for their answer. */
  pending: ReadonlySet<string>;
  error: ApiError | null;
  setError(error: ApiError | null): void;
  /** The primary action's button: where focus goes when the pressed control has gone. */
  focusTarget: RefObject<HTMLButtonElement | null>;
}

export const asApiError = (caught: unknown): ApiError =>
  caught instanceof ApiError
    ? caught
    : new ApiError(0, 'internal', { vi: 'Đã xảy ra lỗi không mong đợi.', en: 'Something unexpected went wrong.' });

export const useCommands = (conferenceId: string): Commands => {
  const [pending, setPending] = useState<ReadonlySet<string>>(new Set());
  const [error, setError] = useState<ApiError | null>(null);
  const focusTarget = useRef<HTMLButtonElement | null>(null);

  const act = useCallback(
    async (command: ProgrammeCommand) => {
      const key = command.type;
      const pressed = focusedControl();
      setPending((keys) => new Set(keys).add(key));
      setError(null);
      try {
        await run(conferenceId, command);
        return true;
      } catch (caught) {
        setError(asApiError(caught));
        return false;
      } finally {
        settleFocus(pressed, () => focusTarget.current);
        setPending((keys) => {
          const next = new Set(keys);
          next.delete(key);
          return next;
        });
      }
    },
    [conferenceId],
  );

  return { act, pending, error, setError, focusTarget };
};
