/**
 * Written opinion forms on both databases, with a real SMTP server: a secret form on a vote sent
 * to the absent members with their personal links, answered once each (link or account), closed
 * and merged by the chair with the meeting's vote (nobody counted twice); a form of its own
 * between sessions with its reminders (once a local day, in the last days, safe to run twice or at
 * once); answers at once from many members; stored rows of a secret form that link no member to a
 * choice; one audit row per write.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { readMailConfig } from '../../mail/mail-config.js';
import { startTestSmtpServer, type TestSmtpServer } from '../../mail/smtp-server.fixture.js';
import { insertUser } from '../../storage/repositories/user-repository.js';
import { describeDatabases, type TestDatabase } from '../../storage/test-databases.js';
import { hashToken } from '../accounts/tokens.js';
import { manualClock, type ManualClock } from '../accounts/testing.js';
import { rejection } from '../testing.js';
import { createVoteService, type VoteService } from './vote-service.js';
import { voteFixture, type VoteFixture } from './votes.fixture.js';
import { createFormMailQueue } from './written-opinion-mail.js';
import { createFormReminderSource } from './written-opinion-reminder-source.js';
import { createWrittenOpinionService, type WrittenOpinionService } from './written-opinion-service.js';

let smtp: TestSmtpServer;
beforeAll(async () => {
  smtp = await startTestSmtpServer();
});
afterAll(() => smtp.close());

const mailConfig = () =>
  readMailConfig({
    DIEMCAU_SMTP_URL: smtp.url,
    DIEMCAU_MAIL_FROM: 'Văn phòng UBND tỉnh <vp@dongthap.example.vn>',
    DIEMCAU_SMTP_TLS: 'none',
  });
const PUBLIC = 'https://hop.dongthap.example.vn';
/** 2021-07-08 09:00 in Viet Nam. */
const JULY_8 = '2021-07-08T02:00:00.000Z';

