/**
 * The list of conferences as the caller may see it, filtered in the query itself (one
 * statement for the page, one for the total): the administrator reads every conference, a
 * user those where they hold any role (EXISTS on memberships), a link actor its one
 * conference. This is the set-based form of `conference.read` (conference-policy.ts); the
 * presenter still asks `can` for every summary and adds its actions.
 */
import type { Actor } from '../../../domain/access/actor.js';
import { presentSummaries, type PresentedSummary } from '../../../domain/access/present-conference.js';
import type { ConferenceListQuery, ConferenceService } from '../../../services/conference-service.types.js';

export type ConferenceReader = NonNullable<ConferenceListQuery['readableBy']>;

/** Whose list the actor reads (an anonymous caller reads none: the route answers 401 first). */
export function readerOf(actor: Exclude<Actor, { kind: 'anonymous' }>): ConferenceReader {
  if (actor.kind === 'link') return { kind: 'conference', conferenceId: actor.conferenceId };
  return actor.isAdmin ? { kind: 'all' } : { kind: 'member', userId: actor.userId };
}

export async function listReadableConferences(
  actor: Exclude<Actor, { kind: 'anonymous' }>,
  conferences: ConferenceService,
  query: ConferenceListQuery,
): Promise<{ items: PresentedSummary[]; total: number }> {
  const page = await conferences.list({ ...query, readableBy: readerOf(actor) });
  return { items: presentSummaries(actor, page.items), total: page.total };
}
