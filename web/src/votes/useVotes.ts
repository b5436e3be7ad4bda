/**
 * The votes of a conference on a live page: fetched once, again after each reconnection, and
 * kept up to date from `vote:changed` on the page's live socket: the count of ballots at once,
 * the rest by refetching (at most a few times a second, whatever the rate of ballots).
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError } from '../api/client.js';
import type { LiveClient, LiveStatus } from '../live/live-client.js';
import { listVotes, type Vote, type VoteAccess } from './votes-api.js';

const REFETCH_MS = 300;

export interface VotesView {
  votes: Vote[];
  access: VoteAccess | null;
  error: ApiError | null;
  /** Puts an answer of the API in place at once (the screen that acted moves without waiting). */
  put(vote: Vote): void;
  reload(): void;
}

/**
 * `followCounts`: refetch on every announced ballot too (the chair's console, which shows the counts per
 * option); other screens take the number cast from the announcement and refetch only when a vote
 * appears or changes state, so a thousand phones do not read the whole result a few times a second.
 */
export function useVotes(conferenceId: string, client: LiveClient | null, status: LiveStatus, followCounts = false): VotesView {
  const [votes, setVotes] = useState<Vote[]>([]);
  const [access, setAccess] = useState<VoteAccess | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const alive = useRef(true);
  const latest = useRef<Vote[]>([]);
  latest.current = votes;

  const load = useCallback(() => {
    listVotes(conferenceId).then(
      (answer) => {
        if (!alive.current) return;
        setVotes(answer.items);
        setAccess(answer.access);
        setError(null);
      },
      (caught: unknown) => {
        if (alive.current && caught instanceof ApiError) setError(caught);
      },
    );
  }, [conferenceId]);

  const reloadSoon = useCallback(() => {
    if (timer.current) return;
    timer.current = setTimeout(() => {
      timer.current = null;
      load();
    }, REFETCH_MS);
  }, [load]);

  useEffect(() => {
    alive.current = true;
    return () => {
      alive.current = false;
      if (timer.current) clearTimeout(timer.current);
    };
  }, []);

  // First load, and again after every (re)connection: changes may have been missed meanwhile.
  useEffect(() => {
    if (status === 'live') load();
  }, [status, load]);

  useEffect(() => {
    if (!client) return;
    return client.onVote((change) => {
      const known = latest.current.find((vote) => vote.id === change.voteId);
      setVotes((current) => current.map((vote) => (vote.id === change.voteId ? { ...vote, cast: change.cast } : vote)));
      if (followCounts || !known || known.state !== change.state) reloadSoon();
    });
  }, [client, reloadSoon, followCounts]);

  const put = useCallback((vote: Vote) => {
    setVotes((current) => (current.some((v) => v.id === vote.id) ? current.map((v) => (v.id === vote.id ? vote : v)) : [...current, vote]));
  }, []);

  return { votes, access, error, put, reload: load };
}

/** The vote to show: the open one, else the one closed last (null: none yet). */
export const currentVote = (votes: readonly Vote[]): Vote | null =>
  votes.find((vote) => vote.state === 'open') ??
  [...votes].filter((vote) => vote.state === 'closed').sort((a, b) => (b.closedAt ?? '').localeCompare(a.closedAt ?? ''))[0] ??
  null;
