import { describe, expect, it } from 'vitest';
import {
  detectImportHeader,
  participantGroupLabel,
  planImport,
  suggestColumns,
  type ImportGroup,
  type ImportPoint,
} from './delegate-import-rules.js';

const points: ImportPoint[] = [
  { id: 'tinh', name: 'Điểm cầu Tỉnh' },
  { id: 'cao-lanh', name: 'Điểm cầu huyện Cao Lãnh' },
  { id: 'chau-thanh', name: 'UBND huyện Châu Thành' },
];
const groups: ImportGroup[] = [
  { id: 'snv', bridgePointId: 'tinh', organisation: 'Sở Nội vụ', text: 'Giám đốc Sở Nội vụ' },
  { id: 'xa', bridgePointId: null, organisation: '', text: '- Chủ tịch UBND các xã;' },
];
const places = { points, groups };
const paths = (plan: ReturnType<typeof planImport>) => plan.problems.map((p) => `${p.path} ${p.code}`);

describe('header and columns', () => {
  it('finds a header that names only the person and the point, or only the person', () => {
    expect(detectImportHeader([['Danh sách'], ['Họ và tên', 'Điểm cầu'], ['An', 'Tỉnh']])).toBe(1);
    expect(detectImportHeader([['DANH SÁCH ĐẠI BIỂU'], [], ['Họ và tên'], ['Nguyễn Văn An']])).toBe(2);
    expect(
      detectImportHeader([
        ['a', 'b'],
        ['c', 'd'],
      ]),
    ).toBe(-1);
  });

  it('suggests the point and group columns beside the delegate fields', () => {
    expect(suggestColumns(['STT', 'Họ và tên', 'Điểm cầu', 'Thành phần', 'SĐT', 'Ký nhận'])).toEqual([
      null,
      'fullName',
      'bridgePoint',
      'participantGroup',
      'phone',
      null,
    ]);
  });

  it('names a group by its organisation, else its printed line without bullet', () => {
    expect(groups.map(participantGroupLabel)).toEqual(['Sở Nội vụ', 'Chủ tịch UBND các xã']);
  });
});

describe('planImport', () => {
  it('places rows by the point column ignoring diacritics, case and the "Điểm cầu" prefix, and by group name', () => {
    const sheet = [
      ['Họ và tên', 'Điểm cầu', 'Nhóm'],
      ['Nguyễn Văn An', 'tinh', 'so noi vu'],
      ['Lê Thị Bình', 'ĐIỂM CẦU HUYỆN CAO LÃNH', 'Chủ tịch UBND các xã'],
      ['Trần Văn Cường', 'Điểm cầu UBND huyện Châu Thành', ''],
    ];
    const plan = planImport(sheet, {}, places, []);
    expect(plan.problems).toEqual([]);
    expect(plan.planned.map((p) => [p.row, p.bridgePointId, p.participantGroupId])).toEqual([
      [2, 'tinh', 'snv'],
      [3, 'cao-lanh', 'xa'],
      [4, 'chau-thanh', null],
    ]);
  });

  it('puts every row at the chosen point, and at the only point when there is one', () => {
    const sheet = [
      ['Họ và tên', 'Điểm cầu'],
      ['Nguyễn Văn An', 'không có'],
      ['Lê Thị Bình', ''],
    ];
    expect(planImport(sheet, { bridgePointId: 'cao-lanh' }, places, []).planned.map((p) => p.bridgePointId)).toEqual([
      'cao-lanh',
      'cao-lanh',
    ]);
    const names = [['Họ và tên'], ['Nguyễn Văn An']];
    expect(planImport(names, {}, { points: [points[0]!], groups }, []).planned.map((p) => p.bridgePointId)).toEqual(['tinh']);
    expect(paths(planImport(names, {}, places, []))).toEqual(['/bridgePointId import.bridge_point_required']);
  });

  it('matches a point named without its administrative level when only one point fits', () => {
    const cities = [...points, { id: 'tp-cao-lanh', name: 'Thành phố Cao Lãnh' }];
    const sheet = [
      ['Họ và tên', 'Điểm cầu'],
      ['A Một', 'Châu Thành'],
      ['B Hai', 'huyện Châu Thành'],
      ['C Ba', 'Cao Lãnh'],
      ['D Bốn', 'TP Cao Lãnh'],
    ];
    const plan = planImport(sheet, {}, { points: cities, groups }, []);
    expect(plan.planned.map((p) => p.bridgePointId)).toEqual(['chau-thanh', 'chau-thanh', 'tp-cao-lanh']);
    expect(paths(plan)).toEqual(['/rows/4/bridgePoint import.bridge_point_ambiguous']);
  });

  it('reports a missing, unknown or ambiguous point per row, and a group of another point', () => {
    const twins = [...points, { id: 'tinh-2', name: 'Tỉnh' }];
    const sheet = [
      ['Họ và tên', 'Điểm cầu', 'Nhóm'],
      ['A Một', '', ''],
      ['B Hai', 'Hà Nội', ''],
      ['C Ba', 'Tỉnh', ''],
      ['D Bốn', 'Cao Lãnh', 'Sở Nội vụ'],
      ['E Năm', 'Cao Lãnh', 'Nhóm lạ'],
    ];
    expect(paths(planImport(sheet, {}, { points: twins, groups }, []))).toEqual([
      '/rows/2/bridgePoint import.bridge_point_missing',
      '/rows/3/bridgePoint import.bridge_point_unknown',
      '/rows/4/bridgePoint import.bridge_point_ambiguous',
      '/rows/5/participantGroup delegate.group_at_other_point',
      '/rows/6/participantGroup import.participant_group_unknown',
    ]);
  });

  it('flags people already stored, and refuses an unknown chosen point, a doubled column and an empty list', () => {
    const stored = [{ id: 'd1', fullName: 'Nguyễn Văn An', organisation: 'Sở Nội vụ', phone: '', email: '' }];
    const sheet = [
      ['Họ và tên', 'Đơn vị'],
      ['NGUYEN VAN AN', 'Sở  Nội vụ'],
      ['Nguyễn Văn An', 'Sở Tài chính'],
    ];
    const plan = planImport(sheet, { bridgePointId: 'tinh' }, places, stored);
    expect(paths(plan)).toEqual(['/rows/2/fullName import.duplicate_existing']);
    expect(plan.planned.map((p) => p.row)).toEqual([3]);
    expect(paths(planImport(sheet, { bridgePointId: 'khong-co' }, places, []))).toEqual(['/bridgePointId delegate.unknown_bridge_point']);
    expect(paths(planImport(sheet, { bridgePointId: 'tinh', columns: ['fullName', 'bridgePoint', 'bridgePoint'] }, places, []))[0]).toBe(
      '/columns import.column_mapped_twice',
    );
    expect(paths(planImport([['Họ và tên', 'Đơn vị']], { bridgePointId: 'tinh' }, places, []))).toEqual(['/rows import.no_rows']);
  });

  it('follows the header row the user gives (0: no header, every row is data)', () => {
    const sheet = [
      ['Nguyễn Văn An', 'Sở Nội vụ'],
      ['Lê Thị Bình', 'Sở Tài chính'],
    ];
    const plan = planImport(sheet, { headerRow: 0, columns: ['fullName', 'organisation'], bridgePointId: 'tinh' }, places, []);
    expect(plan.headerRow).toBe(0);
    expect(plan.planned.map((p) => p.input.organisation)).toEqual(['Sở Nội vụ', 'Sở Tài chính']);
  });
});
