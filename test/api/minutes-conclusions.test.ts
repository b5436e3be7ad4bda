/**
 * The minutes and the conclusion notice through HTTP with real actors: the secretariat drafts
 * the minutes from the meeting it ran, a delegate sees nothing before the review opens and then
 * answers, the Biên bản and the Thông báo download as .docx (read back), issuing the notice puts
 * its tasks on the assignment board, the lead body's operator reports one done with a file on the
 * follow-up board (a delegate may read the board but not report), and the report of every
 * conclusion downloads as .docx and .xlsx. Every write is audited.
 */
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { ConclusionNotice } from '../../src/domain/conclusions/conclusion.schema.js';
import type { Conference } from '../../src/domain/conference.schema.js';
import type { Minutes } from '../../src/domain/minutes/minutes.schema.js';
import { paragraphsOf, readDocxParts } from '../../src/documents/fixtures/docx-parts.js';
import { tinyPdf } from '../../src/services/documents/documents.fixture.js';
import { as, createUser, grant, type Inject } from './actors.js';
import { API, apiDatabases, describeDatabases, expectErrorBody, json, openTestApp, seedConference, type TestApp } from './helpers.js';
import { multipartBody } from './multipart.js';
import { FILLED_NOTICE } from './audit-cases/record.js';
import { START_CONFIRMED } from '../../src/domain/safety/safety.fixture.js';

