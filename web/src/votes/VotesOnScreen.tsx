/**
 * The votes on the live pages other than the chair's: the delegate's phone (their ballot, then
 * the result), the operator's console (the hall's count or its one vote, then the result) and the
 * big screen (the question while open; the result, large, once closed, while its item runs).
 */
import { useTranslation } from 'react-i18next';
import type { LiveClient, LiveStatus } from '../live/live-client.js';
import { BallotPanel } from './BallotPanel.js';
import { HandsCountForm } from './HandsCountForm.js';
import { currentVote, useVotes } from './useVotes.js';
import { VoteResultView } from './VoteResultView.js';
import './votes-i18n.js';
import './votes.css';
import { allowsPoint } from '../../../src/domain/access/allowed-points.js';

interface Live {
  client: LiveClient | null;
  status: LiveStatus;
}

export function DelegateVotes({ conferenceId, live }: { conferenceId: string; live: Live }) {
  const view = useVotes(conferenceId, live.client, live.status);
  const vote = currentVote(view.votes);
  if (!vote) return null;
  if (vote.state === 'open' && view.access?.delegateId && vote.electorate === 'delegates')
    return <BallotPanel conferenceId={conferenceId} vote={vote} />;
  return vote.state === 'closed' ? <VoteResultView vote={vote} halls={false} /> : null;
}

export function HallVotes({ conferenceId, pointId, live }: { conferenceId: string; pointId: string; live: Live }) {
  const view = useVotes(conferenceId, live.client, live.status);
  const vote = currentVote(view.votes);
  if (!vote) return null;
  if (vote.state === 'open') {
    if (vote.electorate === 'bridge_points' && view.access && allowsPoint({ all: view.access.castAtAll, ids: view.access.castAt }, pointId))
      return <BallotPanel conferenceId={conferenceId} vote={vote} bridgePointId={pointId} />;
    if (
      !vote.secret &&
      vote.electorate === 'delegates' &&
      view.access &&
      allowsPoint({ all: view.access.handsAtAll, ids: view.access.handsAt }, pointId)
    )
      return <HandsCountForm key={vote.id} conferenceId={conferenceId} pointId={pointId} vote={vote} />;
    return null;
  }
  return <VoteResultView vote={vote} halls={false} />;
}

export function ScreenVote({ conferenceId, live, currentItemId }: { conferenceId: string; live: Live; currentItemId: string | null }) {
  const { t } = useTranslation();
  const view = useVotes(conferenceId, live.client, live.status);
  const vote = currentVote(view.votes);
  if (!vote || (vote.state === 'closed' && vote.itemId !== null && vote.itemId !== currentItemId)) return null;
  if (vote.state === 'open')
    return (
      <section className="screen-vote-open" data-testid="screen-vote-open">
        <p className="screen-kicker">{t('votes.state.open')}</p>
        <p className="screen-vote-question">{vote.question}</p>
        <p className="screen-vote-cast">{t('votes.cast', { cast: vote.cast })}</p>
      </section>
    );
  return (
    <div className="screen-vote" data-testid="screen-vote">
      <VoteResultView vote={vote} size="large" />
    </div>
  );
}
