import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  bodyStatus,
  buildSynthesisTable,
  consultationCounts,
  remindable,
  synthesisSummaryLines,
  type ConsultedBodyFacts,
  type DraftCommentFacts,
} from './consultation-rules.js';

const body = (id: string, position: number, answer: ConsultedBodyFacts['answer']): ConsultedBodyFacts => ({
  id,
  name: `Đơn vị ${id}`,
  position,
  answer,
});
const comment = (
  id: string,
  bodyId: string,
  part: string,
  position = 0,
  response: DraftCommentFacts['response'] = null,
): DraftCommentFacts => ({
  id,
  bodyId,
  position,
  part,
  text: `Ý kiến ${id}`,
  response,
  responseText: response ? `Trả lời ${id}` : '',
});

describe('comments on a draft: answers, the deadline and the synthesis table', () => {
  it('shows a silent body as waiting until the deadline day ends, then as not answered (counted as agreeing, listed)', () => {
    expect(bodyStatus({ answer: null }, '2021-06-30', '2021-06-30')).toBe('waiting');
    expect(bodyStatus({ answer: null }, '2021-06-30', '2021-07-01')).toBe('no_answer');
    expect(bodyStatus({ answer: 'agreed' }, '2021-06-30', '2021-07-01')).toBe('agreed');
    expect(bodyStatus({ answer: 'commented' }, '2021-06-30', '2021-06-01')).toBe('commented');
  });

  it('reminds only those that have not answered', () => {
    const bodies = [body('a', 0, 'agreed'), body('b', 1, null), body('c', 2, 'commented'), body('d', 3, null)];
    expect(remindable(bodies).map((b) => b.id)).toEqual(['b', 'd']);
  });

  it('counts every body once, whatever the answers', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('agreed' as const, 'commented' as const, null)), fc.boolean(), (answers, late) => {
        const counts = consultationCounts(
          answers.map((answer) => ({ answer })),
          [],
          '2021-06-30',
          late ? '2021-07-01' : '2021-06-29',
        );
        expect(counts.agreed + counts.commented + counts.waiting + counts.noAnswer).toBe(answers.length);
        expect(late ? counts.waiting : counts.noAnswer).toBe(0);
      }),
    );
  });

  it('orders the rows as the draft (general comments, then article by article), then by the order of the bodies', () => {
    const bodies = [body('a', 0, 'commented'), body('b', 1, 'commented')];
    const table = buildSynthesisTable(
      bodies,
      [
        comment('1', 'b', 'Điều 3'),
        comment('2', 'a', 'Điều 10'),
        comment('3', 'a', 'khoản 2 Điều 3', 1, 'explained'),
        comment('4', 'b', ''),
        comment('5', 'a', 'Điều 3'),
      ],
      '2021-06-30',
      '2021-06-01',
    );
    expect(table.rows.map((row) => [row.number, row.body, row.part, row.answer])).toEqual([
      [1, 'Đơn vị b', 'Toàn văn dự thảo', ''],
      [2, 'Đơn vị a', 'Điều 3', ''],
      [3, 'Đơn vị b', 'Điều 3', ''],
      [4, 'Đơn vị a', 'khoản 2 Điều 3', 'Giải trình: Trả lời 3'],
      [5, 'Đơn vị a', 'Điều 10', ''],
    ]);
  });

  it('says in the summary who agreed, who did not answer by the deadline, and who still may', () => {
    const bodies = [body('a', 0, 'agreed'), body('b', 1, null), body('c', 2, 'commented')];
    const late = buildSynthesisTable(bodies, [comment('1', 'c', 'Điều 1')], '2021-06-30', '2021-07-02');
    expect(synthesisSummaryLines(late, 'ngày 30 tháng 6 năm 2021')).toEqual([
      'Số cơ quan, đơn vị được lấy ý kiến: 3; số cơ quan, đơn vị có ý kiến trả lời: 2; số ý kiến góp ý: 1.',
      'Thống nhất với dự thảo, không có ý kiến khác: Đơn vị a.',
      'Không có văn bản trả lời đến hết ngày 30 tháng 6 năm 2021 (được coi như thống nhất): Đơn vị b.',
    ]);
    const early = buildSynthesisTable(bodies, [], '2021-06-30', '2021-06-20');
    expect(synthesisSummaryLines(early, '')).toContain('Chưa trả lời, còn trong thời hạn: Đơn vị b.');
  });
});
