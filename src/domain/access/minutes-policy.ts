/**
 * Rules of the minutes (biên bản, issue 16 item 5).
 *
 * - The secretariat (organizer), who names the secretary, writes the notes during the meeting,
 *   builds and edits the draft, opens the review and locks the minutes.
 * - The chair reads them (and signs them); the participants (delegates, guests, operators, by
 *   account or personal link) read them and answer during the review window; the service
 *   shows them nothing before the review opens.
 * - Observers and the press, big screens and nominator links have no part in them.
 * - The minutes are written after the meeting (rules.ts recordWritable): a closed conference
 *   still takes them; an archived one is a record and takes nothing.
 */
import type { Actor } from './actor.js';
import type { ConferenceFacts, MinutesAction } from './actions.js';
import { holdsAnyRole, recordWritable } from './rules.js';

type MinutesRule = (actor: Actor, conference: ConferenceFacts) => boolean;

const isLink = (actor: Actor, purpose: string): boolean => actor.kind === 'link' && actor.purpose === purpose;
/** Not a big screen and not a nominator link: they act for nobody in the meeting's record. */
const actsInPerson = (actor: Actor): boolean => !isLink(actor, 'display') && !isLink(actor, 'nominator');

const PARTICIPANTS = ['chair', 'delegate', 'guest', 'operator'] as const;

export const canWriteMinutes: MinutesRule = (actor, c) => recordWritable(c) && holdsAnyRole(actor, c.id, ['organizer']);
export const canReadMinutes: MinutesRule = (actor, c) =>
  holdsAnyRole(actor, c.id, ['organizer']) || (actsInPerson(actor) && holdsAnyRole(actor, c.id, PARTICIPANTS));
export const canReviewMinutes: MinutesRule = (actor, c) =>
  recordWritable(c) && actsInPerson(actor) && holdsAnyRole(actor, c.id, PARTICIPANTS);

export const MINUTES_RULES: Record<MinutesAction, MinutesRule> = {
  'minutes.read': canReadMinutes,
  'minutes.write': canWriteMinutes,
  'minutes.review': canReviewMinutes,
};
