/**
 * Turns Ajv validation errors into the API's field problems: one entry per field, with a
 * message in Vietnamese and English chosen by the failing keyword. Pure; tested alone.
 */
import type { FieldProblem, LocalizedMessage } from '../../domain/errors.js';
import { LocalDate, LocalDateTime, PartialDate } from '../../domain/conference.schema.js';

/** The part of an Ajv ErrorObject this module reads. */
export interface ValidationIssue {
  keyword: string;
  instancePath: string;
  params: Record<string, unknown>;
  /** The value that failed, when the caller knows it (an empty text is "required", not "wrongly formed"). */
  data?: unknown;
}

const TYPE_NAMES: Record<string, LocalizedMessage> = {
  string: { vi: 'chuỗi ký tự', en: 'a string' },
  integer: { vi: 'số nguyên', en: 'an integer' },
  number: { vi: 'số', en: 'a number' },
  boolean: { vi: 'giá trị đúng/sai (true/false)', en: 'true or false' },
  array: { vi: 'danh sách', en: 'a list' },
  object: { vi: 'đối tượng', en: 'an object' },
  null: { vi: 'rỗng (null)', en: 'null' },
};

const EMPTY: LocalizedMessage = { vi: 'Không được để trống', en: 'Must not be empty' };

const patternOf = (schema: object): string => (schema as { pattern: string }).pattern;

const PATTERN_MESSAGES = new Map<string, LocalizedMessage>([
  ['\\S', EMPTY],
  [
    patternOf(LocalDateTime),
    { vi: 'Ngày giờ phải có dạng NNNN-TT-NNTgg:pp, ví dụ 2021-07-07T08:00', en: 'Must be a date and time like 2021-07-07T08:00' },
  ],
  [patternOf(LocalDate), { vi: 'Ngày phải có dạng NNNN-TT-NN, ví dụ 2021-07-07', en: 'Must be a date like 2021-07-07' }],
  [
    patternOf(PartialDate),
    { vi: 'Ngày phải có dạng NNNN, NNNN-TT hoặc NNNN-TT-NN', en: 'Must be a date like 2021, 2021-07 or 2021-07-07' },
  ],
]);

/** An empty value where a date is asked for: the date is missing, not wrongly written. */
const MISSING_DATES = new Map<string, LocalizedMessage>([
  [patternOf(LocalDateTime), { vi: 'Chưa nhập ngày giờ: đây là thông tin bắt buộc', en: 'The date and time are required' }],
  [patternOf(LocalDate), { vi: 'Chưa nhập ngày: đây là thông tin bắt buộc', en: 'The date is required' }],
  [patternOf(PartialDate), { vi: 'Chưa nhập ngày: đây là thông tin bắt buộc', en: 'The date is required' }],
]);

const patternMessage = (pattern: string, data: unknown): LocalizedMessage => {
  if (typeof data === 'string' && data.trim() === '') return MISSING_DATES.get(pattern) ?? EMPTY;
  return PATTERN_MESSAGES.get(pattern) ?? { vi: 'Không đúng định dạng', en: 'Has an invalid format' };
};

const typeName = (type: unknown): LocalizedMessage => {
  const names = String(type)
    .split(',')
    .map((name) => TYPE_NAMES[name] ?? { vi: name, en: name });
  return { vi: names.map((n) => n.vi).join(' hoặc '), en: names.map((n) => n.en).join(' or ') };
};

const listValues = (values: unknown): string =>
  (Array.isArray(values) ? values : [values]).map((value) => JSON.stringify(value)).join(', ');

