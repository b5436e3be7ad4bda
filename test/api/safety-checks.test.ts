/**
 * The safety checks of issue 17 through HTTP, each refused without a confirmation, accepted
 * with it and audited (who confirmed which warnings): a send after the answer deadline, for a
 * meeting whose day is over or that was held and closed, of a draft plan, whose confirmed count
 * no longer matches; opening the meeting 11 days early, on a draft plan. The conference status
 * follows the meeting on start and close. The OpenAPI document names the 409 and the preview.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Conference } from '../../src/domain/conference.schema.js';
import { localDateTimeOf } from '../../src/domain/minutes/record-time.js';
import type { AuditEntry } from '../../src/services/accounts/audit-context.js';
import { startMailEnv, type MailEnv } from '../support/mail-env.js';
import type { Preview } from './confirmed-send.js';
import { API, apiDatabases, call, describeDatabases, expectErrorBody, json, openTestApp, seedConference, type TestApp } from './helpers.js';

const on = (c: Conference, path = '') => `${API}/conferences/${c.id}${path}`;
const codes = (items: { code: string }[]) => items.map((item) => item.code);
type Field = { path: string; code: string; message: { vi: string; en: string } };
/** The 409's fields: what the caller must confirm. */
const fieldsOf = (error: { fields?: unknown[] }) => (error.fields ?? []) as Field[];

