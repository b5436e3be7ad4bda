/**
 * Replays of the probe's hostile files (issue 15, item 1) through HTTP: a Word document of a
 * million tiny paragraphs, zip bombs of both kinds, a workbook of 700,000 rows and a 12 MB
 * plan. Each gets a 4xx with its machine code and writes nothing (rows counted before and
 * after), and requests sent while a bomb is handled are answered before it: the order in
 * which the responses complete is recorded, not timed.
 */
import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Conference } from '../../src/domain/conference.schema.js';
import { docxWithParagraphs, xlsxWithRows, zipBombOf } from '../../src/workers/fixtures/hostile-files.js';
import { API, apiDatabases, describeDatabases, expectErrorBody, openTestApp, seedConference, type TestApp } from '../api/helpers.js';
import { multipartBody } from '../api/multipart.js';
import { checkInRequest, completionOrder } from './completion-order.js';

const MB = 1024 * 1024;

describeDatabases(
  'hostile files on $dialect',
  (dbCase) => {
    let t: TestApp;
    let c: Conference;
    let millionParagraphs: Buffer;
    let hostPoint: string;

    const importPlan = (data: Buffer, fileName = 'ke-hoach.docx'): InjectOptions => ({
      method: 'POST',
      url: `${API}/imports`,
      ...multipartBody([{ name: 'file', fileName, data }]),
    });
    const previewSheet = (data: Buffer, fileName = 'dai-bieu.xlsx'): InjectOptions => ({
      method: 'POST',
      url: `${API}/conferences/${c.id}/delegates/import/preview`,
      ...multipartBody([{ name: 'file', fileName, data }]),
    });
    const confirmSheet = (data: Buffer): InjectOptions => ({
      method: 'POST',
      url: `${API}/conferences/${c.id}/delegates/import`,
      ...multipartBody([{ name: 'file', fileName: 'dai-bieu.xlsx', data }]),
    });
    /** Rows of every table a refused file could have written to. */
    const written = async () => {
      const count = async (table: 'conferences' | 'delegates' | 'audit_log' | 'agenda_items') =>
        Number(
          (
            await t.database.db
              .selectFrom(table)
              .select((eb) => eb.fn.countAll().as('n'))
              .executeTakeFirstOrThrow()
          ).n,
        );
      return {
        conferences: await count('conferences'),
        agendaItems: await count('agenda_items'),
        delegates: await count('delegates'),
        audit: await count('audit_log'),
      };
    };
    /** Sends the request and expects the refusal, with nothing written. */
    const refusedWithNothingWritten = async (request: InjectOptions, status: number, code: string) => {
      const before = await written();
      expectErrorBody(await t.app.inject(request), status, code);
      expect(await written()).toEqual(before);
    };

    beforeAll(async () => {
      t = await openTestApp(dbCase);
      c = await seedConference(t.app);
      hostPoint = c.bridgePoints[0]!.id;
      millionParagraphs = await docxWithParagraphs(1_000_000);
    }, 120_000);
    afterAll(() => t?.close());

    it('refuses a .docx of a million tiny paragraphs (100 KB compressed) as too complex', async () => {
      expect(millionParagraphs.length).toBeLessThan(400_000);
      await refusedWithNothingWritten(importPlan(millionParagraphs), 422, 'file.too_complex');
    });

    it('refuses zip bombs of either kind by their inflated size, before inflating them', async () => {
      await refusedWithNothingWritten(importPlan(await zipBombOf('docx', 200 * MB)), 422, 'file.zip_bomb');
      const xlsxBomb = await zipBombOf('xlsx', 200 * MB);
      await refusedWithNothingWritten(previewSheet(xlsxBomb), 422, 'file.zip_bomb');
      await refusedWithNothingWritten(confirmSheet(xlsxBomb), 422, 'file.zip_bomb');
    });

    it('refuses an .xlsx of 700,000 rows at the row cap, on the preview and on the import', async () => {
      const rows = await xlsxWithRows(700_000, false);
      await refusedWithNothingWritten(previewSheet(rows), 422, 'import.too_many_rows');
      await refusedWithNothingWritten(confirmSheet(rows), 422, 'import.too_many_rows');
      // The same file at 100 rows is read: the refusal is the cap's doing.
      const small = await t.app.inject(previewSheet(await xlsxWithRows(100)));
      expect(small.statusCode, small.body).toBe(200);
    });

    it('refuses a 12 MB plan every time (10 tries), creating no conference', async () => {
      const big = Buffer.alloc(12 * MB, 'Hội nghị trực tuyến\n');
      for (let i = 0; i < 10; i += 1) await refusedWithNothingWritten(importPlan(big, 'ke-hoach.txt'), 413, 'request.too_large');
    });

    it('answers /health and a check-in sent after the costliest file the limits let through before it, and refuses the bombs beside it', async () => {
      const delegate = await t.services.delegates.create(c.id, { bridgePointId: hostPoint, fullName: 'Nguyễn Thị Hoa' });
      // Just under the caps: 9,000 paragraphs of five runs (99,000 elements), a 5 KB file that
      // mammoth reads for about 1.7 s. The bombs themselves are refused within milliseconds.
      const costliest = await docxWithParagraphs(9_000, 'x', undefined, 5);
      const manyRows = await xlsxWithRows(700_000, false);
      const before = await written();
      const { order, track } = completionOrder();
      const heavy = track('costliest', t.app.inject(importPlan(costliest)));
      const bomb = track('bomb', t.app.inject(importPlan(millionParagraphs)));
      const sheet = track('sheet', t.app.inject(previewSheet(manyRows)));
      const health = track('health', t.app.inject({ url: `${API}/health` }));
      const checkIn = track('check-in', t.app.inject(checkInRequest(c.id, delegate.id, hostPoint)));
      const [heavyResponse, bombResponse, sheetResponse, healthResponse, checkInResponse] = await Promise.all([
        heavy,
        bomb,
        sheet,
        health,
        checkIn,
      ]);
      expect(healthResponse.statusCode).toBe(200);
      expect(checkInResponse.statusCode, checkInResponse.body).toBe(200);
      expectErrorBody(heavyResponse, 422, 'import.not_a_plan');
      expectErrorBody(bombResponse, 422, 'file.too_complex');
      expectErrorBody(sheetResponse, 422, 'import.too_many_rows');
      expect(order.indexOf('health')).toBeLessThan(order.indexOf('costliest'));
      expect(order.indexOf('check-in')).toBeLessThan(order.indexOf('costliest'));
      const after = await written();
      // The check-in wrote its audit row; the files wrote nothing.
      expect({ ...after, audit: after.audit - 1 }).toEqual(before);
    });
  },
  apiDatabases(),
);
