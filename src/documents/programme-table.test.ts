import { describe, expect, it } from 'vitest';
import { seedConference, seedId } from './fixtures/seed-conference.js';
import { clockText, durationText, perSpeakerText, programmeCaption, programmeRows } from './programme-table.js';

describe('programme rows of the seed', () => {
  const rows = programmeRows(seedConference().agendaItems);

  it('numbers 10 top items and marks 8 sub-items with -', () => {
    expect(rows).toHaveLength(18);
    expect(rows.filter((row) => row.isTopLevel).map((row) => row.number)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10']);
    expect(rows.filter((row) => row.number === '-')).toHaveLength(8);
    expect(rows.slice(5, 13).every((row) => row.number === '-')).toBe(true);
  });

  it('prints durations, leaves unknown ones blank, merges the per-speaker rule over the children', () => {
    expect(rows[0]).toMatchObject({
      content: 'Tuyên bố lý do, giới thiệu đại biểu',
      presenter: ['Văn phòng UBND Tỉnh'],
      duration: '5 phút',
    });
    expect(rows[3]?.duration).toBe('');
    expect(rows[4]).toMatchObject({ number: '5', duration: '', durationRowSpan: 1 });
    expect(rows[5]).toMatchObject({ duration: 'Mỗi đại biểu trình bày 07 phút', durationRowSpan: 8 });
    expect(rows.slice(6, 13).every((row) => row.durationRowSpan === 0)).toBe(true);
    expect(rows[13]).toMatchObject({ number: '6', content: 'Giải lao', duration: '15 phút' });
    expect(rows[17]).toMatchObject({ number: '10', presenter: ['Chủ tịch UBND Tỉnh'], duration: '' });
  });
});

describe('programme rules', () => {
  const base = seedConference().agendaItems;

  it('puts the rule on the group row when a child has its own duration', () => {
    const items = base.map((item) => (item.id === seedId(550) ? { ...item, durationMinutes: 10 } : item));
    const rows = programmeRows(items);
    expect(rows[4]?.duration).toBe('Mỗi đại biểu trình bày 07 phút');
    expect(rows[5]).toMatchObject({ duration: '10 phút', durationRowSpan: 1 });
    expect(rows.every((row) => row.durationRowSpan === 1)).toBe(true);
  });

  it('follows positions, not the order of the array', () => {
    const reversed = [...base].reverse();
    expect(programmeRows(reversed).map((row) => row.content)).toEqual(programmeRows(base).map((row) => row.content));
  });

  it('prints organisation and person, and durations as written', () => {
    expect(perSpeakerText(7)).toBe('Mỗi đại biểu trình bày 07 phút');
    expect(durationText({ durationMinutes: null, durationText: '' })).toBe('');
    expect(durationText({ durationMinutes: 0, durationText: '' })).toBe('0 phút');
    expect(durationText({ durationMinutes: 30, durationText: 'Khoảng 30 phút' })).toBe('Khoảng 30 phút');
    const withPerson = base.map((item) => (item.id === seedId(509) ? { ...item, presenterPerson: 'Phạm Thiện Nghĩa' } : item));
    expect(programmeRows(withPerson).at(-1)?.presenter).toEqual(['Chủ tịch UBND Tỉnh', 'Phạm Thiện Nghĩa']);
  });

  it('captions the programme with the plan number, date and issuing body', () => {
    expect(programmeCaption(seedConference())).toBe(
      `(Kèm theo Kế hoạch số ${' '.repeat(5)}/KH-UBND ngày ${' '.repeat(5)} tháng 6 năm 2021 của Ủy ban nhân dân tỉnh Đồng Tháp)`,
    );
    const issued = { ...seedConference(), documentNumber: '5', issueDate: '2021-06-25' };
    expect(programmeCaption(issued)).toBe('(Kèm theo Kế hoạch số 05/KH-UBND ngày 25 tháng 6 năm 2021 của Ủy ban nhân dân tỉnh Đồng Tháp)');
  });
});

describe('clock times of the programme', () => {
  const items = seedConference().agendaItems;

  it('prints start – end from the exact start and the durations, then only the start, then nothing past an unknown length', () => {
    const rows = programmeRows(items, '2021-07-07T08:00');
    expect(rows.slice(0, 5).map((row) => row.clock)).toEqual(['08:00 – 08:05', '08:05 – 08:20', '08:20 – 08:40', '08:40', '']);
    expect(rows.slice(4).every((row) => row.clock === '')).toBe(true);
  });

  it('follows the start and the durations given', () => {
    const known = items.map((item) => (item.id === seedId(503) ? { ...item, durationMinutes: 10 } : item));
    const rows = programmeRows(known, '2021-07-07T13:30');
    expect(rows[2]?.clock).toBe('13:50 – 14:10');
    expect(rows[3]?.clock).toBe('14:10 – 14:20');
    expect(rows[4]?.clock).toBe('14:20 – 15:16');
    expect(rows[5]?.clock).toBe('14:20 – 14:27');
    expect(rows[6]?.clock).toBe('14:27 – 14:34');
  });

  it('prints no time while the start is not fixed', () => {
    expect(programmeRows(items).every((row) => row.clock === '')).toBe(true);
    expect(programmeRows(items, null).every((row) => row.clock === '')).toBe(true);
  });

  it('never prints a lower bound as a time', () => {
    expect(clockText(undefined)).toBe('');
    const scheduled = { start: '2021-07-07T09:00', end: '2021-07-07T09:10', startIsExact: false };
    expect(clockText(scheduled as Parameters<typeof clockText>[0])).toBe('');
    expect(clockText({ ...scheduled, startIsExact: true } as Parameters<typeof clockText>[0])).toBe('09:00 – 09:10');
  });
});
