/**
 * The pure rules of the importer on plain strings, and a second plan of another shape
 * (fixtures/so-noi-vu-2022-ke-hoach.md: printed governing and issuing body, KT. signer,
 * two named points, cost lines, a Markdown pipe table with a time column first).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { cooperatingAgenciesOf, parseAssignmentHeading, producedDocuments } from './assignments.js';
import { hallFromVenue, parseStartTime } from './conference-time.js';
import { deriveIssuingBody, parseNumberLine, parsePlaceAndDate, splitBodies } from './header.js';
import { draftProblems } from './fixtures/plan-draft-schema.js';
import { expandGrid, htmlToLines } from './html-lines.js';
import { parseParticipantLine, parsePointHeading, splitPersonTail } from './participants.js';
import { parsePlanText } from './parse-plan.js';
import { cleanInline, textToLines } from './plan-lines.js';
import { agendaKindOf, parseDurationCell } from './programme.js';

describe('header', () => {
  it('reads number lines of plans and of a công văn', () => {
    expect(parseNumberLine('Số: /KH-UBND')).toEqual({ documentType: 'KH', documentNumber: '', documentSymbol: 'UBND' });
    expect(parseNumberLine('Số: 05/QĐ-UBND')).toEqual({ documentType: 'QĐ', documentNumber: '05', documentSymbol: 'UBND' });
    expect(parseNumberLine('Số: 12/UBND-VX')).toEqual({ documentType: 'CV', documentNumber: '12', documentSymbol: 'UBND-VX' });
    expect(parseNumberLine('Số liệu năm 2021')).toBeNull();
  });
  it('reads the place and a partial or full date', () => {
    expect(parsePlaceAndDate('Đồng Tháp, ngày tháng 6 năm 2021')).toEqual({ place: 'Đồng Tháp', issueDate: '2021-06' });
    expect(parsePlaceAndDate('Hà Nội, ngày 5 tháng 1 năm 2022')).toEqual({ place: 'Hà Nội', issueDate: '2022-01-05' });
    expect(parsePlaceAndDate('Cần Thơ, ngày ... tháng ... năm 2023')).toEqual({ place: 'Cần Thơ', issueDate: '2023' });
    expect(parsePlaceAndDate('Đồng Tháp là tỉnh')).toBeNull();
  });
  it('splits governing and issuing body, joining administrative levels', () => {
    expect(splitBodies(['ỦY BAN NHÂN DÂN', 'TỈNH ĐỒNG THÁP'])).toEqual({
      governingBody: '',
      issuingBody: 'ỦY BAN NHÂN DÂN\nTỈNH ĐỒNG THÁP',
    });
    expect(splitBodies(['UBND TỈNH ĐỒNG THÁP', 'SỞ NỘI VỤ'])).toEqual({ governingBody: 'UBND TỈNH ĐỒNG THÁP', issuingBody: 'SỞ NỘI VỤ' });
  });
  it('derives the issuing body from the symbol and place only for known bodies', () => {
    expect(deriveIssuingBody('UBND', 'Đồng Tháp')).toBe('ỦY BAN NHÂN DÂN\nTỈNH ĐỒNG THÁP');
    expect(deriveIssuingBody('UBND', 'Hà Nội')).toBe('ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HÀ NỘI');
    expect(deriveIssuingBody('XYZ', 'Hà Nội')).toBeNull();
  });
});

describe('time and venue', () => {
  it('parses time and date in the forms plans use', () => {
    expect(parseStartTime('08 giờ 00 phút, ngày 07/7/2021 (thứ Tư).')).toEqual({ startsAt: '2021-07-07T08:00', weekdayNote: null });
    expect(parseStartTime('14h30, ngày 12 tháng 01 năm 2022')?.startsAt).toBe('2022-01-12T14:30');
    expect(parseStartTime('02 giờ chiều, ngày 12/01/2022')?.startsAt).toBe('2022-01-12T14:00');
    expect(parseStartTime('ngày 31/02/2021, 08 giờ')).toBeNull();
    expect(parseStartTime('sẽ thông báo sau')).toBeNull();
  });
  it('notes a weekday that contradicts the date', () => {
    expect(parseStartTime('08 giờ, ngày 07/7/2021 (thứ 5)')?.weekdayNote).toContain('thứ Tư');
    expect(parseStartTime('08 giờ, ngày 07/7/2021 (thứ 4)')?.weekdayNote).toBeNull();
  });
  it('takes the hall of the host point from the venue', () => {
    expect(hallFromVenue('Hội trường UBND Tỉnh và trực tuyến tại các điểm cầu.')).toBe('Hội trường UBND Tỉnh');
    expect(hallFromVenue('Phòng họp số 2.')).toBe('Phòng họp số 2');
  });
});

describe('participants', () => {
  it('reads point headings', () => {
    expect(parsePointHeading('Điểm cầu Tỉnh: 40 đại biểu.')).toEqual({ name: 'Điểm cầu Tỉnh', quota: 40, isEveryOtherPoint: false });
    expect(parsePointHeading('Đầu cầu cấp huyện')).toEqual({ name: 'Đầu cầu cấp huyện', quota: null, isEveryOtherPoint: true });
    expect(parsePointHeading('Khách mời')).toBeNull();
  });
  it('finds a person at the end of a role line, not a place', () => {
    expect(splitPersonTail('UBND Tỉnh Phạm Thiện Nghĩa')).toEqual({ organisation: 'UBND Tỉnh', personName: 'Phạm Thiện Nghĩa' });
    expect(splitPersonTail('UBND thành phố Cao Lãnh')).toEqual({ organisation: 'UBND thành phố Cao Lãnh', personName: '' });
    expect(splitPersonTail('UBND Thành phố Hồ Chí Minh')).toEqual({ organisation: 'UBND Thành phố Hồ Chí Minh', personName: '' });
  });
  it('splits lines at semicolons outside parentheses and reads counts', () => {
    const groups = parseParticipantLine('Sở Tài chính: 02 đại biểu; Sở Y tế (Phòng A; Phòng B).');
    expect(groups.map((g) => [g.organisation, g.count])).toEqual([
      ['Sở Tài chính', 2],
      ['Sở Y tế (Phòng A; Phòng B)', null],
    ]);
  });
});

describe('assignments', () => {
  it('splits an inline task off the heading', () => {
    expect(parseAssignmentHeading('Sở Nội vụ')).toEqual({ leadAgency: 'Sở Nội vụ', inlineTask: null });
    expect(parseAssignmentHeading('Báo Đồng Tháp: Đưa tin.')).toEqual({ leadAgency: 'Báo Đồng Tháp', inlineTask: 'Đưa tin.' });
  });
  it('reads co-operating agencies, keeping `và` inside names', () => {
    expect(cooperatingAgenciesOf('Phối hợp với Sở Kế hoạch và Đầu tư và Sở Tài chính chuẩn bị tài liệu')).toEqual([
      'Sở Kế hoạch và Đầu tư',
      'Sở Tài chính',
    ]);
    expect(cooperatingAgenciesOf('Chuẩn bị tài liệu, phối hợp chặt chẽ')).toEqual([]);
  });
  it('names produced documents but not discussed drafts', () => {
    expect(producedDocuments('Dự thảo Thông báo kết luận.')).toBe('dự thảo Thông báo kết luận');
    expect(producedDocuments('Góp ý dự thảo Quyết định.')).toBe('');
    expect(producedDocuments('Chuẩn bị nước uống.')).toBe('');
  });
});

describe('programme cells', () => {
  it('reads durations', () => {
    expect(parseDurationCell('5 phút')).toEqual({ minutes: 5, perSpeakerMinutes: null, text: '' });
    expect(parseDurationCell('1 giờ 30 phút')).toEqual({ minutes: 90, perSpeakerMinutes: null, text: '' });
    expect(parseDurationCell('08h00 - 08h05')).toEqual({ minutes: 5, perSpeakerMinutes: null, text: '08h00 - 08h05' });
    expect(parseDurationCell('Mỗi đại biểu trình bày 07 phút')).toEqual({
      minutes: null,
      perSpeakerMinutes: 7,
      text: 'Mỗi đại biểu trình bày 07 phút',
    });
    expect(parseDurationCell('tùy tình hình')).toEqual({ minutes: null, perSpeakerMinutes: null, text: 'tùy tình hình' });
  });
  it('tells kinds apart', () => {
    expect(['Giải lao', 'Ý kiến phát biểu của A', 'Kết luận của B', 'Ý kiến, tham luận'].map(agendaKindOf)).toEqual([
      'break',
      'remarks',
      'conclusion',
      'item',
    ]);
  });
});

describe('lines', () => {
  it('strips Markdown markup and keeps escaped stars', () => {
    expect(cleanInline('**\\* Ghi chú:** Chương trình')).toBe('* Ghi chú: Chương trình');
    expect(cleanInline('***Nơi nhận:***')).toBe('Nơi nhận:');
    expect(cleanInline('*nghiêng* và  **đậm**  ')).toBe('nghiêng và đậm');
  });
  it('reads tab rows, pipe rows and bullets', () => {
    expect(textToLines('a\tb\t\n| c | d |\n|---|---|\n* e\n---')).toEqual([
      { text: 'a\tb', cells: ['a', 'b', ''] },
      { text: 'c\td', cells: ['c', 'd'] },
      { text: '- e', cells: null },
    ]);
  });
  it('expands rowspan and colspan so columns stay aligned', () => {
    const cell = (text: string, colspan = 1, rowspan = 1) => ({ paragraphs: [text], colspan, rowspan });
    expect(
      expandGrid([
        [cell('a'), cell('b', 1, 2), cell('c')],
        [cell('d'), cell('e')],
        [cell('f', 2), cell('g')],
      ]),
    ).toEqual([
      ['a', 'b', 'c'],
      ['d', '', 'e'],
      ['f', '', 'g'],
    ]);
  });
  it('reads mammoth HTML: paragraphs, list items, line breaks, entities and tables', () => {
    const html =
      '<p>A &amp; B</p><ul><li>x</li></ul><p>TM. X<br />CHỦ TỊCH</p><table><tr><td><p>1</p></td><td><p>y</p><p>z</p></td></tr></table>';
    expect(htmlToLines(html)).toEqual([
      { text: 'A & B', cells: null },
      { text: '- x', cells: null },
      { text: 'TM. X', cells: null },
      { text: 'CHỦ TỊCH', cells: null },
      { text: '1\ty\nz', cells: ['1', 'y\nz'] },
    ]);
  });
});

describe('a plan of another shape', () => {
  const text = readFileSync(fileURLToPath(new URL('./fixtures/so-noi-vu-2022-ke-hoach.md', import.meta.url)), 'utf8');
  const draft = parsePlanText(text);

  it('reads the printed bodies, number, full date and the KT. signer', () => {
    expect([draft.governingBody, draft.issuingBody, draft.documentNumber, draft.documentSymbol, draft.issueDate]).toEqual([
      'UBND TỈNH ĐỒNG THÁP',
      'SỞ NỘI VỤ',
      '05',
      'SNV',
      '2022-01-05',
    ]);
    expect([draft.signerAuthority, draft.signerBody, draft.signerTitle, draft.signerName]).toEqual([
      'KT.',
      'GIÁM ĐỐC',
      'PHÓ GIÁM ĐỐC',
      'Nguyễn Văn An',
    ]);
    expect(draft.startsAt).toBe('2022-01-12T14:30');
    expect(draft.closingText).toBe('Trên đây là Kế hoạch tổ chức Hội nghị của Sở Nội vụ./.');
    expect(draft.replacesInvitation).toBe(false);
  });

  it('makes two points and places each line at its point', () => {
    expect(draft.bridgePoints.map((p) => [p.name, p.quota, p.isHost])).toEqual([
      ['Điểm cầu Sở Nội vụ', 25, true],
      ['Điểm cầu UBND huyện Lấp Vò', 15, false],
    ]);
    expect(draft.participantGroups.map((g) => [g.bridgePointKey, g.role, g.organisation, g.personName, g.count, g.isPresiding])).toEqual([
      ['point-1', 'Phó Giám đốc', 'Sở Nội vụ', 'Nguyễn Văn An', null, true],
      ['point-1', '', 'Sở Tài chính', '', 2, false],
      ['point-1', 'Trưởng phòng', 'Phòng Nội vụ huyện Lấp Vò', '', null, false],
      ['point-2', 'Phó Chủ tịch', 'UBND huyện Lấp Vò', 'Trần Thị Bích Ngọc', null, false],
    ]);
  });

  it('reads cost lines and the pipe table by its header names, whatever the column order', () => {
    expect(draft.costLines).toEqual([
      { description: 'Nước uống', amountVnd: 500000 },
      { description: 'In tài liệu', amountVnd: 1200000 },
    ]);
    expect(
      draft.agendaItems.map((i) => [i.number, i.content, i.presenterOrganisation, i.presenterPerson, i.durationMinutes, i.kind]),
    ).toEqual([
      ['1', 'Khai mạc', 'Phó Giám đốc Sở', 'Nguyễn Văn An', 10, 'item'],
      ['2', 'Thảo luận', 'Các đại biểu', '', 60, 'item'],
      ['3', 'Nghỉ giải lao', '', '', null, 'break'],
      ['4', 'Phát biểu kết luận', 'Phó Giám đốc Sở', 'Nguyễn Văn An', 10, 'conclusion'],
    ]);
    expect(draft.unclassified).toEqual([]);
    expect(draftProblems(draft)).toEqual([]);
  });
});
