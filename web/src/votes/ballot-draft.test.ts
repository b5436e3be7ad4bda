import { describe, expect, it } from 'vitest';
import { ballotDraft, EMPTY_DRAFT, type BallotDraft, type DraftAction } from './ballot-draft.js';

const run = (...actions: DraftAction[]): BallotDraft => actions.reduce(ballotDraft, EMPTY_DRAFT);

describe("the delegate's ballot", () => {
  it('keeps an unsent pick through live updates of the same vote', () => {
    const picked = run({ type: 'vote', voteId: 'v1' }, { type: 'pick', option: 1 });
    const updated = run(
      { type: 'vote', voteId: 'v1' },
      { type: 'pick', option: 1 },
      { type: 'vote', voteId: 'v1' },
      { type: 'vote', voteId: 'v1' },
    );
    expect(updated).toEqual(picked);
    expect(updated).toMatchObject({ picked: 1, sent: null });
    // What the server had (nothing) does not reset it either.
    expect(ballotDraft(updated, { type: 'recorded', voteId: 'v1', voted: false, option: null })).toBe(updated);
  });

  it('starts afresh on another vote', () => {
    expect(run({ type: 'vote', voteId: 'v1' }, { type: 'pick', option: 1 }, { type: 'vote', voteId: 'v2' })).toEqual({
      ...EMPTY_DRAFT,
      voteId: 'v2',
    });
  });

  it('records what was sent, keeps a pick that failed to send, and shows a secret ballot as sent without its choice', () => {
    const sent = run({ type: 'vote', voteId: 'v1' }, { type: 'pick', option: 2 }, { type: 'sending' }, { type: 'sent', option: 2 });
    expect(sent).toMatchObject({ picked: null, sent: 2, sending: false });
    const failed = run({ type: 'vote', voteId: 'v1' }, { type: 'pick', option: 0 }, { type: 'sending' }, { type: 'failed' });
    expect(failed).toMatchObject({ picked: 0, sent: null, sending: false });
    expect(run({ type: 'vote', voteId: 'v1' }, { type: 'recorded', voteId: 'v1', voted: true, option: null })).toMatchObject({ sent: -1 });
  });
});
