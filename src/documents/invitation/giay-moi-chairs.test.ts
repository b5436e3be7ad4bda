import { describe, expect, it } from 'vitest';
import { findParagraph, readDocxParts } from '../fixtures/docx-parts.js';
import { chairOf } from '../fixtures/convening/blank-conference.js';
import { giayMoiSample } from '../fixtures/convening/index.js';
import { seedConference } from '../fixtures/seed-conference.js';
import { renderGiayMoiDocx } from './giay-moi-docx.js';
import { chairLines } from './invitation-text.js';

describe("Giấy mời: Chủ trì and Đồng chủ trì from the plan's chairs", () => {
  it('prints "Chủ trì: <name>, <title>" and "Đồng chủ trì: …", labels bold, instead of the presiding group', async () => {
    const input = giayMoiSample();
    const { document } = await readDocxParts(await renderGiayMoiDocx(input));
    const chair = findParagraph(document, /^Chủ trì:/)!;
    expect(chair.text).toBe('Chủ trì: Nguyễn Thị Thu Hà, Phó Chủ tịch Ủy ban nhân dân tỉnh.');
    expect(/<w:b\/>.*Chủ trì:/s.test(chair.xml)).toBe(true);
    expect(findParagraph(document, /^Đồng chủ trì:/)?.text).toBe('Đồng chủ trì: Đinh Văn Tâm, Giám đốc Sở Nội vụ.');
    const withGroup = { ...input, conference: { ...input.conference, participantGroups: seedConference().participantGroups } };
    const both = await readDocxParts(await renderGiayMoiDocx(withGroup));
    expect(findParagraph(both.document, /^Chủ trì:/)?.text).toBe('Chủ trì: Nguyễn Thị Thu Hà, Phó Chủ tịch Ủy ban nhân dân tỉnh.');
  });

  it('joins chairs of one role, falls back to the printed line, and gives nothing without chairs', () => {
    const chairs = [
      chairOf(1, 0, { role: 'chair', personName: '', title: 'Chủ tịch UBND tỉnh', text: 'Chủ trì: Chủ tịch UBND tỉnh.' }),
      chairOf(1, 1, { role: 'co_chair', personName: 'Lê Văn B', title: '', text: 'x' }),
      chairOf(1, 2, { role: 'co_chair', personName: '', title: '', text: 'Đồng chủ trì: Giám đốc Sở Y tế.' }),
    ];
    expect(chairLines({ chairs })).toEqual(['Chủ trì: Chủ tịch UBND tỉnh', 'Đồng chủ trì: Lê Văn B; Giám đốc Sở Y tế']);
    expect(chairLines({ chairs: [] })).toEqual([]);
  });
});
