/**
 * Comments on a draft and written contributions through HTTP (issue 16 items 2-3), with a real
 * SMTP server: the draft opened for comments from three districts mails each a request with its
 * contact link; one agrees through that link, one comments on a clause through its operator
 * account, the third is reminded by mail; a body cannot answer for another; the drafting agency
 * answers the comment and downloads the synthesis table, read back; every write audited. Then
 * the contributions of the slots: a district submits its own, the secretariat decides, the chair reads.
 */
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Conference } from '../../src/domain/conference.schema.js';
import type { ConsultationView, ContributionView } from '../../src/domain/consultations/consultation.schema.js';
import { readDocxParts, tablesOf } from '../../src/documents/fixtures/docx-parts.js';
import { type ReceivedMail, type TestSmtpServer } from '../../src/mail/smtp-server.fixture.js';
import { startMailEnv, type MailEnv } from '../support/mail-env.js';
import { as, createUser, exchangeLink, grant } from './actors.js';
import { tinyPdf, uploadDocument } from './document-helpers.js';
import { multipartBody } from './multipart.js';
import {
  API,
  agendaItemInput,
  apiDatabases,
  bridgePointInput,
  call,
  describeDatabases,
  expectErrorBody,
  json,
  openTestApp,
  seedConference,
  type TestApp,
} from './helpers.js';

const MAIL_ENV = { DIEMCAU_MAIL_FROM: 'Sở Nội vụ <snv@dongthap.example.vn>', DIEMCAU_SMTP_TLS: 'none', DIEMCAU_MAIL_PDF: 'never' };
const tokenOf = (mail: ReceivedMail): string => /\/y-kien\/([A-Za-z0-9_-]{43})/.exec(mail.parsed.text ?? '')![1]!;

