import { describe, expect, it } from 'vitest';
import { seedConference, seedId } from '../fixtures/seed-conference.js';
import {
  eventDurationMinutes,
  invitationUid,
  renderInvitationIcs,
  vietnamLocalToEpoch,
  type InvitationIcsInput,
} from './invitation-ics.js';

/** Unfolds the lines (RFC 5545 §3.1) and maps each property name to its value. */
const properties = (ics: string): Map<string, string> => {
  const lines = ics
    .replace(/\r\n[ \t]/g, '')
    .split('\r\n')
    .filter(Boolean);
  return new Map(
    lines.map((line) => {
      const colon = line.search(/:(?=(?:[^"]*"[^"]*")*[^"]*$)/);
      return [line.slice(0, colon), line.slice(colon + 1)] as [string, string];
    }),
  );
};

const input = (patch: Partial<InvitationIcsInput> = {}): InvitationIcsInput => {
  const conference = seedConference();
  return {
    conference,
    delegate: { id: seedId(9001), fullName: 'Nguyễn Văn An', email: 'an@chauthanh.dongthap.gov.vn' },
    bridgePoint: conference.bridgePoints.find((p) => !p.isHost)!,
    confirmationUrl: 'https://hoinghi.example.vn/xac-nhan/abc',
    organizerEmail: 'vpubnd@dongthap.gov.vn',
    timestamp: Date.UTC(2021, 5, 28, 2, 0),
    ...patch,
  };
};

describe('invite.ics', () => {
  it('is one VEVENT in UTC: 08:00 in Hà Nội time is 01:00Z', () => {
    const ics = renderInvitationIcs(input());
    expect(ics.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(1);
    const p = properties(ics);
    expect(p.get('DTSTART')).toBe('20210707T010000Z');
    expect(p.get('DTSTAMP')).toBe('20210628T020000Z');
    expect(p.get('METHOD')).toBe('PUBLISH');
  });

  it('lasts 4 hours when the agenda has items without duration, else until the agenda ends', () => {
    expect(properties(renderInvitationIcs(input())).get('DTEND')).toBe('20210707T050000Z');
    const base = seedConference();
    const timed = base.agendaItems.filter(
      (item) => item.parentId === null && item.durationMinutes !== null && item.perSpeakerMinutes === null,
    );
    const conference = { ...base, agendaItems: timed.map((item, position) => ({ ...item, position })) };
    // 5 + 15 + 20 + 15 + 15 + 15 minutes
    expect(eventDurationMinutes(conference)).toBe(85);
    expect(properties(renderInvitationIcs(input({ conference }))).get('DTEND')).toBe('20210707T022500Z');
    expect(eventDurationMinutes({ ...base, agendaItems: [] })).toBe(240);
  });

  it('is placed at the delegate bridge point and organised by the issuing body', () => {
    const p = properties(renderInvitationIcs(input()));
    const point = input().bridgePoint!;
    expect(p.get('LOCATION')).toBe(`Điểm cầu ${point.name}\\, ${point.address}`);
    expect(p.get('ORGANIZER;CN="Ủy ban nhân dân tỉnh Đồng Tháp"')).toBe('MAILTO:vpubnd@dongthap.gov.vn');
    expect(p.get('URL')).toBe('https://hoinghi.example.vn/xac-nhan/abc');
    expect(p.get('DESCRIPTION')).toContain('Xác nhận tham dự: https://hoinghi.example.vn/xac-nhan/abc');
    expect(p.get('SUMMARY')).toMatch(/^Hội nghị trực tuyến về tổng kết/);
  });

  it('keeps the same UID for the same delegate and conference, and SEQUENCE follows the plan version', () => {
    const first = properties(renderInvitationIcs(input()));
    const again = properties(renderInvitationIcs(input({ conference: { ...seedConference(), version: 7 }, timestamp: Date.now() })));
    expect(first.get('UID')).toBe(invitationUid(seedConference().id, seedId(9001)));
    expect(again.get('UID')).toBe(first.get('UID'));
    expect(again.get('SEQUENCE')).toBe('7');
    const other = properties(renderInvitationIcs(input({ delegate: { id: seedId(9002), fullName: 'B', email: '' } })));
    expect(other.get('UID')).not.toBe(first.get('UID'));
  });

  it('converts local times across midnight and month ends', () => {
    expect(new Date(vietnamLocalToEpoch('2021-08-01T05:30')).toISOString()).toBe('2021-07-31T22:30:00.000Z');
    expect(() => vietnamLocalToEpoch('07/7/2021')).toThrow(RangeError);
  });

  it('is never made without an exact start: 409 conference.time_not_set, no invented hour', () => {
    const conference = { ...input().conference, startsAt: null };
    expect(() => renderInvitationIcs(input({ conference }))).toThrow(
      expect.objectContaining({ status: 409, code: 'conference.time_not_set' }),
    );
  });
});
