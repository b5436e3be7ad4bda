import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DELEGATE_LIMITS,
  isValidEmail,
  normalizeDelegateInput,
  normalizePhone,
  validateDelegate,
  validateSubstitute,
  type DelegateInput,
} from './delegate.js';

const input = (over: Partial<DelegateInput> = {}): DelegateInput => ({
  fullName: 'Phạm Thiện Nghĩa',
  title: 'Chủ tịch',
  organisation: 'UBND tỉnh Đồng Tháp',
  phone: '0912 345 678',
  email: 'nghia@dongthap.gov.vn',
  seat: 'A1',
  notes: '',
  ...over,
});
const codes = (problems: { code: string }[]) => problems.map((p) => p.code);

describe('normalizePhone', () => {
  it.each([
    ['0912345678', '0912345678'],
    ['0912 345 678', '0912345678'],
    ['0912.345.678', '0912345678'],
    ['0912-345-678', '0912345678'],
    ['+84 912 345 678', '0912345678'],
    ['+84912345678', '0912345678'],
    ['0084 912 345 678', '0912345678'],
    ['+84 (0) 912 345 678', '0912345678'],
    ['(0277) 3851 234', '02773851234'],
    ['024 3825 1234', '02438251234'],
    ['+84 28 3829 1234', '02838291234'],
    ['0356789012', '0356789012'],
    ['0567890123', '0567890123'],
    ['0789012345', '0789012345'],
    ['0889012345', '0889012345'],
    ['０９１２３４５６７８', '0912345678'],
  ])('%s → %s', (raw, expected) => {
    expect(normalizePhone(raw)).toBe(expected);
  });
  it.each([
    '',
    '091234567', // 9 digits
    '09123456789', // 11 digits mobile
    '0123456789', // old 01x prefix, retired in 2018
    '0412345678', // 04 is not a mobile prefix
    '0612345678',
    '0277385123', // landline one digit short
    '091234567a',
    '+1 202 555 0100',
    '912345678',
  ])('refuses %s', (raw) => {
    expect(normalizePhone(raw)).toBeNull();
  });
  it('is idempotent and gives 10 or 11 digits starting with 0', () => {
    const mobile = fc
      .tuple(fc.constantFrom('3', '5', '7', '8', '9'), fc.stringMatching(/^\d{8}$/), fc.constantFrom('0', '+84', '+84 ', '0084'))
      .map(([p, rest, prefix]) => `${prefix}${p}${rest.slice(0, 1)} ${rest.slice(1, 4)}.${rest.slice(4)}`);
    fc.assert(
      fc.property(mobile, (raw) => {
        const once = normalizePhone(raw);
        expect(once).toMatch(/^0[35789]\d{8}$/);
        expect(normalizePhone(once!)).toBe(once);
      }),
    );
  });
  it('never accepts a string with a letter', () => {
    fc.assert(fc.property(fc.string(), fc.constantFrom('a', 'x', 'đ'), (s, letter) => normalizePhone(`${s}${letter}`) === null));
  });
});

describe('isValidEmail', () => {
  it.each(['a@b.vn', 'nghia.pt@dongthap.gov.vn', 'x+y@mail.example.com'])('accepts %s', (e) => expect(isValidEmail(e)).toBe(true));
  it.each(['', 'a', 'a@b', 'a@b.c', 'a b@c.vn', 'a@@b.vn', '@b.vn', 'a@b..vn', 'a@b.vn;c@d.vn', `${'a'.repeat(200)}@b.vn`])(
    'refuses %s',
    (e) => expect(isValidEmail(e)).toBe(false),
  );
});

