import { describe, expect, it } from 'vitest';
import type { ParticipantGroup } from '../../../../src/domain/conference.schema.js';
import { anotherOrganisation, insertAfter, linesOf, moveLine, patchRows, removeRows } from './participant-lines.js';

const LINE = 'Đại diện lãnh đạo: Công an Tỉnh; Cục Thuế Tỉnh; Bảo hiểm xã hội Tỉnh.';
const group = (id: string, text: string, place: string | null = 'host', category = '1.2'): ParticipantGroup => ({
  id,
  position: 0,
  scope: place === null ? 'every_other_point' : 'point',
  bridgePointId: place,
  category,
  organisation: id,
  role: 'Đại diện lãnh đạo',
  count: null,
  personName: '',
  isRepresentative: true,
  isRemote: false,
  isPresiding: false,
  invitedBy: '',
  text,
});
const shape = (rows: ParticipantGroup[]) => linesOf(rows).map((line) => line.rows.map((r) => r.id).join('+'));

describe('participant lines', () => {
  it('shows consecutive groups sharing a printed line as one line with their organisations', () => {
    const rows = [
      group('a', 'Thường trực Tỉnh ủy.'),
      group('ca', LINE),
      group('thue', LINE),
      group('bhxh', LINE),
      group('z', 'Đại diện các sở.'),
    ];
    expect(shape(rows)).toEqual(['a', 'ca+thue+bhxh', 'z']);
    expect(linesOf(rows)[1]).toMatchObject({ key: 'ca', text: LINE, category: '1.2' });
  });

  it('keeps apart the same text in another place, another category, blank texts and non-neighbours', () => {
    expect(shape([group('a', LINE), group('b', LINE, 'other')])).toEqual(['a', 'b']);
    expect(shape([group('a', LINE), group('b', LINE, 'host', '1.1')])).toEqual(['a', 'b']);
    expect(shape([group('a', ''), group('b', '')])).toEqual(['a', 'b']);
    expect(shape([group('a', LINE), group('x', 'Khác.'), group('b', LINE)])).toEqual(['a', 'x', 'b']);
  });

  it('edits and removes every organisation of a line at once', () => {
    const rows = [group('a', 'A.'), group('ca', LINE), group('thue', LINE)];
    const edited = patchRows(rows, ['ca', 'thue'], { text: 'Đại diện lãnh đạo: Công an Tỉnh; Cục Thuế Tỉnh.' });
    expect(edited.map((r) => r.text)).toEqual([
      'A.',
      'Đại diện lãnh đạo: Công an Tỉnh; Cục Thuế Tỉnh.',
      'Đại diện lãnh đạo: Công an Tỉnh; Cục Thuế Tỉnh.',
    ]);
    expect(shape(edited)).toEqual(['a', 'ca+thue']);
    expect(removeRows(rows, ['ca', 'thue']).map((r) => r.id)).toEqual(['a']);
  });

  it('moves a whole line past the neighbouring line of its place, leaving other places in their slots', () => {
    const rows = [group('a', 'A.'), group('d1', 'D.', null), group('ca', LINE), group('thue', LINE), group('b', 'B.')];
    expect(moveLine(rows, 'thue', -1).map((r) => r.id)).toEqual(['ca', 'd1', 'thue', 'a', 'b']);
    const host = (list: ParticipantGroup[]) => list.filter((r) => r.bridgePointId === 'host');
    expect(shape(host(moveLine(rows, 'thue', -1)))).toEqual(['ca+thue', 'a', 'b']);
    expect(moveLine(rows, 'ca', 1).map((r) => r.id)).toEqual(['a', 'd1', 'b', 'ca', 'thue']);
    expect(moveLine(rows, 'a', -1)).toBe(rows);
    expect(moveLine(rows, 'd1', 1)).toBe(rows);
  });

  it('adds another organisation to a line right after its last one', () => {
    const rows = [group('ca', LINE), group('thue', LINE), group('b', 'B.')];
    const added = insertAfter(rows, 'thue', anotherOrganisation(rows[1]!, 'new'));
    expect(shape(added)).toEqual(['ca+thue+new', 'b']);
    expect(added[2]).toMatchObject({ organisation: '', text: LINE, isRepresentative: true, bridgePointId: 'host' });
  });
});
