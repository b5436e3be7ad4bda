import { describe, expect, it } from 'vitest';
import { refusalCode } from './refusal.fixture.js';
import { computeResult, defineVote, TWO_THIRDS, type RollEntry } from './vote-rules.js';
import {
  checkDeadline,
  computeFormResult,
  daysToDeadline,
  decideAnswer,
  decideCloseForm,
  decideMerge,
  decideSend,
  defineForm,
  mergeResults,
  remindersDue,
  takesAnswers,
  type ReminderCandidate,
} from './written-opinion-rules.js';

const code = refusalCode;

const base = { title: 'Lấy ý kiến thành viên vắng mặt', deadline: '2021-07-10T17:00', delegateIds: ['d1'] };
const vote = defineVote({ question: 'Thông qua dự thảo Quyết định?', secret: true });

describe('defining a written opinion form', () => {
  it('asks the vote’s own question, options, secrecy and rule when it is on a vote', () => {
    expect(defineForm(base, vote)).toEqual({
      title: base.title,
      questions: [{ question: 'Thông qua dự thảo Quyết định?', options: ['Tán thành', 'Không tán thành', 'Không biểu quyết'] }],
      secret: true,
      majority: vote.majority,
    });
    expect(code(() => defineForm({ ...base, questions: [{ question: 'Khác?' }] }, vote))).toBe('written_opinion.questions_with_vote');
    expect(code(() => defineForm({ ...base, secret: false }, vote))).toBe('written_opinion.questions_with_vote');
    expect(code(() => defineForm(base, { ...vote, electorate: 'bridge_points' }))).toBe('written_opinion.vote_per_point');
  });

  it('takes its own questions between sessions, with the usual options and more than half of those asked by default', () => {
    const form = defineForm({ ...base, questions: [{ question: 'Q1' }, { question: 'Q2', options: ['Đồng ý', 'Không đồng ý'] }] }, null);
    expect(form.questions.map((q) => q.options.length)).toEqual([3, 2]);
    expect(form).toMatchObject({ secret: false, majority: { fraction: { numerator: 1, denominator: 2, strict: true }, base: 'entitled' } });
    expect(code(() => defineForm(base, null))).toBe('written_opinion.no_questions');
  });
});

describe('sending, answering and closing', () => {
  const sent = { state: 'sent' as const, deadline: '2021-07-10T17:00', questions: [{ options: ['A', 'B', 'C'] }, { options: ['X', 'Y'] }] };

  it('takes a deadline that is a real local time only', () => {
    expect(code(() => checkDeadline('2021-07-10T17:00'))).toBe('none');
    expect(code(() => checkDeadline('2024-02-29T23:59'))).toBe('none');
    for (const wrong of ['2021-02-29T17:00', '2021-13-01T08:00', '2021-07-10T24:00', '2021-07-10T17:60', '2021-07-10'])
      expect(
        code(() => checkDeadline(wrong)),
        wrong,
      ).toBe('written_opinion.bad_deadline');
  });

  it('sends a draft once, with a deadline ahead', () => {
    expect(code(() => decideSend('draft', '2021-07-10T17:00', '2021-07-08T09:00'))).toBe('none');
    expect(code(() => decideSend('draft', '2021-07-10T17:00', '2021-07-10T17:00'))).toBe('written_opinion.deadline_not_ahead');
    expect(code(() => decideSend('sent', '2021-07-10T17:00', '2021-07-08T09:00'))).toBe('written_opinion.not_draft');
  });

  it('takes one answer per member asked, every question answered with an option of it, until the deadline', () => {
    const now = '2021-07-10T16:59';
    expect(code(() => decideAnswer(sent, now, { answered: false }, [2, 1]))).toBe('none');
    expect(code(() => decideAnswer(sent, now, { answered: true }, [2, 1]))).toBe('written_opinion.already_answered');
    expect(code(() => decideAnswer(sent, now, null, [2, 1]))).toBe('written_opinion.not_recipient');
    expect(code(() => decideAnswer(sent, now, { answered: false }, [2]))).toBe('written_opinion.wrong_choices');
    expect(code(() => decideAnswer(sent, now, { answered: false }, [0, 2]))).toBe('written_opinion.wrong_choices');
    expect(code(() => decideAnswer(sent, '2021-07-10T17:00', { answered: false }, [0, 0]))).toBe('written_opinion.deadline_passed');
    expect(code(() => decideAnswer({ ...sent, state: 'draft' }, now, { answered: false }, [0, 0]))).toBe('written_opinion.not_sent');
    expect(code(() => decideAnswer({ ...sent, state: 'closed' }, now, { answered: false }, [0, 0]))).toBe('written_opinion.not_sent');
    expect(takesAnswers('sent', sent.deadline, now)).toBe(true);
    expect(takesAnswers('sent', sent.deadline, '2021-07-11T08:00')).toBe(false);
  });

  it('closes a sent form only', () => {
    expect(code(() => decideCloseForm('sent'))).toBe('none');
    expect(code(() => decideCloseForm('draft'))).toBe('written_opinion.not_sent');
    expect(code(() => decideCloseForm('closed'))).toBe('written_opinion.not_sent');
  });
});

