/** For the rules' tests: the machine code of the DomainError a call throws, or 'none' when it returns. */
import { DomainError } from '../errors.js';

export const refusalCode = (run: () => unknown): string => {
  try {
    run();
  } catch (error) {
    if (error instanceof DomainError) return error.code;
    throw error;
  }
  return 'none';
};
