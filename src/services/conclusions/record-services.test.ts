/**
 * The record after the meeting on both databases: the secretary's notes (revisions kept), the
 * minutes drafted from a meeting actually run, edited, reviewed until a deadline, locked; the
 * conclusion notice drafted, issued (its tasks on the assignment board, mailed through a real
 * SMTP server with its .docx), a task reported done, another overdue by the test clock and
 * reminded, the unfinished one carried over to a new conference; one audit row per write.
 */
import { afterAll, afterEach, beforeAll, beforeEach, expect, it } from 'vitest';
import type { Conference } from '../../domain/conference.schema.js';
import { readMailConfig } from '../../mail/mail-config.js';
import { startTestSmtpServer, type TestSmtpServer } from '../../mail/smtp-server.fixture.js';
import { InProcessEventBus } from '../../realtime/event-bus.js';
import { describeDatabases, type TestDatabase } from '../../storage/test-databases.js';
import { SYSTEM_ORIGIN, type AuditOrigin } from '../accounts/audit-context.js';
import { createAuditService } from '../accounts/audit-service.js';
import { createConferenceService } from '../conference-service.js';
import { createLiveService } from '../live/live-service.js';
import { createAttendanceService } from '../participants/attendance-service.js';
import { createDelegateService } from '../participants/delegate-service.js';
import { agendaInput, pointInput, rejection } from '../testing.js';
import { createConferenceDocumentService, type ConferenceDocumentService } from '../documents/index.js';
import { testPipeline, tinyPdf } from '../documents/documents.fixture.js';
import { createFollowUpService } from './follow-up-service.js';
import { createRecordServices, type RecordServices } from './index.js';
import { START_CONFIRMED } from '../../domain/safety/safety.fixture.js';

/** A clock the test moves: each reading one second later than the last, or set to a day. */
const testClock = () => {
  let t = Date.UTC(2021, 6, 7, 1, 0, 0); // 08:00 in Viet Nam, 07/7/2021
  const clock = () => new Date((t += 1000));
  clock.set = (iso: string) => (t = Date.parse(iso));
  return clock;
};
const delegate: AuditOrigin = { actor: { kind: 'user', userId: 'u-del', linkId: null, label: 'Lê Văn Đại' }, ip: null, userAgent: null };
const O = SYSTEM_ORIGIN;
/** What the secretariat fills in before issuing (the plan of the test names no chair: the blanks are filled too). */
const FILLED = {
  issuingBody: 'VĂN PHÒNG',
  documentSymbol: 'VPUBND',
  signerAuthority: 'TL.',
  signerBody: 'CHỦ TỊCH',
  signerTitle: 'CHÁNH VĂN PHÒNG',
  signerName: 'Nguyễn Văn A',
  subject: 'Kết luận của Chủ tịch UBND tỉnh tại hội nghị',
  preamble: 'Ngày 07 tháng 7 năm 2021, Chủ tịch UBND tỉnh chủ trì hội nghị. … kết luận như sau:',
  closing: 'Văn phòng UBND tỉnh thông báo để các cơ quan biết, thực hiện./.',
} as const;

let smtp: TestSmtpServer;
beforeAll(async () => {
  smtp = await startTestSmtpServer();
});
afterAll(() => smtp.close());

