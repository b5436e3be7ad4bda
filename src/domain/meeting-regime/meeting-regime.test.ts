import { describe, expect, it } from 'vitest';
import { createWorkingCalendar } from '../calendar/working-days.js';
import { documentsDeadline, lateDocumentWarnings, noticeDeadline, noticeWarning } from './meeting-regime.js';

const calendar = createWorkingCalendar();

describe('the meeting regime of Decision 45/2018/QĐ-TTg, as warnings', () => {
  it('documents of a meeting on Wednesday 9/12/2026 are due Friday 4/12; Tết moves the deadline', () => {
    expect(documentsDeadline('2026-12-09T08:00', calendar)).toBe('2026-12-04');
    // A meeting on Wednesday 25/2/2026: three working days back skip Tết (16-20/2).
    expect(documentsDeadline('2026-02-25', calendar)).toBe('2026-02-13');
  });

  it('warns about each document sent late, with the article cited in both languages; nothing for one in time', () => {
    const warnings = lateDocumentWarnings(
      '2026-12-09',
      [
        { id: 'd1', title: 'Báo cáo kết quả CCHC', sentOn: '2026-12-04' },
        { id: 'd2', title: 'Dự thảo Quyết định', sentOn: '2026-12-08' },
      ],
      calendar,
    );
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ code: 'documents.late', subjectId: 'd2', deadline: '2026-12-04' });
    expect(warnings[0]!.message.vi).toBe('"Dự thảo Quyết định" gửi ngày 08/12/2026, sau hạn 04/12/2026 (2 ngày làm việc).');
    expect(warnings[0]!.citation.vi).toContain('Điều 10');
    expect(warnings[0]!.citation.en).toContain('Article 10');
  });

  it('the notice is due five working days after the meeting; due, overdue, issued late, or nothing', () => {
    expect(noticeDeadline('2026-12-09', calendar)).toBe('2026-12-16');
    expect(noticeWarning('2026-12-09', null, '2026-12-10', calendar)?.code).toBe('notice.due');
    const overdue = noticeWarning('2026-12-09', null, '2026-12-18', calendar)!;
    expect(overdue.code).toBe('notice.overdue');
    expect(overdue.message.en).toContain('2 working days ago');
    expect(noticeWarning('2026-12-09', '2026-12-17', '2026-12-18', calendar)?.code).toBe('notice.issued_late');
    expect(noticeWarning('2026-12-09', '2026-12-16', '2026-12-18', calendar)).toBeNull();
    // Across Tết 2026: a meeting on Friday 13/2 has until 27/2 (16-20/2 off).
    expect(noticeDeadline('2026-02-13', calendar)).toBe('2026-02-27');
  });
});
