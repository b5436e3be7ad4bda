/**
 * importPlan and parsePlanText on inputs that are not the clean seed: stray text (kept as
 * unclassified), a contradicting weekday, Windows line endings, NFD text, a table with too
 * many columns, empty and binary files, unknown formats, and random text (fast-check):
 * never anything but a DomainError, always NFC.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PlanDraft } from '../domain/conference.schema.js';
import { DomainError } from '../domain/errors.js';
import { draftProblems } from './fixtures/plan-draft-schema.js';
import { seedText } from './fixtures/seed-docx.js';
import { detectFormat, importPlan, parsePlanText } from './index.js';

const SEED = seedText();
const fromText = parsePlanText(SEED);

const importText = (text: string, fileName = 'ke-hoach.txt') => importPlan({ fileName, data: Buffer.from(text, 'utf8') });

const errorOf = async (promise: Promise<unknown>): Promise<DomainError> => {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DomainError);
  return error as DomainError;
};

/** Every string of the draft, to check NFC. */
const strings = (value: unknown): string[] =>
  typeof value === 'string' ? [value] : value && typeof value === 'object' ? Object.values(value).flatMap(strings) : [];

describe('nothing is dropped silently', () => {
  it('keeps a stray paragraph verbatim with the heading it was found under', () => {
    const stray = 'Đoạn văn lạc chỗ không thuộc mục nào của kế hoạch.';
    const text = SEED.replace('## **IV. KINH PHÍ THỰC HIỆN**', `${stray}\n\n## **IV. KINH PHÍ THỰC HIỆN**`);
    expect(parsePlanText(text).unclassified).toEqual([
      {
        section: '4. Các cơ quan Báo, Đài Phát thanh và Truyền hình Đồng Tháp, Cổng Thông tin điện tử Tỉnh: Tham dự, đưa tin.',
        text: stray,
      },
    ]);
    const inParticipants = parsePlanText(SEED.replace('## **2. Đầu cầu cấp huyện**', `${stray}\n\n## **2. Đầu cầu cấp huyện**`));
    expect(inParticipants.unclassified).toEqual([{ section: '1.2. Cơ quan đảng, chính quyền, đoàn thể', text: stray }]);
    expect(inParticipants.participantGroups).toEqual(fromText.participantGroups);
    const inOther = parsePlanText(SEED.replace('## **IV. KINH PHÍ', `## **V. NỘI DUNG KHÁC**\n\n${stray}\n\n## **VI. KINH PHÍ`));
    // A section of its own kind is kept in the outline with its text, printed in its place.
    expect(inOther.unclassified).toEqual([]);
    expect(inOther.outline.find((section) => section.numbering === 'V')).toMatchObject({
      heading: 'NỘI DUNG KHÁC',
      kind: 'other',
      paragraphs: [{ level: 0, text: stray }],
    });
  });

  it('keeps stray lines of section I, of the signature and of the programme', () => {
    const text = SEED.replace('##### **2. Chương trình hội nghị', 'Ghi nhớ: mang theo tài liệu.\n\n##### **2. Chương trình hội nghị')
      .replace('**Phạm Thiện Nghĩa**', '**Phạm Thiện Nghĩa**\n\nMột dòng sau chữ ký.')
      .replace('**\\* Ghi chú:**', 'Dòng lạ trong chương trình\n\n**\\* Ghi chú:**');
    const draft = parsePlanText(text);
    expect(draft.unclassified).toEqual([
      { section: '1. Thời gian và địa điểm', text: 'Ghi nhớ: mang theo tài liệu.' },
      { section: 'Chữ ký', text: 'Một dòng sau chữ ký.' },
      { section: 'CHƯƠNG TRÌNH HỘI NGHỊ', text: 'Dòng lạ trong chương trình' },
    ]);
    expect(draft.signerName).toBe('Phạm Thiện Nghĩa');
  });

  it('keeps the date and notes a typed weekday that contradicts it', () => {
    const draft = parsePlanText(SEED.replace('(thứ Tư)', '(thứ Năm)'));
    expect(draft.startsAt).toBe('2021-07-07T08:00');
    expect(draft.unclassified).toHaveLength(1);
    expect(draft.unclassified[0]!.text).toContain('thứ Năm');
    expect(draft.unclassified[0]!.text).toContain('thứ Tư');
  });

  it('keeps the cells of extra table columns', () => {
    const text = SEED.replace('STT\tNỘI DUNG\tTHỰC HIỆN\tTHỜI LƯỢNG', 'STT\tNỘI DUNG\tTHỰC HIỆN\tTHỜI LƯỢNG\tGHI CHÚ').replace(
      'Văn phòng UBND Tỉnh\t5 phút',
      'Văn phòng UBND Tỉnh\t5 phút\tĐúng giờ\tcột thừa',
    );
    const draft = parsePlanText(text);
    expect(draft.agendaItems).toEqual(fromText.agendaItems);
    expect(draft.unclassified).toEqual([
      { section: 'CHƯƠNG TRÌNH HỘI NGHỊ', text: '1. Tuyên bố lý do, giới thiệu đại biểu | GHI CHÚ: Đúng giờ | cột thừa' },
    ]);
  });
});

describe('encodings and line endings', () => {
  it('reads Windows line endings like Unix ones', async () => {
    expect(await importText(SEED.replace(/\n/g, '\r\n'))).toEqual(fromText);
  });

  it('reads NFD text and returns NFC', async () => {
    const draft = await importText(SEED.normalize('NFD'));
    expect(draft).toEqual(fromText);
    expect(strings(draft).every((s) => s === s.normalize('NFC'))).toBe(true);
  });

  it('reads UTF-16 with a byte-order mark and a UTF-8 BOM', async () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(SEED, 'utf16le')]);
    expect(await importPlan({ fileName: 'a.txt', data: utf16 })).toEqual(fromText);
    expect(await importText(`\ufeff${SEED}`, 'a.md')).toEqual(fromText);
  });
});