describe('reminders', () => {
  const form = { state: 'sent' as const, deadline: '2021-07-10T17:00' };
  const people: ReminderCandidate[] = [
    { delegateId: 'waiting', hasEmail: true, answered: false, lastRemindedOn: '2021-07-08' },
    { delegateId: 'never', hasEmail: true, answered: false, lastRemindedOn: null },
    { delegateId: 'today', hasEmail: true, answered: false, lastRemindedOn: '2021-07-09' },
    { delegateId: 'done', hasEmail: true, answered: true, lastRemindedOn: null },
    { delegateId: 'no-mail', hasEmail: false, answered: false, lastRemindedOn: null },
  ];

  it('go to members who have not answered and have an address, at most once a local day', () => {
    expect(remindersDue(form, people, '2021-07-09T08:00')).toEqual({ due: ['waiting', 'never'], noEmail: 1, remindedToday: 1 });
    expect(remindersDue(form, people, '2021-07-10T08:00').due).toEqual(['waiting', 'never', 'today']);
  });

  it('stop at the deadline, start only in the last days unless the chair asks, and never for a draft or closed form', () => {
    expect(remindersDue(form, people, '2021-07-10T17:00').due).toEqual([]);
    expect(daysToDeadline(form.deadline, '2021-07-01T08:00')).toBe(9);
    expect(remindersDue(form, people, '2021-07-01T08:00').due).toEqual([]);
    expect(remindersDue(form, people, '2021-07-01T08:00', true).due).toEqual(['waiting', 'never', 'today']);
    expect(remindersDue({ ...form, state: 'closed' }, people, '2021-07-09T08:00', true).due).toEqual([]);
    expect(remindersDue({ ...form, state: 'draft' }, people, '2021-07-09T08:00', true).due).toEqual([]);
  });
});

describe('results', () => {
  it('count each option against the members asked; the rule uses those asked or those who answered', () => {
    const form = defineForm({ ...base, questions: [{ question: 'Q1' }, { question: 'Q2' }] }, null);
    const counts = [
      { question: 0, option: 0, count: 3 },
      { question: 0, option: 1, count: 1 },
      { question: 1, option: 0, count: 2 },
      { question: 1, option: 2, count: 2 },
    ];
    const result = computeFormResult(form, 7, 4, counts);
    expect(result.questions[0]!.options.map((o) => [o.count, o.percentOfAsked])).toEqual([
      [3, 42.86],
      [1, 14.29],
      [0, 0],
    ]);
    // More than half of 7 asked: 4 needed; 3 do not pass.
    expect(result.questions[0]!.majority).toMatchObject({ baseCount: 7, required: 4, inFavour: 3, passed: false });
    const ofAnswered = computeFormResult({ ...form, majority: { fraction: TWO_THIRDS, base: 'present' } }, 7, 4, counts);
    expect(ofAnswered.questions[0]!.majority).toMatchObject({ baseCount: 4, required: 3, passed: true });
    expect(ofAnswered.questions[1]!.majority).toMatchObject({ inFavour: 2, passed: false });
    expect(computeFormResult(form, 0, 0, []).questions[0]!.options[0]!.percentOfAsked).toBeNull();
  });
});

