/**
 * Comments on a draft and contributions on both databases, with a real SMTP server: requests
 * and reminders are queued in the write's transaction and sent after commit with a fresh contact
 * link; the answers, the drafting agency's responses and the synthesis table; a queued delivery
 * left by a stopped process is resumed; the contributions that join the document pack; events
 * after commit; one audit row per write.
 */
import { afterAll, afterEach, beforeAll, beforeEach, expect, it } from 'vitest';
import { readMailConfig } from '../../mail/mail-config.js';
import { startTestSmtpServer, type TestSmtpServer } from '../../mail/smtp-server.fixture.js';
import type { DomainEvent } from '../../realtime/events.js';
import { InProcessEventBus } from '../../realtime/event-bus.js';
import { insertConferenceDocument } from '../../storage/repositories/conference-document-repository.js';
import { listPackContributions } from '../../storage/repositories/contribution-repository.js';
import { describeDatabases, type TestDatabase } from '../../storage/test-databases.js';
import { SYSTEM_ORIGIN } from '../accounts/audit-context.js';
import { createConferenceService } from '../conference-service.js';
import { agendaInput, pointInput, rejection } from '../testing.js';
import { createBodyMailQueue } from './body-mail-queue.js';
import { createConsultationService, type Viewer } from './consultation-service.js';
import { createContributionService } from './contribution-service.js';

const AT = '2021-06-20T01:00:00.000Z';
const staff: Viewer = { reads: true, manages: true, mayAnswer: () => true, allowedActions: [] };
let smtp: TestSmtpServer;
beforeAll(async () => {
  smtp = await startTestSmtpServer();
});
afterAll(() => smtp.close());

