/**
 * The seed plan (Đồng Tháp, 07/7/2021), element by element (DOMAIN.md's checklist).
 * Expected values are read from the seed's text independently of the parser (plain
 * string slicing between headings), so a parser that drops or alters a line fails.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { draftProblems } from './fixtures/plan-draft-schema.js';
import { parsePlanText } from './parse-plan.js';

const SEED = readFileSync(fileURLToPath(new URL('../../reference/seeds/dong-thap-2021-ke-hoach-cchc.txt', import.meta.url)), 'utf8');
const draft = parsePlanText(SEED);

/** `- ` lines of the seed between the first line containing `from` and the next containing `to`, bullet and ** removed. */
const seedBullets = (from: string, to: string): string[] => {
  const lines = SEED.split('\n');
  const start = lines.findIndex((line) => line.includes(from));
  const end = lines.findIndex((line, index) => index > start && line.includes(to));
  expect(start).toBeGreaterThanOrEqual(0);
  expect(end).toBeGreaterThan(start);
  return lines
    .slice(start + 1, end)
    .filter((line) => line.startsWith('- '))
    .map((line) => line.slice(2).replaceAll('**', '').trim());
};

/** Rows of the programme table as tab-separated cells. */
const seedRows = (): string[][] =>
  SEED.split('\n')
    .slice(SEED.split('\n').findIndex((line) => line.startsWith('STT\t')) + 1)
    .filter((line) => line.includes('\t'))
    .map((line) => line.split('\t'));

describe('header', () => {
  it('reads type, number, symbol, place and the partial issue date', () => {
    expect(draft.documentType).toBe('KH');
    expect(draft.documentNumber).toBe('');
    expect(draft.documentSymbol).toBe('UBND');
    expect(draft.place).toBe('Đồng Tháp');
    expect(draft.issueDate).toBe('2021-06');
  });
  it('derives the issuing body from the symbol and the place, since the text does not print it', () => {
    expect(draft.issuingBody).toBe('ỦY BAN NHÂN DÂN\nTỈNH ĐỒNG THÁP');
    expect(draft.governingBody).toBe('');
  });
  it('keeps title and purpose verbatim, markup stripped', () => {
    const title = /^### \*\*(.+)\*\*$/m.exec(SEED)![1];
    expect(draft.title).toBe(title);
    const purpose = SEED.split('\n').find((line) => line.startsWith('Nhằm tổng kết'));
    expect(draft.purpose).toBe(purpose);
  });
});

describe('I. time and venue', () => {
  it('parses 08 giờ 00 phút, ngày 07/7/2021 (thứ Tư)', () => {
    expect(draft.startsAt).toBe('2021-07-07T08:00');
  });
  it('keeps the venue verbatim', () => {
    expect(draft.venue).toBe(/^- Địa điểm: (.+)$/m.exec(SEED)![1]);
  });
});

