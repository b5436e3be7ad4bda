/**
 * "Biểu quyết" on the chair's console: a vote on the item running now (question, open or
 * secret, who votes, the quorum and the majority rule in plain words), opened at once (the quorum is checked by the server);
 * the count arrives live; "Kết thúc biểu quyết" fixes the result, shown below.
 */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { LiveState } from '../../../src/domain/live/live-state.js';
import { currentItem } from '../../../src/domain/live/live-view.js';
import type { Fraction, MajorityRule, VoteCreate } from '../../../src/domain/votes/vote.schema.js';
import { ApiError } from '../api/client.js';
import { Banner } from '../components/Banner.js';
import { closeVote, createVote, openVote } from './votes-api.js';
import { currentVote, type VotesView } from './useVotes.js';
import { VoteResultView } from './VoteResultView.js';
import './votes-i18n.js';
import './votes.css';

const HALF = { numerator: 1, denominator: 2, strict: true };
const TWO_THIRDS = { numerator: 2, denominator: 3, strict: false };
const MAJORITIES: Record<string, MajorityRule> = {
  halfEntitled: { fraction: HALF, base: 'entitled' },
  halfPresent: { fraction: HALF, base: 'present' },
  twoThirdsEntitled: { fraction: TWO_THIRDS, base: 'entitled' },
  twoThirdsPresent: { fraction: TWO_THIRDS, base: 'present' },
};

/** Present members needed before it opens, of those entitled; `none`: no check. */
const QUORUMS: Record<string, Fraction | null> = { half: HALF, twoThirds: TWO_THIRDS, none: null };

const failure = (caught: unknown) =>
  caught instanceof ApiError
    ? caught
    : new ApiError(0, 'internal', { vi: 'Đã xảy ra lỗi không mong đợi.', en: 'Something unexpected went wrong.' });

/**
 * The chair's votes: open one on the current item, follow and close it. After the meeting has
 * closed, new votes are refused but a vote left open can still be closed (`access.close`), so the
 * panel then shows only that and the last result.
 */
export function ChairVotePanel({ conferenceId, state, view }: { conferenceId: string; state: LiveState | null; view: VotesView }) {
  const { t } = useTranslation();
  const [question, setQuestion] = useState('');
  const [secret, setSecret] = useState(false);
  const [electorate, setElectorate] = useState<'delegates' | 'bridge_points'>('delegates');
  const [majority, setMajority] = useState('halfEntitled');
  const [quorum, setQuorum] = useState('half');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const item = state ? currentItem(state) : undefined;
  const shown = currentVote(view.votes);
  const open = shown?.state === 'open' ? shown : null;

  const start = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const input: VoteCreate = {
        question,
        secret,
        electorate,
        quorum: QUORUMS[quorum] ?? null,
        majority: MAJORITIES[majority]!,
        itemId: item?.id ?? null,
      };
      const draft = await createVote(conferenceId, input);
      view.put(draft);
      view.put(await openVote(conferenceId, draft.id));
      setQuestion('');
    } catch (caught) {
      setError(failure(caught));
      view.reload();
    } finally {
      setBusy(false);
    }
  };

  const finish = async (voteId: string) => {
    setBusy(true);
    setError(null);
    try {
      view.put(await closeVote(conferenceId, voteId));
    } catch (caught) {
      setError(failure(caught));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="panel vote-panel" aria-labelledby="vote-panel-title" data-testid="chair-votes">
      <h2 id="vote-panel-title">{t('votes.title')}</h2>
      {error && <Banner kind="error" message={error.localized} onClose={() => setError(null)} />}
      {open ? (
        <div className="vote-running" data-testid="vote-running">
          {open.secret && <p className="vote-question">{open.question}</p>}
          <p className="vote-count" data-testid="vote-cast" aria-live="polite">
            {open.result
              ? t('votes.castOf', { cast: open.cast, present: open.result.present, entitled: open.result.entitled })
              : t('votes.cast', { cast: open.cast })}
          </p>
          {open.openedWith && <p className="muted">{t('votes.openedWith', open.openedWith)}</p>}
          {open.secret ? <p className="muted">{t('votes.secretHidden')}</p> : <VoteResultView vote={open} halls={false} />}
          <button type="button" className="primary" disabled={busy} onClick={() => void finish(open.id)}>
            {busy ? t('votes.closing') : t('votes.close')}
          </button>
        </div>
      ) : view.access?.manage ? (
        <form className="vote-form" onSubmit={(event) => void start(event)}>
          <p className="muted">
            {item ? t('votes.onItem', { item: [item.number, item.content].filter(Boolean).join('. ') }) : t('votes.noItem')}
          </p>
          <label>
            {t('votes.question')}
            <textarea
              value={question}
              required
              maxLength={1000}
              rows={2}
              placeholder={t('votes.questionPlaceholder')}
              onChange={(event) => setQuestion(event.target.value)}
            />
          </label>
          <label className="checkbox">
            <input type="checkbox" checked={secret} onChange={(event) => setSecret(event.target.checked)} />
            {t('votes.secret')}
          </label>
          <label>
            {t('votes.electorate')}
            <select value={electorate} onChange={(event) => setElectorate(event.target.value as 'delegates' | 'bridge_points')}>
              <option value="delegates">{t('votes.electorates.delegates')}</option>
              <option value="bridge_points">{t('votes.electorates.bridge_points')}</option>
            </select>
          </label>
          <label>
            {t('votes.majority')}
            <select value={majority} onChange={(event) => setMajority(event.target.value)}>
              {Object.keys(MAJORITIES).map((key) => (
                <option key={key} value={key}>
                  {t(`votes.majorities.${key}`)}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('votes.quorumPick')}
            <select value={quorum} onChange={(event) => setQuorum(event.target.value)} data-testid="vote-quorum">
              {Object.keys(QUORUMS).map((key) => (
                <option key={key} value={key}>
                  {t(`votes.quorums.${key}`)}
                </option>
              ))}
            </select>
          </label>
          <button type="submit" className="primary" disabled={busy || question.trim() === ''}>
            {busy ? t('votes.opening') : t('votes.openNew')}
          </button>
        </form>
      ) : null}
      {shown?.state === 'closed' && <VoteResultView vote={shown} />}
    </section>
  );
}