describeDatabases(
  'comments on a draft and contributions on $dialect',
  (dbCase) => {
    let smtp: TestSmtpServer;
    let t: TestApp;
    let mail: MailEnv | undefined;

    beforeAll(async () => {
      mail = await startMailEnv(MAIL_ENV);
      smtp = mail.smtp;
      t = await openTestApp(dbCase);
    }, 60_000);
    afterAll(async () => {
      await t?.close();
      await mail?.close();
    });

    it('runs a consultation from the request to the synthesis table, and the contributions of the slots', async () => {
      const seeded = await seedConference(t.app, 'Hội nghị lấy ý kiến');
      const on = (path: string) => `${API}/conferences/${seeded.id}${path}`;
      for (const name of ['UBND huyện Hồng Ngự', 'UBND thành phố Sa Đéc']) {
        await call(t.app, { method: 'POST', url: on('/bridge-points'), payload: bridgePointInput({ name }) }, 201);
      }
      const parent = seeded.agendaItems.find((item) => item.content === 'Tham luận')!;
      const speaker = {
        parentId: parent.id,
        number: '-',
        content: 'Các mô hình, cách làm mới về CCHC',
        presenterOrganisation: 'UBND huyện Châu Thành',
      };
      await call(t.app, { method: 'POST', url: on('/agenda-items'), payload: agendaItemInput({ ...speaker, durationMinutes: null }) }, 201);
      const conference = await call<Conference>(t.app, { url: on('') }, 200);
      const districts = ['UBND huyện Châu Thành', 'UBND huyện Hồng Ngự', 'UBND thành phố Sa Đéc'].map((name) =>
        conference.bridgePoints.find((point) => point.name === name)!,
      );
      const draft = await uploadDocument(t.app, conference.id, { title: 'Dự thảo Quyết định', kind: 'draft', audience: 'invited' });

      const opened = await call<{ id: string; queued: number; consultation: ConsultationView }>(
        t.app,
        {
          method: 'POST',
          url: on('/consultations'),
          payload: {
            documentId: draft.id,
            title: 'dự thảo Quyết định ban hành Kế hoạch thực hiện các mô hình CCHC',
            draftingAgency: 'Sở Nội vụ',
            deadline: '2099-06-30',
            bodies: districts.map((point, i) => ({
              name: point.name,
              bridgePointId: point.id,
              participantGroupId: null,
              email: `huyen${i}@dongthap.example.vn`,
            })),
          },
        },
        201,
      );
      expect(opened.queued).toBe(3);
      expect(opened.consultation.bodies.map((b) => b.status)).toEqual(['waiting', 'waiting', 'waiting']);
      const requests = await smtp.waitFor(3);
      const mailTo = (address: string) => requests.find((mail) => mail.envelopeTo.includes(address))!;
      expect(mailTo('huyen0@dongthap.example.vn').parsed.subject).toBe(
        'Lấy ý kiến góp ý dự thảo Quyết định ban hành Kế hoạch thực hiện các mô hình CCHC',
      );
      expect(mailTo('huyen0@dongthap.example.vn').parsed.text).toContain('trước hết ngày 30 tháng 6 năm 2099 (thứ Ba)');
      const [agreeing, commenting] = opened.consultation.bodies as [
        ConsultationView['bodies'][0],
        ConsultationView['bodies'][0],
        ConsultationView['bodies'][0],
      ];
      const url = (path = '') => on(`/consultations/${opened.id}${path}`);

      // The first district agrees through the link of its mail; it sees only its own row.
      const contact = as(t, await exchangeLink(t, tokenOf(mailTo('huyen0@dongthap.example.vn'))));
      const mine = json<{ items: ConsultationView[] }>(await contact({ url: on('/consultations') })).items;
      expect(mine.map((c) => c.bodies.map((b) => b.name))).toEqual([['UBND huyện Châu Thành']]);
      expect(mine[0]!.bodies[0]!.email).toBe('');
      expectErrorBody(
        await contact({ method: 'PUT', url: url(`/bodies/${commenting.id}/answer`), payload: { answer: 'agreed', comments: [] } }),
        403,
        'access.denied',
      );
      expect(
        (await contact({ method: 'PUT', url: url(`/bodies/${agreeing.id}/answer`), payload: { answer: 'agreed', comments: [] } }))
          .statusCode,
      ).toBe(200);

      // The second through its operator account, on a clause and on the whole draft; a part that is no part is refused.
      const operator = await createUser(t, 'hong-ngu');
      await grant(t, conference.id, operator, 'operator', [districts[1]!.id]);
      const asOperator = as(t, operator.credentials);
      const bad = await asOperator({
        method: 'PUT',
        url: url(`/bodies/${commenting.id}/answer`),
        payload: { answer: 'commented', comments: [{ part: 'đoạn hai', text: 'x' }] },
      });
      expectErrorBody(bad, 422, 'comment.part_invalid');
      expect(json<{ error: { fields: { path: string }[] } }>(bad).error.fields[0]!.path).toBe('/comments/0/part');
      const comments = [
        { part: 'khoản 2  Điều 5', text: 'Đề nghị bổ sung thời hạn báo cáo định kỳ.' },
        { part: '', text: 'Thống nhất về bố cục.' },
      ];
      const answered = json<ConsultationView>(
        await asOperator({ method: 'PUT', url: url(`/bodies/${commenting.id}/answer`), payload: { answer: 'commented', comments } }),
      );
      expect(answered.comments.map((c) => c.part)).toEqual(['khoản 2 Điều 5', '']);

      // The third is reminded, the others are not.
      const reminded = await call<{ queued: number; skipped: { bodyId: string; reason: string }[] }>(
        t.app,
        { method: 'POST', url: url('/reminders'), payload: {} },
        202,
      );
      expect(reminded).toEqual({
        queued: 1,
        skipped: [
          { bodyId: agreeing.id, reason: 'answered' },
          { bodyId: commenting.id, reason: 'answered' },
        ],
      });
      const reminder = (await smtp.waitFor(4))[3]!;
      expect(reminder.envelopeTo).toEqual(['huyen2@dongthap.example.vn']);
      expect(reminder.parsed.subject).toMatch(/^Nhắc: Lấy ý kiến góp ý/);

      // The drafting agency answers the clause; the body can no longer change what was answered.
      const state = await call<ConsultationView>(t.app, { url: url() }, 200);
      expect(state.bodies.map((b) => [b.name, b.status, b.remindCount])).toEqual([
        ['UBND huyện Châu Thành', 'agreed', 0],
        ['UBND huyện Hồng Ngự', 'commented', 0],
        ['UBND thành phố Sa Đéc', 'waiting', 1],
      ]);
      const clause = state.comments.find((c) => c.part === 'khoản 2 Điều 5')!;
      expectErrorBody(
        await t.app.inject({ method: 'PUT', url: url(`/comments/${clause.id}/response`), payload: { response: 'explained', text: '' } }),
        422,
        'comment.explanation_required',
      );
      await call(
        t.app,
        {
          method: 'PUT',
          url: url(`/comments/${clause.id}/response`),
          payload: { response: 'accepted', text: 'Đã bổ sung tại khoản 2 Điều 5.' },
        },
        200,
      );
      expectErrorBody(
        await asOperator({ method: 'PUT', url: url(`/bodies/${commenting.id}/answer`), payload: { answer: 'agreed', comments: [] } }),
        409,
        'consultation.already_answered',
      );
      expectErrorBody(await asOperator({ url: url('/synthesis.docx') }), 403, 'access.denied');

      const docx = await t.app.inject({ url: url('/synthesis.docx') });
      expect(docx.statusCode).toBe(200);
      const table = tablesOf((await readDocxParts(docx.rawPayload)).document)[1]!;
      expect(table.rows.slice(1).map((row) => row.cells)).toEqual([
        ['1', 'UBND huyện Hồng Ngự', 'Toàn văn dự thảo', 'Thống nhất về bố cục.', ''],
        [
          '2',
          'UBND huyện Hồng Ngự',
          'khoản 2 Điều 5',
          'Đề nghị bổ sung thời hạn báo cáo định kỳ.',
          'Tiếp thu: Đã bổ sung tại khoản 2 Điều 5.',
        ],
      ]);
      const xlsx = await t.app.inject({ url: url('/synthesis.xlsx') });
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
      expect(workbook.worksheets[0]!.getCell('A1').value).toBe('SỞ NỘI VỤ');

      const actions = (
        await t.database.db.selectFrom('audit_log').select('action').where('conference_id', '=', conference.id).execute()
      ).map((r) => r.action);
      for (const action of ['consultation.open', 'consultation.answer', 'consultation.remind', 'consultation.respond'])
        expect(actions).toContain(action);
      expect(actions.filter((a) => a === 'consultation.answer')).toHaveLength(2);

      // Contributions: the slot under "Tham luận" is Châu Thành's; its contact submits, the secretariat decides, the chair reads.
      const slots = json<{ items: ContributionView[] }>(await t.app.inject({ url: on('/contributions') })).items;
      const slot = slots.find((s) => s.presenter === 'UBND huyện Châu Thành')!;
      expect(slot).toMatchObject({
        status: 'not_submitted',
        bodyName: 'UBND huyện Châu Thành',
        bridgePointId: districts[0]!.id,
        number: '3.2',
      });
      expectErrorBody(
        await asOperator({
          method: 'PUT',
          url: on(`/contributions/${slot.agendaItemId}/submission`),
          payload: { title: 'Tham luận', text: 'x', documentId: null },
        }),
        403,
        'access.denied',
      );
      const submission = { title: 'Các mô hình, cách làm mới về CCHC', text: 'Huyện Châu Thành triển khai 05 mô hình.', documentId: null };
      expect(
        (await contact({ method: 'PUT', url: on(`/contributions/${slot.agendaItemId}/submission`), payload: submission })).statusCode,
      ).toBe(200);
      // A file for the slot: a document for the chair and the secretariat; sent again, its next version.
      const sendFile = (data: Buffer) =>
        contact({
          method: 'POST',
          url: on(`/contributions/${slot.agendaItemId}/file`),
          ...multipartBody([{ name: 'file', fileName: 'tham-luan.pdf', contentType: 'application/pdf', data }]),
        });
      const firstFile = json<{ documentId: string; version: number }>(await sendFile(tinyPdf('Tham luan')));
      expect(firstFile.version).toBe(1);
      await contact({
        method: 'PUT',
        url: on(`/contributions/${slot.agendaItemId}/submission`),
        payload: { ...submission, documentId: firstFile.documentId },
      });
      expect(json<{ documentId: string; version: number }>(await sendFile(tinyPdf('Tham luan 2')))).toEqual({
        documentId: firstFile.documentId,
        version: 2,
      });
      const stored = json<{ kind: string; audience: string; agendaItemId: string }>(
        await t.app.inject({ url: on(`/documents/${firstFile.documentId}`) }),
      );
      expect(stored).toMatchObject({ kind: 'contribution', audience: 'presidium', agendaItemId: slot.agendaItemId });
      expectErrorBody(await contact({ url: on(`/documents/${firstFile.documentId}`) }), 403, 'access.denied');
      expectErrorBody(
        await asOperator({
          method: 'POST',
          url: on(`/contributions/${slot.agendaItemId}/file`),
          ...multipartBody([{ name: 'file', fileName: 'x.pdf', data: tinyPdf() }]),
        }),
        403,
        'access.denied',
      );
      expectErrorBody(await sendFile(Buffer.from('MZ\x90\x00 not a document')), 415, 'document.unsupported_type');
      const mineOnly = json<{ items: ContributionView[] }>(await contact({ url: on('/contributions/mine') })).items;
      expect(mineOnly.map((s) => s.agendaItemId)).toEqual([slot.agendaItemId]);
      expectErrorBody(await contact({ url: on('/contributions') }), 403, 'access.denied');
      await call(t.app, { method: 'PUT', url: on(`/contributions/${slot.agendaItemId}/decision`), payload: { decision: 'to_read' } }, 200);
      const chair = await createUser(t, 'chu-tich');
      await grant(t, conference.id, chair, 'chair');
      const seen = json<{ items: ContributionView[] }>(await as(t, chair.credentials)({ url: on('/contributions') })).items;
      expect(seen.find((s) => s.agendaItemId === slot.agendaItemId)).toMatchObject({
        status: 'to_read',
        text: submission.text,
        canSubmit: false,
      });
      expectErrorBody(
        await as(
          t,
          chair.credentials,
        )({ method: 'PUT', url: on(`/contributions/${slot.agendaItemId}/decision`), payload: { decision: 'filed' } }),
        403,
        'access.denied',
      );
    }, 120_000);
  },
  apiDatabases(),
);