describe('II. participants', () => {
  it('makes the host point of 40 delegates at the hall of the venue', () => {
    expect(draft.bridgePoints).toEqual([
      expect.objectContaining({
        name: 'Điểm cầu Tỉnh',
        quota: 40,
        kind: 'hall',
        isHost: true,
        address: 'Hội trường Ủy ban nhân dân (UBND) Tỉnh',
      }),
    ]);
  });

  it('places both remote guests at the host point, the named expert and the representative', () => {
    const remote = draft.participantGroups.filter((group) => group.isRemote);
    expect(remote).toHaveLength(2);
    expect(remote[0]).toMatchObject({
      personName: 'Đỗ Thanh Huyền',
      role: 'chuyên gia về Chỉ số PAPI',
      organisation: 'Chương trình Phát triển Liên Hợp Quốc tại Việt Nam (UNDP)',
      bridgePointKey: 'point-1',
      category: '1.1. Khách mời ngoài tỉnh (kết nối với điểm cầu Tỉnh qua phần mềm họp trực tuyến)',
    });
    expect(remote[1]).toMatchObject({ isRepresentative: true, organisation: 'Vụ Cải cách hành chính – Bộ Nội vụ' });
  });

  it('keeps every printed line of II.1 and II.2 as the text of its groups, in order', () => {
    const expected = [...seedBullets('1. Điểm cầu Tỉnh', '2. Đầu cầu cấp huyện'), ...seedBullets('2. Đầu cầu cấp huyện', 'III. PHÂN CÔNG')];
    expect(expected).toHaveLength(11);
    const texts = draft.participantGroups.map((group) => group.text).filter((text, i, all) => all.indexOf(text) === i);
    expect(texts).toEqual(expected);
  });

  it('reads role, organisation and the presiding chair of II.1.2', () => {
    const host = draft.participantGroups.filter((group) => group.category.startsWith('1.2.'));
    expect(host[0]).toMatchObject({ role: 'Thường trực', organisation: 'Tỉnh ủy', isRepresentative: false });
    expect(host[1]).toMatchObject({ role: 'Thường trực', organisation: 'HĐND Tỉnh' });
    expect(host[2]).toMatchObject({ role: 'Chủ tịch', organisation: 'UBND Tỉnh', personName: 'Phạm Thiện Nghĩa', isPresiding: true });
    expect(draft.participantGroups.filter((group) => group.isPresiding)).toHaveLength(1);
  });

  it('gives one representative group per organisation of an `Đại diện lãnh đạo:` list', () => {
    for (const line of seedBullets('1.2. Cơ quan', '2. Đầu cầu').filter((l) => l.startsWith('Đại diện lãnh đạo:'))) {
      const organisations = line
        .replace('Đại diện lãnh đạo:', '')
        .replace(/\.$/, '')
        .split(';')
        .map((s) => s.trim());
      const groups = draft.participantGroups.filter((group) => group.text === line);
      expect(groups.map((group) => group.organisation)).toEqual(organisations);
      expect(groups.every((group) => group.isRepresentative && group.role === 'Đại diện lãnh đạo')).toBe(true);
    }
  });

  it('puts the district lines at every other point, with the delegated invitation', () => {
    const district = draft.participantGroups.filter((group) => group.scope === 'every_other_point');
    expect(district.map((group) => [group.role, group.organisation, group.invitedBy])).toEqual([
      ['Chủ tịch', 'UBND huyện, thành phố trực thuộc tỉnh', ''],
      ['Thủ trưởng', 'các Phòng chuyên môn, đơn vị thuộc UBND cấp huyện liên quan', ''],
      ['Chủ tịch', 'UBND cấp xã', 'Chủ tịch UBND cấp huyện'],
    ]);
    expect(district.every((group) => group.bridgePointKey === null && group.category === '2. Đầu cầu cấp huyện')).toBe(true);
    const hostGroups = draft.participantGroups.filter((group) => group.scope === 'point');
    expect(hostGroups.every((group) => group.bridgePointKey === 'point-1')).toBe(true);
  });
});

describe('III. assignments', () => {
  const expected: [string, string, string][] = [
    ['Sở Nội vụ', '1. Sở Nội vụ', '2. Văn phòng UBND Tỉnh'],
    ['Văn phòng UBND Tỉnh', '2. Văn phòng UBND Tỉnh', '3. Sở, ban, ngành'],
    ['Sở, ban, ngành tỉnh và UBND huyện, thành phố', '3. Sở, ban, ngành', '4. Các cơ quan Báo'],
  ];
  it('has four assignments with their lead agencies', () => {
    expect(draft.assignments.map((a) => a.leadAgency)).toEqual([
      ...expected.map(([lead]) => lead),
      'Các cơ quan Báo, Đài Phát thanh và Truyền hình Đồng Tháp, Cổng Thông tin điện tử Tỉnh',
    ]);
  });
  it.each(expected.map((row, index) => [index, ...row] as const))(
    'assignment %i (%s) has every bullet of the seed as a task',
    (index, _lead, from, to) => {
      const tasks = draft.assignments[index]!.tasks;
      expect(tasks.map((task) => task.text)).toEqual(seedBullets(from, to));
      expect(tasks.every((task) => task.status === 'todo' && task.deadline === null)).toBe(true);
    },
  );
  it('takes the inline task of heading 4 after its colon', () => {
    expect(draft.assignments[3]!.tasks.map((task) => task.text)).toEqual(['Tham dự, đưa tin.']);
  });
  it('reads co-operating agencies from `phối hợp`', () => {
    const cooperating = draft.assignments.flatMap((a) => a.tasks).filter((task) => task.cooperatingAgencies.length > 0);
    expect(cooperating.map((task) => task.cooperatingAgencies)).toEqual([['Văn phòng UBND Tỉnh'], ['Sở Nội vụ']]);
  });
  it('names the documents the tasks produce, and not the draft that is only discussed', () => {
    const [interior, office, agencies] = draft.assignments;
    expect(interior!.tasks.map((task) => task.producesDocument)).toEqual(['Báo cáo; dự thảo Quyết định', 'Báo cáo', '', '']);
    expect(office!.tasks[2]!.producesDocument).toBe('bài phát biểu; dự thảo Thông báo kết luận');
    expect(agencies!.tasks[0]!.producesDocument).toBe('');
  });
  it('links the contribution task to agenda item 5', () => {
    const task = draft.assignments[2]!.tasks[1]!;
    expect(task.text).toBe('Chuẩn bị nội dung tham luận theo phân công tại Chương trình kèm theo.');
    const item = draft.agendaItems.find((candidate) => candidate.key === task.agendaItemKey);
    expect(item?.number).toBe('5');
    expect(draft.assignments.flatMap((a) => a.tasks).filter((t) => t.agendaItemKey !== null)).toHaveLength(1);
  });
});

