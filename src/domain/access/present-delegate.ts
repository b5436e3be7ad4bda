/**
 * A delegate as the caller may see it: contacts (phone, e-mail, substitute) only for those
 * who may read them, and the actions the caller may take on this delegate.
 */
import type { Delegate } from '../participants/delegate.js';
import { operatorScope, type Actor } from './actor.js';
import type { ConferenceFacts, DelegateAction } from './actions.js';
import { can } from './can.js';

export type PresentedDelegate = Delegate & { allowedActions: DelegateAction[] };

const PER_DELEGATE: readonly DelegateAction[] = [
  'delegate.update',
  'delegate.delete',
  'delegate.check_in',
  'delegate.answer',
  'seating.write',
];

export function presentDelegate(actor: Actor, conference: ConferenceFacts, delegate: Delegate): PresentedDelegate {
  const object = { conference, bridgePointId: delegate.bridgePointId, delegateId: delegate.id };
  const allowedActions = PER_DELEGATE.filter((action) => can(actor, action, object));
  const contacts = can(actor, 'delegate.read_contact', object) || can(actor, 'delegate.answer', object);
  return contacts
    ? { ...delegate, allowedActions }
    : {
        ...delegate,
        phone: '',
        email: '',
        substitute: delegate.substitute ? { ...delegate.substitute, phone: '', email: '' } : null,
        allowedActions,
      };
}

/**
 * The bridge points whose delegates the actor may list: every point for the organizer and
 * the chair, the operator's own points, none otherwise.
 */
export function listableBridgePointIds(actor: Actor, conference: ConferenceFacts, pointIds: Iterable<string>): string[] {
  return [...pointIds].filter((bridgePointId) => can(actor, 'delegate.list', { conference, bridgePointId }));
}

/**
 * The points whose delegates the actor may list, without reading the conference's points:
 * null for every point (the organizer, the chair), else those of their operator scope that
 * the rule allows (possibly none).
 */
export function listablePointScope(actor: Actor, conference: ConferenceFacts): string[] | null {
  if (can(actor, 'delegate.list', { conference, bridgePointId: null })) return null;
  return listableBridgePointIds(actor, conference, operatorScope(actor, conference.id));
}
