/**
 * Attendance through HTTP on both databases: counts per bridge point and participant group
 * against the quotas (check-ins, walk-ins, answers, headcounts), over-quota warnings, the
 * set-based view of an operator, the chair reading every point, and the attendance lists as
 * .docx and .xlsx read back.
 */
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Conference } from '../../src/domain/conference.schema.js';
import { readDocxParts, tablesOf } from '../../src/documents/fixtures/docx-parts.js';
import type { AttendanceReport, PointAttendance } from '../../src/services/participants/attendance-service.js';
import { as, createUser, grant, type Inject, type TestUser } from './actors.js';
import { API, call, expectErrorBody, openTestApp, seedConference, describeDatabases, apiDatabases, type TestApp } from './helpers.js';

describeDatabases(
  'attendance through HTTP on $dialect',
  (dbCase) => {
    let t: TestApp;
    let c: Conference;
    let host: Conference['bridgePoints'][0];
    let district: Conference['bridgePoints'][0];
    let operator: TestUser;
    let chair: TestUser;
    const on = (path = '') => `${API}/conferences/${c.id}${path}`;
    const report = (inject: TestApp['app'] | Inject = t.app, query = '') =>
      call<AttendanceReport>(inject, { url: on(`/attendance${query}`) }, 200);
    const add = (payload: Record<string, unknown>) => call<{ id: string }>(t.app, { method: 'POST', url: on('/delegates'), payload }, 201);
    let keys = 0;
    const key = () => `khoa-diem-danh-${++keys}-${Date.now().toString(36)}`;

    beforeAll(async () => {
      t = await openTestApp(dbCase);
      c = await seedConference(t.app);
      [host, district] = c.bridgePoints as [typeof host, typeof district];
      operator = await createUser(t, 'ky-thuat-chau-thanh');
      await grant(t, c.id, operator, 'operator', [district.id]);
      chair = await createUser(t, 'chu-tich');
      await grant(t, c.id, chair, 'chair');

      const hostGroup = c.participantGroups.find((g) => g.bridgePointId === host.id)!;
      const nghia = await add({
        bridgePointId: host.id,
        participantGroupId: hostGroup.id,
        fullName: 'Phạm Thiện Nghĩa',
        title: 'Chủ tịch UBND Tỉnh',
        protocolRank: 1,
      });
      const binh = await add({ bridgePointId: host.id, fullName: 'Nguyễn Văn Bình', title: 'Giám đốc Sở Nội vụ' });
      const cuc = await add({ bridgePointId: host.id, fullName: 'Trần Thị Cúc', organisation: 'Văn phòng UBND Tỉnh' });
      await call(t.app, { method: 'PATCH', url: on(`/delegates/${nghia.id}`), payload: { invitation: 'confirmed' } }, 200);
      await call(t.app, { method: 'PATCH', url: on(`/delegates/${binh.id}`), payload: { invitation: 'declined' } }, 200);
      await call(t.app, { method: 'PATCH', url: on(`/delegates/${cuc.id}`), payload: { invitation: 'invited' } }, 200);
      await call(t.app, { method: 'POST', url: on('/check-ins'), payload: { key: key(), delegateId: nghia.id, method: 'search' } }, 200);
      await call(
        t.app,
        {
          method: 'POST',
          url: on('/walk-ins'),
          payload: { key: key(), bridgePointId: host.id, fullName: 'Huỳnh Văn Em', organisation: 'Báo Đồng Tháp' },
        },
        201,
      );
      for (const name of ['Lê Văn Xã', 'Võ Thị Phường']) await add({ bridgePointId: district.id, fullName: name });
      await call(t.app, { method: 'PUT', url: on(`/headcounts/${district.id}`), payload: { count: 25 } }, 200);
    });
    afterAll(() => t?.close());

    it('counts every point against its quota, with the headcount and an over-quota warning, never cutting anyone', async () => {
      const body = await report();
      expect(body.points.map((p) => [p.name, p.isHost])).toEqual([
        ['Điểm cầu Tỉnh', true],
        ['UBND huyện Châu Thành', false],
      ]);
      const [h, d] = body.points as [PointAttendance, PointAttendance];
      expect(h).toMatchObject({
        quota: 40,
        invited: 3,
        confirmed: 1,
        declined: 1,
        present: 2,
        absent: 0,
        walkIns: 1,
        headcount: null,
        warnings: [],
      });
      expect(d).toMatchObject({
        quota: 20,
        invited: 0,
        present: 0,
        headcount: 25,
        overQuota: { invited: false, confirmed: false, present: true },
      });
      expect(d.warnings.map((w) => w.code)).toEqual(['quota.present_over']);
      expect(d.warnings[0]!.vi).toContain('25');
      expect(body.totals).toMatchObject({ quota: 60, invited: 3, present: 2, walkIns: 1, headcount: 27 });
      expect(h.groups).toBeUndefined();
    });

    it('counts per participant group: the point group, the group of every other point, and delegates in none', async () => {
      const body = await report();
      const hostGroup = c.participantGroups.find((g) => g.bridgePointId === host.id)!;
      const everyOther = c.participantGroups.find((g) => g.scope === 'every_other_point')!;
      const byId = new Map(body.groups.map((g) => [g.participantGroupId, g]));
      expect(byId.get(hostGroup.id)).toMatchObject({ name: hostGroup.text, quota: 1, invited: 1, confirmed: 1, present: 1 });
      expect(byId.get(everyOther.id)).toMatchObject({ name: 'Chủ tịch UBND các xã', quota: 1, invited: 0 });
      expect(byId.get(null)).toMatchObject({ name: '', quota: null, invited: 2, present: 1, walkIns: 1 });
      const detail = await report(t.app, `?bridgePointId=${host.id}`);
      expect(detail.points).toHaveLength(1);
      expect(detail.points[0]!.groups!.map((g) => g.participantGroupId)).toEqual([hostGroup.id, null]);
    });

    it('warns when more are invited than the quota allows, and still counts them all', async () => {
      const small = await call<{ id: string }>(
        t.app,
        {
          method: 'POST',
          url: on('/bridge-points'),
          payload: {
            name: 'UBND xã Tân Phú',
            address: '',
            quota: 1,
            kind: 'hall',
            isHost: false,
            operatorName: '',
            operatorPhone: '',
            operatorEmail: '',
            unitCode: null,
          },
        },
        201,
      );
      for (const name of ['Đặng Văn A', 'Đặng Văn B']) {
        const d = await add({ bridgePointId: small.id, fullName: name });
        await call(t.app, { method: 'PATCH', url: on(`/delegates/${d.id}`), payload: { invitation: 'invited' } }, 200);
      }
      const point = (await report(t.app, `?bridgePointId=${small.id}`)).points[0]!;
      expect(point).toMatchObject({ quota: 1, invited: 2, overQuota: { invited: true, confirmed: false, present: false } });
      expect(point.warnings.map((w) => w.code)).toEqual(['quota.invited_over']);
      await call(t.app, { method: 'DELETE', url: on(`/bridge-points/${small.id}`) }, 200);
    });

    it("gives an operator their own point only, and refuses another point's counts and list", async () => {
      const asOperator = as(t, operator.credentials);
      const body = await report(asOperator);
      expect(body.points.map((p) => p.bridgePointId)).toEqual([district.id]);
      expect(body.totals).toMatchObject({ quota: 20, headcount: 25 });
      expect(body.groups.every((g) => g.participantGroupId !== c.participantGroups.find((x) => x.bridgePointId === host.id)!.id)).toBe(
        true,
      );
      expectErrorBody(await asOperator({ url: on(`/attendance?bridgePointId=${host.id}`) }), 403, 'access.denied');
      expectErrorBody(await asOperator({ url: on(`/attendance/${host.id}/list.docx`) }), 403, 'access.denied');
      expect((await asOperator({ url: on(`/attendance/${district.id}/list.xlsx`) })).statusCode).toBe(200);
    });

    it('lets the chair read every point; refuses strangers, anonymous callers and unknown points', async () => {
      expect((await report(as(t, chair.credentials))).points).toHaveLength(2);
      const stranger = await createUser(t, 'nguoi-ngoai');
      expectErrorBody(await as(t, stranger.credentials)({ url: on('/attendance') }), 404, 'conference.not_found');
      expectErrorBody(await as(t, null)({ url: on('/attendance') }), 401, 'auth.required');
      const other = await seedConference(t.app, 'Hội nghị khác');
      expectErrorBody(
        await t.app.inject({ url: on(`/attendance?bridgePointId=${other.bridgePoints[0]!.id}`) }),
        404,
        'bridge_point.not_found',
      );
      expectErrorBody(await t.app.inject({ url: on(`/attendance/${other.bridgePoints[0]!.id}/list.docx`) }), 404, 'bridge_point.not_found');
      expectErrorBody(await t.app.inject({ url: on('/attendance?bridgePointId=khong-phai-uuid') }), 400);
    });

    it('prints the list of a point as .docx in protocol order, with a signature column and a Vietnamese file name', async () => {
      const response = await t.app.inject({ url: on(`/attendance/${host.id}/list.docx`) });
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
      expect(response.headers['content-disposition']).toContain(
        `filename*=UTF-8''${encodeURIComponent('Danh sách đại biểu - Điểm cầu Tỉnh.docx')}`,
      );
      const parts = await readDocxParts(response.rawPayload);
      const rows = tablesOf(parts.document)[1]!.rows.map((r) => r.cells);
      expect(rows[0]).toEqual(['STT', 'Họ và tên', 'Chức vụ', 'Đơn vị', 'Xác nhận', 'Có mặt', 'Ký tên']);
      expect(rows.slice(1).map((r) => [r[1], r[4], r[5], r[6]])).toEqual([
        ['Phạm Thiện Nghĩa', 'Tham dự', 'x', ''],
        // Giám đốc Sở ranks by title; the walk-in and the officer have no rank and follow by name.
        ['Nguyễn Văn Bình', 'Không tham dự', '', ''],
        ['Huỳnh Văn Em', 'Đăng ký tại chỗ', 'x', ''],
        ['Trần Thị Cúc', 'Chưa trả lời', '', ''],
      ]);
      expect(parts.document).toContain('Thời gian: 08 giờ 00 phút, thứ Tư, ngày 07 tháng 7 năm 2021');
    });

    it('prints the same list as .xlsx that reads back', async () => {
      const response = await as(t, chair.credentials)({ url: on(`/attendance/${host.id}/list.xlsx`) });
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
      const sheet = workbook.worksheets[0]!;
      const names: string[] = [];
      sheet.eachRow((row) => {
        if (typeof row.getCell(1).value === 'number') names.push(row.getCell(2).text);
      });
      expect(names).toEqual(['Phạm Thiện Nghĩa', 'Nguyễn Văn Bình', 'Huỳnh Văn Em', 'Trần Thị Cúc']);
      expect(sheet.pageSetup).toMatchObject({ orientation: 'landscape', fitToWidth: 1 });
    });
  },
  apiDatabases(),
);