describe('validateDelegate', () => {
  it('accepts a complete delegate and one with only a name', () => {
    expect(validateDelegate(input())).toEqual([]);
    expect(validateDelegate(input({ title: '', organisation: '', phone: '', email: '', seat: '' }))).toEqual([]);
  });
  it('requires a name that is not only spaces', () => {
    expect(codes(validateDelegate(input({ fullName: ' \t ' })))).toEqual(['delegate.name_required']);
  });
  it('reports a bad phone and a bad e-mail with their paths and both languages', () => {
    const problems = validateDelegate(input({ phone: '0123 456 789', email: 'nghia@' }), '/delegates/3');
    expect(problems.map((p) => [p.path, p.code])).toEqual([
      ['/delegates/3/phone', 'delegate.phone_invalid'],
      ['/delegates/3/email', 'delegate.email_invalid'],
    ]);
    expect(problems[0]!.message.vi).toMatch(/Số điện thoại/);
    expect(problems[0]!.message.en).toMatch(/phone/);
  });
  it('reports every field over its length once, not also as invalid', () => {
    const long = (n: number) => 'a'.repeat(n + 1);
    const problems = validateDelegate({
      fullName: long(DELEGATE_LIMITS.fullName),
      title: long(DELEGATE_LIMITS.title),
      organisation: long(DELEGATE_LIMITS.organisation),
      phone: long(DELEGATE_LIMITS.phone),
      email: long(DELEGATE_LIMITS.email),
      seat: long(DELEGATE_LIMITS.seat),
      notes: long(DELEGATE_LIMITS.notes),
    });
    expect(problems).toHaveLength(7);
    expect(new Set(codes(problems))).toEqual(new Set(['delegate.too_long']));
  });
  it('counts length after NFC, so a decomposed name at the limit passes', () => {
    const decomposed = 'Ễ'.normalize('NFD').repeat(DELEGATE_LIMITS.fullName);
    expect(validateDelegate(input({ fullName: decomposed }))).toEqual([]);
  });
  it('never throws and reports only known codes', () => {
    const known = new Set(['delegate.name_required', 'delegate.too_long', 'delegate.phone_invalid', 'delegate.email_invalid']);
    fc.assert(
      fc.property(
        fc.record({
          fullName: fc.string(),
          title: fc.string(),
          organisation: fc.string(),
          phone: fc.string(),
          email: fc.string(),
          seat: fc.string(),
          notes: fc.string(),
        }),
        (d) => validateDelegate(d).every((p) => known.has(p.code) && p.message.vi && p.message.en),
      ),
    );
  });
});

describe('normalizeDelegateInput', () => {
  it('stores NFC, trimmed, single-spaced names, the 0x phone and a lower-case e-mail', () => {
    const out = normalizeDelegateInput(
      input({ fullName: '  Phạm   Thiện Nghĩa '.normalize('NFD'), phone: '+84 912 345 678', email: ' Nghia@DongThap.gov.vn ' }),
    );
    expect(out.fullName).toBe('Phạm Thiện Nghĩa');
    expect(out.fullName).toBe(out.fullName.normalize('NFC'));
    expect(out.phone).toBe('0912345678');
    expect(out.email).toBe('nghia@dongthap.gov.vn');
  });
  it('keeps an invalid phone as typed so the problem can be shown', () => {
    expect(normalizeDelegateInput(input({ phone: ' 12345 ' })).phone).toBe('12345');
  });
  it('does not change what validateDelegate says', () => {
    fc.assert(
      fc.property(
        fc.record({
          fullName: fc.string(),
          title: fc.string(),
          organisation: fc.string(),
          phone: fc.string(),
          email: fc.string(),
          seat: fc.string(),
          notes: fc.string(),
        }),
        (d) => {
          expect(codes(validateDelegate(normalizeDelegateInput(d)))).toEqual(codes(validateDelegate(d)));
        },
      ),
    );
  });
});

describe('validateSubstitute', () => {
  const sub = { fullName: 'Nguyễn Văn A', title: 'Phó Chủ tịch', phone: '0903 123 456', email: '' };
  it('needs a name and a phone or an e-mail', () => {
    expect(validateSubstitute(sub)).toEqual([]);
    expect(validateSubstitute({ ...sub, phone: '', email: 'a@b.vn' })).toEqual([]);
    expect(codes(validateSubstitute({ ...sub, fullName: '', phone: '' }))).toEqual(['delegate.name_required', 'delegate.contact_required']);
    expect(validateSubstitute({ ...sub, phone: '123' })[0]?.path).toBe('/substitute/phone');
  });
});
