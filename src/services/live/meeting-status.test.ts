/**
 * Issue 17 on both databases: opening the meeting is checked against the plan's day and its
 * status (refused without the chair's confirmation, nothing written), and the conference's
 * status follows the meeting (issued → live → closed) in the write that opened or closed it:
 * the plan's version moves, the one audit row says what was confirmed and what changed, and
 * `conference.status_changed` is published after commit.
 */
import { beforeEach, afterEach, expect, it } from 'vitest';
import type { DomainEvent } from '../../realtime/events.js';
import { InProcessEventBus } from '../../realtime/event-bus.js';
import { describeDatabases, type TestDatabase } from '../../storage/test-databases.js';
import { SYSTEM_ORIGIN } from '../accounts/audit-context.js';
import { createAuditService } from '../accounts/audit-service.js';
import { createConferenceService } from '../conference-service.js';
import type { ConferenceService } from '../conference-service.types.js';
import { agendaInput, rejection } from '../testing.js';
import { createLiveService } from './live-service.js';
import type { LiveService } from './live-service.types.js';

const O = SYSTEM_ORIGIN;

describeDatabases('the meeting and the conference status on $dialect', ({ open }) => {
  let database: TestDatabase;
  let conferences: ConferenceService;
  let live: LiveService;
  let published: DomainEvent[];
  let now: Date;
  let conferenceId: string;

  beforeEach(async () => {
    database = await open();
    now = new Date('2021-06-26T03:00:00Z'); // 10:00 in Đồng Tháp, 11 days before the plan's day
    const clock = () => new Date((now = new Date(now.getTime() + 1000)));
    conferences = createConferenceService(database, { now: clock });
    const events = new InProcessEventBus();
    published = [];
    events.subscribeAll(({ event }) => {
      if (event.type === 'conference.status_changed') published.push(event);
    });
    live = createLiveService(database, { now: clock, events });
    conferenceId = (await conferences.create({ title: 'Hội nghị trực tuyến', startsAt: '2021-07-07T08:00' })).id;
    await conferences.addAgendaItem(conferenceId, agendaInput('Khai mạc', { durationMinutes: 5 }));
  });
  afterEach(() => database.close());

  it('refuses to open 11 days early on a draft plan until both warnings are confirmed, writing nothing', async () => {
    const refused = await rejection(live.run(conferenceId, { type: 'start_meeting' }, O));
    expect([refused.status, refused.code]).toEqual([409, 'safety.confirmation_required']);
    expect(refused.fields.map((field) => [field.path, field.code])).toEqual([
      ['/confirm/warnings', 'safety.opening_other_day'],
      ['/confirm/warnings', 'safety.plan_draft'],
    ]);
    expect(refused.fields[0]!.message.vi).toContain('sớm 11 ngày');
    const half = await rejection(live.run(conferenceId, { type: 'start_meeting', confirm: { warnings: ['safety.plan_draft'] } }, O));
    expect(half.code).toBe('safety.confirmation_required');
    expect((await live.state(conferenceId)).version).toBe(0);
    expect((await conferences.get(conferenceId)).status).toBe('draft');
    expect(published).toEqual([]);

    const warnings = ['safety.opening_other_day', 'safety.plan_draft'];
    await live.run(conferenceId, { type: 'start_meeting', confirm: { warnings } }, O);
    expect((await conferences.get(conferenceId)).status).toBe('live');
    const [row] = await createAuditService(database).list({ conferenceId, action: 'live.start_meeting' });
    expect(row?.after).toMatchObject({ confirmed: { warnings }, conferenceStatus: { from: 'draft', to: 'live' } });
  });

  it('opens an issued plan on its day without a question; the status follows to live, then closed', async () => {
    await conferences.updateInfo(conferenceId, { documentNumber: '113', issueDate: '2021-06-20' });
    await conferences.changeStatus(conferenceId, 'issued');
    now = new Date('2021-07-07T00:55:00Z'); // 07:55 on the day
    const before = await conferences.get(conferenceId);
    await live.run(conferenceId, { type: 'start_meeting' }, O);
    const opened = await conferences.get(conferenceId);
    expect(opened.status).toBe('live');
    expect(opened.version).toBe(before.version + 1);
    expect(published).toEqual([{ type: 'conference.status_changed', conferenceId, from: 'issued', to: 'live' }]);

    await live.run(conferenceId, { type: 'start_item' }, O);
    expect(published).toHaveLength(1);
    await live.run(conferenceId, { type: 'end_meeting' }, O);
    expect((await conferences.get(conferenceId)).status).toBe('closed');
    expect(published.at(-1)).toEqual({ type: 'conference.status_changed', conferenceId, from: 'live', to: 'closed' });
    const rows = await createAuditService(database).list({ conferenceId });
    expect(rows.filter((row) => row.action === 'live.end_meeting').map((row) => row.after)).toEqual([
      expect.objectContaining({ conferenceStatus: { from: 'live', to: 'closed' } }),
    ]);
    // One row per write: the status change is in the live rows, not a row of its own.
    expect(rows.map((row) => row.action)).toEqual(['live.end_meeting', 'live.start_item', 'live.start_meeting']);
    const [started] = rows.filter((row) => row.action === 'live.start_meeting');
    expect(started?.after).toMatchObject({ confirmed: { warnings: [] }, conferenceStatus: { from: 'issued', to: 'live' } });
  });
});
