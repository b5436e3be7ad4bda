import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../live/live-timeline.js';
import type { TimelineVote } from '../live/live-timeline.types.js';
import { agendaItem, LiveDriver } from '../live/live.fixture.js';
import { computeResult, defineVote } from './vote-rules.js';

const vote = (voteId: string, closedAt: number, inFavour: number): TimelineVote => ({
  voteId,
  itemId: null,
  itemLabel: '',
  question: `Câu hỏi ${voteId}`,
  secret: false,
  openedAt: closedAt - 60_000,
  closedAt,
  result: computeResult(
    defineVote({ question: `Câu hỏi ${voteId}` }),
    [1, 2, 3].map((n) => ({ voterId: `d${n}`, bridgePointId: 'h1', present: true })),
    [{ id: 'h1', name: 'Hội trường' }],
    [{ bridgePointId: 'h1', option: 0, count: inFavour }],
    [],
  ),
});

describe('votes in the timeline', () => {
  it('records the closed votes with their results, in the order they closed', () => {
    const live = new LiveDriver({ id: 'c', startsAt: '2021-07-07T08:00', agendaItems: [agendaItem('a1', 1)] });
    live.run({ type: 'start_meeting' });
    const timeline = buildTimeline(live.state, live.events, new Map(), [vote('late', 2_000_000, 1), vote('early', 1_000_000, 2)]);
    expect(timeline.votes.map((v) => [v.voteId, v.result.majority.passed])).toEqual([
      ['early', true],
      ['late', false],
    ]);
    expect(buildTimeline(live.state, live.events).votes).toEqual([]);
  });
});