describe('merging a form with the meeting’s vote', () => {
  const definition = defineVote({ question: 'Thông qua?' });
  // 10 entitled, 7 present at closing; 3 absent members asked by form.
  const roll: RollEntry[] = Array.from({ length: 10 }, (_, i) => ({ voterId: `d${i}`, bridgePointId: 'h', present: i < 7 }));
  const meeting = computeResult(
    definition,
    roll,
    [{ id: 'h', name: 'Hội trường' }],
    [
      { bridgePointId: 'h', option: 0, count: 4 },
      { bridgePointId: 'h', option: 1, count: 3 },
    ],
    [],
  );
  const form = defineForm(base, definition);
  const formResult = computeFormResult(form, 3, 3, [
    { question: 0, option: 0, count: 2 },
    { question: 0, option: 2, count: 1 },
  ]);

  it('is refused unless both are closed, the form is on that vote, not merged yet, and nobody is counted twice', () => {
    const closedVote = { id: 'v', state: 'closed' as const, electorate: 'delegates' };
    const closedForm = { state: 'closed' as const, voteId: 'v', merged: false };
    const absent = [{ onRoll: true, present: false }];
    expect(code(() => decideMerge(closedVote, closedForm, absent))).toBe('none');
    expect(code(() => decideMerge({ ...closedVote, state: 'open' }, closedForm, absent))).toBe('written_opinion.not_mergeable');
    expect(code(() => decideMerge(closedVote, { ...closedForm, state: 'sent' }, absent))).toBe('written_opinion.not_mergeable');
    expect(code(() => decideMerge(closedVote, { ...closedForm, voteId: 'other' }, absent))).toBe('written_opinion.not_mergeable');
    expect(code(() => decideMerge(closedVote, { ...closedForm, voteId: null }, absent))).toBe('written_opinion.not_mergeable');
    expect(code(() => decideMerge(closedVote, { ...closedForm, merged: true }, absent))).toBe('written_opinion.already_merged');
    expect(code(() => decideMerge(closedVote, closedForm, [...absent, { onRoll: true, present: true }]))).toBe('written_opinion.overlap');
    expect(code(() => decideMerge(closedVote, closedForm, [{ onRoll: false, present: false }]))).toBe('written_opinion.overlap');
  });

  it('adds each option from both sources and decides on the sum under the vote’s rule, saying how many came from each', () => {
    // The meeting alone: 4 of 10 in favour, 6 needed: not passed. With the forms: 6: passed.
    expect(meeting.majority.passed).toBe(false);
    const merged = mergeResults({ id: 'v', definition, result: meeting }, { id: 'f', result: formResult }, '2021-07-11T01:00:00.000Z');
    expect(merged).toMatchObject({ voteId: 'v', formId: 'f', fromMeeting: 7, fromForms: 3, entitled: 10 });
    expect(merged.options.map((o) => [o.meeting, o.forms, o.count, o.percentOfEntitled])).toEqual([
      [4, 2, 6, 60],
      [3, 0, 3, 30],
      [0, 1, 1, 10],
    ]);
    expect(merged.majority).toMatchObject({ baseCount: 10, required: 6, inFavour: 6, passed: true });
    const ofPresent = mergeResults(
      { id: 'v', definition: { ...definition, majority: { fraction: TWO_THIRDS, base: 'present' } }, result: meeting },
      { id: 'f', result: formResult },
      'x',
    );
    // Present 7 + 3 answered = 10; two thirds: 7 needed.
    expect(ofPresent.majority).toMatchObject({ baseCount: 10, required: 7, passed: false });
  });
});
