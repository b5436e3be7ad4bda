import { describe, expect, it } from 'vitest';
import { createWorkingCalendar } from '../calendar/working-days.js';
import { meetingEndDay, meetingStartDay, sentDocuments, unsentDocumentWarnings, type PlanFacts } from './regime-facts.js';

const calendar = createWorkingCalendar();
const plan = (over: Partial<PlanFacts> = {}): PlanFacts => ({
  status: 'issued',
  startsAt: null,
  issueDate: '2026-11-20',
  sessionDates: [],
  ...over,
});
const notHeld = { startedOn: null, endedOn: null };

describe('the facts of the meeting regime', () => {
  it('starts on the day the meeting really started, else the planned start, else the earliest whole session date', () => {
    expect(meetingStartDay(plan({ startsAt: '2026-12-09T08:00' }), { startedOn: '2026-12-10', endedOn: null })).toBe('2026-12-10');
    expect(meetingStartDay(plan({ startsAt: '2026-12-09T08:00' }), notHeld)).toBe('2026-12-09');
    expect(meetingStartDay(plan({ sessionDates: ['2026-12-11', '2026-12', '2026-12-10', null] }), notHeld)).toBe('2026-12-10');
    expect(meetingStartDay(plan({ sessionDates: ['2026-12', null] }), notHeld)).toBeNull();
  });

  it('ends when the live meeting ended; not while it runs; by the plan once its last day has come; never for a plan not issued', () => {
    expect(meetingEndDay(plan(), { startedOn: '2026-12-09', endedOn: '2026-12-09' }, '2026-12-20')).toEqual({
      day: '2026-12-09',
      source: 'live',
    });
    expect(meetingEndDay(plan({ sessionDates: ['2026-12-09'] }), { startedOn: '2026-12-09', endedOn: null }, '2026-12-20')).toBeNull();
    const twoDays = plan({ startsAt: '2026-12-09T08:00', sessionDates: ['2026-12-09', '2026-12-10'] });
    expect(meetingEndDay(twoDays, notHeld, '2026-12-10')).toEqual({ day: '2026-12-10', source: 'plan' });
    expect(meetingEndDay(twoDays, notHeld, '2026-12-09')).toBeNull();
    expect(meetingEndDay({ ...twoDays, status: 'draft' }, notHeld, '2026-12-20')).toBeNull();
  });

  it('sends a document on the later of its upload and the plan issue; not the presidium’s, not one after the meeting, none before issue', () => {
    const documents = [
      { id: 'a', title: 'Uploaded before issue', audience: 'invited' as const, firstUploadedOn: '2026-11-10' },
      { id: 'b', title: 'Uploaded after issue', audience: 'points' as const, firstUploadedOn: '2026-12-07' },
      { id: 'c', title: 'Chair speech', audience: 'presidium' as const, firstUploadedOn: '2026-12-08' },
      { id: 'd', title: 'Press release', audience: 'public' as const, firstUploadedOn: '2026-12-15' },
    ];
    expect(sentDocuments(plan(), documents, '2026-12-09')).toEqual([
      { id: 'a', title: 'Uploaded before issue', sentOn: '2026-11-20' },
      { id: 'b', title: 'Uploaded after issue', sentOn: '2026-12-07' },
    ]);
    expect(sentDocuments(plan(), documents, null).map((d) => d.id)).toEqual(['a', 'b', 'd']);
    expect(sentDocuments(plan({ status: 'draft', issueDate: null }), documents, null)).toEqual([]);
  });

  it('warns about each document of a plan not issued once the deadline has passed, and not before', () => {
    const draft = plan({ status: 'draft', issueDate: null });
    const documents = [
      { id: 'a', title: 'Báo cáo', audience: 'invited' as const, firstUploadedOn: '2026-11-10' },
      { id: 'c', title: 'Bài phát biểu', audience: 'presidium' as const, firstUploadedOn: '2026-11-10' },
    ];
    expect(unsentDocumentWarnings(draft, '2026-12-09', documents, '2026-12-04', calendar)).toEqual([]);
    const [warning, ...rest] = unsentDocumentWarnings(draft, '2026-12-09', documents, '2026-12-08', calendar);
    expect(rest).toEqual([]);
    expect(warning).toMatchObject({ code: 'documents.late', subjectId: 'a', deadline: '2026-12-04' });
    expect(warning!.message.vi).toBe(
      '"Báo cáo" chưa gửi tới người dự họp (kế hoạch chưa ban hành); hạn gửi 04/12/2026 đã qua 2 ngày làm việc.',
    );
    expect(unsentDocumentWarnings(plan(), '2026-12-09', documents, '2026-12-08', calendar)).toEqual([]);
  });
});
