/**
 * Invitations through HTTP on both databases, with a real SMTP server started by the test:
 * sending to N delegates delivers N messages with their attachments; each personal link
 * confirms, declines or names a substitute; a new message revokes the previous link; a
 * revoked or expired link, a passed deadline and a refused mailbox are reported clearly;
 * queued deliveries are resumed by a new service; the printable list and a sample Giấy mời.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Conference } from '../../src/domain/conference.schema.js';
import { findParagraph, readDocxParts, tablesOf } from '../../src/documents/fixtures/docx-parts.js';
import { decodeQrPng } from '../../src/documents/invitation/qr-decode.fixture.js';
import { readMailConfig } from '../../src/mail/mail-config.js';
import { startTestSmtpServer, type ReceivedMail, type TestSmtpServer } from '../../src/mail/smtp-server.fixture.js';
import { createInvitationService } from '../../src/services/participants/invitation-service.js';
import { as, exchangeLink } from './actors.js';
import { API, call, expectErrorBody, json, openTestApp, seedConference, describeDatabases, apiDatabases, type TestApp } from './helpers.js';
import { confirmedSend } from './confirmed-send.js';

const MAIL_ENV = {
  DIEMCAU_MAIL_FROM: 'Văn phòng UBND tỉnh <vpubnd@dongthap.example.vn>',
  DIEMCAU_SMTP_TLS: 'none',
  DIEMCAU_MAIL_PDF: 'never',
};

interface Summary {
  mail: { enabled: boolean };
  deliveries: { queued: number; sent: number; failed: number };
  points: { bridgePointId: string; counts: Record<string, number> }[];
  totals: Record<string, number>;
}

const on = (c: Conference, path = '') => `${API}/conferences/${c.id}${path}`;
const tokenOf = (mail: ReceivedMail): string => /\/xac-nhan\/([A-Za-z0-9_-]{43})/.exec(mail.parsed.text ?? '')![1]!;
const toOf = (mail: ReceivedMail) => mail.envelopeTo[0]!;

describeDatabases(
  'invitations on $dialect',
  (dbCase) => {
    let smtp: TestSmtpServer;
    let t: TestApp;
    const saved: Record<string, string | undefined> = {};

    beforeAll(async () => {
      smtp = await startTestSmtpServer();
      const env = { ...MAIL_ENV, DIEMCAU_SMTP_URL: smtp.url };
      for (const [key, value] of Object.entries(env)) {
        saved[key] = process.env[key];
        process.env[key] = value;
      }
      t = await openTestApp(dbCase);
    });
    afterAll(async () => {
      await t?.close();
      await smtp?.close();
      for (const [key, value] of Object.entries(saved)) {
        if (value === undefined) delete process.env[key];
        else process.env[key] = value;
      }
    });

    /** A future conference with delegates at its district point; `emails` '' means none. */
    const conferenceWith = async (emails: string[], patch: Record<string, unknown> = {}) => {
      const seeded = await seedConference(t.app, `Hội nghị giấy mời ${Math.random().toString(36).slice(2, 8)}`);
      const conference = await call<Conference>(
        t.app,
        { method: 'PATCH', url: on(seeded), payload: { startsAt: '2099-07-07T08:00', ...patch } },
        200,
      );
      const point = conference.bridgePoints.find((p) => !p.isHost)!;
      const ids: string[] = [];
      for (const [index, email] of emails.entries()) {
        const created = await call<{ id: string }>(
          t.app,
          {
            method: 'POST',
            url: on(conference, '/delegates'),
            payload: { bridgePointId: point.id, fullName: `Nguyễn Văn Số ${index + 1}`, title: 'Chủ tịch UBND xã', email },
          },
          201,
        );
        ids.push(created.id);
      }
      return { conference, point, ids };
    };

    const send = async (c: Conference, payload: object) =>
      call<{ queued: number; skipped: { delegateId: string; reason: string }[] }>(
        t.app,
        { method: 'POST', url: on(c, '/invitations/send'), payload: await confirmedSend(t.app, on(c, '/invitations'), payload) },
        202,
      );
    const delivered = async (count: number) => {
      const before = smtp.received.length;
      await t.services.invitations.idle();
      const mails = await smtp.waitFor(before + count);
      return mails.slice(before);
    };

    it('sends one message per delegate with an address, with the Giấy mời, invite.ics and the QR code of the personal link', async () => {
      const emails = ['a1@example.vn', 'a2@example.vn', '', 'a4@example.vn', 'a5@example.vn'];
      const { conference, ids, point } = await conferenceWith(emails);
      const result = await send(conference, { kind: 'invitation' });
      expect(result.queued).toBe(4);
      expect(result.skipped).toEqual([{ delegateId: ids[2], reason: 'no_email' }]);
      const mails = await delivered(4);
      expect(mails.map(toOf).sort()).toEqual(['a1@example.vn', 'a2@example.vn', 'a4@example.vn', 'a5@example.vn']);
      for (const mail of mails) {
        expect(mail.parsed.subject).toMatch(/^Giấy mời: /);
        expect(mail.parsed.attachments.map((a) => [a.filename, a.contentType]).sort()).toEqual([
          ['giay-moi.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
          ['invite.ics', 'text/calendar'],
          ['ma-qr.png', 'image/png'],
        ]);
        const token = tokenOf(mail);
        const qr = decodeQrPng(mail.parsed.attachments.find((a) => a.filename === 'ma-qr.png')!.content);
        expect(qr).toBe(`http://localhost:80/xac-nhan/${token}`);
        const docx = await readDocxParts(mail.parsed.attachments.find((a) => a.filename === 'giay-moi.docx')!.content);
        expect(findParagraph(docx.document, /^Kính gửi: Ông \(Bà\) Nguyễn Văn Số/)).toBeDefined();
        expect(docx.document).toContain(token);
        expect(mail.parsed.attachments.find((a) => a.filename === 'invite.ics')!.content.toString()).toContain('DTSTART:20990707T010000Z');
      }
      const summary = await call<Summary>(t.app, { url: on(conference, '/invitations') }, 200);
      expect(summary.mail.enabled).toBe(true);
      expect(summary.deliveries).toEqual({ queued: 0, sent: 4, failed: 0 });
      expect(summary.totals).toMatchObject({ total: 5, notInvited: 1, noAnswer: 4, invited: 4 });
      expect(summary.points.find((p) => p.bridgePointId === point.id)!.counts).toMatchObject({ noAnswer: 4 });
      // Sending again without a list reaches nobody new.
      expect((await send(conference, { kind: 'invitation' })).queued).toBe(0);
    });

    it('attaches the plan instead when it replaces the invitation', async () => {
      const { conference } = await conferenceWith(['k1@example.vn'], { replacesInvitation: true });
      await send(conference, { kind: 'invitation' });
      const [mail] = await delivered(1);
      expect(mail!.parsed.attachments.map((a) => a.filename).sort()).toEqual(['invite.ics', 'ke-hoach.docx', 'ma-qr.png']);
      expect(
        findParagraph(
          (await readDocxParts(mail!.parsed.attachments.find((a) => a.filename === 'ke-hoach.docx')!.content)).document,
          'KẾ HOẠCH',
        ),
      ).toBeDefined();
    });

    it('lets the personal link confirm, name a substitute, then decline; each answer is one audit row', async () => {
      const { conference, ids } = await conferenceWith(['b1@example.vn']);
      await send(conference, { kind: 'invitation', deadline: '2099-07-05T17:00' });
      const [mail] = await delivered(1);
      const asDelegate = as(t, await exchangeLink(t, tokenOf(mail!)));
      const view = await call<{ delegate: { invitation: string }; open: boolean; answerUntil: string; place: string[] }>(
        asDelegate,
        { url: on(conference, '/invitation') },
        200,
      );
      expect(view).toMatchObject({ delegate: { invitation: 'invited' }, open: true, answerUntil: '2099-07-05T17:00' });
      expect(view.place[0]).toMatch(/^Địa điểm: Điểm cầu UBND huyện Châu Thành/);
      const answer = (payload: object, status = 200) =>
        call<{ delegate: { invitation: string; substitute: unknown } }>(
          asDelegate,
          { method: 'POST', url: on(conference, '/invitation/answer'), payload },
          status,
        );
      expect((await answer({ action: 'attend' })).delegate.invitation).toBe('confirmed');
      const bad = await asDelegate({
        method: 'POST',
        url: on(conference, '/invitation/answer'),
        payload: { action: 'substitute', substitute: { fullName: '', title: '', phone: '123', email: '' } },
      });
      const error = expectErrorBody(bad, 422, 'confirmation.substitute_invalid');
      expect(error.fields!.map((f) => (f as { path: string }).path)).toEqual(
        expect.arrayContaining(['/substitute/fullName', '/substitute/phone']),
      );
      const substitute = { fullName: 'Trần Thị Thay', title: 'Phó Chủ tịch UBND xã', phone: '0912 345 678', email: '' };
      expect((await answer({ action: 'substitute', substitute })).delegate).toMatchObject({
        invitation: 'substituted',
        substitute: { fullName: 'Trần Thị Thay', phone: '0912345678' },
      });
      expect((await answer({ action: 'decline' })).delegate).toMatchObject({ invitation: 'declined', substitute: null });
      const audit = await t.services.audit.list({ conferenceId: conference.id, limit: 50 });
      const answers = audit.filter((row) => row.action === 'delegate.answer');
      expect(answers).toHaveLength(3);
      expect(answers.every((row) => row.actor.kind === 'link' && row.entityId === ids[0])).toBe(true);
      const delegate = await call<{ invitation: string }>(t.app, { url: on(conference, `/delegates/${ids[0]}`) }, 200);
      expect(delegate.invitation).toBe('declined');
    });

    it('refuses a revoked link (after a reminder made a new one), an expired link, and an answer after the deadline', async () => {
      const { conference } = await conferenceWith(['c1@example.vn', 'c2@example.vn']);
      await send(conference, { kind: 'invitation' });
      const first = await delivered(2);
      const c1 = first.find((m) => toOf(m) === 'c1@example.vn')!;
      const c2 = first.find((m) => toOf(m) === 'c2@example.vn')!;
      const c1Session = await exchangeLink(t, tokenOf(c1));
      // c2 answers; the reminder goes to c1 only, with a new link that replaces the old one.
      await call(
        as(t, await exchangeLink(t, tokenOf(c2))),
        { method: 'POST', url: on(conference, '/invitation/answer'), payload: { action: 'attend' } },
        200,
      );
      expect((await send(conference, { kind: 'reminder' })).queued).toBe(1);
      const [reminder] = await delivered(1);
      expect(toOf(reminder!)).toBe('c1@example.vn');
      expect(reminder!.parsed.subject).toMatch(/^Nhắc xác nhận tham dự:/);
      expect(tokenOf(reminder!)).not.toBe(tokenOf(c1));
      expectErrorBody(await t.rawInject({ method: 'POST', url: `${API}/auth/link`, payload: { token: tokenOf(c1) } }), 401, 'link.revoked');
      expectErrorBody(await as(t, c1Session)({ url: on(conference, '/invitation') }), 401, 'link.revoked');

      const fresh = await exchangeLink(t, tokenOf(reminder!));
      await t.database.db
        .updateTable('access_links')
        .set({ expires_at: '2000-01-01T00:00:00.000Z' })
        .where('revoked_at', 'is', null)
        .where('conference_id', '=', conference.id)
        .where('purpose', '=', 'delegate')
        .execute();
      expectErrorBody(await as(t, fresh)({ url: on(conference, '/invitation') }), 401, 'link.expired');

      const late = await conferenceWith(['d1@example.vn']);
      await send(late.conference, { kind: 'invitation', deadline: '2000-01-01T00:00' });
      const [lateMail] = await delivered(1);
      const lateSession = as(t, await exchangeLink(t, tokenOf(lateMail!)));
      expect((await call<{ open: boolean }>(lateSession, { url: on(late.conference, '/invitation') }, 200)).open).toBe(false);
      expectErrorBody(
        await lateSession({ method: 'POST', url: on(late.conference, '/invitation/answer'), payload: { action: 'attend' } }),
        409,
        'confirmation.deadline_passed',
      );
    });

    it('records a refused mailbox as a failed delivery with the server answer', async () => {
      const { conference } = await conferenceWith(['e1@example.vn', 'khong-nhan@example.vn']);
      smtp.refuse('khong-nhan@example.vn');
      await send(conference, { kind: 'invitation' });
      await delivered(1);
      const summary = await call<Summary>(t.app, { url: on(conference, '/invitations') }, 200);
      expect(summary.deliveries).toEqual({ queued: 0, sent: 1, failed: 1 });
      const failed = await call<{ items: { recipient: string; error: string; status: string }[]; total: number }>(
        t.app,
        { url: on(conference, '/invitations/deliveries?status=failed') },
        200,
      );
      expect(failed.total).toBe(1);
      expect(failed.items[0]).toMatchObject({ recipient: 'khong-nhan@example.vn', status: 'failed' });
      expect(failed.items[0]!.error).toMatch(/550|Mailbox unavailable/);
    });

    it('resumes deliveries left queued when the process stopped', async () => {
      const { conference } = await conferenceWith(['f1@example.vn', 'f2@example.vn']);
      const mail = readMailConfig({ ...MAIL_ENV, DIEMCAU_SMTP_URL: smtp.url });
      const stopped = createInvitationService(t.database, { mail });
      await stopped.close(); // its queue takes nothing: the deliveries stay queued
      const preview = await stopped.preview(conference.id, { kind: 'invitation' });
      const confirm = { count: preview.count, warnings: preview.warnings.map((warning) => warning.code) };
      expect((await stopped.send(conference.id, { kind: 'invitation', confirm }, 'https://hoinghi.example.vn')).queued).toBe(2);
      expect((await call<Summary>(t.app, { url: on(conference, '/invitations') }, 200)).deliveries.queued).toBe(2);
      const restarted = createInvitationService(t.database, { mail });
      try {
        const before = smtp.received.length;
        expect(await restarted.resume()).toBeGreaterThanOrEqual(2);
        await restarted.idle();
        const mails = (await smtp.waitFor(before + 2)).slice(before);
        expect(mails.map(toOf).sort()).toEqual(['f1@example.vn', 'f2@example.vn']);
        expect(mails[0]!.parsed.text).toContain('https://hoinghi.example.vn/xac-nhan/');
      } finally {
        await restarted.close();
      }
    });

    it('prints the delivery list and a sample Giấy mời', async () => {
      const { conference } = await conferenceWith(['g1@example.vn', '']);
      const list = await t.app.inject({ url: on(conference, '/invitations/delivery-list.docx') });
      expect(list.statusCode).toBe(200);
      expect(list.headers['content-disposition']).toMatch(/^attachment;/);
      const [table] = tablesOf((await readDocxParts(list.rawPayload)).document);
      expect(table!.rows.slice(1).map((row) => row.cells[1])).toEqual(['Nguyễn Văn Số 1', 'Nguyễn Văn Số 2']);
      const sample = await t.app.inject({ url: on(conference, '/invitations/sample.docx') });
      expect(sample.statusCode).toBe(200);
      const doc = await readDocxParts(sample.rawPayload);
      expect(findParagraph(doc.document, 'GIẤY MỜI')).toBeDefined();
      expect(doc.document).toContain('/xac-nhan/giay-moi-mau');
      expectErrorBody(
        await t.app.inject({ url: on(conference, `/invitations/sample.docx?delegateId=${conference.id}`) }),
        404,
        'delegate.not_found',
      );
    });

    it('lets a nominator link name attendees at its point within the quota, and refuses beyond it', async () => {
      const { conference, point } = await conferenceWith(['h1@example.vn']);
      await call(t.app, { method: 'PATCH', url: on(conference, `/bridge-points/${point.id}`), payload: { quota: 3 } }, 200);
      const created = await call<{ url: string }>(
        t.app,
        {
          method: 'POST',
          url: on(conference, '/invitations/nominator-links'),
          payload: {
            bridgePointId: point.id,
            label: 'Chủ tịch UBND huyện Châu Thành',
            expiresAt: new Date(Date.now() + 86_400_000).toISOString(),
          },
        },
        201,
      );
      expect(created.url).toMatch(/^\/cu-nguoi-du\/[A-Za-z0-9_-]{43}$/);
      const hostGroup = conference.participantGroups.find((g) => g.bridgePointId !== null && g.bridgePointId !== point.id)!;
      expectErrorBody(
        await t.app.inject({
          method: 'POST',
          url: on(conference, '/invitations/nominator-links'),
          payload: {
            bridgePointId: point.id,
            participantGroupId: hostGroup.id,
            label: 'Sai điểm cầu',
            expiresAt: new Date(Date.now() + 86_400_000).toISOString(),
          },
        }),
        422,
        'link.group_at_other_point',
      );
      const nominator = as(t, await exchangeLink(t, created.url.replace('/cu-nguoi-du/', '')));
      expect(await call(nominator, { url: on(conference, '/nomination') }, 200)).toMatchObject({
        bridgePoint: { id: point.id, quota: 3 },
        taken: { atPoint: 1 },
        remaining: 2,
      });
      const name = (fullName: string) =>
        nominator({
          method: 'POST',
          url: on(conference, '/nomination/delegates'),
          payload: { fullName, title: 'Chủ tịch UBND xã', phone: '0913 000 111' },
        });
      expect((await name('Lê Văn Xã Một')).statusCode).toBe(201);
      expect((await name('Lê Văn Xã Hai')).statusCode).toBe(201);
      const refused = expectErrorBody(await name('Lê Văn Xã Ba'), 409, 'nomination.over_quota');
      expect(refused.message.vi).toContain('đã đủ 3 đại biểu');
      expect(await call(nominator, { url: on(conference, '/nomination') }, 200)).toMatchObject({ remaining: 0 });
      // The link names people at its own point only, and does nothing else.
      expectErrorBody(
        await nominator({
          method: 'POST',
          url: on(conference, '/delegates'),
          payload: { bridgePointId: point.id, fullName: 'Không được' },
        }),
        403,
        'access.denied',
      );
      const listed = await call<{ items: { fullName: string }[] }>(
        t.app,
        { url: on(conference, `/delegates?bridgePointId=${point.id}`) },
        200,
      );
      expect(listed.items.map((d) => d.fullName).sort()).toEqual(['Lê Văn Xã Hai', 'Lê Văn Xã Một', 'Nguyễn Văn Số 1']);
    });

    it('refuses to e-mail without a mail server, and says so in the summary', async () => {
      const url = process.env.DIEMCAU_SMTP_URL;
      delete process.env.DIEMCAU_SMTP_URL;
      const plain = await openTestApp(dbCase).finally(() => (process.env.DIEMCAU_SMTP_URL = url));
      try {
        const seeded = await seedConference(plain.app);
        const point = seeded.bridgePoints[0]!;
        const delegate = await call<{ id: string }>(
          plain.app,
          {
            method: 'POST',
            url: on(seeded, '/delegates'),
            payload: { bridgePointId: point.id, fullName: 'Phạm Văn Thư', email: 'thu@example.vn' },
          },
          201,
        );
        expectErrorBody(
          await plain.app.inject({
            method: 'POST',
            url: on(seeded, '/invitations/send'),
            payload: { kind: 'invitation', delegateIds: [delegate.id] },
          }),
          409,
          'mail.disabled',
        );
        expect(json<Summary>(await plain.app.inject({ url: on(seeded, '/invitations') })).mail.enabled).toBe(false);
      } finally {
        await plain.close();
      }
    });
  },
  apiDatabases(),
);