describeDatabases('comments on a draft and contributions on $dialect', ({ open }) => {
  let database: TestDatabase;
  beforeEach(async () => {
    database = await open();
  });
  afterEach(() => database.close());

  it('requests, answers, reminds (resumed after a stop), responds, and builds the table; contributions join the pack', async () => {
    const mail = readMailConfig({
      DIEMCAU_SMTP_URL: smtp.url,
      DIEMCAU_MAIL_FROM: 'Sở Nội vụ <snv@dongthap.example.vn>',
      DIEMCAU_SMTP_TLS: 'none',
    });
    const now = () => new Date('2021-06-25T01:00:00.000Z');
    const events: DomainEvent[] = [];
    const bus = new InProcessEventBus();
    bus.subscribeAll((delivery) => {
      events.push(delivery.event as DomainEvent);
    });
    const conferences = createConferenceService(database);
    const c = await conferences.create({ title: 'Hội nghị CCHC', startsAt: '2021-07-07T08:00' });
    const a = await conferences.addBridgePoint(c.id, pointInput('UBND huyện Châu Thành'));
    const b = await conferences.addBridgePoint(c.id, pointInput('UBND huyện Hồng Ngự'));
    const parent = await conferences.addAgendaItem(c.id, agendaInput('Ý kiến, tham luận'));
    const slot = await conferences.addAgendaItem(
      c.id,
      agendaInput('Các mô hình mới', { parentId: parent.id, presenterOrganisation: 'UBND huyện Châu Thành' }),
    );
    await insertConferenceDocument(database.db, {
      id: 'draft-1',
      conference_id: c.id,
      agenda_item_id: null,
      task_id: null,
      title: 'Dự thảo Quyết định',
      kind: 'draft',
      audience: 'invited',
      audience_point_ids: '[]',
      current_version: 1,
      revision: 1,
      created_at: AT,
      updated_at: AT,
      deleted_at: null,
    });

    // A first process queues the requests and stops before sending them.
    const before = smtp.received.length;
    const stopped = createBodyMailQueue(database, { mail, now });
    await stopped.close();
    const first = createConsultationService(database, { now, queue: stopped });
    const opened = await first.open(
      c.id,
      {
        documentId: 'draft-1',
        title: 'dự thảo Quyết định',
        draftingAgency: 'Sở Nội vụ',
        deadline: '2021-06-30',
        bodies: [
          { name: 'UBND huyện Châu Thành', bridgePointId: a.id, participantGroupId: null, email: 'ct@dongthap.example.vn' },
          { name: 'UBND huyện Hồng Ngự', bridgePointId: b.id, participantGroupId: null, email: '' },
        ],
      },
      'http://diemcau.test',
    );
    expect(opened.queued).toBe(1);
    expect(smtp.received).toHaveLength(before);

    // The next process resumes the queued request: one message with the body's link.
    const queue = createBodyMailQueue(database, { mail, now });
    const consultations = createConsultationService(database, { now, queue, events: bus });
    expect(await queue.resume()).toBe(1);
    const request = (await smtp.waitFor(before + 1))[before];
    expect(request!.parsed.text).toMatch(/http:\/\/diemcau\.test\/y-kien\/[A-Za-z0-9_-]{43}/);
    const links = await database.db.selectFrom('access_links').select(['purpose', 'bridge_point_id']).execute();
    expect(links).toEqual([{ purpose: 'nominator', bridge_point_id: a.id }]);

    const [ct, hn] = (await consultations.get(c.id, opened.id, staff)).bodies;
    await consultations.answer(
      c.id,
      opened.id,
      hn!.id,
      { answer: 'commented', comments: [{ part: 'Điều 3', text: 'Bổ sung.' }] },
      SYSTEM_ORIGIN,
    );
    expect(
      (await rejection(consultations.remind(c.id, opened.id, { bodyIds: ['00000000-0000-4000-8000-000000000001'] }, 'http://x'))).code,
    ).toBe('consultation.body_not_found');
    const reminded = await consultations.remind(c.id, opened.id, {}, 'http://x');
    expect(reminded).toEqual({ queued: 1, skipped: [{ bodyId: hn!.id, reason: 'answered' }] });
    await queue.idle();
    expect((await smtp.waitFor(before + 2))[before + 1]!.parsed.subject).toBe('Nhắc: Lấy ý kiến góp ý dự thảo Quyết định');

    const view = await consultations.get(c.id, opened.id, staff);
    await consultations.respond(c.id, opened.id, view.comments[0]!.id, { response: 'explained', text: 'Giữ như dự thảo.' }, SYSTEM_ORIGIN);
    const synthesis = await consultations.synthesis(c.id, opened.id);
    expect(synthesis.table.rows).toEqual([
      { number: 1, body: 'UBND huyện Hồng Ngự', part: 'Điều 3', comment: 'Bổ sung.', answer: 'Giải trình: Giữ như dự thảo.' },
    ]);
    expect(synthesis.table.waiting).toEqual([ct!.name]);

    // Contributions: the slot is Châu Thành's (its bridge point); submitted, then to be read; it joins the pack.
    const contributions = createContributionService(database, { now, queue, events: bus });
    expect(await contributions.bodyRef(c.id, slot.id)).toEqual({ bridgePointId: a.id, participantGroupId: null });
    expect((await rejection(contributions.decide(c.id, slot.id, { decision: 'to_read' }))).code).toBe('contribution.not_submitted');
    expect(await listPackContributions(database.db, c.id)).toEqual([]);
    await contributions.submit(c.id, slot.id, { title: 'Tham luận', text: 'Năm mô hình.', documentId: null });
    await contributions.decide(c.id, slot.id, { decision: 'to_read' });
    expect(await listPackContributions(database.db, c.id)).toMatchObject([
      { agenda_item_id: slot.id, status: 'to_read', text: 'Năm mô hình.' },
    ]);

    const audit = await database.db
      .selectFrom('audit_log')
      .select('action')
      .where((eb) => eb.or([eb('action', 'like', 'consultation.%'), eb('action', 'like', 'contribution.%')]))
      .execute();
    expect(audit.map((row) => row.action).sort()).toEqual([
      'consultation.answer',
      'consultation.open',
      'consultation.remind',
      'consultation.respond',
      'contribution.decide',
      'contribution.submit',
    ]);
    expect(events.map((event) => event.type)).toEqual([
      'consultation.changed',
      'consultation.changed',
      'consultation.changed',
      'contribution.changed',
      'contribution.changed',
    ]);
    await queue.close();
  }, 60_000);
});
