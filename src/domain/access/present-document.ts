/**
 * Conference documents as the caller sees them: the policy's object of one document, and the
 * document with `allowedActions` (what the caller may do with it), so the screens hide the rest.
 */
import type { ConferenceDocument } from '../documents/conference-document.schema.js';
import type { Actor } from './actor.js';
import type { ConferenceFacts, DocumentObject } from './actions.js';
import { can } from './can.js';

type DocumentFacts = Pick<ConferenceDocument, 'audience' | 'audiencePointIds'>;

export const documentObject = (conference: ConferenceFacts, document: DocumentFacts | null): DocumentObject => ({
  conference,
  document: document === null ? null : { audience: document.audience, pointIds: document.audiencePointIds },
});

/** The document with what the actor may do with it; null when they may not read it. */
export function presentDocument<D extends Omit<ConferenceDocument, 'allowedActions'>>(
  actor: Actor,
  conference: ConferenceFacts,
  document: D,
): (D & { allowedActions: string[] }) | null {
  if (!can(actor, 'document.read', documentObject(conference, document))) return null;
  const allowedActions = ['document.read'];
  if (can(actor, 'document.write', documentObject(conference, null))) allowedActions.push('document.write');
  return { ...document, allowedActions };
}
