/**
 * Errors the user can act on. Each carries a stable machine code and a message in
 * Vietnamese and English; the server maps `status` to the HTTP status code.
 */
export interface LocalizedMessage {
  vi: string;
  en: string;
}

export interface FieldProblem {
  /** JSON pointer-like path of the field, e.g. /bridgePoints/0/quota */
  path: string;
  code: string;
  message: LocalizedMessage;
}

export type ErrorStatus = 400 | 401 | 403 | 404 | 409 | 413 | 415 | 422 | 429 | 503;

export class DomainError extends Error {
  readonly code: string;
  readonly status: ErrorStatus;
  readonly localized: LocalizedMessage;
  readonly fields: FieldProblem[];

  constructor(status: ErrorStatus, code: string, message: LocalizedMessage, fields: FieldProblem[] = []) {
    super(message.en);
    this.name = 'DomainError';
    this.status = status;
    this.code = code;
    this.localized = message;
    this.fields = fields;
  }
}

export const notFound = (what: LocalizedMessage, code = 'not_found') =>
  new DomainError(404, code, {
    vi: `Không tìm thấy ${what.vi}.`,
    en: `${what.en[0]?.toUpperCase()}${what.en.slice(1)} not found.`,
  });

export const invalid = (code: string, message: LocalizedMessage, fields: FieldProblem[] = []) =>
  new DomainError(422, code, message, fields);

export const conflict = (code: string, message: LocalizedMessage) => new DomainError(409, code, message);

/** Shape of every 4xx body of the API. */
export interface ErrorBody {
  error: {
    code: string;
    message: LocalizedMessage;
    fields?: FieldProblem[];
  };
}

/**
 * The text of anything thrown, for logs and messages: an Error's message, a string as it is,
 * anything else as JSON (so that an object never prints as "[object Object]").
 */
export const errorText = (error: unknown): string => {
  if (error instanceof Error) return error.message;
  if (typeof error === 'string') return error;
  try {
    return JSON.stringify(error) ?? String(error);
  } catch {
    return Object.prototype.toString.call(error);
  }
};
