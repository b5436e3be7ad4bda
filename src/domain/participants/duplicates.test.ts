import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { duplicateOf, findDuplicatePeople, type DuplicateCandidate } from './duplicates.js';

let next = 0;
const person = (over: Partial<DuplicateCandidate> = {}): DuplicateCandidate => ({
  id: `d${next++}`,
  fullName: 'Nguyễn Văn Nam',
  organisation: '',
  phone: '',
  email: '',
  ...over,
});

describe('findDuplicatePeople', () => {
  it('links the same folded name with the same phone in any written form', () => {
    const a = person({ phone: '0912 345 678' });
    const b = person({ fullName: 'NGUYEN VAN  NAM', phone: '+84912345678' });
    expect(findDuplicatePeople([a, b])).toEqual([{ ids: [a.id, b.id], reasons: ['name_phone'] }]);
  });
  it('links the same name with the same e-mail, whatever its case', () => {
    const a = person({ email: 'Nam@DongThap.gov.vn' });
    const b = person({ fullName: 'nguyễn văn nam', email: 'nam@dongthap.gov.vn ' });
    expect(findDuplicatePeople([a, b])[0]?.reasons).toEqual(['name_email']);
  });
  it('links the same name in the same organisation, ignoring diacritics and punctuation', () => {
    const a = person({ organisation: 'UBND huyện Lấp Vò' });
    const b = person({ organisation: 'ubnd huyen lap vo.' });
    expect(findDuplicatePeople([a, b])[0]?.reasons).toEqual(['name_organisation']);
  });
  it('does not link namesakes in different organisations with different contacts', () => {
    const a = person({ organisation: 'UBND huyện Lấp Vò', phone: '0912345678' });
    const b = person({ organisation: 'UBND huyện Tam Nông', phone: '0987654321' });
    expect(findDuplicatePeople([a, b])).toEqual([]);
  });
  it('does not link different names sharing a phone (a secretariat number)', () => {
    const a = person({ phone: '02773851234' });
    const b = person({ fullName: 'Trần Thị Hoa', phone: '02773851234' });
    expect(findDuplicatePeople([a, b])).toEqual([]);
  });
  it('does not link on empty fields nor entries without a name', () => {
    expect(findDuplicatePeople([person(), person()])).toEqual([]);
    expect(findDuplicatePeople([person({ fullName: ' ', phone: '0912345678' }), person({ fullName: '', phone: '0912345678' })])).toEqual(
      [],
    );
  });
  it('merges links transitively and lists every reason once', () => {
    const a = person({ phone: '0912345678' });
    const b = person({ phone: '0912345678', email: 'nam@x.vn' });
    const c = person({ email: 'nam@x.vn', organisation: 'Sở Nội vụ' });
    const d = person({ organisation: 'Sở Nội Vụ' });
    const other = person({ fullName: 'Lê Văn Bình' });
    expect(findDuplicatePeople([other, d, c, b, a])).toEqual([
      { ids: [d.id, c.id, b.id, a.id], reasons: ['name_phone', 'name_email', 'name_organisation'] },
    ]);
  });
  it('property: every id is in at most one group, groups have ≥ 2 ids in input order, names fold alike', () => {
    const names = fc.constantFrom('Nguyễn Văn Nam', 'nguyen van nam', 'Trần Thị Hoa', 'Lê Bình', '');
    const field = (values: string[]) => fc.constantFrom('', ...values);
    const candidate = fc.record({
      fullName: names,
      organisation: field(['Sở Nội vụ', 'so noi vu', 'UBND']),
      phone: field(['0912345678', '+84 912 345 678', '0987654321']),
      email: field(['a@b.vn', 'A@B.VN', 'c@d.vn']),
    });
    fc.assert(
      fc.property(fc.array(candidate, { maxLength: 30 }), (raw) => {
        const list = raw.map((c, i) => ({ ...c, id: String(i) }));
        const groups = findDuplicatePeople(list);
        const seen = groups.flatMap((g) => g.ids);
        expect(new Set(seen).size).toBe(seen.length);
        for (const g of groups) {
          expect(g.ids.length).toBeGreaterThan(1);
          expect(g.reasons.length).toBeGreaterThan(0);
          expect(g.ids.map(Number)).toEqual([...g.ids.map(Number)].sort((x, y) => x - y));
          const folded = new Set(
            g.ids.map((id) =>
              list[Number(id)]!.fullName.toLowerCase()
                .normalize('NFD')
                .replace(/[\u0300-\u036f]/g, ''),
            ),
          );
          expect(folded.size).toBe(1);
        }
      }),
    );
  });
  it('property: a list with itself appended groups every named entry with its copy', () => {
    const candidate = fc.record({
      fullName: fc.constantFrom('An', 'Bình', 'Chi'),
      organisation: fc.constant('X'),
      phone: fc.constant(''),
      email: fc.constant(''),
    });
    fc.assert(
      fc.property(fc.array(candidate, { minLength: 1, maxLength: 10 }), (raw) => {
        const list = [...raw, ...raw].map((c, i) => ({ ...c, id: String(i) }));
        const repeats = duplicateOf(findDuplicatePeople(list));
        for (let i = raw.length; i < list.length; i++) expect(repeats.has(String(i))).toBe(true);
      }),
    );
  });
  // Time is measured in bench/, not asserted here: this checks the result at national size.
  it('groups a national list of 20,000 entries correctly', () => {
    const list = Array.from({ length: 20000 }, (_, i) => ({
      id: String(i),
      fullName: `Đại biểu ${i % 19000}`,
      organisation: `Xã ${i % 1000}`,
      phone: '',
      email: '',
    }));
    const groups = findDuplicatePeople(list);
    expect(groups).toHaveLength(1000);
    expect(groups[0]!.ids).toEqual(['0', '19000']);
  });
});

describe('duplicateOf', () => {
  it('points each later member at the first', () => {
    const map = duplicateOf([{ ids: ['a', 'b', 'c'], reasons: ['name_email'] }]);
    expect([...map.entries()]).toEqual([
      ['b', { firstId: 'a', reasons: ['name_email'] }],
      ['c', { firstId: 'a', reasons: ['name_email'] }],
    ]);
  });
});
