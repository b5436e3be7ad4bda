import { describe, expect, it } from 'vitest';
import { parseChairLine, personAndTitle } from './chairs.js';
import { parseParticipantLine } from './participants.js';

describe('the chair and co-chairs', () => {
  it('reads a chair and a co-chair with names and titles, or a title alone', () => {
    expect(
      parseChairLine(
        'Chủ trì: đồng chí Nguyễn Văn Hậu, Phó Chủ tịch UBND tỉnh; đồng chủ trì: đồng chí Trần Thị Kim Oanh, Giám đốc Sở Tài chính.',
      )!.map((c) => [c.role, c.personName, c.title]),
    ).toEqual([
      ['chair', 'Nguyễn Văn Hậu', 'Phó Chủ tịch UBND tỉnh'],
      ['co_chair', 'Trần Thị Kim Oanh', 'Giám đốc Sở Tài chính'],
    ]);
    expect(parseChairLine('Chủ trì: Chủ tịch Ủy ban nhân dân tỉnh.')!.map((c) => [c.personName, c.title])).toEqual([
      ['', 'Chủ tịch Ủy ban nhân dân tỉnh'],
    ]);
    expect(parseChairLine('Thành phần: Sở Nội vụ')).toBeNull();
  });

  it('tells a name after a title', () => {
    expect(personAndTitle('Phó Thủ tướng Chính phủ Trịnh Quốc Bảo')).toEqual({
      personName: 'Trịnh Quốc Bảo',
      title: 'Phó Thủ tướng Chính phủ',
    });
    expect(personAndTitle('Ông Lương Văn Định, Giám đốc Sở Nông nghiệp và Môi trường.')).toEqual({
      personName: 'Lương Văn Định',
      title: 'Giám đốc Sở Nông nghiệp và Môi trường',
    });
  });
});

describe('one role for several bodies', () => {
  const groups = (line: string) => parseParticipantLine(line).map((g) => [g.role, g.organisation]);
  it('gives one group per body', () => {
    expect(groups('Bộ trưởng các Bộ: Công an, Quốc phòng, Tài chính;')).toEqual([
      ['Bộ trưởng', 'Bộ Công an'],
      ['Bộ trưởng', 'Bộ Quốc phòng'],
      ['Bộ trưởng', 'Bộ Tài chính'],
    ]);
    expect(groups('lãnh đạo Văn phòng UBND tỉnh; đại diện lãnh đạo các sở: Nội vụ, Tư pháp')).toEqual([
      ['lãnh đạo', 'Văn phòng UBND tỉnh'],
      ['đại diện lãnh đạo', 'Sở Nội vụ'],
      ['đại diện lãnh đạo', 'Sở Tư pháp'],
    ]);
    expect(groups('Giám đốc Viễn thông Lâm Đồng, Giám đốc Viettel Lâm Đồng.')).toEqual([
      ['Giám đốc', 'Viễn thông Lâm Đồng'],
      ['Giám đốc', 'Viettel Lâm Đồng'],
    ]);
  });
});