describeDatabases(
  'minutes, conclusion notice and follow-up through HTTP on $dialect',
  (dbCase) => {
    let t: TestApp;
    let c: Conference;
    let secretariat: Inject, delegate: Inject, observer: Inject, operator: Inject;
    const on = (path: string) => `${API}/conferences/${c.id}${path}`;
    const ok = async <T>(inject: Inject, options: Parameters<Inject>[0], status = 200): Promise<T> => {
      const response = await inject(options);
      expect(response.statusCode, response.body.slice(0, 300)).toBe(status);
      return json<T>(response);
    };

    beforeAll(async () => {
      t = await openTestApp(dbCase);
      c = await seedConference(t.app, 'Hội nghị trực tuyến đánh giá CCHC');
      const user = async (name: string, role: 'organizer' | 'delegate' | 'observer' | 'operator', points: string[] = []) => {
        const u = await createUser(t, name);
        await grant(t, c.id, u, role, points);
        return as(t, u.credentials);
      };
      secretariat = await user('thu-ky', 'organizer');
      delegate = await user('dai-bieu', 'delegate');
      observer = await user('bao-chi', 'observer');
      operator = await user('van-hanh', 'operator', [c.bridgePoints[0]!.id]);
      for (const command of [START_CONFIRMED, { type: 'start_item' }, { type: 'end_meeting' }]) {
        await ok(secretariat, { method: 'POST', url: on('/live/commands'), payload: command });
      }
    }, 60_000);
    afterAll(() => t?.close());

    it('drafts the minutes from the record, shows them to participants only for review, and prints the Biên bản', async () => {
      await ok(secretariat, { method: 'POST', url: on('/minutes/notes'), payload: { itemId: 'item-x', text: 'Ghi chép' } }, 201);
      expectErrorBody(
        await observer({ method: 'POST', url: on('/minutes/notes'), payload: { itemId: 'item-x', text: 'x' } }),
        403,
        'access.denied',
      );
      const draft = await ok<Minutes>(secretariat, {
        method: 'POST',
        url: on('/minutes/draft'),
        payload: { secretaryName: 'Trần Thị Thư' },
      });
      expect(draft.body.opening[0]).toMatch(/^Thời gian bắt đầu: \d{2} giờ \d{2} phút, ngày/);
      expectErrorBody(await delegate({ url: on('/minutes') }), 404, 'minutes.not_found');
      const edited = await ok<Minutes>(secretariat, {
        method: 'PATCH',
        url: on('/minutes'),
        headers: { 'if-match': '1' },
        payload: { chairName: 'Phạm Thiện Nghĩa' },
      });
      expect(edited.version).toBe(2);
      expectErrorBody(
        await secretariat({ method: 'PATCH', url: on('/minutes'), headers: { 'if-match': '1' }, payload: { chairName: 'X' } }),
        409,
      );

      const docx = await secretariat({ url: on('/minutes/minutes.docx') });
      expect(docx.statusCode).toBe(200);
      expect(docx.headers['content-type']).toMatch(/wordprocessingml/);
      const texts = paragraphsOf((await readDocxParts(docx.rawPayload)).document).map((p) => p.text);
      expect(texts).toContain('BIÊN BẢN');
      expect(texts).toContain('Phạm Thiện Nghĩa');
      expect(texts).toContain('Trần Thị Thư');

      await ok(secretariat, {
        method: 'POST',
        url: on('/minutes/review'),
        payload: { deadline: new Date(Date.now() + 86_400_000).toISOString() },
      });
      expect((await ok<Minutes>(delegate, { url: on('/minutes') })).status).toBe('review');
      const answered = await ok<Minutes>(delegate, {
        method: 'POST',
        url: on('/minutes/review/answers'),
        payload: { answer: 'no_comment', comment: '' },
      });
      expect(answered.reviews).toHaveLength(1);
      expectErrorBody(await observer({ url: on('/minutes') }), 403, 'access.denied');
      await ok(secretariat, { method: 'POST', url: on('/minutes/lock') });
      expectErrorBody(await secretariat({ method: 'PATCH', url: on('/minutes'), payload: { chairName: 'Y' } }), 409, 'minutes.locked');
    });

    it('issues the notice, puts its tasks on the board, and follows them up', async () => {
      await ok(secretariat, { method: 'POST', url: on('/conclusion-notice/draft') });
      expectErrorBody(await delegate({ url: on('/conclusion-notice') }), 403, 'access.denied');
      const add = (payload: object) =>
        ok<ConclusionNotice>(secretariat, { method: 'POST', url: on('/conclusion-notice/conclusions'), payload }, 201);
      const point = c.bridgePoints[0]!;
      await add({
        text: 'Xây dựng kế hoạch khắc phục.',
        leadAgency: point.name,
        leadBody: { bridgePointId: point.id, participantGroupId: null },
        cooperatingAgencies: [],
        taskText: 'Xây dựng kế hoạch',
        deadline: '2099-07-16',
      });
      // A body must be one of this plan's.
      expectErrorBody(
        await secretariat({
          method: 'POST',
          url: on('/conclusion-notice/conclusions'),
          payload: {
            text: 'X',
            leadAgency: 'X',
            leadBody: { bridgePointId: 'not-a-point', participantGroupId: null },
            cooperatingAgencies: [],
            taskText: '',
            deadline: null,
          },
        }),
        422,
        'conclusion.unknown_body',
      );
      await add({
        text: 'Rà soát thủ tục.',
        leadAgency: 'Sở Tư pháp',
        cooperatingAgencies: ['Sở Nội vụ'],
        taskText: 'Rà soát',
        deadline: '2099-07-20',
      });
      expectErrorBody(await secretariat({ method: 'POST', url: on('/conclusion-notice/conclusions'), payload: { text: '' } }), 400);
      expectErrorBody(await secretariat({ method: 'POST', url: on('/conclusion-notice/issue') }), 422, 'conclusion_notice.incomplete');
      await ok(secretariat, { method: 'PATCH', url: on('/conclusion-notice'), payload: FILLED_NOTICE });
      const issued = await ok<ConclusionNotice>(secretariat, { method: 'POST', url: on('/conclusion-notice/issue') });
      expect(issued.conclusions.every((k) => k.taskId !== null)).toBe(true);
      const plan = await ok<Conference>(secretariat, { url: on('') });
      expect(plan.tasks.filter((task) => issued.conclusions.some((k) => k.taskId === task.id)).map((task) => task.deadline)).toEqual([
        '2099-07-16',
        '2099-07-20',
      ]);

      const texts = paragraphsOf(
        (await readDocxParts((await secretariat({ url: on('/conclusion-notice/notice.docx') })).rawPayload)).document,
      ).map((p) => p.text);
      expect(texts).toContain('THÔNG BÁO');
      expect(texts).toContain('1. Xây dựng kế hoạch khắc phục.');

      const board = await ok<ConclusionNotice>(delegate, { url: on('/follow-up') });
      expect(board.conclusions.map((k) => k.canReport)).toEqual([false, false]);
      const report = (inject: Inject, id: string) =>
        inject({ method: 'POST', url: on(`/follow-up/conclusions/${id}/reports`), payload: { kind: 'progress', note: 'Đang làm' } });
      // Being invited is not being the agency: a delegate reports on nothing, the operator of the lead body on its own task only.
      expectErrorBody(await report(delegate, board.conclusions[0]!.id), 403, 'access.denied');
      expectErrorBody(await report(operator, board.conclusions[1]!.id), 403, 'access.denied');
      const own = await ok<ConclusionNotice>(operator, { url: on('/follow-up') });
      expect(own.conclusions.map((k) => k.canReport)).toEqual([true, false]);
      expect((await ok<{ items: { id: string }[] }>(operator, { url: on('/follow-up/my-tasks') })).items.map((k) => k.id)).toEqual([
        board.conclusions[0]!.id,
      ]);
      expect((await ok<{ items: unknown[] }>(delegate, { url: on('/follow-up/my-tasks') })).items).toEqual([]);
      const withFile = (data: Buffer, fileName: string) =>
        operator({
          method: 'POST',
          url: on(`/follow-up/conclusions/${board.conclusions[0]!.id}/reports/file`),
          ...multipartBody([
            { name: 'metadata', data: JSON.stringify({ kind: 'done', note: 'Đã ban hành kế hoạch' }) },
            { name: 'file', fileName, data },
          ]),
        });
      // A program renamed .pdf is refused from its content, and nothing is recorded.
      expectErrorBody(await withFile(Buffer.concat([Buffer.from('MZ'), Buffer.alloc(200)]), 'bao-cao.pdf'), 415);
      expect((await ok<ConclusionNotice>(delegate, { url: on('/follow-up') })).conclusions[0]!.reports).toEqual([]);
      expect((await ok<{ items: unknown[] }>(secretariat, { url: on('/documents') })).items).toHaveLength(0);
      const uploaded = await withFile(tinyPdf('Ke hoach khac phuc'), 'ke-hoach-khac-phuc.pdf');
      expect(uploaded.statusCode, uploaded.body.slice(0, 300)).toBe(200);
      const done = json<ConclusionNotice>(uploaded);
      expect(done.conclusions.map((k) => k.followUp.state)).toEqual(['done', 'on_track']);
      const fileRef = done.conclusions[0]!.reports[0]!.fileRef!;
      expect((await ok<{ title: string; taskId: string }>(secretariat, { url: on(`/documents/${fileRef}`) })).taskId).toBe(
        done.conclusions[0]!.taskId,
      );
      expectErrorBody(await observer({ url: on('/follow-up') }), 403, 'access.denied');

      const xlsx = await secretariat({ url: on('/follow-up/report.xlsx') });
      expect(xlsx.statusCode).toBe(200);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
      const rows = workbook.worksheets[0]!.getSheetValues()
        .filter(Boolean)
        .map((row) => (row as unknown[]).slice(1));
      expect(rows[0]).toEqual([
        'STT',
        'Kết luận',
        'Nhiệm vụ',
        'Cơ quan chủ trì',
        'Cơ quan phối hợp',
        'Thời hạn',
        'Tình trạng',
        'Báo cáo gần nhất',
      ]);
      expect(rows[1]![6]).toBe('Đã hoàn thành');
      expect((await secretariat({ url: on('/follow-up/report.docx') })).statusCode).toBe(200);

      const audit = await ok<{ items: { action: string }[] }>(secretariat, { url: on('/audit?limit=100') });
      expect(audit.items.map((entry) => entry.action)).toEqual(
        expect.arrayContaining(['minutes.draft', 'minutes.lock', 'conclusion_notice.issue', 'conclusion.create', 'followup.done']),
      );
    });
  },
  apiDatabases(),
);
