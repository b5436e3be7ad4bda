/**
 * The submit of a form that calls the API: busy while it runs; a failure puts its field
 * problems beside the fields and its message in the form's banner.
 */
import { useCallback, useState } from 'react';
import { ApiError } from '../api/client.js';
import { toFieldErrors } from '../editor/useSave.js';
import type { FieldErrors } from './fields.js';

export const useFormSubmit = () => {
  const [errors, setErrors] = useState<FieldErrors>({});
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);

  /** Runs `work` with the banner and the field errors cleared; failures other than ApiError are ignored. */
  const submit = useCallback(async (work: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    setErrors({});
    try {
      await work();
    } catch (caught) {
      if (caught instanceof ApiError) {
        setErrors(toFieldErrors(caught.fields));
        setError(caught);
      }
    } finally {
      setBusy(false);
    }
  }, []);

  return { submit, busy, errors, setErrors, error, setError };
};
