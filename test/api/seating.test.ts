/**
 * The seat plan of a hall through HTTP, on SQLite and PostgreSQL: the default layout, saving
 * a layout (refusals beside the field), automatic assignment in protocol order with the
 * unseated listed, moves and swaps with their refusals, one audit row per write, who may
 * read and write, two moves racing for one seat, and the printable plan read back.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Conference } from '../../src/domain/conference.schema.js';
import type { AutoAssignResult, SeatingPlan } from '../../src/domain/participants/seating-plan.js';
import { readDocxParts, tablesOf, textOf } from '../../src/documents/fixtures/docx-parts.js';
import { as, createUser, grant } from './actors.js';
import {
  API,
  bridgePointInput,
  call,
  createConference,
  expectErrorBody,
  openTestApp,
  describeDatabases,
  apiDatabases,
  type TestApp,
} from './helpers.js';

const PEOPLE = [
  { fullName: 'Lê Văn Thành', title: 'Giám đốc Sở Nội vụ', protocolRank: null },
  { fullName: 'Phạm Thiện Nghĩa', title: 'Chủ tịch UBND Tỉnh', protocolRank: 1 },
  { fullName: 'Đỗ Thanh Huyền', title: 'Chuyên gia UNDP', protocolRank: 10 },
  { fullName: 'Huỳnh Minh Tuấn', title: 'Phó Chủ tịch UBND Tỉnh', protocolRank: 20 },
  { fullName: 'Trần Thị Lan', title: 'Chánh Văn phòng', protocolRank: null },
];

describeDatabases(
  'seating on $dialect',
  (dbCase) => {
    let t: TestApp;
    let conference: Conference;
    let hostId = '';
    let districtId = '';
    const ids: Record<string, string> = {};
    const hall = (path = '', pointId = hostId) => `${API}/conferences/${conference.id}/bridge-points/${pointId}/seating${path}`;
    const audits = async (action: string) =>
      (await call<{ items: unknown[] }>(t.app, { url: `${API}/conferences/${conference.id}/audit?action=${action}&limit=100` }, 200)).items
        .length;
    const seatOf = (plan: SeatingPlan, name: string) => plan.delegates.find((d) => d.fullName === name)?.placedSeat ?? null;

    beforeAll(async () => {
      t = await openTestApp(dbCase);
      conference = await createConference(t.app, 'Hội nghị xếp chỗ');
      const base = `${API}/conferences/${conference.id}`;
      hostId = (
        await call<{ id: string }>(
          t.app,
          { method: 'POST', url: `${base}/bridge-points`, payload: bridgePointInput({ isHost: true, quota: 5 }) },
          201,
        )
      ).id;
      districtId = (
        await call<{ id: string }>(
          t.app,
          { method: 'POST', url: `${base}/bridge-points`, payload: bridgePointInput({ name: 'UBND huyện Lai Vung', quota: 2 }) },
          201,
        )
      ).id;
      for (const person of PEOPLE) {
        const created = await call<{ id: string }>(
          t.app,
          { method: 'POST', url: `${base}/delegates`, payload: { bridgePointId: hostId, ...person } },
          201,
        );
        ids[person.fullName] = created.id;
      }
    }, 60_000);
    afterAll(() => t?.close());

    it('shows a default layout sized from the quota until one is saved', async () => {
      const plan = await call<SeatingPlan>(t.app, { url: hall() }, 200);
      expect(plan).toMatchObject({ hallName: 'Điểm cầu Tỉnh', quota: 5, layoutSaved: false, updatedAt: null, capacity: 10 });
      expect(plan.layout).toMatchObject({ rows: 1, seatsPerRow: 10, spacing: 'none' });
      // Protocol order: the ranks given (1, 10, 20), else the titles' (Giám đốc Sở 10, Chánh Văn phòng 19); ties by name.
      expect(plan.delegates.map((d) => d.fullName)).toEqual([
        'Phạm Thiện Nghĩa',
        'Đỗ Thanh Huyền',
        'Lê Văn Thành',
        'Trần Thị Lan',
        'Huỳnh Minh Tuấn',
      ]);
      expect(plan.delegates.every((d) => d.placedSeat === null && d.unplacedReason === 'none')).toBe(true);
    });

    it('refuses a bad layout beside the field, and a point of no conference', async () => {
      const outside = await t.app.inject({
        method: 'PUT',
        url: hall('/layout'),
        payload: { rows: 2, seatsPerRow: 3, spacing: 'none', blockedSeats: ['A01', 'D09'] },
      });
      const error = expectErrorBody(outside, 422, 'seating.seat_unknown');
      expect((error.fields as { path: string }[] | undefined)?.map((f) => f.path)).toEqual(['/blockedSeats/1']);
      expectErrorBody(
        await t.app.inject({ method: 'PUT', url: hall('/layout'), payload: { rows: 0, seatsPerRow: 3, spacing: 'none' } }),
        400,
        'validation.failed',
      );
      expectErrorBody(
        await t.app.inject({ method: 'PUT', url: hall('/layout'), payload: { rows: 2, seatsPerRow: 3, spacing: 'far' } }),
        400,
      );
      expectErrorBody(await t.app.inject({ url: hall('', '00000000-0000-4000-8000-000000000000') }), 404, 'bridge_point.not_found');
    });

    it('saves a 5K layout: every other seat, one seat blocked', async () => {
      const before = await audits('seating.save_layout');
      const plan = await call<SeatingPlan>(
        t.app,
        { method: 'PUT', url: hall('/layout'), payload: { rows: 2, seatsPerRow: 5, spacing: 'every_other', blockedSeats: ['b4', 'A03'] } },
        200,
      );
      expect(plan).toMatchObject({ layoutSaved: true, capacity: 3 });
      expect(plan.layout).toMatchObject({ blockedSeats: ['A03', 'B04'], everyOtherRow: false, seatWidthMetres: 0.55 });
      expect(await audits('seating.save_layout')).toBe(before + 1);
    });

    it('assigns in protocol order, front row, centre outwards, and lists who did not fit', async () => {
      const before = await audits('seating.auto_assign');
      const result = await call<AutoAssignResult>(t.app, { method: 'POST', url: hall('/auto-assign'), payload: {} }, 200);
      // Usable: A01, A05 (A03 blocked), B02 (B04 blocked): of two seats equally near the centre the left
      // one is the centre, then the right.
      expect(seatOf(result, 'Phạm Thiện Nghĩa')).toBe('A01');
      expect(seatOf(result, 'Đỗ Thanh Huyền')).toBe('A05');
      expect(seatOf(result, 'Lê Văn Thành')).toBe('B02');
      expect(result.unseated).toEqual([ids['Trần Thị Lan'], ids['Huỳnh Minh Tuấn']]);
      expect(result.changed).toBe(3);
      expect(await audits('seating.auto_assign')).toBe(before + 1);
    });

    it('moves to a free seat after a larger layout, refuses blocked, spaced, taken and unknown seats, and swaps', async () => {
      await call(
        t.app,
        { method: 'PUT', url: hall('/layout'), payload: { rows: 3, seatsPerRow: 5, spacing: 'every_other', blockedSeats: ['C05'] } },
        200,
      );
      const before = await audits('seating.move');
      const moved = await call<SeatingPlan>(
        t.app,
        { method: 'POST', url: hall('/move'), payload: { delegateId: ids['Lê Văn Thành'], seat: 'c1' } },
        200,
      );
      expect(seatOf(moved, 'Lê Văn Thành')).toBe('C01');
      const refuse = async (seat: string, status: number, code: string) =>
        expectErrorBody(
          await t.app.inject({ method: 'POST', url: hall('/move'), payload: { delegateId: ids['Trần Thị Lan'], seat } }),
          status,
          code,
        );
      await refuse('C05', 422, 'seating.seat_blocked');
      await refuse('A02', 422, 'seating.seat_unusable');
      await refuse('Z99', 422, 'seating.seat_unknown');
      const taken = await refuse('A01', 409, 'seating.seat_occupied');
      expect(taken.message.vi).toContain('Phạm Thiện Nghĩa');
      expectErrorBody(
        await t.app.inject({ method: 'POST', url: hall('/move'), payload: { delegateId: 'không-có', seat: 'C03' } }),
        404,
        'seating.delegate_unknown',
      );
      expectErrorBody(await t.app.inject({ method: 'POST', url: hall('/move'), payload: { delegateId: ids['Trần Thị Lan'] } }), 400);
      const swapped = await call<SeatingPlan>(
        t.app,
        { method: 'POST', url: hall('/move'), payload: { delegateId: ids['Lê Văn Thành'], swapWith: ids['Phạm Thiện Nghĩa'] } },
        200,
      );
      expect(seatOf(swapped, 'Lê Văn Thành')).toBe('A01');
      expect(seatOf(swapped, 'Phạm Thiện Nghĩa')).toBe('C01');
      const unseated = await call<SeatingPlan>(
        t.app,
        { method: 'POST', url: hall('/move'), payload: { delegateId: ids['Lê Văn Thành'], seat: '' } },
        200,
      );
      expect(unseated.delegates.find((d) => d.id === ids['Lê Văn Thành'])).toMatchObject({
        seat: '',
        placedSeat: null,
        unplacedReason: 'none',
      });
      expect(await audits('seating.move')).toBe(before + 3);
    });

    it('"unseated" mode fills free seats and keeps the others', async () => {
      const result = await call<AutoAssignResult>(t.app, { method: 'POST', url: hall('/auto-assign'), payload: { mode: 'unseated' } }, 200);
      expect(seatOf(result, 'Phạm Thiện Nghĩa')).toBe('C01');
      expect(result.unseated).toEqual([]);
      expect(result.delegates.every((d) => d.placedSeat !== null)).toBe(true);
    });

    it('reads stale seats with the reason, leaves out those who declined, and seats a substitute by name', async () => {
      const base = `${API}/conferences/${conference.id}/delegates`;
      await call(t.app, { method: 'PATCH', url: `${base}/${ids['Trần Thị Lan']}`, payload: { seat: 'Hàng 1' } }, 200);
      await call(t.app, { method: 'PATCH', url: `${base}/${ids['Đỗ Thanh Huyền']}`, payload: { invitation: 'invited' } }, 200);
      await call(t.app, { method: 'PATCH', url: `${base}/${ids['Đỗ Thanh Huyền']}`, payload: { invitation: 'declined' } }, 200);
      await t.database.db
        .updateTable('delegates')
        .set({
          invitation: 'substituted',
          substitute_json: JSON.stringify({ fullName: 'Nguyễn Văn Dự', title: 'Phó Giám đốc', phone: '0912345678', email: '' }),
        })
        .where('id', '=', ids['Huỳnh Minh Tuấn']!)
        .execute();
      const plan = await call<SeatingPlan>(t.app, { url: hall() }, 200);
      expect(plan.delegates.find((d) => d.id === ids['Trần Thị Lan'])).toMatchObject({
        seat: 'Hàng 1',
        placedSeat: null,
        unplacedReason: 'unknown',
      });
      expect(plan.delegates.some((d) => d.id === ids['Đỗ Thanh Huyền'])).toBe(false);
      expect(plan.delegates.find((d) => d.id === ids['Huỳnh Minh Tuấn'])).toMatchObject({
        fullName: 'Nguyễn Văn Dự',
        substituteFor: 'Huỳnh Minh Tuấn',
      });
      const assigned = await call<AutoAssignResult>(t.app, { method: 'POST', url: hall('/auto-assign'), payload: { mode: 'all' } }, 200);
      expect(assigned.delegates).toHaveLength(4);
      const declined = await call<{ seat: string }>(t.app, { url: `${base}/${ids['Đỗ Thanh Huyền']}` }, 200);
      expect(declined.seat).toBe('');
    });

    it('prints the seat plan as .docx with the names in the grid', async () => {
      const response = await t.app.inject({ url: hall('/seat-plan.docx') });
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toMatch(/wordprocessingml/);
      expect(response.headers['content-disposition']).toContain("filename*=UTF-8''S%C6%A1%20%C4%91%E1%BB%93");
      const { document } = await readDocxParts(response.rawPayload);
      const [grid] = tablesOf(document);
      expect(grid!.rows[0]!.cells).toEqual(['SÂN KHẤU / BỤC CHỦ TỌA']);
      // Seat order A03, A05, A01, B02: the chair in the centre, Giám đốc Sở (10) on the right, Chánh Văn phòng (19)
      // on the left, the substitute (rank 20) in the next row.
      expect(grid!.rows[2]!.cells.slice(1, 6)).toEqual([
        'A01Trần Thị LanChánh Văn phòng',
        'A02—',
        'A03Phạm Thiện NghĩaChủ tịch UBND Tỉnh',
        'A04—',
        'A05Lê Văn ThànhGiám đốc Sở Nội vụ',
      ]);
      expect(grid!.rows[3]!.cells[2]).toBe('B02Nguyễn Văn DựPhó Giám đốc');
      expect(textOf(document)).toContain('Hội nghị xếp chỗ');
      expect(textOf(document)).toContain('Nguyễn Văn Dự');
    });

    it('lets the operator of the point write, the chair read, and refuses the others', async () => {
      const [own, other, chair] = [await createUser(t, 'dieu-hanh'), await createUser(t, 'dieu-hanh-khac'), await createUser(t, 'chu-tri')];
      await grant(t, conference.id, own, 'operator', [hostId]);
      await grant(t, conference.id, other, 'operator', [districtId]);
      await grant(t, conference.id, chair, 'chair');
      const move = { method: 'POST' as const, url: hall('/move'), payload: { delegateId: ids['Trần Thị Lan'], seat: '' } };
      await call(as(t, own.credentials), move, 200);
      expectErrorBody(await as(t, other.credentials)(move), 403, 'access.denied');
      expectErrorBody(await as(t, other.credentials)({ url: hall() }), 403, 'access.denied');
      await call(as(t, other.credentials), { url: hall('', districtId) }, 200);
      await call(as(t, chair.credentials), { url: hall() }, 200);
      expectErrorBody(await as(t, chair.credentials)(move), 403, 'access.denied');
      expectErrorBody(await as(t, null)({ url: hall() }), 401, 'auth.required');
    });

    it('accepts exactly one of two moves racing for one seat', async () => {
      await call(t.app, { method: 'PUT', url: hall('/layout'), payload: { rows: 2, seatsPerRow: 4, spacing: 'none' } }, 200);
      await call(t.app, { method: 'POST', url: hall('/move'), payload: { delegateId: ids['Trần Thị Lan'], seat: '' } }, 200);
      await call(t.app, { method: 'POST', url: hall('/move'), payload: { delegateId: ids['Lê Văn Thành'], seat: '' } }, 200);
      const race = await Promise.all(
        ['Trần Thị Lan', 'Lê Văn Thành'].map((name) =>
          t.app.inject({ method: 'POST', url: hall('/move'), payload: { delegateId: ids[name], seat: 'B04' } }),
        ),
      );
      expect(race.map((r) => r.statusCode).sort()).toEqual([200, 409]);
      const plan = await call<SeatingPlan>(t.app, { url: hall() }, 200);
      expect(plan.delegates.filter((d) => d.placedSeat === 'B04')).toHaveLength(1);
    });
  },
  apiDatabases(),
);
