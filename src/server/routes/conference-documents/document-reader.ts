/** Who opens a document, for its read receipt: the user or the link of the request, with their delegate and hall. */
import type { FastifyRequest } from 'fastify';
import { operatorScope } from '../../../domain/access/actor.js';
import type { DocumentReaderIdentity } from '../../../services/documents/index.js';

export const readerOf = (request: FastifyRequest, conferenceId: string): DocumentReaderIdentity | null => {
  const { actor, auth } = request;
  if (actor.kind === 'user' && auth.kind === 'session') {
    const scope = [...operatorScope(actor, conferenceId)];
    const user = auth.session.user;
    return {
      kind: 'user',
      id: actor.userId,
      label: user.displayName || user.email,
      delegateId: null,
      bridgePointId: scope.length === 1 ? scope[0]! : null,
    };
  }
  if (actor.kind === 'link' && auth.kind === 'link')
    return {
      kind: 'link',
      id: actor.linkId,
      label: auth.link.label,
      delegateId: actor.delegateId ?? null,
      bridgePointId: actor.bridgePointId,
    };
  return null;
};
