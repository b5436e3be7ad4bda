/**
 * The meeting regime's warnings through HTTP (Decision 45/2018/QĐ-TTg; warnings, never blocks):
 * documents sent later than 3 working days before the meeting, the conclusion notice due or
 * overdue 5 working days after it ends, from the plan's dates or the live timeline; who may read
 * them. Dates are counted from today (the server's clock), in working days.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addWorkingDays, vietnamCalendar } from '../../src/domain/calendar/working-days.js';
import type { Conference } from '../../src/domain/conference.schema.js';
import type { MeetingRegimeReport } from '../../src/services/meeting-regime/meeting-regime-service.js';
import { localDateOf } from '../../src/services/conclusions/conclusion-rows.js';
import { as, createUser, grant, memberOf } from './actors.js';
import { uploadDocument } from './document-helpers.js';
import { API, apiDatabases, call, expectErrorBody, json, openTestApp, seedConference, type TestApp } from './helpers.js';
import { START_CONFIRMED } from '../../src/domain/safety/safety.fixture.js';

const today = () => localDateOf(new Date().toISOString());
const workingDaysFromToday = (n: number) => addWorkingDays(today(), n, vietnamCalendar());

describe('the meeting regime warnings through HTTP', () => {
  let t: TestApp;
  const regimeOf = async (conference: Conference) =>
    call<MeetingRegimeReport>(t.app, { url: `${API}/conferences/${conference.id}/meeting-regime` }, 200);

  /** A seeded plan starting on `startDay` at 08:00, issued on 30/6/2021 unless `issued` is false. */
  const planOn = async (title: string, startDay: string, issued = true) => {
    const conference = await seedConference(t.app, title);
    const url = `${API}/conferences/${conference.id}`;
    const info = { startsAt: `${startDay}T08:00`, ...(issued ? { documentNumber: '45', issueDate: '2021-06-30' } : {}) };
    await call(t.app, { method: 'PATCH', url, payload: info }, 200);
    if (issued) await call(t.app, { method: 'POST', url: `${url}/status`, payload: { status: 'issued' } }, 200);
    return call<Conference>(t.app, { url }, 200);
  };

  beforeAll(async () => {
    t = await openTestApp(apiDatabases()[0]!);
  }, 60_000);
  afterAll(() => t?.close());

  it('warns about nothing for a meeting a month away whose documents are sent now', async () => {
    const conference = await planOn('Hội nghị còn xa', workingDaysFromToday(20));
    await uploadDocument(t.app, conference.id, { title: 'Báo cáo kết quả CCHC', kind: 'report', audience: 'invited' });
    const report = await regimeOf(conference);
    expect(report).toMatchObject({
      today: today(),
      meetingStart: workingDaysFromToday(20),
      documentsDeadline: workingDaysFromToday(17),
      meetingEnd: null,
      noticeDeadline: null,
      warnings: [],
    });
  });

  it('warns about a document sent two working days before the meeting, citing Article 10, not about one for the presidium', async () => {
    const conference = await planOn('Hội nghị sắp họp', workingDaysFromToday(2));
    const late = await uploadDocument(t.app, conference.id, { title: 'Dự thảo Quyết định', kind: 'draft', audience: 'invited' });
    await uploadDocument(t.app, conference.id, { title: 'Bài phát biểu của Chủ tịch', kind: 'speech', audience: 'presidium' });
    const report = await regimeOf(conference);
    const deadline = addWorkingDays(workingDaysFromToday(2), -3, vietnamCalendar());
    expect(report.documentsDeadline).toBe(deadline);
    expect(report.warnings).toHaveLength(1);
    expect(report.warnings[0]).toMatchObject({
      code: 'documents.late',
      subjectId: late.id,
      subjectTitle: 'Dự thảo Quyết định',
      sentOn: today(),
      deadline,
    });
    expect(report.warnings[0]!.workingDaysLate).toBeGreaterThanOrEqual(1);
    expect(report.warnings[0]!.citation.vi).toContain('Điều 10');
    expect(report.warnings[0]!.citation.en).toContain('Article 10');
  });

  it('warns while the plan is not issued and the deadline has passed, without a day the document was sent', async () => {
    const conference = await planOn('Hội nghị chưa ban hành kế hoạch', workingDaysFromToday(2), false);
    await uploadDocument(t.app, conference.id, { title: 'Báo cáo tổng hợp', kind: 'report', audience: 'invited' });
    const [warning] = (await regimeOf(conference)).warnings;
    expect(warning).toMatchObject({ code: 'documents.late', sentOn: null, subjectTitle: 'Báo cáo tổng hợp' });
    expect(warning!.message.vi).toContain('kế hoạch chưa ban hành');
  });

  it('finds the notice overdue for a meeting held by the plan eight working days ago, and due for one that ended live today', async () => {
    const held = await planOn('Hội nghị đã họp', workingDaysFromToday(-8));
    const report = await regimeOf(held);
    expect(report).toMatchObject({
      meetingEnd: workingDaysFromToday(-8),
      meetingEndSource: 'plan',
      noticeDeadline: workingDaysFromToday(-3),
    });
    expect(report.warnings).toEqual([
      expect.objectContaining({ code: 'notice.overdue', deadline: workingDaysFromToday(-3), workingDaysLate: 3, subjectId: null }),
    ]);
    expect(report.warnings[0]!.citation.vi).toContain('05 ngày làm việc');

    const live = await planOn('Hội nghị họp hôm nay', workingDaysFromToday(20));
    for (const command of [START_CONFIRMED, { type: 'start_item' }, { type: 'end_meeting' }]) {
      await call(t.app, { method: 'POST', url: `${API}/conferences/${live.id}/live/commands`, payload: command }, 200);
    }
    const ended = await regimeOf(live);
    // The meeting really ran today: that day counts, not the planned one.
    expect(ended).toMatchObject({ meetingStart: today(), meetingEnd: today(), meetingEndSource: 'live' });
    expect(ended.warnings).toEqual([
      expect.objectContaining({ code: 'notice.due', deadline: addWorkingDays(today(), 5, vietnamCalendar()) }),
    ]);
  });

  it('is read by the organizer and the chair only; 401 without a session, 404 for a conference one cannot read', async () => {
    const conference = await planOn('Hội nghị phân quyền', workingDaysFromToday(2));
    const url = `${API}/conferences/${conference.id}/meeting-regime`;
    const chair = await memberOf(t, conference.id, 'chu-tri', 'chair');
    expect((await chair({ url })).statusCode).toBe(200);
    const delegate = await memberOf(t, conference.id, 'dai-bieu', 'delegate');
    expectErrorBody(await delegate({ url }), 403, 'access.denied');
    expectErrorBody(await as(t, null)({ url }), 401, 'auth.required');
    const stranger = await createUser(t, 'nguoi-ngoai');
    expectErrorBody(await as(t, stranger.credentials)({ url }), 404);
    const other = await seedConference(t.app, 'Hội nghị khác');
    await grant(t, other.id, stranger, 'organizer');
    expect(
      json<MeetingRegimeReport>(await as(t, stranger.credentials)({ url: `${API}/conferences/${other.id}/meeting-regime` })).warnings,
    ).toEqual([]);
  });
});
