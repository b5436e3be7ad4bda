/**
 * What every write does to its input before the rules see it: text to NFC and trimmed,
 * then the schema check (the routes validate too; this keeps direct callers such as the
 * importer just as safe). A failure is a 400 `validation.failed` with one problem per field.
 */
import { Type, type Static, type TSchema } from 'typebox';
import { Compile } from 'typebox/compile';
import { DomainError, invalid, notFound, conflict, type FieldProblem, type LocalizedMessage } from '../domain/errors.js';
import { normalizeText } from '../domain/text.js';

/** Every string inside the value, NFC and trimmed; other values unchanged. */
export const normalizeDeep = <T>(value: T): T => {
  if (typeof value === 'string') return normalizeText(value) as T;
  if (Array.isArray(value)) return (value as unknown[]).map((item) => normalizeDeep(item)) as T;
  if (value !== null && typeof value === 'object') {
    // Keys set to undefined are dropped: `{ quota: undefined }` means "no change", as in JSON.
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, item]) => item !== undefined)
        .map(([key, item]) => [key, normalizeDeep(item)]),
    ) as T;
  }
  return value;
};

const messageFor = (keyword: string, params: Record<string, unknown>): LocalizedMessage => {
  switch (keyword) {
    case 'minLength':
    case 'pattern':
      return params.pattern === '\\S' || params.limit === 1 || keyword === 'minLength'
        ? { vi: 'Không được để trống.', en: 'Must not be empty.' }
        : { vi: 'Không đúng định dạng.', en: 'Wrong format.' };
    case 'maxLength':
      return { vi: `Dài quá ${String(params.limit)} ký tự.`, en: `Longer than ${String(params.limit)} characters.` };
    case 'maxItems':
      return { vi: `Nhiều quá ${String(params.limit)} mục.`, en: `More than ${String(params.limit)} items.` };
    case 'required':
      return { vi: 'Thiếu trường bắt buộc.', en: 'Required field missing.' };
    case 'additionalProperties':
      return { vi: 'Có trường không được hỗ trợ.', en: 'Unsupported field.' };
    case 'minimum':
    case 'maximum':
      return { vi: 'Giá trị nằm ngoài khoảng cho phép.', en: 'Value out of range.' };
    default:
      return { vi: 'Giá trị không hợp lệ.', en: 'Invalid value.' };
  }
};

const compiled = new WeakMap<TSchema, ReturnType<typeof Compile>>();

/** Normalises and checks `value` against `schema`; returns the normalised value. */
export function prepareInput<S extends TSchema>(schema: S, value: unknown, pathPrefix = ''): Static<S> {
  let validator = compiled.get(schema);
  if (!validator) {
    validator = Compile(schema);
    compiled.set(schema, validator);
  }
  const normalized = normalizeDeep(value);
  if (validator.Check(normalized)) return normalized as Static<S>;
  const seen = new Set<string>();
  const fields: FieldProblem[] = [];
  const errors = [...validator.Errors(normalized)];
  // An unknown key shows up twice: `schema is false` at the key itself (kept) and
  // `additionalProperties` at its object (dropped when the former is there).
  const perKey = errors.some((error) => error.keyword === 'boolean');
  for (const error of errors) {
    if (perKey && error.keyword === 'additionalProperties') continue;
    // The first problem of each field says the most.
    if (seen.has(error.instancePath)) continue;
    seen.add(error.instancePath);
    const keyword = error.keyword === 'boolean' ? 'additionalProperties' : error.keyword;
    fields.push({
      path: `${pathPrefix}${error.instancePath}`,
      code: `validation.${keyword}`,
      message: messageFor(keyword, error.params),
    });
  }
  throw new DomainError(400, 'validation.failed', { vi: 'Dữ liệu không hợp lệ.', en: 'The data is not valid.' }, fields);
}

/** Partial of an object schema (for PATCH-like updates), cached per schema. */
const partials = new WeakMap<TSchema, TSchema>();
export function partialOf<S extends TSchema>(schema: S): TSchema {
  let partial = partials.get(schema);
  if (!partial) {
    partial = Type.Partial(schema, { additionalProperties: false });
    partials.set(schema, partial);
  }
  return partial;
}

/** Normalises and checks a partial update of an object schema. */
export const preparePatch = <S extends TSchema>(schema: S, value: unknown): Partial<Static<S>> =>
  prepareInput(partialOf(schema), value) as Partial<Static<S>>;

export const entityNotFound = (code: string, vi: string, en: string) => notFound({ vi, en }, code);

export const conferenceNotFound = () => entityNotFound('conference.not_found', 'hội nghị', 'conference');

export const versionConflict = () =>
  conflict('conference.version_conflict', {
    vi: 'Kế hoạch đã được người khác sửa. Hãy tải lại trước khi lưu.',
    en: 'The plan was changed by someone else. Reload it before saving.',
  });

/** Throws a 422 when there are problems: with the code of a single problem, else with `code`. */
export const assertNoProblems = (problems: FieldProblem[], code: string, message: LocalizedMessage): void => {
  if (problems.length > 0) throw invalid(problems.length === 1 ? problems[0]!.code : code, message, problems);
};

/** Throws a 422 with `code` (whatever the problems' own codes) when there are any problems. */
export const assertValidOrder = (problems: FieldProblem[], code: string, message: LocalizedMessage): void => {
  if (problems.length > 0) throw invalid(code, message, problems);
};
