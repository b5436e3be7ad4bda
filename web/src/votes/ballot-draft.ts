/**
 * The delegate's ballot on their phone, pure: what they picked but have not sent is theirs
 * until they send it or the vote it belongs to ends. A live update (another delegate voted, the
 * count changed, the vote was refetched) never resets it; only a different vote starts a new
 * draft, and a closed vote keeps the choice that was sent.
 */
export interface BallotDraft {
  voteId: string | null;
  /** The option picked on screen, not yet sent (null: none). */
  picked: number | null;
  /** The option the server recorded (open votes), or -1 for a secret ballot recorded without its choice. */
  sent: number | null;
  sending: boolean;
}

export const EMPTY_DRAFT: BallotDraft = { voteId: null, picked: null, sent: null, sending: false };

export type DraftAction =
  | { type: 'vote'; voteId: string | null }
  | { type: 'pick'; option: number }
  | { type: 'sending' }
  | { type: 'sent'; option: number | null }
  | { type: 'failed' }
  | { type: 'recorded'; voteId: string; voted: boolean; option: number | null };

export function ballotDraft(draft: BallotDraft, action: DraftAction): BallotDraft {
  switch (action.type) {
    case 'vote':
      // The same vote again (a live update, a refetch): nothing of the draft changes.
      return action.voteId === draft.voteId ? draft : { ...EMPTY_DRAFT, voteId: action.voteId };
    case 'pick':
      return { ...draft, picked: action.option };
    case 'sending':
      return { ...draft, sending: true };
    case 'sent':
      return { ...draft, sending: false, sent: action.option ?? -1, picked: null };
    case 'failed':
      // The pick stays on screen so that the delegate can send it again.
      return { ...draft, sending: false };
    case 'recorded':
      // What the server had before this page loaded; an unsent pick is kept.
      if (action.voteId !== draft.voteId || !action.voted) return draft;
      return { ...draft, sent: action.option ?? -1 };
  }
}
