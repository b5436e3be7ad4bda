/**
 * The `vote.changed` announcements of the backbone, after commit. A change of state goes out
 * at once; ballots are announced at most once per `intervalMs` per vote, with the count read
 * when the announcement leaves (1,000 delegates voting in a second make a few events, not a
 * thousand emits to every socket of the conference).
 */
import type { EventBus } from '../../realtime/event-bus.js';
import type { Database } from '../../storage/database.js';
import { findVoteRow } from '../../storage/repositories/vote-repository.js';
import type { Vote } from '../../domain/votes/vote.schema.js';
import { castSoFar } from './vote-read.js';

export interface VoteNotices {
  changed(conferenceId: string, voteId: string, state: Vote['state'], cast: number): void;
  /** A ballot or a hall count was committed: announce the count soon. */
  ballot(conferenceId: string, voteId: string): void;
}

export function createVoteNotices(database: Database, bus: Pick<EventBus, 'publish'> | undefined, intervalMs: number): VoteNotices {
  const pending = new Map<string, NodeJS.Timeout>();

  const flush = async (conferenceId: string, voteId: string) => {
    pending.delete(voteId);
    const row = await findVoteRow(database.db, conferenceId, voteId);
    // Closed meanwhile: the closing announced the final count.
    if (!row || row.state !== 'open') return;
    bus?.publish({ type: 'vote.changed', conferenceId, voteId, state: 'open', cast: await castSoFar(database.db, row) });
  };

  return {
    changed(conferenceId, voteId, state, cast) {
      clearTimeout(pending.get(voteId));
      pending.delete(voteId);
      bus?.publish({ type: 'vote.changed', conferenceId, voteId, state, cast });
    },
    ballot(conferenceId, voteId) {
      if (!bus || pending.has(voteId)) return;
      const timer = setTimeout(() => {
        // The database may have closed meanwhile (shutdown): a lost announcement, nothing else.
        flush(conferenceId, voteId).catch(() => pending.delete(voteId));
      }, intervalMs);
      timer.unref();
      pending.set(voteId, timer);
    },
  };
}
