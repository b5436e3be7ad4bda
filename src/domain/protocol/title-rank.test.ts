import { describe, expect, it } from 'vitest';
import { titleRank } from './title-rank.js';

describe('the default rank of a title', () => {
  // Each row: a title as offices write it, and its rank (null: not recognised).
  const CASES: [string, number | null][] = [
    ['Bí thư Tỉnh ủy', 1],
    ['Bí thư Tỉnh uỷ Đồng Tháp', 1],
    ['BÍ THƯ TỈNH ỦY', 1],
    ['Phó Bí thư Thường trực Tỉnh ủy', 2],
    ['Chủ tịch HĐND tỉnh', 3],
    ['Chủ tịch Hội đồng nhân dân tỉnh Đồng Tháp', 3],
    ['Chủ tịch UBND Tỉnh', 4],
    ['Chủ tịch Ủy ban nhân dân tỉnh', 4],
    ['CT UBND tỉnh', 4],
    ['Phó Bí thư Tỉnh ủy', 5],
    ['Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh', 4],
    ['Phó Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh', 3],
    ['Ủy viên Ban Thường vụ Tỉnh ủy', 6],
    ['Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo Tỉnh ủy', 6],
    ['Phó Chủ tịch HĐND tỉnh', 7],
    ['Phó Chủ tịch UBND Tỉnh', 8],
    ['PCT UBND tỉnh', 8],
    ['Phó Chủ tịch Thường trực UBND tỉnh', 8],
    ['Giám đốc Sở Nội vụ', 10],
    ['GĐ Sở Tài chính', 10],
    ['Giám đốc Công an tỉnh', 10],
    ['Trưởng Ban Dân vận Tỉnh ủy', 10],
    ['Chánh Văn phòng UBND tỉnh', 10],
    ['Chánh Văn phòng Tỉnh ủy', 10],
    ['Bí thư Huyện ủy Châu Thành', 11],
    ['Bí thư Thành ủy Cao Lãnh', 11],
    ['Bí thư Thị ủy Hồng Ngự', 11],
    ['Phó Bí thư Thường trực Huyện ủy', 12],
    ['Chủ tịch HĐND huyện Lai Vung', 13],
    ['Chủ tịch UBND huyện Tháp Mười', 14],
    ['Chủ tịch UBND thành phố Sa Đéc', 14],
    ['Chủ tịch UBND thị xã Hồng Ngự', 14],
    ['Chủ tịch UBND quận 1', 14],
    ['Phó Giám đốc Sở Nội vụ', 15],
    ['PGĐ Sở Y tế', 15],
    ['Phó Chánh Văn phòng UBND tỉnh', 15],
    ['Phó Trưởng Ban Tổ chức Tỉnh ủy', 15],
    ['Phó Bí thư Huyện ủy', 16],
    ['Phó Chủ tịch HĐND huyện', 17],
    ['Phó Chủ tịch UBND huyện Cao Lãnh', 18],
    ['Chánh Văn phòng', 19],
    ['Chánh Văn phòng Sở Nội vụ', 19],
    ['Phó Chánh Văn phòng', 20],
    ['Phó Chánh Văn phòng Sở Tư pháp', 20],
    ['Trưởng phòng Cải cách hành chính', 21],
    ['Phó Trưởng phòng Tổ chức biên chế', 22],
    ['Bí thư Đảng ủy xã Mỹ Hiệp', 23],
    ['Chủ tịch UBND xã Tân Thuận Đông, huyện Cao Lãnh, tỉnh Đồng Tháp', 26],
    ['Chủ tịch UBND phường 1', 26],
    ['Chủ tịch UBND thị trấn Mỹ Thọ', 26],
    ['Phó Chủ tịch UBND xã', 29],
    // Not on the ladder: never an invented rank.
    ['', null],
    ['Chuyên viên', null],
    ['Chuyên gia UNDP', null],
    ['Đại biểu', null],
    ['Chủ tịch Hội Cựu chiến binh tỉnh', null],
    ['Chủ tịch Ủy ban MTTQ Việt Nam tỉnh', null],
    ['Chủ tịch', null],
    ['Chủ tịch UBND', null],
    ['Bí thư Chi đoàn', null],
    ['Giám đốc Trung tâm Y tế huyện', null],
    ['Công chức Trung tâm Phục vụ hành chính công', null],
    // "cơ quan", "xã hội" and "địa phương" name no district, commune or ward.
    ['Giám đốc Sở Lao động - Thương binh và Xã hội', 10],
    ['Giám đốc Bảo hiểm xã hội tỉnh', 10],
    ['Chánh Văn phòng cơ quan UBND tỉnh', 10],
  ];
  it.each(CASES)('%s → %s', (title, rank) => {
    expect(titleRank(title)).toBe(rank);
  });

  it('keeps the ladder the brief gives: Bí thư, Phó Bí thư TT, CT HĐND, CT UBND, PCT, GĐ Sở, PGĐ, Chánh and Phó Chánh Văn phòng', () => {
    const ladder = [
      'Bí thư Tỉnh ủy',
      'Phó Bí thư Thường trực Tỉnh ủy',
      'Chủ tịch HĐND tỉnh',
      'Chủ tịch UBND tỉnh',
      'Phó Chủ tịch UBND tỉnh',
      'Giám đốc Sở Nội vụ',
      'Phó Giám đốc Sở Nội vụ',
      'Chánh Văn phòng Sở Nội vụ',
      'Phó Chánh Văn phòng Sở Nội vụ',
    ].map(titleRank);
    expect(ladder.every((rank) => rank !== null)).toBe(true);
    expect([...ladder].sort((a, b) => a! - b!)).toEqual(ladder);
    expect(new Set(ladder).size).toBe(ladder.length);
  });
  it('puts a district above its deputies and below the province', () => {
    expect(titleRank('Chủ tịch UBND tỉnh')!).toBeLessThan(titleRank('Bí thư Huyện ủy')!);
    expect(titleRank('Chủ tịch UBND huyện')!).toBeLessThan(titleRank('Phó Chủ tịch UBND huyện')!);
    expect(titleRank('Phó Chủ tịch UBND huyện')!).toBeLessThan(titleRank('Chủ tịch UBND xã')!);
  });
});