describeDatabases('written opinion forms on $dialect', ({ open }) => {
  let database: TestDatabase;
  let clock: ManualClock;
  let f: VoteFixture;
  let votes: VoteService;
  let forms: WrittenOpinionService;
  beforeEach(async () => {
    database = await open();
    clock = manualClock(JULY_8);
    f = await voteFixture(database);
    votes = createVoteService(database, { now: clock, maxBatch: 1 });
    forms = createWrittenOpinionService(database, { now: clock, mail: createFormMailQueue(database, { now: clock, mail: mailConfig() }) });
  });
  afterEach(async () => {
    await forms.mail.close();
    await database.close();
  });

  const auditActions = async () =>
    await database.db
      .selectFrom('audit_log')
      .select(['action', 'after_json'])
      .where('entity_type', '=', 'written_opinion')
      .orderBy('seq')
      .execute();

  it('sends a secret form on a vote to the absent members, takes one answer each, and merges it with the vote when the chair says so', async () => {
    // 10 entitled, 8 present (host 5 of 6, district 3 of 4); the meeting: 4 for, 2 against: 6 needed, not passed.
    const vote = await votes.create(f.conferenceId, { question: 'Thông qua dự thảo Quyết định?', secret: true });
    await votes.open(f.conferenceId, vote.id);
    const present = [...f.delegates.host.slice(0, 5), ...f.delegates.district.slice(0, 3)];
    for (const [index, delegateId] of present.slice(0, 6).entries())
      await votes.cast(f.conferenceId, vote.id, { kind: 'delegate', delegateId }, { option: index < 4 ? 0 : 1 });
    const absent = [f.delegates.host[5]!, f.delegates.district[3]!];
    const draft = await forms.create(
      f.conferenceId,
      { title: 'Xin ý kiến thành viên vắng mặt', voteId: vote.id, deadline: '2021-07-10T17:00', delegateIds: absent },
      PUBLIC,
    );
    expect(draft).toMatchObject({
      state: 'draft',
      secret: true,
      asked: 2,
      answered: 0,
      questions: [{ question: 'Thông qua dự thảo Quyết định?' }],
    });

    const before = smtp.received.length;
    const { form: sent, queued } = await forms.send(f.conferenceId, draft.id);
    expect([sent.state, queued]).toEqual(['sent', 2]);
    await forms.mail.idle();
    const mails = (await smtp.waitFor(before + 2)).slice(before);
    expect(mails.map((m) => m.envelopeTo[0]).sort()).toEqual(['district-4@dongthap.gov.vn', 'host-6@dongthap.gov.vn']);
    const text = mails[0]!.parsed.text ?? '';
    expect(mails[0]!.parsed.subject).toBe('Phiếu lấy ý kiến: Xin ý kiến thành viên vắng mặt');
    expect(text).toContain('1. Thông qua dự thảo Quyết định?');
    expect(text).toContain('17 giờ 00 phút, ngày 10 tháng 7 năm 2021 (thứ Bảy)');
    // The link in the mail is a personal link of that member.
    const token = /\/phieu-y-kien\/([A-Za-z0-9_-]+)/.exec(text)![1]!;
    const link = await database.db
      .selectFrom('access_links')
      .selectAll()
      .where('token_hash', '=', hashToken(token))
      .executeTakeFirstOrThrow();
    expect(link).toMatchObject({ purpose: 'delegate', conference_id: f.conferenceId });
    expect(absent).toContain(link.delegate_id);
    expect(Date.parse(link.expires_at)).toBe(Date.parse('2021-07-17T10:00:00.000Z'));

    expect((await rejection(forms.answer(f.conferenceId, draft.id, present[0]!, 'link', { choices: [0] }))).code).toBe(
      'written_opinion.not_recipient',
    );
    const mine = await forms.answer(f.conferenceId, draft.id, absent[0]!, 'link', { choices: [0] });
    expect(mine).toMatchObject({ answered: true, choices: null, canAnswer: false });
    expect((await rejection(forms.answer(f.conferenceId, draft.id, absent[0]!, 'account', { choices: [1] }))).code).toBe(
      'written_opinion.already_answered',
    );
    await forms.answer(f.conferenceId, draft.id, absent[1]!, 'account', { choices: [0] });
    const asked = await forms.recipients(f.conferenceId, draft.id);
    // A secret form keeps no time of an answer.
    expect(asked.map((r) => [r.answered, r.answeredVia, r.answeredAt, r.mail?.status]).sort()).toEqual([
      [true, 'account', null, 'sent'],
      [true, 'link', null, 'sent'],
    ]);
    // Secret: no stored row names a member and a choice together.
    expect(await database.db.selectFrom('written_opinion_answers').selectAll().execute()).toEqual([]);
    const tallies = await database.db.selectFrom('written_opinion_tallies').selectAll().orderBy('option_index').execute();
    expect(tallies.map((t) => [t.question_index, t.option_index, Number(t.count)])).toEqual([
      [0, 0, 2],
      [0, 1, 0],
      [0, 2, 0],
    ]);
    expect(Object.keys(tallies[0]!).sort()).toEqual(['count', 'form_id', 'option_index', 'question_index']);

    // Merging waits for both to close.
    expect((await rejection(forms.merge(f.conferenceId, draft.id))).code).toBe('written_opinion.not_mergeable');
    const meeting = await votes.close(f.conferenceId, vote.id);
    expect(meeting.result!.majority).toMatchObject({ required: 6, inFavour: 4, passed: false });
    const closed = await forms.closeForm(f.conferenceId, draft.id);
    expect(closed.result).toMatchObject({ asked: 2, answered: 2 });
    expect((await rejection(forms.answer(f.conferenceId, draft.id, absent[0]!, 'link', { choices: [0] }))).code).toBe(
      'written_opinion.not_sent',
    );

    const merged = await forms.merge(f.conferenceId, draft.id);
    expect(merged.merged).toMatchObject({
      voteId: vote.id,
      fromMeeting: 6,
      fromForms: 2,
      entitled: 10,
      majority: { required: 6, inFavour: 6, passed: true },
    });
    expect(merged.merged!.options.map((o) => [o.meeting, o.forms, o.count])).toEqual([
      [4, 2, 6],
      [2, 0, 2],
      [0, 0, 0],
    ]);
    expect((await rejection(forms.merge(f.conferenceId, draft.id))).code).toBe('written_opinion.already_merged');
    // The vote's own result is unchanged.
    expect((await votes.get(f.conferenceId, vote.id)).result!.majority.passed).toBe(false);

    const audit = await auditActions();
    expect(audit.map((row) => row.action)).toEqual([
      'written_opinion.create',
      'written_opinion.send',
      'written_opinion.answer_secret',
      'written_opinion.answer_secret',
      'written_opinion.close',
      'written_opinion.merge',
    ]);
    for (const row of audit.filter((r) => r.action === 'written_opinion.answer_secret'))
      expect(Object.keys(JSON.parse(row.after_json!) as object).sort()).toEqual(['delegateId', 'via']);
  });

  it('refuses to merge a form answered by a member who was present at the vote', async () => {
    const vote = await votes.create(f.conferenceId, { question: 'Thông qua?' });
    const form = await forms.create(
      f.conferenceId,
      { title: 'Phiếu', voteId: vote.id, deadline: '2021-07-10T17:00', delegateIds: [f.delegates.host[0]!, f.delegates.host[5]!] },
      PUBLIC,
    );
    await forms.send(f.conferenceId, form.id);
    await forms.answer(f.conferenceId, form.id, f.delegates.host[0]!, 'link', { choices: [0] });
    await votes.open(f.conferenceId, vote.id);
    await votes.close(f.conferenceId, vote.id);
    await forms.closeForm(f.conferenceId, form.id);
    const refusal = await rejection(forms.merge(f.conferenceId, form.id));
    expect([refusal.code, refusal.localized.en]).toEqual(['written_opinion.overlap', expect.stringContaining('1 members')]);
    expect(
      (
        await rejection(
          forms.create(
            f.conferenceId,
            {
              title: 'x',
              voteId: vote.id,
              questions: [{ question: 'Khác' }],
              deadline: '2021-07-10T17:00',
              delegateIds: [f.delegates.host[0]!],
            },
            PUBLIC,
          ),
        )
      ).code,
    ).toBe('written_opinion.questions_with_vote');
    expect(
      (
        await rejection(
          forms.create(
            f.conferenceId,
            { title: 'x', questions: [{ question: 'Q' }], deadline: '2021-07-10T17:00', delegateIds: ['nobody'] },
            PUBLIC,
          ),
        )
      ).code,
    ).toBe('written_opinion.unknown_delegates');
  });

  describe('a form of its own between sessions', () => {
    it('reminds the members who have not answered once a local day in its last days, safely twice or at once, never past the deadline', async () => {
      // One member has no address: counted, never mailed.
      await database.db.updateTable('delegates').set({ email: '' }).where('id', '=', f.delegates.host[5]!).execute();
      clock.set('2021-07-01T02:00:00.000Z');
      const form = await forms.create(
        f.conferenceId,
        {
          title: 'Lấy ý kiến giữa hai kỳ họp',
          questions: [{ question: 'Thông qua Kế hoạch?' }, { question: 'Chọn phương án', options: ['Phương án 1', 'Phương án 2'] }],
          deadline: '2021-07-10T17:00',
          delegateIds: f.delegates.host,
        },
        PUBLIC,
      );
      const before = smtp.received.length;
      expect((await forms.send(f.conferenceId, form.id)).queued).toBe(5);
      await forms.mail.idle();
      await smtp.waitFor(before + 5);
      // The day of the request, and days before the last three: nothing automatic; the chair's button skips those mailed today.
      expect(await forms.sendDueReminders(form.id)).toEqual({ reminded: 0, noEmail: 0, remindedToday: 0 });
      expect(await forms.remind(f.conferenceId, form.id)).toEqual({ reminded: 0, noEmail: 1, remindedToday: 5 });
      clock.set('2021-07-03T02:00:00.000Z');
      expect((await forms.sendDueReminders(form.id)).reminded).toBe(0);

      const answered = await forms.answer(f.conferenceId, form.id, f.delegates.host[0]!, 'account', { choices: [0, 1] });
      expect(answered.choices).toEqual([0, 1]);
      clock.set(JULY_8);
      expect(await forms.sendDueReminders(form.id)).toEqual({ reminded: 4, noEmail: 1, remindedToday: 0 });
      expect(await forms.sendDueReminders(form.id)).toEqual({ reminded: 0, noEmail: 1, remindedToday: 4 });
      await forms.mail.idle();
      const reminders = (await smtp.waitFor(before + 9)).slice(before + 5);
      expect(reminders.map((m) => m.parsed.subject)).toEqual(Array(4).fill('Nhắc: Phiếu lấy ý kiến: Lấy ý kiến giữa hai kỳ họp'));
      expect(reminders.map((m) => m.envelopeTo[0])).not.toContain('host-1@dongthap.gov.vn');

      // The next day, two runs at once (two processes): each member reminded once.
      clock.set('2021-07-09T02:00:00.000Z');
      const both = await Promise.all([
        forms.sendDueReminders(form.id),
        forms.sendDueReminders(form.id),
        forms.remind(f.conferenceId, form.id),
      ]);
      expect(both.reduce((sum, run) => sum + run.reminded, 0)).toBe(4);
      expect((await forms.recipients(f.conferenceId, form.id)).filter((r) => r.lastRemindedOn === '2021-07-09')).toHaveLength(4);

      clock.set('2021-07-10T10:00:00.000Z'); // 17:00 in Viet Nam: the deadline.
      expect((await forms.sendDueReminders(form.id)).reminded).toBe(0);
      expect((await rejection(forms.answer(f.conferenceId, form.id, f.delegates.host[1]!, 'link', { choices: [0, 0] }))).code).toBe(
        'written_opinion.deadline_passed',
      );
      const closed = await forms.closeForm(f.conferenceId, form.id);
      expect(closed.result!.questions.map((q) => q.options.map((o) => o.count))).toEqual([
        [1, 0, 0],
        [0, 1],
      ]);
      expect(closed.result!.questions[0]!.majority).toMatchObject({ baseCount: 6, required: 4, passed: false });
      expect((await rejection(forms.merge(f.conferenceId, form.id))).code).toBe('written_opinion.not_mergeable');
      // Every reminder audited once (the runs at once may share the day's members between their rows).
      const reminded = (await auditActions())
        .filter((row) => row.action === 'written_opinion.remind')
        .flatMap((row) => (JSON.parse(row.after_json!) as { delegateIds: string[] }).delegateIds);
      expect(reminded).toHaveLength(8);
    });

    it('lists the forms sent to a member, and finds the delegate an account stands for by its e-mail', async () => {
      const form = await forms.create(
        f.conferenceId,
        { title: 'Phiếu', questions: [{ question: 'Q' }], deadline: '2021-07-10T17:00', delegateIds: [f.delegates.district[0]!] },
        PUBLIC,
      );
      expect(await forms.formsOf(f.conferenceId, f.delegates.district[0]!)).toEqual([]);
      await forms.send(f.conferenceId, form.id);
      expect(await forms.formsOf(f.conferenceId, f.delegates.district[0]!)).toMatchObject([
        { answered: false, canAnswer: true, form: { id: form.id } },
      ]);
      expect(await forms.formsOf(f.conferenceId, f.delegates.district[1]!)).toEqual([]);
      const user = (email: string, id: string) => ({
        id,
        email,
        display_name: email,
        password_hash: null,
        is_admin: 0,
        disabled: 0,
        created_at: JULY_8,
        updated_at: JULY_8,
      });
      await insertUser(database.db, user('district-1@dongthap.gov.vn', 'u1'));
      await insertUser(database.db, user('someone@dongthap.gov.vn', 'u2'));
      expect(await forms.accountDelegate(f.conferenceId, 'u1')).toBe(f.delegates.district[0]);
      expect(await forms.accountDelegate(f.conferenceId, 'u2')).toBeNull();
      // Two delegates with the account's address: which one is not known, so none.
      await database.db
        .updateTable('delegates')
        .set({ email: 'DISTRICT-1@dongthap.gov.vn' })
        .where('id', '=', f.delegates.district[1]!)
        .execute();
      expect(await forms.accountDelegate(f.conferenceId, 'u1')).toBeNull();
    });
  });

  it('keeps one answer per member when many answer at once, each several times', async () => {
    const many = await voteFixture(database, { host: [60, 0], district: [40, 0] });
    const members = [...many.delegates.host, ...many.delegates.district];
    const form = await forms.create(
      many.conferenceId,
      {
        title: 'Phiếu kín',
        questions: [{ question: 'Q1' }, { question: 'Q2' }],
        secret: true,
        deadline: '2021-07-10T17:00',
        delegateIds: members,
      },
      PUBLIC,
    );
    await forms.send(many.conferenceId, form.id);
    const outcomes = await Promise.allSettled(
      members.flatMap((delegateId, index) =>
        [0, 1, 2].map((attempt) =>
          forms.answer(many.conferenceId, form.id, delegateId, 'link', { choices: [(index + attempt) % 3, index % 3] }),
        ),
      ),
    );
    expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(100);
    for (const o of outcomes)
      if (o.status === 'rejected') expect((o.reason as { code: string }).code).toBe('written_opinion.already_answered');
    const closed = await forms.closeForm(many.conferenceId, form.id);
    expect(closed.result!.answered).toBe(100);
    for (const q of closed.result!.questions) expect(q.options.reduce((sum, o) => sum + o.count, 0)).toBe(100);
  }, 60_000);
});

