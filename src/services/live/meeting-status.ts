/**
 * The conference's status follows its live meeting (issue 17), in the transaction of the
 * programme write that opened or closed it: the status, the plan's version (so an editor open
 * on the plan sees the change) and, in that write's one audit row, the change. After commit
 * the live service publishes `conference.status_changed` on the backbone.
 */
import type { Transaction } from 'kysely';
import type { ConferenceStatus } from '../../domain/conference.schema.js';
import type { LiveEvent } from '../../domain/live/live-commands.js';
import { statusAfterEvents } from '../../domain/safety/meeting-status.js';
import { bumpVersion, findConferenceRow, updateConferenceState } from '../../storage/repositories/conference-repository.js';
import type { Tables } from '../../storage/tables.js';

export interface StatusChange {
  from: ConferenceStatus;
  to: ConferenceStatus;
}

/** Writes the status the events lead to; the change, or null when it stays. */
export async function followMeeting(
  trx: Transaction<Tables>,
  conferenceId: string,
  events: readonly LiveEvent[],
  at: string,
): Promise<StatusChange | null> {
  if (!events.some((event) => event.type === 'meeting.started' || event.type === 'meeting.ended')) return null;
  const row = await findConferenceRow(trx, conferenceId);
  if (!row) return null;
  const from = row.status as ConferenceStatus;
  const to = statusAfterEvents(from, events);
  if (to === from) return null;
  await updateConferenceState(trx, conferenceId, { status: to });
  await bumpVersion(trx, conferenceId, undefined, at);
  return { from, to };
}
