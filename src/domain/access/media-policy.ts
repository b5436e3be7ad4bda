/**
 * Rules of video and sound between the halls (issue 6).
 *
 * - The media room is for those who take part from a hall or from outside: the chair and the
 *   secretariat (they watch every hall), the operators of bridge points, and remote guests.
 *   Delegates follow on their phones without video; display, nominator and observer links
 *   see no media (the press gets the programme only).
 * - A hall's camera and microphone are published by its operator, or by the secretariat or
 *   the chair for any hall (the host hall is often run from the secretariat's laptop).
 *   A remote guest publishes as themselves (no hall: the object's bridgePointId is null).
 * - Closed or archived conferences carry no media.
 * The chair's force-mute and the recording of the host programme are programme commands
 * (`mute_hall`, `set_recording`: live.run); recordings are read like the timeline
 * (live.read_timeline).
 * - The watching tier's programme over HLS (issue 19, `media.watch`): the chair and the
 *   secretariat (any point, or none: a preview), a point's operator and its big screen (a
 *   display link) for that point, and an observer link (the press) without a point.
 */
import type { Actor } from './actor.js';
import type { LiveObject } from './actions.js';
import { displaysPoint, operatesPoint } from './bridge-point-policy.js';
import { holdsAnyRole, planWritable } from './rules.js';

type MediaRule = (actor: Actor, object: LiveObject) => boolean;

const isStaff: MediaRule = (actor, { conference }) => holdsAnyRole(actor, conference.id, ['organizer', 'chair']);
/** A link acting for people who watch or name, never a participant of the media room. */
const watcherLink = (actor: Actor): boolean =>
  actor.kind === 'link' && (actor.purpose === 'display' || actor.purpose === 'nominator' || actor.purpose === 'observer');
const isGuest: MediaRule = (actor, { conference }) => !watcherLink(actor) && holdsAnyRole(actor, conference.id, ['guest']);

export const canViewMedia: MediaRule = (actor, object) =>
  planWritable(object.conference) &&
  !watcherLink(actor) &&
  (isStaff(actor, object) || isGuest(actor, object) || holdsAnyRole(actor, object.conference.id, ['operator']));

export const canPublishMedia: MediaRule = (actor, object) =>
  planWritable(object.conference) &&
  (object.bridgePointId === null ? isGuest(actor, object) : isStaff(actor, object) || operatesPoint(actor, object));

const observerLink = (actor: Actor, { conference }: LiveObject): boolean =>
  actor.kind === 'link' && actor.purpose === 'observer' && actor.conferenceId === conference.id;

export const canWatchProgramme: MediaRule = (actor, object) =>
  planWritable(object.conference) &&
  (isStaff(actor, object) ||
    operatesPoint(actor, object) ||
    displaysPoint(actor, object) ||
    (object.bridgePointId === null && observerLink(actor, object)));

export const MEDIA_RULES = {
  'media.view': canViewMedia,
  'media.publish': canPublishMedia,
  'media.watch': canWatchProgramme,
} as const;
