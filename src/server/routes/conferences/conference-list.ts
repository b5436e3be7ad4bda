/**
 * The list of conferences as the caller may see it. The administrator's list is the
 * service's page as it is; anyone else sees only the conferences they hold a role in (or
 * their link's one), so the matching summaries are read page by page, filtered by the
 * policy, and the requested page is cut from what remains (total counts only readable ones).
 * Fine for the hundreds of conferences of one body; a membership filter in the repository
 * query would be the next step.
 */
import type { Actor } from '../../../domain/access/actor.js';
import { isAdmin } from '../../../domain/access/actor.js';
import { presentSummaries, type PresentedSummary } from '../../../domain/access/present-conference.js';
import type { ConferenceListQuery, ConferenceService } from '../../../services/conference-service.types.js';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../../../services/conference-writes.js';

export async function listReadableConferences(
  actor: Actor,
  conferences: ConferenceService,
  query: ConferenceListQuery,
): Promise<{ items: PresentedSummary[]; total: number }> {
  if (isAdmin(actor)) {
    const page = await conferences.list(query);
    return { items: presentSummaries(actor, page.items), total: page.total };
  }
  const readable: PresentedSummary[] = [];
  for (let offset = 0; ; offset += MAX_PAGE_SIZE) {
    const page = await conferences.list({ ...query, limit: MAX_PAGE_SIZE, offset });
    readable.push(...presentSummaries(actor, page.items));
    if (page.items.length < MAX_PAGE_SIZE || offset + MAX_PAGE_SIZE >= page.total) break;
  }
  const start = query.offset ?? 0;
  return { items: readable.slice(start, start + (query.limit ?? DEFAULT_PAGE_SIZE)), total: readable.length };
}
