/**
 * The delegate the caller is, for voting and answering a written opinion form: a personal
 * link's own delegate; or, for an account holding the delegate role of the conference, the
 * delegate of the list whose e-mail is the account's (null when none, or several). The policy
 * (vote-policy.ts) still decides: the object carries both ids.
 */
import type { FastifyRequest } from 'fastify';
import { rolesIn } from '../../../domain/access/actor.js';
import type { ConferenceFacts, VoteObject } from '../../../domain/access/actions.js';

export interface OwnDelegate {
  delegateId: string;
  via: 'link' | 'account';
}

export async function ownDelegateOf(
  request: FastifyRequest,
  conferenceId: string,
  accountDelegate: (conferenceId: string, userId: string) => Promise<string | null>,
): Promise<OwnDelegate | null> {
  const actor = request.actor;
  if (actor.kind === 'link')
    return actor.purpose === 'delegate' && typeof actor.delegateId === 'string' ? { delegateId: actor.delegateId, via: 'link' } : null;
  if (actor.kind !== 'user' || !rolesIn(actor, conferenceId).has('delegate')) return null;
  const delegateId = await accountDelegate(conferenceId, actor.userId);
  return delegateId === null ? null : { delegateId, via: 'account' };
}

/** The vote object of a delegate acting for themselves. */
export const delegateObject = (conference: ConferenceFacts, own: OwnDelegate): VoteObject => ({
  conference,
  bridgePointId: null,
  delegateId: own.delegateId,
  accountDelegateId: own.via === 'account' ? own.delegateId : null,
});