/** Message of one Ajv error, by keyword. */
export const messageFor = (issue: ValidationIssue): LocalizedMessage => {
  const p = issue.params;
  // Ajv's params are untyped; the numbers and names it puts there print as they are.
  const limit = String(p.limit);
  switch (issue.keyword) {
    case 'required':
      return { vi: 'Bắt buộc phải có', en: 'Is required' };
    case 'minLength':
      return Number(p.limit) <= 1 ? EMPTY : { vi: `Phải có ít nhất ${limit} ký tự`, en: `Must have at least ${limit} characters` };
    case 'maxLength':
      return { vi: `Không được dài quá ${limit} ký tự`, en: `Must not be longer than ${limit} characters` };
    case 'pattern':
      return patternMessage(String(p.pattern), issue.data);
    case 'format':
      return p.format === 'uuid'
        ? { vi: 'Mã định danh không hợp lệ', en: 'Is not a valid identifier' }
        : { vi: `Không đúng định dạng ${String(p.format)}`, en: `Is not a valid ${String(p.format)}` };
    case 'type': {
      const name = typeName(p.type);
      return { vi: `Phải là ${name.vi}`, en: `Must be ${name.en}` };
    }
    case 'minimum':
    case 'exclusiveMinimum':
      return { vi: `Phải lớn hơn hoặc bằng ${limit}`, en: `Must be at least ${limit}` };
    case 'maximum':
    case 'exclusiveMaximum':
      return { vi: `Phải nhỏ hơn hoặc bằng ${limit}`, en: `Must be at most ${limit}` };
    case 'additionalProperties':
      return { vi: 'Trường này không được phép', en: 'Is not an allowed field' };
    case 'enum':
      return { vi: `Phải là một trong các giá trị: ${listValues(p.allowedValues)}`, en: `Must be one of: ${listValues(p.allowedValues)}` };
    case 'const':
      return { vi: `Phải bằng ${listValues(p.allowedValue)}`, en: `Must equal ${listValues(p.allowedValue)}` };
    case 'minItems':
      return { vi: `Phải có ít nhất ${limit} phần tử`, en: `Must have at least ${limit} items` };
    case 'maxItems':
      return { vi: `Không được quá ${limit} phần tử`, en: `Must not have more than ${limit} items` };
    case 'uniqueItems':
      return { vi: 'Các phần tử không được trùng nhau', en: 'Items must not repeat' };
    case 'minProperties':
      return { vi: 'Phải có ít nhất một trường để cập nhật', en: 'Must contain at least one field to update' };
    case 'characters':
      return { vi: 'Chứa ký tự không được phép', en: 'Contains characters that are not allowed' };
    default:
      return { vi: 'Giá trị không hợp lệ', en: 'Is not a valid value' };
  }
};

const escapePointer = (segment: string): string => segment.replace(/~/g, '~0').replace(/\//g, '~1');
const unescapePointer = (segment: string): string => segment.replace(/~1/g, '/').replace(/~0/g, '~');

/** The value at a JSON pointer (`/sessions/0/startsAt`) of a request body; undefined when there is none. */
export const valueAt = (body: unknown, pointer: string): unknown =>
  pointer
    .split('/')
    .slice(1)
    .map(unescapePointer)
    .reduce<unknown>(
      (value, key) => (typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined),
      body,
    );

/** The issues of a body's validation with the value each is about (Ajv reports where, not what). */
export const withValues = (issues: readonly ValidationIssue[], body: unknown): ValidationIssue[] =>
  issues.map((issue) => (issue.data !== undefined ? issue : { ...issue, data: valueAt(body, issue.instancePath) }));

/** JSON pointer of the field the error is about (required and additionalProperties point at the child). */
export const pathOf = (issue: ValidationIssue): string => {
  const child =
    issue.keyword === 'required'
      ? issue.params.missingProperty
      : issue.keyword === 'additionalProperties'
        ? issue.params.additionalProperty
        : undefined;
  return typeof child === 'string' ? `${issue.instancePath}/${escapePointer(child)}` : issue.instancePath;
};

/** Keywords that only summarise their branches (Nullable = anyOf [T, null]). */
const isSummary = (issue: ValidationIssue) => issue.keyword === 'anyOf' || issue.keyword === 'oneOf';
const isNullBranch = (issue: ValidationIssue) => issue.keyword === 'type' && issue.params.type === 'null';

/**
 * One field problem per path, in the order Ajv reported them. For a nullable field the
 * error of the non-null branch is kept (a quota of -1 says "at least 0", not "must be null").
 */
export const toFieldProblems = (issues: readonly ValidationIssue[], pathPrefix = ''): FieldProblem[] => {
  const byPath = new Map<string, ValidationIssue[]>();
  for (const issue of issues) {
    const path = pathOf(issue);
    byPath.set(path, [...(byPath.get(path) ?? []), issue]);
  }
  return [...byPath].map(([path, group]) => {
    const specific = group.filter((issue) => !isSummary(issue) && !isNullBranch(issue));
    const chosen = specific[0] ?? group.find((issue) => !isSummary(issue)) ?? group[0]!;
    const keyword = isSummary(chosen) ? 'invalid' : chosen.keyword;
    return { path: `${pathPrefix}${path}`, code: keyword, message: messageFor(chosen) };
  });
};
