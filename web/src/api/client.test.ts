import { describe, expect, it } from 'vitest';
import { ApiError, errorFromResponse, fileNameFrom } from './client.js';
import { fieldKey, toFieldErrors } from '../editor/useSave.js';

describe('API errors', () => {
  it('keeps the code, both messages and the field problems of an error body', async () => {
    const body = {
      error: {
        code: 'validation.failed',
        message: { vi: 'Dữ liệu không hợp lệ.', en: 'Invalid data.' },
        fields: [{ path: '/title', code: 'minLength', message: { vi: 'Không được để trống', en: 'Must not be empty' } }],
      },
    };
    const error = await errorFromResponse(new Response(JSON.stringify(body), { status: 400 }));
    expect(error.code).toBe('validation.failed');
    expect(error.localized.vi).toBe('Dữ liệu không hợp lệ.');
    expect(toFieldErrors(error.fields)).toEqual({ title: { vi: 'Không được để trống', en: 'Must not be empty' } });
  });

  it('survives a body that is not an error body', async () => {
    const error = await errorFromResponse(new Response('<html>', { status: 502 }));
    expect(error.code).toBe('http.502');
    expect(error.localized.en).toContain('502');
  });

  it('offers a reload only for a version conflict, not for every 409', () => {
    const message = { vi: 'x', en: 'x' };
    expect(new ApiError(409, 'conference.version_conflict', message).isConflict).toBe(true);
    expect(new ApiError(409, 'delegate.version_conflict', message).isConflict).toBe(true);
    expect(new ApiError(409, 'conference.time_not_set', message).isConflict).toBe(false);
    expect(new ApiError(409, 'seating.seat_occupied', message).isConflict).toBe(false);
  });

  it('maps field paths to keys, per row when the write was for a row', () => {
    expect(fieldKey('/lines/2/amountVnd')).toBe('lines.2.amountVnd');
    expect(fieldKey('/name', 'row-1')).toBe('row-1.name');
  });
});

describe('download file names', () => {
  it('prefers the UTF-8 name and falls back to the ASCII one', () => {
    expect(fileNameFrom(`attachment; filename="KH-UBND.docx"; filename*=UTF-8''K%E1%BA%BF%20ho%E1%BA%A1ch.docx`)).toBe('Kế hoạch.docx');
    expect(fileNameFrom('attachment; filename="plan.pdf"')).toBe('plan.pdf');
    expect(fileNameFrom(null)).toBeNull();
  });
});
