/**
 * Protocol order (issue 17) through HTTP on SQLite and PostgreSQL: the seed's host hall seats
 * the chair of the plan (Chủ tịch UBND Tỉnh) in the centre of the front row with the Thường
 * trực Tỉnh ủy and HĐND beside, though nobody typed a rank (the titles give them) and the
 * list was entered by surname; an .xlsx with a "Thứ tự nghi thức" column keeps its ranks; a
 * move before or after a neighbour writes the ranks and the list follows; a participant group's
 * rank ranks its delegates who have none of their own, ahead of their titles.
 */
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createDemoConference } from '../../src/cli/demo-conference.js';
import type { Conference } from '../../src/domain/conference.schema.js';
import type { AutoAssignResult, SeatingPlan } from '../../src/domain/participants/seating-plan.js';
import { API, call, describeDatabases, apiDatabases, openTestApp, type TestApp } from './helpers.js';
import { multipartBody } from './multipart.js';
import { groupInput } from '../../src/services/testing.js';

interface Listed {
  id: string;
  fullName: string;
  protocolRank: number | null;
  groupRank: number | null;
  titleRank: number | null;
}

// The host hall of the seed plan: Thường trực Tỉnh ủy, Thường trực HĐND, the chair, his deputies,
// heads of departments and their staff, entered in the alphabetical order of their given names.
const HOST_HALL = [
  { fullName: 'Nguyễn Văn An', title: 'Phó Giám đốc Sở Nội vụ' },
  { fullName: 'Trần Thị Bình', title: 'Phó Chủ tịch HĐND tỉnh' },
  { fullName: 'Lê Hoàng Dũng', title: 'Bí thư Tỉnh ủy' },
  { fullName: 'Võ Thị Hà', title: 'Chuyên viên Phòng CCHC' },
  { fullName: 'Huỳnh Minh Tuấn', title: 'Phó Chủ tịch UBND Tỉnh' },
  { fullName: 'Đặng Văn Khoa', title: 'Chủ tịch HĐND tỉnh' },
  { fullName: 'Lê Văn Thành', title: 'Giám đốc Sở Nội vụ' },
  { fullName: 'Phạm Thiện Nghĩa', title: 'Chủ tịch UBND Tỉnh' },
  { fullName: 'Trần Thị Lan', title: 'Chánh Văn phòng Sở Nội vụ' },
  { fullName: 'Bùi Quốc Vinh', title: 'Phó Bí thư Thường trực Tỉnh ủy' },
];

const xlsx = async (rows: unknown[][]): Promise<Buffer> => {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Đại biểu');
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
};

