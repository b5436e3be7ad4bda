/**
 * Delegates from a spreadsheet through HTTP on both databases: the preview writes nothing;
 * a malformed file, wrong columns and duplicate or bad rows give row-level problems and
 * import NOTHING; 500 rows import in one go with one audit row; the export reads back
 * through the import; operators and the chair get only what they may see.
 */
import { Document, Packer, Paragraph } from 'docx';
import fc from 'fast-check';
import ExcelJS from 'exceljs';
import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Conference } from '../../src/domain/conference.schema.js';
import { readSheet } from '../../src/documents/spreadsheets/read-sheet.js';
import { as, createUser, grant } from './actors.js';
import { API, call, expectErrorBody, json, openTestApp, seedConference, describeDatabases, apiDatabases, type TestApp } from './helpers.js';
import { multipartBody } from './multipart.js';

interface Problem {
  path: string;
  code: string;
}
interface Preview {
  headerRow: number;
  headers: string[];
  columns: (string | null)[];
  rowCount: number;
  validCount: number;
  rows: { row: number; cells: string[] }[];
  problems: Problem[];
  problemCount: number;
  points: { bridgePointId: string; adding: number; existing: number; quota: number | null }[];
}
interface Page {
  items: { fullName: string; phone: string; notes: string; bridgePointId: string; participantGroupId: string | null }[];
  total: number;
}

const xlsx = async (rows: unknown[][]): Promise<Buffer> => {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Danh sách');
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
};

const TITLE = ['DANH SÁCH ĐẠI BIỂU DỰ HỘI NGHỊ'];
const HEADER = ['STT', 'Họ và tên', 'Chức vụ', 'Đơn vị', 'Số điện thoại', 'Email', 'Điểm cầu', 'Nhóm'];

/** `n` distinct people spread over the two points of the seeded conference; phones typed as numbers. */
const people = (n: number, points: string[]) =>
  Array.from({ length: n }, (_, i) => [
    i + 1,
    `Nguyễn Văn Thứ ${i + 1}`,
    i % 10 === 0 ? 'Chủ tịch UBND xã' : 'Chuyên viên',
    `Đơn vị số ${i + 1}`,
    912_000_000 + i,
    `nguoi${i + 1}@dongthap.gov.vn`,
    points[i % points.length]!,
    '',
  ]);

