/**
 * The scheduled reminders on both databases, with the real SMTP server: two runners (two
 * "processes", each with its own connection to the same database) run at the same moment and
 * every reminder goes out once: the body that has not answered a draft, the slot whose
 * contribution is not in, and the recipients of a notice whose task is due soon. Each is
 * audited with the system origin; a second run sends nothing; a failed send is retried. A written
 * opinion form sent the day before is reminded by one of two runners (written_opinion.reminder).
 */
import { afterAll, afterEach, beforeAll, beforeEach, expect, it } from 'vitest';
import { readMailConfig, type MailConfig } from '../../mail/mail-config.js';
import { startTestSmtpServer, type TestSmtpServer } from '../../mail/smtp-server.fixture.js';
import { openDatabase, type Database } from '../../storage/database.js';
import { insertConferenceDocument } from '../../storage/repositories/conference-document-repository.js';
import { listReminderClaims } from '../../storage/repositories/reminder-repository.js';
import { describeDatabases, type TestDatabase } from '../../storage/test-databases.js';
import { SYSTEM_ORIGIN } from '../accounts/audit-context.js';
import { createServices, type Services } from '../index.js';
import { agendaInput, pointInput } from '../testing.js';
import { createReminderRunner } from './reminder-runner.js';
import { START_CONFIRMED } from '../../domain/safety/safety.fixture.js';

const O = SYSTEM_ORIGIN;
// Wednesday 9 December 2026, 09:00 in Viet Nam.
const NOW = new Date('2026-12-09T02:00:00.000Z');
let smtp: TestSmtpServer;
beforeAll(async () => {
  smtp = await startTestSmtpServer();
});
afterAll(() => smtp.close());

