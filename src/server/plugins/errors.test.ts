import { describe, expect, it } from 'vitest';
import { LocalDate } from '../../domain/conference.schema.js';
import { DomainError } from '../../domain/errors.js';
import { errorBody, mapError } from './errors.js';

describe('mapError', () => {
  it('keeps the status, code, message and fields of a domain error', () => {
    const fields = [{ path: '/isHost', code: 'bridge_point.host_exists', message: { vi: 'Đã có', en: 'Exists' } }];
    const error = new DomainError(422, 'bridge_point.host_exists', { vi: 'Đã có điểm cầu chính.', en: 'There is a host point.' }, fields);
    expect(mapError(error)).toEqual({
      status: 422,
      code: 'bridge_point.host_exists',
      message: { vi: 'Đã có điểm cầu chính.', en: 'There is a host point.' },
      fields,
    });
  });

  it('tells an empty date in the body from a malformed one', () => {
    const validation = [
      { keyword: 'pattern', instancePath: '/deadline', params: { pattern: (LocalDate as unknown as { pattern: string }).pattern } },
    ];
    const error = { statusCode: 400, validation, validationContext: 'body' };
    expect(mapError(error, { deadline: '' }).fields?.[0]?.message.en).toBe('The date is required');
    expect(mapError(error, { deadline: '7/7' }).fields?.[0]?.message.en).not.toBe('The date is required');
  });

  it('maps Fastify request errors to stable codes', () => {
    expect(mapError({ code: 'FST_ERR_CTP_BODY_TOO_LARGE', statusCode: 413 }).code).toBe('request.too_large');
    expect(mapError({ code: 'FST_REQ_FILE_TOO_LARGE', statusCode: 413 }).status).toBe(413);
    expect(mapError({ code: 'FST_ERR_CTP_INVALID_MEDIA_TYPE', statusCode: 415 }).code).toBe('request.unsupported_media_type');
    expect(mapError({ code: 'FST_INVALID_MULTIPART_CONTENT_TYPE', statusCode: 406 }).status).toBe(415);
    expect(mapError({ code: 'FST_ERR_CTP_INVALID_JSON_BODY', statusCode: 400 }).code).toBe('request.malformed_json');
    expect(mapError(Object.assign(new SyntaxError('x'), { statusCode: 400 })).code).toBe('request.malformed_json');
    expect(mapError({ code: 'FST_ERR_BAD_URL', statusCode: 400 })).toMatchObject({ status: 400, code: 'request.invalid' });
  });

  it('turns anything unexpected into a generic 500 without details', () => {
    const mapped = mapError(new Error('SQLITE_CONSTRAINT: insert into conferences failed at /src/x.ts:12'));
    expect(mapped.status).toBe(500);
    expect(mapped.code).toBe('internal');
    expect(JSON.stringify(mapped)).not.toMatch(/SQLITE|insert|x\.ts/);
    expect(mapError('a string').status).toBe(500);
    expect(mapError(null).status).toBe(500);
  });

  it('builds an ErrorBody without an empty fields list', () => {
    expect(errorBody('x', { vi: 'a', en: 'b' }, [])).toEqual({ error: { code: 'x', message: { vi: 'a', en: 'b' } } });
  });
});