describeDatabases(
  'delegate import and export through HTTP on $dialect',
  (dbCase) => {
    let t: TestApp;
    let c: Conference;
    const on = (conference: Conference, path: string) => `${API}/conferences/${conference.id}/delegates${path}`;
    const upload = (
      conference: Conference,
      path: string,
      data: Buffer | string,
      options?: object,
      fileName = 'dai-bieu.xlsx',
    ): InjectOptions => ({
      method: 'POST',
      url: on(conference, path),
      ...multipartBody([...(options ? [{ name: 'options', data: JSON.stringify(options) }] : []), { name: 'file', fileName, data }]),
    });
    const total = async (conference: Conference) => (await call<Page>(t.app, { url: on(conference, '?limit=1') }, 200)).total;
    const auditCount = async () => (await t.services.audit.list({ limit: 500 })).filter((row) => row.action === 'delegate.import').length;
    /** Confirms and expects a refusal that wrote nothing; returns its problems. */
    const refused = async (conference: Conference, data: Buffer | string, code: string, options?: object) => {
      const [before, audits] = [await total(conference), await auditCount()];
      const response = await t.app.inject(upload(conference, '/import', data, options));
      expectErrorBody(response, 422, code);
      expect(await total(conference)).toBe(before);
      expect(await auditCount()).toBe(audits);
      return json<{ error: { fields?: Problem[] } }>(response).error.fields ?? [];
    };

    beforeAll(async () => {
      t = await openTestApp(dbCase);
      c = await seedConference(t.app);
    });
    afterAll(() => t?.close());

    it('previews a list: finds the header under a title, suggests the columns, writes nothing', async () => {
      const names = c.bridgePoints.map((p) => p.name);
      const data = await xlsx([TITLE, [], HEADER, ...people(4, names)]);
      const preview = await call<Preview>(t.app, upload(c, '/import/preview', data), 200);
      expect(preview.headerRow).toBe(3);
      expect(preview.columns).toEqual([null, 'fullName', 'title', 'organisation', 'phone', 'email', 'bridgePoint', 'participantGroup']);
      expect(preview).toMatchObject({ rowCount: 4, validCount: 4, problems: [], problemCount: 0 });
      expect(preview.rows.map((r) => r.row)).toEqual([4, 5, 6, 7]);
      expect(preview.rows[0]!.cells[4]).toBe('0912000000');
      expect(preview.points).toEqual([
        { bridgePointId: c.bridgePoints[0]!.id, adding: 2, existing: 0, quota: 40 },
        { bridgePointId: c.bridgePoints[1]!.id, adding: 2, existing: 0, quota: 20 },
      ]);
      expect(await total(c)).toBe(0);
    });

    it('refuses a truncated .xlsx and a renamed .docx as unreadable, importing nothing', async () => {
      const data = await xlsx([HEADER, ...people(3, [c.bridgePoints[0]!.name])]);
      await refused(c, data.subarray(0, data.length - 200), 'import.file_unreadable');
      expectErrorBody(await t.app.inject(upload(c, '/import/preview', data.subarray(0, 100))), 422, 'import.file_unreadable');
      const docx = await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('Họ và tên')] }] }));
      await refused(c, docx, 'import.file_unreadable');
    });

    it('refuses wrong columns: no name column, or a list without a point to go to', async () => {
      const wrong = await xlsx([
        ['Mã', 'Ghi chú'],
        ['A1', 'x'],
        ['A2', 'y'],
      ]);
      const fields = await refused(c, wrong, 'import.name_column_missing', { bridgePointId: c.bridgePoints[0]!.id });
      expect(fields.map((f) => f.path)).toContain('/columns');
      const noPoint = await xlsx([
        ['Họ và tên', 'Chức vụ'],
        ['Lê Văn Một', 'Chuyên viên'],
      ]);
      expect((await refused(c, noPoint, 'import.bridge_point_required')).map((f) => f.path)).toEqual(['/bridgePointId']);
    });

    it('reports every bad row (missing name, bad phone, bad e-mail, unknown point, repeated person) and imports none', async () => {
      const [host, district] = c.bridgePoints.map((p) => p.name) as [string, string];
      const data = await xlsx([
        HEADER,
        [1, 'Trần Văn Đúng', 'Giám đốc', 'Sở Nội vụ', '0912345678', '', host, 'Sở Nội vụ'],
        [2, '', 'Phó Giám đốc', 'Sở Nội vụ', '', '', host, ''],
        [3, 'Lê Thị Sai Số', '', 'UBND xã', '12345', 'khong-phai-email', district, ''],
        [4, 'Phạm Văn Lạc', '', 'UBND xã', '', '', 'Điểm cầu không có', ''],
        [5, 'TRAN VAN DUNG', 'Giám đốc', 'Sở Nội vụ', '0912 345 678', '', host, ''],
        [6, 'Võ Thị Nhóm', '', '', '', '', district, 'Sở Nội vụ'],
      ]);
      const fields = await refused(c, data, 'import.rows_invalid');
      expect(fields.map((f) => [f.path, f.code])).toEqual([
        ['/rows/3/fullName', 'delegate.name_required'],
        ['/rows/4/phone', 'delegate.phone_invalid'],
        ['/rows/4/email', 'delegate.email_invalid'],
        ['/rows/5/bridgePoint', 'import.bridge_point_unknown'],
        ['/rows/6/fullName', 'import.duplicate_row'],
        ['/rows/7/participantGroup', 'delegate.group_at_other_point'],
      ]);
      const preview = await call<Preview>(t.app, upload(c, '/import/preview', data), 200);
      expect(preview.problems.map((p) => p.path)).toEqual(fields.map((f) => f.path));
      expect(preview.validCount).toBe(1);
    });

    it('imports 500 rows in one transaction with one audit row, then refuses the same people again', async () => {
      const names = c.bridgePoints.map((p) => p.name);
      const data = await xlsx([TITLE, HEADER, ...people(500, names)]);
      const audits = await auditCount();
      const result = await call<{ count: number; bridgePointIds: string[] }>(t.app, upload(c, '/import', data), 201);
      expect(result.count).toBe(500);
      expect([...result.bridgePointIds].sort()).toEqual(c.bridgePoints.map((p) => p.id).sort());
      expect(await total(c)).toBe(500);
      const rows = (await t.services.audit.list({ limit: 50 })).filter((row) => row.action === 'delegate.import');
      expect(rows.length).toBe(audits + 1);
      expect(rows[0]!.after).toMatchObject({ count: 500 });
      const found = await call<Page>(t.app, { url: on(c, `?q=${encodeURIComponent('nguyen van thu 499')}`) }, 200);
      expect(found.items.map((d) => [d.fullName, d.phone])).toEqual([['Nguyễn Văn Thứ 499', '0912000498']]);
      const again = await refused(c, await xlsx([HEADER, ...people(2, names)]), 'import.rows_invalid');
      expect(again.map((f) => f.code)).toEqual(['import.duplicate_existing', 'import.duplicate_existing']);
    });

    it('takes the mapping and the point the user chose at confirmation (CSV with semicolons and BOM)', async () => {
      const other = await seedConference(t.app, 'Hội nghị nhập CSV');
      const csv = '\ufeffHọ tên;Ghi chú;Cột lạ\r\nĐinh Văn Chọn;bỏ qua;Sở Nội vụ\r\nMai Thị Chọn;;UBND xã\r\n';
      const options = { columns: ['fullName', null, 'participantGroup'], bridgePointId: other.bridgePoints[0]!.id };
      const result = await call<{ count: number }>(t.app, upload(other, '/import', csv, options, 'ds.csv'), 201);
      expect(result.count).toBe(2);
      const page = await call<Page>(t.app, { url: on(other, '') }, 200);
      const sonv = other.participantGroups.find((g) => g.organisation === 'Sở Nội vụ')!.id;
      const xa = other.participantGroups.find((g) => g.organisation === 'UBND xã')!.id;
      expect(page.items.map((d) => [d.fullName, d.bridgePointId, d.participantGroupId, d.notes]).sort()).toEqual(
        [
          ['Mai Thị Chọn', other.bridgePoints[0]!.id, xa, ''],
          ['Đinh Văn Chọn', other.bridgePoints[0]!.id, sonv, ''],
        ].sort(),
      );
      expectErrorBody(
        await t.app.inject({
          ...upload(other, '/import', csv),
          ...multipartBody([
            { name: 'options', data: '{not json' },
            { name: 'file', fileName: 'a.csv', data: csv },
          ]),
        }),
        400,
        'import.options_invalid',
      );
      expectErrorBody(await t.app.inject(upload(other, '/import', csv, { columns: ['nope'] })), 400, 'validation.failed');
      expectErrorBody(await t.app.inject({ method: 'POST', url: on(other, '/import'), payload: { file: 'x' } }), 415);
      expectErrorBody(
        await t.app.inject({ method: 'POST', url: on(other, '/import'), ...multipartBody([{ name: 'options', data: '{}' }]) }),
        400,
        'import.file_missing',
      );
      expectErrorBody(await t.app.inject(upload(other, '/import/preview', Buffer.alloc(11 * 1024 * 1024, 0x41))), 413);
    });

    it('answers any file with a preview or a 4xx error body, and never imports part of it', async () => {
      const other = await seedConference(t.app, 'Hội nghị thử tệp lạ');
      const good = await xlsx([
        HEADER,
        ...people(
          3,
          other.bridgePoints.map((p) => p.name),
        ),
      ]);
      const files = fc.oneof(
        fc.uint8Array({ maxLength: 400 }).map((bytes) => Buffer.from(bytes)),
        fc.string({ maxLength: 400 }).map((text) => Buffer.from(text)),
        fc.nat({ max: good.length - 1 }).map((end) => good.subarray(0, end)),
        fc.constant(Buffer.from('Họ và tên;Điện thoại\n"chưa đóng;0912\n')),
      );
      await fc.assert(
        fc.asyncProperty(files, fc.constantFrom('/import/preview', '/import'), async (data, path) => {
          const response = await t.app.inject(upload(other, path, data));
          expect(response.statusCode, response.body.slice(0, 300)).toBeLessThan(500);
          if (response.statusCode >= 400) expectErrorBody(response, response.statusCode);
          else expect(path, 'only a preview may succeed on a damaged or random file').toBe('/import/preview');
        }),
        { numRuns: 80, seed: 4242 },
      );
      expect(await total(other)).toBe(0);
    });

    it('exports the delegates as .xlsx that imports into another conference unchanged', async () => {
      const response = await t.app.inject({ url: on(c, '/export.xlsx') });
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toMatch(/spreadsheetml/);
      expect(response.headers['content-disposition']).toMatch(/\.xlsx/);
      const sheet = await readSheet(response.rawPayload);
      expect(sheet.filter((row) => /^Nguyễn Văn Thứ/.test(row[1] ?? '')).length).toBe(500);
      const copy = await seedConference(t.app, 'Hội nghị nhận danh sách');
      const result = await call<{ count: number }>(t.app, upload(copy, '/import', response.rawPayload), 201);
      expect(result.count).toBe(500);
      const key = (p: Page) =>
        p.items.map((d) => `${d.fullName}|${d.phone}|${c.bridgePoints.findIndex((b) => b.id === d.bridgePointId)}`).sort();
      const fromCopy = await call<Page>(t.app, { url: on(copy, '?limit=1000') }, 200);
      const original = await call<Page>(t.app, { url: on(c, '?limit=1000&q=thu') }, 200);
      const copyKey = fromCopy.items
        .map((d) => `${d.fullName}|${d.phone}|${copy.bridgePoints.findIndex((b) => b.id === d.bridgePointId)}`)
        .sort();
      expect(copyKey).toEqual(key(original));
    });

    it('lets only the organizer import; an operator exports their point, the chair without contacts', async () => {
      const [own] = c.bridgePoints;
      const operator = await createUser(t, 'nhap-ds');
      await grant(t, c.id, operator, 'operator', [own!.id]);
      const csv = 'Họ và tên\nLê Văn Trái Phép\n';
      expectErrorBody(await as(t, operator.credentials)(upload(c, '/import', csv, { bridgePointId: own!.id })), 403, 'access.denied');
      expectErrorBody(
        await as(t, operator.credentials)(upload(c, '/import/preview', csv, { bridgePointId: own!.id })),
        403,
        'access.denied',
      );
      const mine = await as(t, operator.credentials)({ url: on(c, '/export.xlsx') });
      const ownRows = (await readSheet(mine.rawPayload)).filter((row) => /^\d+$/.test(row[0] ?? ''));
      expect(ownRows.length).toBe(250);
      expect(new Set(ownRows.map((row) => row[6]))).toEqual(new Set([own!.name]));
      expectErrorBody(await as(t, operator.credentials)({ url: on(c, `/export.xlsx?bridgePointId=${c.bridgePoints[1]!.id}`) }), 403);
      const chair = await createUser(t, 'chu-tri-ds');
      await grant(t, c.id, chair, 'chair');
      const chairRows = (await readSheet((await as(t, chair.credentials)({ url: on(c, '/export.xlsx') })).rawPayload)).filter((row) =>
        /^\d+$/.test(row[0] ?? ''),
      );
      expect(chairRows.length).toBe(500);
      expect(chairRows.every((row) => (row[4] ?? '') === '' && (row[5] ?? '') === '')).toBe(true);
    });
  },
  apiDatabases(),
);