describeDatabases('scheduled reminders on $dialect', ({ open }) => {
  let database: TestDatabase;
  let second: Database;
  let mail: MailConfig;
  let one: Services;
  let two: Services;

  beforeEach(async () => {
    database = await open();
    // PostgreSQL: a second pool, as another process has. SQLite: the same connection (two
    // connections in one Node thread block each other's writes; separate processes wait).
    second = database.dataDir
      ? database
      : await openDatabase({ databaseUrl: database.databaseUrl!, schema: database.schema!, poolSize: 4 });
    mail = readMailConfig({
      DIEMCAU_SMTP_URL: smtp.url,
      DIEMCAU_MAIL_FROM: 'Văn phòng UBND <vp@dongthap.example.vn>',
      DIEMCAU_MAIL_PDF: 'never',
    });
    const deps = { mail, now: () => NOW, publicUrl: () => 'http://diemcau.test' };
    one = createServices(database, deps);
    two = createServices(second, deps);
  });
  afterEach(async () => {
    for (const services of [one, two]) {
      await services.reminders.stop();
      await services.bodyMail.close();
      await services.noticeMail.close();
    }
    if (second !== database) await second.close();
    await database.close();
  });

  const arrange = async () => {
    const { conferences, consultations, contributions, live, conclusions } = one;
    const c = await conferences.create({ title: 'Hội nghị CCHC', startsAt: '2026-12-02T08:00' });
    const a = await conferences.addBridgePoint(c.id, pointInput('UBND huyện Châu Thành', { isHost: true }));
    const b = await conferences.addBridgePoint(c.id, pointInput('UBND huyện Hồng Ngự'));
    const d = await conferences.addBridgePoint(c.id, pointInput('UBND huyện Tân Hồng'));
    const parent = await conferences.addAgendaItem(c.id, agendaInput('Ý kiến, tham luận'));
    const slot = await conferences.addAgendaItem(
      c.id,
      agendaInput('Các mô hình mới', { parentId: parent.id, presenterOrganisation: 'UBND huyện Tân Hồng' }),
    );
    await insertConferenceDocument(database.db, {
      ...{ id: 'draft-1', conference_id: c.id, agenda_item_id: null, task_id: null, title: 'Dự thảo Quyết định', kind: 'draft' },
      ...{ audience: 'invited', audience_point_ids: '[]', current_version: 1, revision: 1 },
      ...{ created_at: NOW.toISOString(), updated_at: NOW.toISOString(), deleted_at: null },
    });
    // Comments due Friday 11/12: two bodies have not answered, one has.
    const opened = await consultations.open(
      c.id,
      {
        documentId: 'draft-1',
        title: 'dự thảo Quyết định',
        draftingAgency: 'Sở Nội vụ',
        deadline: '2026-12-11',
        bodies: [
          { name: 'UBND huyện Châu Thành', bridgePointId: a.id, participantGroupId: null, email: 'ct@dongthap.example.vn' },
          { name: 'UBND huyện Hồng Ngự', bridgePointId: b.id, participantGroupId: null, email: 'hn@dongthap.example.vn' },
          { name: 'UBND huyện Tân Hồng', bridgePointId: d.id, participantGroupId: null, email: 'th@dongthap.example.vn' },
        ],
      },
      'http://diemcau.test',
      O,
    );
    const view = await consultations.get(c.id, opened.id, { reads: true, manages: true, mayAnswer: () => true, allowedActions: [] });
    await consultations.answer(c.id, opened.id, view.bodies[2]!.id, { answer: 'agreed', comments: [] }, O);
    // A contribution due Thursday 10/12, not submitted.
    await contributions.configure(
      c.id,
      slot.id,
      { bodyName: '', bridgePointId: d.id, participantGroupId: null, email: 'thamluan@dongthap.example.vn', deadline: '2026-12-10' },
      O,
    );
    // The notice issued with a task due Thursday 10/12 (due soon).
    await live.run(c.id, START_CONFIRMED, O);
    await live.run(c.id, { type: 'end_meeting' }, O);
    await conclusions.draft(c.id, O);
    await conclusions.addConclusion(
      c.id,
      { text: 'Giao xây dựng kế hoạch.', leadAgency: 'Sở Nội vụ', cooperatingAgencies: [], taskText: 'Kế hoạch', deadline: '2026-12-10' },
      O,
    );
    const notice = (await conclusions.get(c.id))!;
    // Filled as the secretariat does before issuing.
    const filled = {
      ...{ documentNumber: '12', recipients: ['sonoivu@dongthap.example.vn'], issuingBody: 'VĂN PHÒNG', documentSymbol: 'VPUBND' },
      ...{ signerAuthority: 'TL.', signerBody: 'CHỦ TỊCH', signerTitle: 'CHÁNH VĂN PHÒNG', signerName: 'Nguyễn Văn A' },
      ...{
        subject: 'Kết luận tại hội nghị',
        preamble: 'Ngày 02 tháng 12 năm 2026, hội nghị kết luận như sau:',
        closing: 'Để các cơ quan biết, thực hiện./.',
      },
    };
    await conclusions.update(c.id, filled, notice.version, O);
    await conclusions.issue(c.id, O);
    await one.bodyMail.idle();
    await one.noticeMail.idle();
    return c.id;
  };

  const idle = async () => {
    for (const services of [one, two]) {
      await services.bodyMail.idle();
      await services.noticeMail.idle();
    }
  };

  it('two runners on one database send each reminder once, audited as the system; a second run sends nothing', async () => {
    const conferenceId = await arrange();
    const before = smtp.received.length;

    // Both at once; a send that fails (e.g. SQLite's "database is locked" between two processes)
    // gives its claim back and goes out at a later run: still once.
    const results: Awaited<ReturnType<Services['reminders']['runOnce']>> = [];
    for (let round = 0; round < 4; round += 1) {
      const runs = (await Promise.all([one.reminders.runOnce(), two.reminders.runOnce()])).flat();
      results.push(...runs);
      if (runs.every((run) => run.failed === 0)) break;
    }
    await idle();
    const sentBy = (kind: string) => results.filter((r) => r.kind === kind).reduce((n, r) => n + r.reminders, 0);
    expect(sentBy('consultation.comments')).toBe(1);
    expect(sentBy('contribution.submission')).toBe(1);
    expect(sentBy('conclusion.follow_up')).toBe(1);
    const mails = await smtp.waitFor(before + 4);
    await new Promise((resolve) => setTimeout(resolve, 300));
    const recipients = smtp.received
      .slice(before)
      .flatMap((m) => m.envelopeTo)
      .sort();
    expect(recipients).toEqual([
      'ct@dongthap.example.vn',
      'hn@dongthap.example.vn',
      'sonoivu@dongthap.example.vn',
      'thamluan@dongthap.example.vn',
    ]);
    expect(mails.length).toBe(before + 4);

    const claims = await listReminderClaims(database.db);
    expect(claims.map((row) => [row.kind, row.day])).toEqual([
      ['conclusion.follow_up', '2026-12-09'],
      ['consultation.comments', '2026-12-11'],
      ['contribution.submission', '2026-12-10'],
    ]);
    const audit = await one.audit.list({ conferenceId, limit: 200 });
    const reminders = audit.filter((row) => ['consultation.remind', 'contribution.remind', 'followup.remind'].includes(row.action));
    expect(reminders.map((row) => [row.action, row.actor.kind]).sort()).toEqual([
      ['consultation.remind', 'system'],
      ['contribution.remind', 'system'],
      ['followup.remind', 'system'],
    ]);

    const again = await Promise.all([one.reminders.runOnce(), two.reminders.runOnce()]);
    await idle();
    expect(again.flat().reduce((n, r) => n + r.reminders, 0)).toBe(0);
    expect(again.flat().reduce((n, r) => n + r.skipped, 0)).toBe(6);
    expect(smtp.received.length).toBe(before + 4);
  });

  it('drives the written opinion forms: a member who has not answered is reminded once that day, by one runner', async () => {
    // Sent yesterday (the request counts as that day's mail); due Friday 11/12 17:00, in its last days.
    const yesterday = createServices(database, { mail, now: () => new Date(NOW.getTime() - 24 * 60 * 60_000) });
    const c = await yesterday.conferences.create({ title: 'Kỳ họp HĐND', startsAt: '2026-12-02T08:00' });
    const point = await yesterday.conferences.addBridgePoint(c.id, pointInput('UBND huyện Châu Thành', { isHost: true }));
    const absent = await yesterday.delegates.create(c.id, {
      bridgePointId: point.id,
      fullName: 'Đại biểu vắng',
      email: 'vang@dongthap.example.vn',
    });
    const form = await yesterday.writtenOpinions.create(
      c.id,
      {
        title: 'Lấy ý kiến giữa hai kỳ họp',
        questions: [{ question: 'Thông qua Kế hoạch?' }],
        deadline: '2026-12-11T17:00',
        delegateIds: [absent.id],
      },
      'http://diemcau.test',
      O,
    );
    await yesterday.writtenOpinions.send(c.id, form.id, O);
    await yesterday.writtenOpinions.mail.idle();
    const before = (await smtp.waitFor(1)).length;

    const first = await one.reminders.runOnce();
    const second = await two.reminders.runOnce();
    const ofForms = (runs: Awaited<ReturnType<Services['reminders']['runOnce']>>) =>
      runs.find((r) => r.kind === 'written_opinion.reminder');
    expect(ofForms(first)).toMatchObject({ reminders: 1, failed: 0 });
    expect(ofForms(second)).toMatchObject({ reminders: 0, skipped: 1 });
    await one.writtenOpinions.mail.idle();
    const mails = await smtp.waitFor(before + 1);
    const reminder = mails[before]!;
    expect(reminder.envelopeTo).toEqual(['vang@dongthap.example.vn']);
    expect(reminder.parsed.subject).toBe('Nhắc: Phiếu lấy ý kiến: Lấy ý kiến giữa hai kỳ họp');
    expect(reminder.parsed.text).toContain('http://diemcau.test/phieu-y-kien/');
    expect((await listReminderClaims(database.db, 'written_opinion.reminder')).map((row) => [row.key, row.day])).toEqual([
      [form.id, '2026-12-09'],
    ]);
    for (const services of [yesterday, one, two]) await services.writtenOpinions.mail.close();
    await yesterday.bodyMail.close();
    await yesterday.noticeMail.close();
  });

  it('gives a claim back when its send fails, and sends it at the next run', async () => {
    let fail = true;
    const sent: string[] = [];
    const source = {
      kind: 'test.flaky',
      due: async () => [{ key: 'k1' }],
      send: async (reminder: { key: string }) => {
        if (fail) throw new Error('SMTP down');
        sent.push(reminder.key);
        return 1;
      },
    };
    const logged: string[] = [];
    const runner = createReminderRunner(database, { sources: [source], now: () => NOW, log: (message) => logged.push(message) });
    expect(await runner.runOnce()).toEqual([{ kind: 'test.flaky', reminders: 0, sent: 0, skipped: 0, failed: 1 }]);
    expect(await listReminderClaims(database.db, 'test.flaky')).toEqual([]);
    expect(logged).toHaveLength(1);
    fail = false;
    expect(await runner.runOnce()).toEqual([{ kind: 'test.flaky', reminders: 1, sent: 1, skipped: 0, failed: 0 }]);
    expect(sent).toEqual(['k1']);
    expect(await listReminderClaims(database.db, 'test.flaky')).toMatchObject([{ key: 'k1', day: '2026-12-09' }]);
  });

  it('sends nothing while mail is not set up', async () => {
    const off = createServices(database, { now: () => NOW, mail: readMailConfig({}) });
    expect((await off.reminders.runOnce()).every((r) => r.reminders === 0 && r.failed === 0)).toBe(true);
    await off.bodyMail.close();
    await off.noticeMail.close();
  });
});