describeDatabases(
  'protocol order on $dialect',
  (dbCase) => {
    let t: TestApp;
    let demo: Conference;
    let hostId = '';
    const on = (path: string) => `${API}/conferences/${demo.id}${path}`;
    const listed = async (pointId = hostId) =>
      (await call<{ items: Listed[] }>(t.app, { url: on(`/delegates?bridgePointId=${pointId}&limit=500`) }, 200)).items;

    beforeAll(async () => {
      t = await openTestApp(dbCase);
      demo = await createDemoConference(t.services.conferences);
      hostId = demo.bridgePoints.find((p) => p.isHost)!.id;
      for (const person of HOST_HALL)
        await call(t.app, { method: 'POST', url: on('/delegates'), payload: { bridgePointId: hostId, ...person } }, 201);
    }, 60_000);
    afterAll(() => t?.close());

    it("seats the seed's chair in the centre of the front row, the Thường trực Tỉnh ủy and HĐND beside, by title alone", async () => {
      await call(
        t.app,
        { method: 'PUT', url: on(`/bridge-points/${hostId}/seating/layout`), payload: { rows: 3, seatsPerRow: 7, spacing: 'none' } },
        200,
      );
      const result = await call<AutoAssignResult>(
        t.app,
        { method: 'POST', url: on(`/bridge-points/${hostId}/seating/auto-assign`), payload: {} },
        200,
      );
      const seat = Object.fromEntries(result.delegates.map((d) => [d.fullName, d.placedSeat]));
      // A04 is the centre of seven; the second in rank on the chair's right (A05), the third on the left (A03) …
      expect(seat['Phạm Thiện Nghĩa']).toBe('A04');
      expect(seat['Lê Hoàng Dũng']).toBe('A05'); // Bí thư Tỉnh ủy
      expect(seat['Bùi Quốc Vinh']).toBe('A03'); // Phó Bí thư Thường trực Tỉnh ủy
      expect(seat['Đặng Văn Khoa']).toBe('A06'); // Chủ tịch HĐND tỉnh
      expect(seat['Trần Thị Bình']).toBe('A02'); // Phó Chủ tịch HĐND tỉnh
      expect(seat['Huỳnh Minh Tuấn']).toBe('A07'); // Phó Chủ tịch UBND Tỉnh
      expect(seat['Lê Văn Thành']).toBe('A01'); // Giám đốc Sở
      expect(seat['Nguyễn Văn An']).toBe('B04'); // Phó Giám đốc: the next row, from its centre
      expect(seat['Trần Thị Lan']).toBe('B05');
      expect(seat['Võ Thị Hà']).toBe('B03'); // unranked: after the ranked, never given an invented rank
      const plan = await call<SeatingPlan>(t.app, { url: on(`/bridge-points/${hostId}/seating`) }, 200);
      expect(plan.delegates.find((d) => d.fullName === 'Võ Thị Hà')).toMatchObject({ protocolRank: null, titleRank: null });
    });

    it('lists the hall in protocol order, the unranked last', async () => {
      expect((await listed()).map((d) => d.fullName)).toEqual([
        'Lê Hoàng Dũng',
        'Bùi Quốc Vinh',
        'Đặng Văn Khoa',
        'Phạm Thiện Nghĩa',
        'Trần Thị Bình',
        'Huỳnh Minh Tuấn',
        'Lê Văn Thành',
        'Nguyễn Văn An',
        'Trần Thị Lan',
        'Võ Thị Hà',
      ]);
    });

    it('keeps the ranks of an .xlsx "Thứ tự nghi thức" column, refuses a rank that is not one', async () => {
      const district = demo.bridgePoints.find((p) => !p.isHost)!;
      const header = ['STT', 'Họ và tên', 'Chức vụ', 'Thứ tự nghi thức'];
      const bad = await xlsx([header, [1, 'Phan Văn Một', 'Chuyên viên', 'nhất']]);
      const refused = await t.app.inject({
        method: 'POST',
        url: on('/delegates/import'),
        ...multipartBody([
          { name: 'options', data: JSON.stringify({ bridgePointId: district.id }) },
          { name: 'file', fileName: 'ds.xlsx', data: bad },
        ]),
      });
      expect(refused.statusCode).toBe(422);
      expect(refused.body).toContain('import.protocol_rank_invalid');

      const data = await xlsx([
        header,
        [1, 'Phan Văn Một', 'Chuyên viên', 3],
        [2, 'Ngô Thị Hai', 'Chủ tịch UBND huyện', ''],
        [3, 'Đỗ Văn Ba', 'Phó Chủ tịch UBND huyện', 1],
        [4, 'Cao Thị Bốn', 'Chuyên viên', ''],
      ]);
      const imported = await t.app.inject({
        method: 'POST',
        url: on('/delegates/import'),
        ...multipartBody([
          { name: 'options', data: JSON.stringify({ bridgePointId: district.id }) },
          { name: 'file', fileName: 'ds.xlsx', data },
        ]),
      });
      expect(imported.statusCode, imported.body).toBe(201);
      const rows = await listed(district.id);
      expect(rows.map((d) => [d.fullName, d.protocolRank, d.titleRank])).toEqual([
        ['Đỗ Văn Ba', 1, 18],
        ['Phan Văn Một', 3, null],
        ['Ngô Thị Hai', null, 14],
        ['Cao Thị Bốn', null, null],
      ]);
    });

    it('moves a delegate before or after a neighbour: the ranks are written and the list follows', async () => {
      const before = await listed();
      const id = (name: string) => before.find((d) => d.fullName === name)!.id;
      const moved = await call<{ changes: { id: string; to: number | null }[] }>(
        t.app,
        {
          method: 'POST',
          url: on(`/delegates/${id('Phạm Thiện Nghĩa')}/protocol-position`),
          payload: { targetId: id('Lê Hoàng Dũng'), place: 'before' },
        },
        200,
      );
      expect(moved.changes.map((c) => c.to)).toEqual([1, 2, 3, 4]);
      const after = await listed();
      expect(after.slice(0, 4).map((d) => [d.fullName, d.protocolRank])).toEqual([
        ['Phạm Thiện Nghĩa', 1],
        ['Lê Hoàng Dũng', 2],
        ['Bùi Quốc Vinh', 3],
        ['Đặng Văn Khoa', 4],
      ]);
      // Those below keep the rank of their title.
      expect(after[4]).toMatchObject({ fullName: 'Trần Thị Bình', protocolRank: null, titleRank: 7 });
      const other = (await listed(demo.bridgePoints.find((p) => !p.isHost)!.id))[0]!;
      const refused = await t.app.inject({
        method: 'POST',
        url: on(`/delegates/${id('Võ Thị Hà')}/protocol-position`),
        payload: { targetId: other.id, place: 'before' },
      });
      expect(refused.statusCode).toBe(422);
      expect(refused.json()).toMatchObject({ error: { code: 'delegate.order_target_unknown' } });
    });

    it("ranks a group's delegates by the group's rank when they have none of their own; a move gives an explicit rank", async () => {
      const group = await call<{ id: string }>(
        t.app,
        {
          method: 'POST',
          url: on('/participant-groups'),
          payload: { ...groupInput('Chuyên viên Sở Nội vụ'), scope: 'point', bridgePointId: hostId },
        },
        201,
      );
      const ha = (await listed()).find((d) => d.fullName === 'Võ Thị Hà')!;
      await call(t.app, { method: 'PATCH', url: on(`/delegates/${ha.id}`), payload: { participantGroupId: group.id } }, 200);
      expect((await listed()).at(-1)).toMatchObject({ fullName: 'Võ Thị Hà', groupRank: null });

      const refused = await t.app.inject({ method: 'PATCH', url: on(`/participant-groups/${group.id}`), payload: { protocolRank: 0 } });
      expect(refused.statusCode, refused.body).toBe(400);
      expect(refused.json<{ error: { fields: unknown[] } }>().error.fields).toContainEqual(
        expect.objectContaining({ path: '/protocolRank' }),
      );
      await call(t.app, { method: 'PATCH', url: on(`/participant-groups/${group.id}`), payload: { protocolRank: 5 } }, 200);
      const ranked = await listed();
      expect(ranked.slice(3, 6).map((d) => [d.fullName, d.protocolRank, d.groupRank])).toEqual([
        ['Đặng Văn Khoa', 4, null],
        ['Võ Thị Hà', null, 5],
        ['Trần Thị Bình', null, null],
      ]);
      const plan = await call<SeatingPlan>(t.app, { url: on(`/bridge-points/${hostId}/seating`) }, 200);
      expect(plan.delegates.find((d) => d.fullName === 'Võ Thị Hà')).toMatchObject({ protocolRank: null, groupRank: 5 });

      const khoa = ranked.find((d) => d.fullName === 'Đặng Văn Khoa')!;
      const moved = await call<{ changes: { id: string; from: number | null; to: number | null }[] }>(
        t.app,
        { method: 'POST', url: on(`/delegates/${ha.id}/protocol-position`), payload: { targetId: khoa.id, place: 'before' } },
        200,
      );
      expect(moved.changes).toEqual([
        { id: ha.id, from: null, to: 4 },
        { id: khoa.id, from: 4, to: 5 },
      ]);
      expect((await listed())[3]).toMatchObject({ fullName: 'Võ Thị Hà', protocolRank: 4, groupRank: 5 });
    });
  },
  apiDatabases(),
);