describeDatabases('the reminder source of written opinion forms on $dialect', ({ open }) => {
  it('names every form taking answers once a day and reminds through the service', async () => {
    const database = await open();
    try {
      const clock = manualClock(JULY_8);
      const f = await voteFixture(database);
      const forms = createWrittenOpinionService(database, {
        now: clock,
        mail: createFormMailQueue(database, { now: clock, mail: mailConfig() }),
      });
      const source = createFormReminderSource(database, forms);
      const form = await forms.create(
        f.conferenceId,
        { title: 'Phiếu', questions: [{ question: 'Q' }], deadline: '2021-07-10T17:00', delegateIds: [f.delegates.host[0]!] },
        PUBLIC,
      );
      expect(await source.due(clock())).toEqual([]);
      await forms.send(f.conferenceId, form.id);
      clock.set('2021-07-09T02:00:00.000Z');
      const due = await source.due(clock());
      expect(due).toEqual([{ key: form.id, formId: form.id }]);
      expect(await source.send(due[0]!, clock())).toBe(1);
      expect(await source.send(due[0]!, clock())).toBe(0);
      expect(await source.due(new Date('2021-07-10T10:00:00.000Z'))).toEqual([]);
      await forms.mail.idle();
      await forms.mail.close();
    } finally {
      await database.close();
    }
  });
});