describe('IV. funding, closing, Nơi nhận and signer', () => {
  it('keeps the funding source', () => {
    expect(draft.fundingSource).toBe('Sử dụng từ nguồn kinh phí cải cách hành chính năm 2021 được phân bổ cho Sở Nội vụ.');
    expect(draft.costLines).toEqual([]);
  });
  it('marks the plan as replacing the invitation and keeps the closing paragraph', () => {
    expect(draft.replacesInvitation).toBe(true);
    expect(draft.closingText).toBe(SEED.split('\n').find((line) => line.startsWith('Kế hoạch này thay thư mời')));
  });
  it('keeps all 7 lines of Nơi nhận verbatim', () => {
    const expected = seedBullets('Nơi nhận', 'TM. ỦY BAN');
    expect(expected).toHaveLength(7);
    expect(draft.distribution.map((line) => line.text)).toEqual(expected);
  });
  it('reads the signer', () => {
    expect([draft.signerAuthority, draft.signerBody, draft.signerTitle, draft.signerName]).toEqual([
      'TM.',
      'ỦY BAN NHÂN DÂN',
      'CHỦ TỊCH',
      'Phạm Thiện Nghĩa',
    ]);
  });
});

describe('programme', () => {
  const top = draft.agendaItems.filter((item) => item.parentKey === null);
  const numbered = seedRows().filter(([number]) => /^\d+$/.test(number!));

  it('has the 10 numbered items with content, presenter and duration of the table', () => {
    expect(numbered).toHaveLength(10);
    expect(top.map((item) => [item.number, item.content, item.presenterOrganisation])).toEqual(
      numbered.map(([number, content, presenter]) => [number, content, presenter]),
    );
    const minutes = numbered.map(([, , , duration]) => (duration ? Number(/^(\d+) phút$/.exec(duration)![1]) : null));
    expect(top.map((item) => item.durationMinutes)).toEqual(minutes);
    expect(minutes.slice(0, 3).reduce((a, b) => a! + b!, 0)).toBe(40);
    expect([top[3], top[8], top[9]].map((item) => item!.durationMinutes)).toEqual([null, null, null]);
  });

  it('puts the 8 speakers under item 5 with their presenters, and the shared 7-minute rule on item 5', () => {
    const group = top[4]!;
    expect(group).toMatchObject({ perSpeakerMinutes: 7, durationText: 'Mỗi đại biểu trình bày 07 phút', durationMinutes: null });
    const speakers = draft.agendaItems.filter((item) => item.parentKey === group.key);
    const rows = seedRows().filter(([number]) => number === '-');
    expect(rows).toHaveLength(8);
    expect(speakers.map((item) => item.presenterOrganisation)).toEqual(rows.map((row) => row[2]));
    expect(speakers.every((item) => item.number === '-' && item.durationMinutes === null && item.durationText === '')).toBe(true);
    expect(speakers.every((item) => item.perSpeakerMinutes === null)).toBe(true);
  });

  it('joins the continuation row to the row above it', () => {
    const speakers = draft.agendaItems.filter((item) => item.parentKey === top[4]!.key);
    expect(speakers[6]!.content).toBe('Phát biểu về giải pháp cải thiện và nâng cao Chỉ số CCHC thuộc trách nhiệm quản lý của ngành');
    expect(speakers[6]!.presenterOrganisation).toBe('Sở Kế hoạch và Đầu tư');
  });

  it('tells breaks, remarks and the conclusion apart', () => {
    expect(top.map((item) => item.kind)).toEqual([
      'item',
      'item',
      'item',
      'item',
      'item',
      'break',
      'remarks',
      'remarks',
      'remarks',
      'conclusion',
    ]);
  });

  it('keeps the programme note', () => {
    expect(draft.programmeNote).toBe('Chương trình có thể thay đổi tùy theo tình hình thực tế.');
  });
});

it('places every line of the seed: nothing is unclassified', () => {
  expect(draft.unclassified).toEqual([]);
});

it('gives keys that are unique and references that resolve', () => {
  const keys = [...draft.bridgePoints.map((p) => p.key), ...draft.agendaItems.map((i) => i.key)];
  expect(new Set(keys).size).toBe(keys.length);
  for (const item of draft.agendaItems) if (item.parentKey) expect(draft.agendaItems.some((i) => i.key === item.parentKey)).toBe(true);
  for (const group of draft.participantGroups) {
    if (group.bridgePointKey) expect(draft.bridgePoints.some((p) => p.key === group.bridgePointKey)).toBe(true);
  }
});

it('passes the limits of the plan schema that the services validate against', () => {
  expect(draftProblems(draft)).toEqual([]);
});
