import { describe, expect, it } from 'vitest';
import { seedConference, SEED_IDS } from '../fixtures/seed-conference.js';
import {
  addresseeLine,
  agendaSummary,
  confirmationRequest,
  deadlineText,
  eventName,
  invitationSubject,
  invitingSentence,
  placeLines,
  presidingText,
  salutationLine,
  timeText,
} from './invitation-text.js';

const delegate = { fullName: ' Nguyễn  Văn An ', title: 'Chủ tịch', organisation: 'UBND huyện Châu Thành' };

describe('invitation sentences', () => {
  it('names the meeting from the plan subject, without "Tổ chức"', () => {
    expect(eventName(seedConference().title)).toMatch(/^Hội nghị trực tuyến về tổng kết/);
    expect(eventName('tổ chức hội nghị giao ban')).toBe('Hội nghị giao ban');
    expect(eventName('Hội nghị sơ kết')).toBe('Hội nghị sơ kết');
    expect(invitationSubject('Tổ chức Hội nghị sơ kết')).toBe('Dự Hội nghị sơ kết');
  });

  it('addresses one person with title and organisation, gender unknown', () => {
    expect(addresseeLine(delegate)).toBe('Ông (Bà) Nguyễn Văn An - Chủ tịch, UBND huyện Châu Thành');
    expect(addresseeLine({ fullName: 'Lê Thị B', title: '', organisation: '' })).toBe('Ông (Bà) Lê Thị B');
    expect(salutationLine(delegate)).toBe('Kính gửi: Ông (Bà) Nguyễn Văn An - Chủ tịch, UBND huyện Châu Thành.');
  });

  it('invites in the name of the issuing body, in running text', () => {
    expect(invitingSentence(seedConference())).toMatch(
      /^Ủy ban nhân dân tỉnh Đồng Tháp trân trọng kính mời Ông \(Bà\) tới dự Hội nghị trực tuyến/,
    );
  });

  it('prints the time with the computed weekday, and a deadline', () => {
    expect(timeText('2021-07-07T08:00')).toBe('08 giờ 00 phút, ngày 07/7/2021 (thứ Tư)');
    expect(deadlineText('2021-07-05T17:00')).toBe('17 giờ 00 phút, ngày 05/7/2021 (thứ Hai)');
    expect(deadlineText(null)).toBeNull();
    expect(confirmationRequest('2021-07-05T17:00')).toContain('trước 17 giờ 00 phút, ngày 05/7/2021 (thứ Hai)');
    expect(confirmationRequest(null)).not.toContain('trước');
    expect(confirmationRequest(null)).toContain('cử người dự thay');
  });

  it('names the presiding person from the participant group marked Chủ trì', () => {
    expect(presidingText(seedConference())).toBe('Chủ tịch UBND Tỉnh Phạm Thiện Nghĩa');
    expect(presidingText({ participantGroups: [] })).toBe('');
  });
});

describe('place', () => {
  const conference = seedConference();
  const host = conference.bridgePoints.find((p) => p.id === SEED_IDS.hostPoint)!;
  const district = conference.bridgePoints.find((p) => !p.isHost)!;

  it('gives the delegate their own point, and the host point for a district delegate', () => {
    const lines = placeLines(conference, district);
    expect(lines[0]).toBe(`Địa điểm: Điểm cầu ${district.name}, ${district.address}.`);
    expect(lines[1]).toMatch(/^\(Hội nghị tổ chức trực tuyến; điểm cầu chính: Điểm cầu Tỉnh/);
    expect(placeLines(conference, host)).toHaveLength(1);
  });

  it('says "trực tuyến" for a remote point and falls back to the venue without a point', () => {
    expect(placeLines(conference, { ...district, kind: 'remote' })[0]).toMatch(/^Địa điểm: trực tuyến qua phần mềm họp trực tuyến/);
    expect(placeLines(conference, null)).toEqual([`Địa điểm: ${conference.venue}`]);
    expect(placeLines({ ...conference, venue: '' }, null)).toEqual([]);
  });
});

describe('agenda summary', () => {
  it('lists the top-level items in order, numbered, with their presenter', () => {
    const lines = agendaSummary(seedConference());
    expect(lines).toHaveLength(10);
    expect(lines[0]).toBe('1. Tuyên bố lý do, giới thiệu đại biểu (Văn phòng UBND Tỉnh).');
    expect(lines[9]).toBe('10. Kết luận của Chủ trì Hội nghị (Chủ tịch UBND Tỉnh).');
  });

  it('cuts a long programme and says how many items are left out', () => {
    const lines = agendaSummary(seedConference(), 3);
    expect(lines).toHaveLength(4);
    expect(lines[3]).toBe('(và 7 nội dung khác theo Chương trình kèm theo).');
  });
});
