/**
 * Heavy documents off the event loop (issue 15, item 2): the attendance list of a
 * 12,000-delegate hall blocked every request for 12.6 s, the seat plan 6.3 s. Now they are
 * rendered in the file pool: /health and a check-in sent after them are answered first (the
 * order in which the responses complete is recorded, not timed), and the documents still
 * come back whole.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Conference } from '../../src/domain/conference.schema.js';
import { newDelegateRow, personFields } from '../../src/services/participants/delegate-input.js';
import { insertDelegates } from '../../src/storage/repositories/delegate-repository.js';
import { API, apiDatabases, describeDatabases, openTestApp, seedConference, type TestApp } from '../api/helpers.js';
import { checkInRequest, completionOrder } from './completion-order.js';

const HALL_SIZE = 12_000;

describeDatabases(
  'heavy documents on $dialect',
  (dbCase) => {
    let t: TestApp;
    let c: Conference;
    let host: string;

    beforeAll(async () => {
      t = await openTestApp(dbCase);
      c = await seedConference(t.app);
      host = c.bridgePoints[0]!.id;
      const at = new Date().toISOString();
      const rows = Array.from({ length: HALL_SIZE }, (_, i) =>
        newDelegateRow(
          { id: randomUUID(), conferenceId: c.id, bridgePointId: host, participantGroupId: null },
          personFields({ fullName: `Nguyễn Văn Đại Biểu ${i + 1}`, title: 'Chuyên viên', organisation: `Đơn vị số ${(i % 300) + 1}` }),
          at,
        ),
      );
      await insertDelegates(t.database.db, rows);
    }, 120_000);
    afterAll(() => t?.close());

    it(
      'answers /health and a check-in sent after the lists and the seat plan of a 12,000-delegate hall first',
      { timeout: 180_000 },
      async () => {
        const [present] = await t.database.db.selectFrom('delegates').select('id').where('bridge_point_id', '=', host).limit(1).execute();
        const { order, track } = completionOrder();
        const point = `${API}/conferences/${c.id}/attendance/${host}`;
        const docx = track('list.docx', t.app.inject({ url: `${point}/list.docx` }));
        const xlsx = track('list.xlsx', t.app.inject({ url: `${point}/list.xlsx` }));
        const seats = track(
          'seat-plan.docx',
          t.app.inject({ url: `${API}/conferences/${c.id}/bridge-points/${host}/seating/seat-plan.docx` }),
        );
        const health = track('health', t.app.inject({ url: `${API}/health` }));
        const checkIn = track('check-in', t.app.inject(checkInRequest(c.id, present!.id, host)));
        const responses = await Promise.all([docx, xlsx, seats, health, checkIn]);
        for (const response of responses) expect(response.statusCode, response.body.slice(0, 300)).toBe(200);
        expect(order.slice(0, 2).sort()).toEqual(['check-in', 'health']);
        // Whole documents: a .docx and an .xlsx (zips) of a size that holds 12,000 rows.
        const [listDocx, listXlsx] = responses;
        expect(listDocx.rawPayload.subarray(0, 2).toString()).toBe('PK');
        expect(listXlsx.rawPayload.subarray(0, 2).toString()).toBe('PK');
        expect(listDocx.rawPayload.length).toBeGreaterThan(HALL_SIZE * 10);
      },
    );
  },
  apiDatabases(),
);
