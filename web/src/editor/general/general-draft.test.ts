import { describe, expect, it } from 'vitest';
import type { Conference } from '../../../../src/domain/conference.schema.js';
import {
  blankSession,
  changePrecision,
  changeTimeMode,
  composeChairText,
  fromConference,
  infoPatch,
  isGeneralDraft,
  listChanged,
  sessionDraftOf,
  sessionInputOf,
  updateChair,
} from './general-draft.js';

const session = {
  label: 'Phiên khai mạc',
  date: '2026-06',
  dateIsApproximate: true,
  startTime: null,
  endTime: null,
  partOfDay: null,
  timeText: 'dự kiến trong tháng 6/2026',
};

describe('sessions as the form holds them', () => {
  it('turns blanks into null and keeps what is known, never more', () => {
    const draft = sessionDraftOf(session);
    expect(draft).toMatchObject({ precision: 'month', date: '2026-06', timeMode: 'none' });
    expect(sessionInputOf(draft)).toEqual(session);
    expect(sessionInputOf(blankSession())).toEqual({
      label: '',
      date: null,
      dateIsApproximate: false,
      startTime: null,
      endTime: null,
      partOfDay: null,
      timeText: '',
    });
  });

  it('cuts the date to a coarser precision and starts a finer one blank', () => {
    const day = { ...blankSession(), date: '2026-06-17' };
    expect(changePrecision(day, 'month').date).toBe('2026-06');
    expect(changePrecision(day, 'year').date).toBe('2026');
    expect(changePrecision({ ...day, precision: 'month', date: '2026-06' }, 'day').date).toBe('');
    expect(sessionInputOf(changePrecision({ ...day, dateIsApproximate: true }, 'none'))).toMatchObject({
      date: null,
      dateIsApproximate: false,
    });
  });

  it('clears the other way of giving the hour when the mode changes', () => {
    const clock = { ...blankSession(), timeMode: 'clock' as const, startTime: '08:00', endTime: '11:30' };
    expect(changeTimeMode(clock, 'part')).toMatchObject({ startTime: '', endTime: '11:30', partOfDay: '' });
    expect(changeTimeMode({ ...clock, partOfDay: 'morning' }, 'none')).toMatchObject({ startTime: '', endTime: '', partOfDay: '' });
  });
});

describe('chairs', () => {
  it('composes the printed line and follows the name and title until the user writes their own', () => {
    expect(composeChairText({ personName: 'Nguyễn Văn Hậu', title: 'Phó Chủ tịch UBND tỉnh' })).toBe(
      'đồng chí Nguyễn Văn Hậu, Phó Chủ tịch UBND tỉnh',
    );
    expect(composeChairText({ personName: '', title: 'Chủ tịch UBND tỉnh' })).toBe('Chủ tịch UBND tỉnh');
    const chair = { key: 'k', role: 'chair' as const, personName: '', title: '', text: '' };
    const named = updateChair(updateChair(chair, { personName: 'Nguyễn Văn Hậu' }), { title: 'Phó Chủ tịch UBND tỉnh' });
    expect(named.text).toBe('đồng chí Nguyễn Văn Hậu, Phó Chủ tịch UBND tỉnh');
    const own = { ...named, text: 'Đ/c Nguyễn Văn Hậu - PCT UBND tỉnh' };
    expect(updateChair(own, { title: 'Chủ tịch UBND tỉnh' }).text).toBe('Đ/c Nguyễn Văn Hậu - PCT UBND tỉnh');
  });
});

describe('the General section draft', () => {
  const conference = {
    issuerKind: 'state',
    documentType: 'CĐ',
    governingBody: '',
    issuingBody: 'VĂN PHÒNG CHÍNH PHỦ',
    documentNumber: '',
    documentSymbol: 'VPCP-TH',
    place: 'Hà Nội',
    issueDate: '2026-06',
    title: 'Hội nghị trực tuyến toàn quốc',
    purpose: '',
    venue: '',
    replacesInvitation: false,
    closingText: '',
    telegramLine: 'VĂN PHÒNG CHÍNH PHỦ điện:',
    addressees: ['Bộ Nội vụ', 'UBND các tỉnh, thành phố'],
    commentDeadline: null,
    sessions: [{ id: 's1', position: 0, ...session }],
    chairs: [{ id: 'c1', position: 0, role: 'chair', personName: '', title: 'Thủ tướng Chính phủ', text: 'Thủ tướng Chính phủ' }],
  } as unknown as Conference;

  it('is the same for the same plan (keys from ids), and recognises its own shape', () => {
    expect(fromConference(conference)).toEqual(fromConference(conference));
    expect(isGeneralDraft(fromConference(conference))).toBe(true);
    expect(isGeneralDraft({ title: 'an older draft', startsAt: '2021-07-07T08:00' })).toBe(false);
  });

  it('patches only what changed: addressees one per line, a blank deadline as null', () => {
    const source = fromConference(conference).info;
    expect(infoPatch(source, source)).toEqual({});
    const patch = infoPatch(
      { ...source, addresseesText: ' Bộ Nội vụ \n\nBộ Tài chính\n', commentDeadline: '2026-06-10', issueDay: '5' },
      source,
    );
    expect(patch).toEqual({ addressees: ['Bộ Nội vụ', 'Bộ Tài chính'], commentDeadline: '2026-06-10', issueDate: '2026-06-05' });
    expect(infoPatch({ ...source, commentDeadline: '' }, { ...source, commentDeadline: '2026-06-10' })).toEqual({ commentDeadline: null });
  });

  it('sees a change of the sessions but not of the cards keys', () => {
    const { sessions } = fromConference(conference);
    expect(
      listChanged(
        sessions.map((s) => ({ ...s, key: 'other' })),
        sessions,
      ),
    ).toBe(false);
    expect(listChanged([...sessions, blankSession()], sessions)).toBe(true);
  });
});
