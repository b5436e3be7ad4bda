import { describe, expect, it } from 'vitest';
import { ONE_POINT } from '../../domain/conference-rules.js';
import { Type } from 'typebox';
import { BridgePointInput, ConferenceInfo, LocalDate, LocalDateTime } from '../../domain/conference.schema.js';
import { createValidatorCompiler } from './ajv-compilers.js';
import { messageFor, toFieldProblems, valueAt, withValues, type ValidationIssue } from './validation-messages.js';

const compile = createValidatorCompiler();
const validateBody = (schema: object, value: unknown) => {
  const validate = compile({ schema, method: 'POST', url: '/', httpPart: 'body' }) as ((v: unknown) => boolean) & {
    errors?: ValidationIssue[] | null;
  };
  return validate(value) ? [] : toFieldProblems(validate.errors ?? []);
};

const point = {
  name: 'UBND huyện Châu Thành',
  address: '',
  quota: 20,
  kind: 'hall',
  isHost: false,
  operatorName: '',
  operatorPhone: '',
  operatorEmail: '',
  unitCode: null,
  ...ONE_POINT,
};

describe('field problems from the body validator', () => {
  it('accepts a valid bridge point', () => {
    expect(validateBody(BridgePointInput, point)).toEqual([]);
  });

  it('does not coerce body types: "5" for an integer is refused', () => {
    const problems = validateBody(BridgePointInput, { ...point, quota: '5' });
    expect(problems).toEqual([{ path: '/quota', code: 'type', message: { vi: 'Phải là số nguyên', en: 'Must be an integer' } }]);
  });

  it('reports the non-null branch of a nullable field, once', () => {
    expect(validateBody(BridgePointInput, { ...point, quota: -1 })).toEqual([
      { path: '/quota', code: 'minimum', message: { vi: 'Phải lớn hơn hoặc bằng 0', en: 'Must be at least 0' } },
    ]);
  });

  it('says "must not be empty" for blank or whitespace-only text, once per field', () => {
    for (const name of ['', '   ']) {
      expect(validateBody(BridgePointInput, { ...point, name })).toEqual([
        { path: '/name', code: expect.any(String), message: { vi: 'Không được để trống', en: 'Must not be empty' } },
      ]);
    }
  });

  it('points required and unknown fields at the field itself', () => {
    const { name: _name, ...withoutName } = point;
    const paths = validateBody(BridgePointInput, { ...withoutName, colour: 'red' }).map((p) => [p.path, p.code]);
    expect(paths).toEqual(
      expect.arrayContaining([
        ['/name', 'required'],
        ['/colour', 'additionalProperties'],
      ]),
    );
  });

  it('names the allowed values of an enum and the limit of maxLength', () => {
    const problems = validateBody(BridgePointInput, { ...point, kind: 'castle', operatorPhone: '1'.repeat(31) });
    expect(problems.find((p) => p.path === '/kind')?.message.en).toBe('Must be one of: "hall", "remote", "commune", "other"');
    expect(problems.find((p) => p.path === '/operatorPhone')?.message).toEqual({
      vi: 'Không được dài quá 30 ký tự',
      en: 'Must not be longer than 30 characters',
    });
  });

  it('explains the date-time format', () => {
    const info = ConferenceInfo.properties.startsAt;
    const problems = validateBody(info, '2021-07-07 08:00');
    expect(problems[0]?.message.en).toBe('Must be a date and time like 2021-07-07T08:00');
  });

  it('escapes / and ~ in property names of the path', () => {
    expect(validateBody(BridgePointInput, { ...point, 'a/b~c': 1 }).map((p) => p.path)).toContain('/a~1b~0c');
  });
});

describe('messageFor', () => {
  it('has a bilingual message for every keyword the API relies on', () => {
    const keywords = [
      'required',
      'minLength',
      'maxLength',
      'pattern',
      'format',
      'type',
      'minimum',
      'maximum',
      'additionalProperties',
      'enum',
      'const',
      'anyOf',
      'minItems',
      'maxItems',
      'uniqueItems',
      'minProperties',
    ];
    for (const keyword of keywords) {
      const message = messageFor({ keyword, instancePath: '', params: { limit: 2, type: 'string', allowedValues: ['a'] } });
      expect(message.vi.length, keyword).toBeGreaterThan(3);
      expect(message.en.length, keyword).toBeGreaterThan(3);
      expect(message.vi, keyword).not.toBe(message.en);
    }
  });
});

describe('querystring validator', () => {
  it('coerces text to the declared types', () => {
    const schema = { type: 'object', properties: { limit: { type: 'integer' }, archived: { type: 'boolean' } } };
    const validate = compile({ schema, method: 'GET', url: '/', httpPart: 'querystring' }) as (v: unknown) => boolean;
    const query = { limit: '5', archived: 'true' };
    expect(validate(query)).toBe(true);
    expect(query).toEqual({ limit: 5, archived: true });
  });
});

describe('an empty date is missing, not malformed', () => {
  const validateWithValues = (schema: object, value: unknown) => {
    const validate = compile({ schema, method: 'POST', url: '/', httpPart: 'body' }) as ((v: unknown) => boolean) & {
      errors?: ValidationIssue[] | null;
    };
    return validate(value) ? [] : toFieldProblems(withValues(validate.errors ?? [], value));
  };
  const schema = Type.Object({ startsAt: LocalDateTime, day: Type.Optional(LocalDate), nested: Type.Optional(Type.Array(LocalDate)) });

  it('says the date and time are required when the field is empty, in Vietnamese and English', () => {
    const [problem] = validateWithValues(schema, { startsAt: '' });
    expect(problem).toMatchObject({ path: '/startsAt', code: 'pattern' });
    expect(problem!.message.vi).toBe('Chưa nhập ngày giờ: đây là thông tin bắt buộc');
    expect(problem!.message.en).toBe('The date and time are required');
    expect(problem!.message.vi).not.toMatch(/NNNN/);
  });

  it('keeps the format message for a wrongly formed value', () => {
    const [problem] = validateWithValues(schema, { startsAt: '07/07/2021 08:00' });
    expect(problem!.message.vi).toBe('Ngày giờ phải có dạng NNNN-TT-NNTgg:pp, ví dụ 2021-07-07T08:00');
  });

  it('finds the value of a nested field by its pointer', () => {
    const problems = validateWithValues(schema, { startsAt: '2021-07-07T08:00', day: ' ', nested: ['2021-07-07', ''] });
    expect(problems.map((p) => [p.path, p.message.en])).toEqual([
      ['/day', 'The date is required'],
      ['/nested/1', 'The date is required'],
    ]);
    expect(valueAt({ 'a/b': { '~c': 1 } }, '/a~1b/~0c')).toBe(1);
    expect(valueAt({ a: 1 }, '/a/b')).toBeUndefined();
  });
});