describe('refused files', () => {
  it('refuses other formats with 415 import.unsupported_format', async () => {
    for (const fileName of ['plan.pdf', 'plan.doc', 'plan.odt', 'plan.xlsx']) {
      const error = await errorOf(importText(SEED, fileName));
      expect([error.status, error.code]).toEqual([415, 'import.unsupported_format']);
      expect(error.localized.vi).toContain(fileName);
    }
  });

  it('refuses empty, blank and binary files with 422 import.empty', async () => {
    for (const data of [Buffer.alloc(0), Buffer.from(' \n\r\n\t \n'), Buffer.from([0, 1, 2, 3, 255, 254, 0, 7, 8, 9])]) {
      const error = await errorOf(importPlan({ fileName: 'a.txt', data }));
      expect([error.status, error.code]).toEqual([422, 'import.empty']);
    }
  });

  it('refuses text that holds no plan with 422', async () => {
    const error = await errorOf(importText('Xin chào, đây là một ghi chú bình thường.\nKhông có gì thêm.'));
    expect([error.status, error.code]).toEqual([422, 'import.not_a_plan']);
  });

  it('keeps a plan without a time, with the time unknown: never the issue date at 08:00', async () => {
    const draft = await importText('KẾ HOẠCH\nTổ chức hội nghị\nĐồng Tháp, ngày 05 tháng 6 năm 2021\nI. THÀNH PHẦN\n- Sở Nội vụ.');
    expect(draft.startsAt).toBeNull();
    expect(draft.sessions.every((session) => session.startTime === null)).toBe(true);
    expect(JSON.stringify(draft)).not.toContain('08:00');
  });
});

it('picks the reader by extension, then by content', () => {
  const zip = Buffer.from([0x50, 0x4b, 0x03, 0x04, 0]);
  expect(detectFormat('A.DOCX', Buffer.from('x'))).toBe('docx');
  expect(detectFormat('plan.md', Buffer.from('x'))).toBe('text');
  expect(detectFormat('plan', zip)).toBe('docx');
  expect(detectFormat('plan', Buffer.from('x'))).toBe('text');
  expect(detectFormat('plan.pdf', Buffer.from('x'))).toBeNull();
});

describe('random input', () => {
  const lineParts = fc.constantFrom(
    'KẾ HOẠCH',
    'I. THỜI GIAN',
    'II. THÀNH PHẦN THAM DỰ',
    'III. PHÂN CÔNG',
    '1. Sở Nội vụ',
    '1.1. Khách mời',
    '- Đại diện lãnh đạo: A; B',
    'Nơi nhận:',
    'TM. ỦY BAN NHÂN DÂN',
    'CHỦ TỊCH',
    'CHƯƠNG TRÌNH HỘI NGHỊ',
    'STT\tNỘI DUNG\tTHỰC HIỆN\tTHỜI LƯỢNG',
    '1\tA\tB\t5 phút',
    '-\tx\t\tMỗi đại biểu 07 phút',
    '\tcontinued\t\t',
    'Số: /KH-UBND',
    'Hà Nội, ngày 31 tháng 2 năm 2021',
    '- Thời gian: 25 giờ, ngày 32/13/2021',
    '- Thời gian: 08 giờ, ngày 07/7/2021 (thứ Hai)',
    '**\\* Ghi chú:** x',
    '| a | b | c | d | e | f |',
    '\t\t\t\t\t\t\t',
    '(Kèm theo',
  );
  const long = fc
    .tuple(fc.constantFrom('- ', '1. ', '1\t', '-\t', ''), fc.integer({ min: 250, max: 12000 }))
    .map(([prefix, n]) => `${prefix}${'Sở Nội vụ '.repeat(n / 10)}`);
  const line = fc.oneof(lineParts, lineParts, fc.string({ maxLength: 60 }), fc.string({ unit: 'binary', maxLength: 30 }), long);

  it('never throws anything but a DomainError, and the output is NFC with resolvable keys', () => {
    fc.assert(
      fc.property(
        fc.array(line, { maxLength: 40 }).map((lines) => ['Số: /KH-UBND', 'Đồng Tháp, ngày 1 tháng 6 năm 2021', ...lines]),
        fc.constantFrom('\n', '\r\n'),
        fc.constantFrom('NFC', 'NFD'),
        (lines, eol, form) => {
          let draft: PlanDraft;
          try {
            draft = parsePlanText(lines.join(eol).normalize(form));
          } catch (error) {
            expect(error).toBeInstanceOf(DomainError);
            return;
          }
          expect(strings(draft).every((s) => s === s.normalize('NFC'))).toBe(true);
          expect(draftProblems(draft)).toEqual([]);
          // Honest time: a start only when the text gives one, never a default.
          if (draft.startsAt !== null) expect(draft.startsAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/);
          for (const item of draft.agendaItems) {
            if (item.parentKey)
              expect(draft.agendaItems.some((parent) => parent.key === item.parentKey && parent.parentKey === null)).toBe(true);
            expect(item.content).toMatch(/\S/);
          }
          for (const group of draft.participantGroups) {
            expect(group.scope === 'point' ? group.bridgePointKey !== null : group.bridgePointKey === null).toBe(true);
          }
        },
      ),
      { numRuns: 400 },
    );
  });
});