describeDatabases(
  'safety checks on $dialect',
  (dbCase) => {
    let mail: MailEnv;
    let t: TestApp;

    beforeAll(async () => {
      mail = await startMailEnv({
        DIEMCAU_MAIL_FROM: 'Văn phòng <vp@dongthap.example.vn>',
        DIEMCAU_SMTP_TLS: 'none',
        DIEMCAU_MAIL_PDF: 'never',
      });
      t = await openTestApp(dbCase);
    });
    afterAll(async () => {
      await t?.close();
      await mail?.close();
    });

    /** A plan starting at `startsAt`, issued or not, with `emails.length` delegates at its district point. */
    const plan = async (startsAt: string, issued: boolean, emails = ['a@example.vn', 'b@example.vn']) => {
      const seeded = await seedConference(t.app, `Hội nghị an toàn ${Math.random().toString(36).slice(2, 8)}`);
      const patch = { startsAt, ...(issued ? { documentNumber: '113', issueDate: '2021-06-20' } : {}) };
      await call(t.app, { method: 'PATCH', url: on(seeded), payload: patch }, 200);
      if (issued) await call(t.app, { method: 'POST', url: on(seeded, '/status'), payload: { status: 'issued' } }, 200);
      for (const [index, email] of emails.entries()) {
        const payload = { bridgePointId: seeded.bridgePoints[1]!.id, fullName: `Nguyễn Văn Số ${index + 1}`, email };
        await call(t.app, { method: 'POST', url: on(seeded, '/delegates'), payload }, 201);
      }
      return call<Conference>(t.app, { url: on(seeded) }, 200);
    };
    const preview = (c: Conference, payload: object) =>
      call<Preview & { bridgePoints: { name: string; count: number }[]; recipients: { fullName: string }[] }>(
        t.app,
        { method: 'POST', url: on(c, '/invitations/preview'), payload },
        200,
      );
    const send = (c: Conference, payload: object) => t.app.inject({ method: 'POST', url: on(c, '/invitations/send'), payload });
    const command = (c: Conference, payload: object) => t.app.inject({ method: 'POST', url: on(c, '/live/commands'), payload });
    const queued = async (c: Conference) =>
      (await call<{ deliveries: { queued: number; sent: number } }>(t.app, { url: on(c, '/invitations') }, 200)).deliveries;
    const audit = async (c: Conference, action: string) =>
      (await call<{ items: AuditEntry[] }>(t.app, { url: on(c, `/audit?action=${action}`) }, 200)).items;
    const statusOf = async (c: Conference) => (await call<Conference>(t.app, { url: on(c) }, 200)).status;

    /** Refused without confirmation (nothing sent), refused with the count alone, accepted with every warning; audited. */
    const expectSendChecked = async (c: Conference, payload: object, warnings: string[]) => {
      const shown = await preview(c, payload);
      expect(codes(shown.warnings)).toEqual(warnings);
      const refused = expectErrorBody(await send(c, payload), 409, 'safety.confirmation_required');
      expect(fieldsOf(refused).map((field) => [field.path, field.code])).toEqual([
        ...warnings.map((code) => ['/confirm/warnings', code]),
        ['/confirm/count', 'safety.recipients'],
      ]);
      if (warnings.length > 0)
        expectErrorBody(await send(c, { ...payload, confirm: { count: shown.count, warnings: [] } }), 409, 'safety.confirmation_required');
      expect((await queued(c)).queued + (await queued(c)).sent).toBe(0);
      const accepted = await send(c, { ...payload, confirm: { count: shown.count, warnings } });
      expect(accepted.statusCode, accepted.body).toBe(202);
      expect(json<{ queued: number }>(accepted).queued).toBe(shown.count);
      const [row] = await audit(c, 'delegate.invite');
      expect(row?.actor).toMatchObject({ kind: 'user', userId: t.admin.id });
      expect(row?.after).toMatchObject({ confirmed: { warnings, count: shown.count } });
      await t.services.invitations.idle();
    };

    it('previews a send: how many, to whom, per bridge point, with nothing to warn of for an issued plan ahead', async () => {
      const c = await plan('2099-07-07T08:00', true, ['a@example.vn', 'b@example.vn', '']);
      const shown = await preview(c, { kind: 'invitation' });
      expect(shown).toMatchObject({ count: 2, warnings: [], bridgePoints: [{ name: c.bridgePoints[1]!.name, count: 2 }] });
      expect(shown.recipients.map((r) => r.fullName)).toEqual(['Nguyễn Văn Số 1', 'Nguyễn Văn Số 2']);
      await expectSendChecked(c, { kind: 'invitation' }, []);
    });

    it('a send after the answer deadline', async () => {
      const c = await plan('2099-07-07T08:00', true);
      await expectSendChecked(c, { kind: 'invitation', deadline: '2020-01-01T17:00' }, ['safety.deadline_passed']);
      // A reminder with a new deadline ahead asks nothing more than the count.
      expect(codes((await preview(c, { kind: 'reminder', deadline: '2099-07-01T17:00' })).warnings)).toEqual([]);
    });

    it('a send for a meeting whose day is over, and none at all once it was held and closed', async () => {
      const past = await plan('2021-07-07T08:00', true);
      const warnings = ['safety.deadline_passed', 'safety.meeting_ended'];
      await expectSendChecked(past, { kind: 'invitation' }, warnings);
      const held = await plan('2099-07-07T08:00', true);
      expect((await command(held, { type: 'start_meeting', confirm: { warnings: ['safety.opening_other_day'] } })).statusCode).toBe(200);
      expect((await command(held, { type: 'end_meeting' })).statusCode).toBe(200);
      expect(await statusOf(held)).toBe('closed');
      // A closed conference is read-only: the policy refuses before any question.
      expectErrorBody(
        await send(held, { kind: 'invitation', confirm: { count: 2, warnings: ['safety.meeting_ended'] } }),
        403,
        'access.denied',
      );
    });

    it('a send of a draft plan', async () => {
      const c = await plan('2099-07-07T08:00', false);
      await expectSendChecked(c, { kind: 'invitation' }, ['safety.plan_draft']);
    });

    it('refuses a send whose confirmed count no longer matches, sending nothing', async () => {
      const c = await plan('2099-07-07T08:00', true);
      const shown = await preview(c, { kind: 'invitation' });
      await call(
        t.app,
        {
          method: 'POST',
          url: on(c, '/delegates'),
          payload: { bridgePointId: c.bridgePoints[1]!.id, fullName: 'Lê Văn Mới', email: 'moi@example.vn' },
        },
        201,
      );
      const changed = expectErrorBody(
        await send(c, { kind: 'invitation', confirm: { count: shown.count, warnings: [] } }),
        409,
        'safety.count_changed',
      );
      expect(changed.message.vi).toContain('đã xác nhận 2, nay là 3');
      expect(await queued(c)).toMatchObject({ queued: 0, sent: 0 });
      expect(await audit(c, 'delegate.invite')).toEqual([]);
      const accepted = await send(c, { kind: 'invitation', confirm: { count: 3, warnings: [] } });
      expect(accepted.statusCode, accepted.body).toBe(202);
      await t.services.invitations.idle();
    });

    it('opening 11 days early (or on any other day) needs the chair to confirm; audited, and the status follows', async () => {
      const startsAt = `${localDateTimeOf(Date.now() + 11 * 86_400_000).slice(0, 10)}T08:00`;
      const c = await plan(startsAt, true);
      const refused = expectErrorBody(await command(c, { type: 'start_meeting' }), 409, 'safety.confirmation_required');
      expect(fieldsOf(refused).map((field) => field.code)).toEqual(['safety.opening_other_day']);
      expect(fieldsOf(refused)[0]?.message.vi).toContain('sớm 11 ngày');
      expect((await call<{ state: { phase: string } }>(t.app, { url: on(c, '/live') }, 200)).state.phase).toBe('not_started');
      expect(await statusOf(c)).toBe('issued');
      const opened = await command(c, { type: 'start_meeting', confirm: { warnings: ['safety.opening_other_day'] } });
      expect(opened.statusCode, opened.body).toBe(200);
      expect(await statusOf(c)).toBe('live');
      const [row] = await audit(c, 'live.start_meeting');
      expect(row?.actor).toMatchObject({ kind: 'user', userId: t.admin.id });
      expect(row?.after).toMatchObject({
        confirmed: { warnings: ['safety.opening_other_day'] },
        conferenceStatus: { from: 'issued', to: 'live' },
      });
    });

    it('opening with a draft plan on its day needs a confirmation too', async () => {
      const c = await plan(`${localDateTimeOf(Date.now()).slice(0, 10)}T23:59`, false);
      const refused = expectErrorBody(await command(c, { type: 'start_meeting' }), 409, 'safety.confirmation_required');
      expect(fieldsOf(refused).map((field) => field.code)).toEqual(['safety.plan_draft']);
      expect((await command(c, { type: 'start_meeting', confirm: { warnings: ['safety.plan_draft'] } })).statusCode).toBe(200);
      expect(await statusOf(c)).toBe('live');
      const [row] = await audit(c, 'live.start_meeting');
      expect(row?.after).toMatchObject({ confirmed: { warnings: ['safety.plan_draft'] }, conferenceStatus: { from: 'draft', to: 'live' } });
    });

    it('an issued plan opens on its day at once: Đã ban hành → Đang diễn ra → Đã kết thúc', async () => {
      const c = await plan(`${localDateTimeOf(Date.now()).slice(0, 10)}T23:59`, true);
      expect(await statusOf(c)).toBe('issued');
      expect((await command(c, { type: 'start_meeting' })).statusCode).toBe(200);
      expect(await statusOf(c)).toBe('live');
      expect((await command(c, { type: 'start_item' })).statusCode).toBe(200);
      expect(await statusOf(c)).toBe('live');
      expect((await command(c, { type: 'end_meeting' })).statusCode).toBe(200);
      expect(await statusOf(c)).toBe('closed');
      const [row] = await audit(c, 'live.end_meeting');
      expect(row?.after).toMatchObject({ conferenceStatus: { from: 'live', to: 'closed' } });
    });

    it('documents the confirmation in the OpenAPI document', async () => {
      const doc = json<{ paths: Record<string, Record<string, { responses: Record<string, { description?: string }> }>> }>(
        await t.app.inject({ url: '/api/openapi.json' }),
      );
      const send = doc.paths['/api/v1/conferences/{conferenceId}/invitations/send']!.post!;
      expect(send.responses['409']?.description).toContain('safety.confirmation_required');
      expect(send.responses['409']?.description).toContain('safety.count_changed');
      expect(doc.paths['/api/v1/conferences/{conferenceId}/live/commands']!.post!.responses['409']?.description).toContain(
        'safety.opening_other_day',
      );
      expect(doc.paths['/api/v1/conferences/{conferenceId}/invitations/preview']?.post).toBeDefined();
    });
  },
  apiDatabases(),
);
