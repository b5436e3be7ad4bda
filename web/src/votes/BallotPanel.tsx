/**
 * The ballot on a phone (390 px wide): the open vote's question and its options as large
 * buttons, then "Gửi phiếu". What the delegate picked and has not sent stays as it is whatever
 * arrives live (ballot-draft.ts); a failed send keeps the pick to send again. For a vote per
 * bridge point the operator's console shows the same ballot for its hall.
 */
import { useEffect, useReducer } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client.js';
import { Banner } from '../components/Banner.js';
import { ballotDraft, EMPTY_DRAFT } from './ballot-draft.js';
import { castBallot, myBallot, type Vote } from './votes-api.js';
import './votes-i18n.js';
import './votes.css';

export function BallotPanel({ conferenceId, vote, bridgePointId }: { conferenceId: string; vote: Vote; bridgePointId?: string }) {
  const { t } = useTranslation();
  const [draft, dispatch] = useReducer(ballotDraft, EMPTY_DRAFT);
  const [error, setError] = useReducer((_: ApiError | null, next: ApiError | null) => next, null);

  useEffect(() => {
    dispatch({ type: 'vote', voteId: vote.id });
  }, [vote.id]);

  // What the server already has (a reload, a second tab), once per vote; an unsent pick is kept.
  useEffect(() => {
    if (bridgePointId) return;
    let current = true;
    myBallot(conferenceId, vote.id).then(
      (mine) => current && dispatch({ type: 'recorded', voteId: vote.id, ...mine }),
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [conferenceId, vote.id, bridgePointId]);

  const send = async () => {
    if (draft.picked === null || draft.voteId !== vote.id) return;
    dispatch({ type: 'sending' });
    setError(null);
    try {
      const receipt = await castBallot(conferenceId, vote.id, draft.picked, bridgePointId);
      dispatch({ type: 'sent', option: receipt.option });
    } catch (caught) {
      dispatch({ type: 'failed' });
      if (caught instanceof ApiError) setError(caught);
    }
  };

  const sentLabel = draft.sent !== null && draft.sent >= 0 ? vote.options[draft.sent] : null;
  const mayChange = !vote.secret;
  const done = draft.sent !== null && !mayChange;
  return (
    <section className="panel ballot" aria-labelledby="ballot-title" data-testid="ballot" data-vote-id={vote.id}>
      <h2 id="ballot-title">{bridgePointId ? t('votes.ballot.forPoint') : t('votes.ballot.title')}</h2>
      <p className="ballot-question">{vote.question}</p>
      <p className="muted" data-testid="ballot-cast">
        {t('votes.cast', { cast: vote.cast })}
      </p>
      {error && <Banner kind="error" message={error.localized} />}
      {draft.sent !== null && (
        <p className="ballot-sent" role="status" data-testid="ballot-sent">
          {sentLabel ? t('votes.ballot.sent', { option: sentLabel }) : t('votes.ballot.sentSecret')}
        </p>
      )}
      {!done && (
        <>
          <div className="ballot-options" role="radiogroup" aria-labelledby="ballot-title">
            {vote.options.map((label, index) => (
              <button
                key={label}
                type="button"
                role="radio"
                aria-checked={draft.picked === index}
                className={draft.picked === index ? 'ballot-option picked' : 'ballot-option'}
                disabled={draft.sending}
                onClick={() => dispatch({ type: 'pick', option: index })}
              >
                {label}
              </button>
            ))}
          </div>
          <p className="muted">{draft.sent !== null ? t('votes.ballot.change') : t('votes.ballot.pick')}</p>
          <button
            type="button"
            className="primary ballot-send"
            disabled={draft.picked === null || draft.sending}
            onClick={() => void send()}
          >
            {draft.sending ? t('votes.ballot.sending') : t('votes.ballot.send')}
          </button>
        </>
      )}
    </section>
  );
}