describeDatabases('minutes, conclusion notice and follow-up on $dialect', ({ open }) => {
  let database: TestDatabase;
  let record: RecordServices;
  let clock: ReturnType<typeof testClock>;
  let conference: Conference;
  const events: string[] = [];

  beforeEach(async () => {
    database = await open();
    clock = testClock();
    const bus = new InProcessEventBus();
    bus.subscribeAll(({ event }) => {
      events.push(event.type);
    });
    const conferences = createConferenceService(database, { now: clock });
    const c = await conferences.create({ title: 'Hội nghị trực tuyến đánh giá CCHC', startsAt: '2021-07-07T08:00' });
    await conferences.addBridgePoint(c.id, pointInput('Hội trường UBND Tỉnh', { isHost: true }));
    await conferences.addBridgePoint(c.id, pointInput('Điểm cầu huyện Tân Hồng'));
    await conferences.addAgendaItem(c.id, agendaInput('Khai mạc', { durationMinutes: 5, presenterOrganisation: 'Chủ tịch UBND Tỉnh' }));
    await conferences.addAgendaItem(c.id, agendaInput('Báo cáo kết quả CCHC', { durationMinutes: 15, presenterOrganisation: 'Sở Nội vụ' }));
    conference = await conferences.get(c.id);
    const live = createLiveService(database, { now: clock, events: bus });
    const mail = readMailConfig({
      DIEMCAU_SMTP_URL: smtp.url,
      DIEMCAU_MAIL_FROM: 'Văn phòng UBND <vp@dongthap.example.vn>',
      DIEMCAU_MAIL_PDF: 'never',
    });
    record = createRecordServices(database, {
      conferences,
      live,
      attendance: createAttendanceService(database),
      events: bus,
      now: clock,
      mail,
    });
    // The meeting, as the live console runs it.
    await live.run(c.id, START_CONFIRMED, O);
    await live.run(c.id, { type: 'start_item' }, O);
    await live.run(c.id, { type: 'end_item' }, O);
    await live.run(c.id, { type: 'start_item' }, O);
    await live.run(c.id, { type: 'end_meeting' }, O);
  });
  afterEach(async () => {
    await record.noticeMail.close();
    await database.close();
  });

  const audited = async () =>
    (await createAuditService(database).list({ conferenceId: conference.id, limit: 100 })).map((row) => row.action).reverse();

  it('keeps every revision of the notes and drafts, edits, reviews and locks the minutes', async () => {
    const timeline = await createLiveService(database, { now: clock }).timeline(conference.id);
    const itemId = timeline.items[1]!.itemId;
    await record.minutes.saveNote(conference.id, { itemId, text: 'Sở Nội vụ báo cáo.' }, O);
    await record.minutes.saveNote(conference.id, { itemId, text: 'Sở Nội vụ báo cáo; các sở bổ sung số liệu.' }, O);
    expect((await record.minutes.notes(conference.id)).map((n) => n.revision)).toEqual([1, 2]);

    const draft = await record.minutes.draft(conference.id, { secretaryName: 'Trần Thị Thư' }, O);
    expect(draft).toMatchObject({ status: 'draft', secretaryName: 'Trần Thị Thư', chairName: '', version: 1 });
    expect(draft.body.opening[0]).toBe('Thời gian bắt đầu: 08 giờ 00 phút, ngày 07 tháng 7 năm 2021 (thứ Tư).');
    expect(draft.body.sections[1]!.paragraphs).toContain('Sở Nội vụ báo cáo; các sở bổ sung số liệu.');
    expect(draft.body.sections[1]!.paragraphs).not.toContain('Sở Nội vụ báo cáo.');

    expect((await rejection(record.minutes.update(conference.id, { chairName: 'X' }, 7, O))).status).toBe(409);
    const body = { ...draft.body, closing: ['Hội nghị kết thúc lúc 11 giờ 30 phút./.'] };
    const edited = await record.minutes.update(conference.id, { body, chairName: 'Phạm Thiện Nghĩa' }, 1, O);
    expect(edited).toMatchObject({
      version: 2,
      chairName: 'Phạm Thiện Nghĩa',
      body: { closing: ['Hội nghị kết thúc lúc 11 giờ 30 phút./.'] },
    });

    expect((await rejection(record.minutes.review(conference.id, { answer: 'no_comment', comment: '' }, delegate))).code).toBe(
      'minutes.not_in_review',
    );
    clock.set('2021-07-07T05:00:00.000Z');
    await record.minutes.openReview(conference.id, { deadline: '2021-07-09T10:00:00.000Z' }, O);
    expect((await rejection(record.minutes.update(conference.id, { chairName: 'Y' }, undefined, O))).code).toBe('minutes.in_review');
    const reviewed = await record.minutes.review(
      conference.id,
      { answer: 'comment', comment: 'Bổ sung ý kiến của huyện Tân Hồng.' },
      delegate,
    );
    expect(reviewed.reviews).toEqual([expect.objectContaining({ reviewerLabel: 'Lê Văn Đại', answer: 'comment' })]);
    await record.minutes.review(conference.id, { answer: 'no_comment', comment: 'ignored' }, delegate);
    expect((await record.minutes.get(conference.id))!.reviews).toEqual([expect.objectContaining({ answer: 'no_comment', comment: '' })]);
    clock.set('2021-07-09T10:00:01.000Z');
    expect((await rejection(record.minutes.review(conference.id, { answer: 'no_comment', comment: '' }, delegate))).code).toBe(
      'minutes.review_closed',
    );

    const locked = await record.minutes.lock(conference.id, O);
    expect(locked.status).toBe('locked');
    expect((await rejection(record.minutes.update(conference.id, { chairName: 'Z' }, undefined, O))).code).toBe('minutes.locked');
    expect((await rejection(record.minutes.saveNote(conference.id, { itemId, text: 'muộn' }, O))).code).toBe('minutes.locked');
    expect((await rejection(record.minutes.lock(conference.id, O))).code).toBe('minutes.locked');
    expect(await audited()).toEqual(
      expect.arrayContaining(['minutes.note', 'minutes.draft', 'minutes.update', 'minutes.open_review', 'minutes.review', 'minutes.lock']),
    );
    expect((await audited()).filter((a) => a.startsWith('minutes.'))).toHaveLength(8);
    expect(events).toContain('minutes.changed');
  });

  it('issues the notice: each conclusion with an agency and a deadline becomes a task, mailed with its .docx; done, overdue, reminded, carried over', async () => {
    const draft = await record.conclusions.draft(conference.id, O);
    expect(draft.preamble).toMatch(/^Ngày 07 tháng 7 năm 2021, tại Hội trường UBND Tỉnh, kết nối trực tuyến đến 1 điểm cầu,/);
    expect(draft.preamble).toContain('Sau khi nghe Chủ tịch UBND Tỉnh, Sở Nội vụ báo cáo');
    expect((await rejection(record.conclusions.issue(conference.id, O))).code).toBe('conclusion_notice.empty');
    await record.conclusions.addConclusion(
      conference.id,
      {
        text: 'Giao xây dựng kế hoạch khắc phục.',
        leadAgency: 'Sở Nội vụ',
        cooperatingAgencies: [],
        taskText: 'Xây dựng kế hoạch khắc phục',
        deadline: '2021-07-16',
      },
      O,
    );
    await record.conclusions.addConclusion(
      conference.id,
      {
        text: 'Rà soát thủ tục hành chính.',
        leadAgency: 'Sở Tư pháp',
        cooperatingAgencies: ['Sở Nội vụ'],
        taskText: 'Rà soát thủ tục',
        deadline: '2021-07-20',
      },
      O,
    );
    const ready = await record.conclusions.update(
      conference.id,
      { documentNumber: '12', recipients: ['sonoivu@dongthap.example.vn'] },
      3,
      O,
    );
    expect(ready.version).toBe(4);
    // Who issues and signs it is the secretariat's to give: the draft left it empty, and issuing refuses until it is filled.
    expect(ready).toMatchObject({ issuingBody: '', documentSymbol: '', signerAuthority: '', signerTitle: '', signerName: '' });
    const incomplete = await rejection(record.conclusions.issue(conference.id, O));
    expect(incomplete.code).toBe('conclusion_notice.incomplete');
    expect(incomplete.fields.map((f) => f.path)).toEqual([
      '/issuingBody',
      '/documentSymbol',
      '/signerAuthority',
      '/signerTitle',
      '/signerName',
      '/subject',
      '/preamble',
      '/closing',
    ]);
    await record.conclusions.update(conference.id, FILLED, 4, O);
    const before = (await createConferenceService(database).get(conference.id)).version;
    const received = smtp.received.length;

    const issued = await record.conclusions.issue(conference.id, O);
    expect(issued.status).toBe('issued');
    const plan = await createConferenceService(database).get(conference.id);
    expect(plan.version).toBe(before + 1);
    for (const c of issued.conclusions) {
      const task = plan.tasks.find((t) => t.id === c.taskId)!;
      expect(task).toMatchObject({ deadline: c.deadline, status: 'todo' });
      expect(plan.assignments.find((a) => a.id === task.assignmentId)!.leadAgency).toBe(c.leadAgency);
    }
    expect(
      (
        await rejection(
          record.conclusions.addConclusion(
            conference.id,
            { text: 'x', leadAgency: '', cooperatingAgencies: [], taskText: '', deadline: null },
            O,
          ),
        )
      ).code,
    ).toBe('conclusion_notice.issued');

    const mail = (await smtp.waitFor(received + 1))[received];
    expect(mail!.envelopeTo).toEqual(['sonoivu@dongthap.example.vn']);
    expect(mail!.parsed.attachments.map((a) => a.filename)).toEqual(['thong-bao-ket-luan.docx']);
    await record.noticeMail.idle();
    expect((await record.conclusions.deliveries(conference.id)).map((d) => d.status)).toEqual(['sent']);

    const [first, second] = issued.conclusions as [(typeof issued.conclusions)[0], (typeof issued.conclusions)[0]];
    clock.set('2021-07-12T03:00:00.000Z'); // Monday
    const afterDone = await record.followUp.report(
      conference.id,
      first.id,
      { kind: 'done', note: 'Đã ban hành kế hoạch', fileRef: null },
      delegate,
    );
    expect(afterDone.conclusions[0]!.followUp.state).toBe('done');
    expect((await createConferenceService(database).get(conference.id)).tasks.find((t) => t.id === first.taskId)!.status).toBe('done');

    clock.set('2021-07-22T03:00:00.000Z'); // Thursday: two working days after the 20th
    const board = (await record.conclusions.get(conference.id))!;
    expect(board.conclusions.map((c) => c.followUp)).toEqual([
      { state: 'done', workingDaysLate: 0, remind: false },
      { state: 'overdue', workingDaysLate: 2, remind: true },
    ]);
    expect(await record.followUp.remind(conference.id, O)).toEqual({ conclusions: 1, deliveries: 1 });
    const mails = await smtp.waitFor(received + 2);
    expect(mails[received + 1]!.parsed.subject).toMatch(/^Nhắc thực hiện:/);

    const report = await record.followUp.reportData(conference.id);
    expect(report).toMatchObject({ noticeNumber: '12/TB-VPUBND', asOf: '2021-07-22' });

    const conferences = createConferenceService(database, { now: clock });
    const next = await conferences.create({ title: 'Hội nghị sơ kết', startsAt: '2021-10-07T08:00' });
    const carried = await record.followUp.carryOver(next.id, { fromConferenceId: conference.id }, O);
    expect(carried.conclusions.map((c) => [c.text, c.carriedFrom, c.taskId])).toEqual([[second.text, second.id, null]]);
    await record.followUp.carryOver(next.id, { fromConferenceId: conference.id }, O);
    expect((await record.conclusions.get(next.id))!.conclusions).toHaveLength(1);
    expect(await audited()).toEqual(
      expect.arrayContaining([
        'conclusion_notice.draft',
        'conclusion.create',
        'conclusion_notice.update',
        'conclusion_notice.issue',
        'followup.done',
        'followup.remind',
      ]),
    );
  });

  it('writes a report with a file and its document in one transaction: both, or neither', async () => {
    await record.conclusions.draft(conference.id, O);
    const point = conference.bridgePoints.find((p) => !p.isHost)!;
    const leadBody = { bridgePointId: point.id, participantGroupId: null };
    const withBody = await record.conclusions.addConclusion(
      conference.id,
      { text: 'Rà soát.', leadAgency: point.name, leadBody, cooperatingAgencies: [], taskText: 'Rà soát', deadline: '2021-07-20' },
      O,
    );
    expect(withBody.conclusions[0]!.leadBody).toEqual(leadBody);
    const draft = (await record.conclusions.get(conference.id))!;
    await record.conclusions.update(conference.id, FILLED, draft.version, O);
    const issued = await record.conclusions.issue(conference.id, O);
    const conclusionId = issued.conclusions[0]!.id;
    const documents: ConferenceDocumentService = createConferenceDocumentService(database, { now: clock, pipeline: testPipeline() });
    const count = async (table: 'conference_documents' | 'conclusion_reports') =>
      Number(
        (
          await database.db
            .selectFrom(table)
            .select((eb) => eb.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    const file = { fileName: 'bao-cao.pdf', data: tinyPdf('Bao cao') };

    // The report fails inside the upload's transaction (after its own writes): the document goes too.
    const failing = createFollowUpService(database, {
      conferences: createConferenceService(database),
      notices: record.conclusions,
      now: clock,
      documents: {
        upload: (conferenceId, metadata, uploaded, origin, within) =>
          documents.upload(conferenceId, metadata, uploaded, origin, async (trx, document) => {
            await within!(trx, document);
            throw new Error('the database went away after the report');
          }),
      },
    });
    const actionsBefore = await audited();
    await expect(failing.reportWithFile(conference.id, conclusionId, { kind: 'done', note: 'Xong' }, file, O)).rejects.toThrow(
      'the database went away',
    );
    expect([await count('conference_documents'), await count('conclusion_reports')]).toEqual([0, 0]);
    expect(await audited()).toEqual(actionsBefore);

    const working = createFollowUpService(database, {
      conferences: createConferenceService(database),
      notices: record.conclusions,
      now: clock,
      documents,
    });
    const done = await working.reportWithFile(conference.id, conclusionId, { kind: 'done', note: 'Xong' }, file, O);
    expect(done.conclusions[0]!.followUp.state).toBe('done');
    expect([await count('conference_documents'), await count('conclusion_reports')]).toEqual([1, 1]);
    expect((await audited()).slice(actionsBefore.length)).toEqual(['document.upload', 'followup.done']);
  });
});

describeDatabases('the review of the minutes by mail on $dialect', ({ open }) => {
  it('mails each participant with an e-mail a link to the draft, keeps each remark to its author, and locks itself when the window closes', async () => {
    const database = await open();
    const clock = testClock();
    const conferences = createConferenceService(database, { now: clock });
    const c = await conferences.create({ title: 'Hội nghị trực tuyến đánh giá CCHC', startsAt: '2021-07-07T08:00' });
    const point = await conferences.addBridgePoint(c.id, pointInput('Hội trường UBND Tỉnh', { isHost: true }));
    const delegates = createDelegateService(database, { now: clock });
    const add = (fullName: string, email: string) => delegates.create(c.id, { bridgePointId: point.id, fullName, email }, O);
    const mailed = await add('Lê Văn Đại', 'dai@dongthap.example.vn');
    await add('Trần Văn Không Thư', '');
    const mail = readMailConfig({ DIEMCAU_SMTP_URL: smtp.url, DIEMCAU_MAIL_FROM: 'Văn phòng UBND <vp@dongthap.example.vn>' });
    const record = createRecordServices(database, {
      conferences,
      live: createLiveService(database, { now: clock }),
      attendance: createAttendanceService(database),
      events: new InProcessEventBus(),
      now: clock,
      mail,
    });
    try {
      await record.minutes.draft(c.id, { secretaryName: 'Trần Thị Thư' }, O);
      const received = smtp.received.length;
      clock.set('2021-07-07T05:00:00.000Z');
      await record.minutes.openReview(c.id, { deadline: '2021-07-09T10:00:00.000Z' }, O, 'https://hop.dongthap.example.vn');
      const [message] = (await smtp.waitFor(received + 1)).slice(received);
      expect(message!.envelopeTo).toEqual(['dai@dongthap.example.vn']);
      expect(message!.parsed.subject).toBe('Góp ý dự thảo biên bản: Hội nghị trực tuyến đánh giá CCHC');
      const url = /https:\/\/hop\.dongthap\.example\.vn\/bien-ban\/(\S+)/.exec(message!.parsed.text ?? '');
      expect(url).not.toBeNull();
      expect(message!.parsed.text).toContain('trước 17 giờ 00 phút, ngày 09 tháng 7 năm 2021 (thứ Sáu)');
      await record.minutesReviewMail.idle();
      expect((await record.minutes.deliveries(c.id)).map((d) => [d.recipient, d.status])).toEqual([['dai@dongthap.example.vn', 'sent']]);
      const link = await database.db.selectFrom('access_links').selectAll().where('delegate_id', '=', mailed.id).executeTakeFirstOrThrow();
      expect(link).toMatchObject({ purpose: 'delegate', expires_at: '2021-07-16T10:00:00.000Z' });

      const byLink = (id: string, label: string): AuditOrigin => ({
        actor: { kind: 'link', userId: null, linkId: id, label },
        ip: null,
        userAgent: null,
      });
      await record.minutes.review(c.id, { answer: 'comment', comment: 'Bổ sung ý kiến của Sở Tư pháp.' }, byLink(link.id, 'Lê Văn Đại'));
      await record.minutes.review(c.id, { answer: 'no_comment', comment: '' }, byLink('other-link', 'Người khác'));
      // The secretariat reads every remark; a participant only their own.
      expect((await record.minutes.get(c.id))!.reviews).toHaveLength(2);
      expect((await record.minutes.get(c.id, byLink(link.id, 'Lê Văn Đại')))!.reviews).toEqual([
        expect.objectContaining({ answer: 'comment', comment: 'Bổ sung ý kiến của Sở Tư pháp.' }),
      ]);

      // The window closes: the first read locks the minutes, as the system, and nothing changes them any more.
      clock.set('2021-07-09T10:00:01.000Z');
      const locked = (await record.minutes.get(c.id))!;
      expect(locked).toMatchObject({ status: 'locked' });
      const log = await createAuditService(database).list({ conferenceId: c.id, limit: 100 });
      expect(log.find((row) => row.action === 'minutes.lock')).toMatchObject({
        actor: { kind: 'system' },
        after: { reason: 'review_window_closed' },
      });
      expect((await rejection(record.minutes.update(c.id, { chairName: 'X' }, undefined, O))).code).toBe('minutes.locked');
      expect((await rejection(record.minutes.draft(c.id, {}, O))).code).toBe('minutes.not_draft');
      expect(
        (await rejection(record.minutes.review(c.id, { answer: 'no_comment', comment: '' }, byLink(link.id, 'Lê Văn Đại')))).code,
      ).toBe('minutes.not_in_review');
    } finally {
      await record.minutesReviewMail.close();
      await record.noticeMail.close();
      await database.close();
    }
  });
});
