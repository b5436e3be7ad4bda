/**
 * Rules of the conference documents (issue 16 item 1).
 *
 * - The chair and the secretariat (organizer) read every document, and both see who opened
 *   them; the organizer uploads, replaces, edits and deletes them until the conference is
 *   archived (rules.ts recordWritable), the meeting's close included. Each part of
 *   `document.write`, decided on its own:
 *   - upload and new version: the adopted decision, a speaker's slides, the signed minutes
 *     arrive after the meeting;
 *   - audience: the adopted decision is published (`public`) once adopted, after the meeting;
 *   - link to an agenda item or a task: filing a document under the item it was presented at,
 *     and delivering a task's document (which marks that task done) is the secretariat's
 *     follow-up, not a change of the agenda;
 *   - delete: correcting a wrong upload is part of filing (the audit log keeps the trace).
 *   Once archived the conference is a record: none of them.
 * - Before the plan is issued (draft) the documents are the secretariat's work: nobody else
 *   reads them.
 * - Afterwards each document's audience decides: `public` everyone who reads the conference
 *   (the press and the big screens too); `invited` the operators, delegates and guests (not the
 *   press nor a big screen); `points` the operators of the points named; `presidium` nobody
 *   beyond the chair and the secretariat.
 * - Everyone who reads the conference may ask for the list: it holds what they may read.
 */
import type { Actor } from './actor.js';
import type { DocumentAction, DocumentObject } from './actions.js';
import { canReadConference } from './conference-policy.js';
import { holdsAnyRole, isPublished, PRIVATE_READERS, recordWritable } from './rules.js';
import { operatorScope } from './actor.js';

type DocumentRule = (actor: Actor, object: DocumentObject) => boolean;

const isStaff: DocumentRule = (actor, { conference }) => holdsAnyRole(actor, conference.id, PRIVATE_READERS);
const isDisplay = (actor: Actor) => actor.kind === 'link' && actor.purpose === 'display';

const readsAudience: DocumentRule = (actor, { conference, document }) => {
  if (document === null || !isPublished(conference)) return false;
  switch (document.audience) {
    case 'public':
      return canReadConference(actor, conference);
    case 'invited':
      return !isDisplay(actor) && holdsAnyRole(actor, conference.id, ['operator', 'delegate', 'guest']);
    case 'points': {
      const scope = operatorScope(actor, conference.id);
      return document.pointIds.some((id) => scope.has(id));
    }
    case 'presidium':
      return false;
  }
};

export const canListDocuments: DocumentRule = (actor, { conference }) => canReadConference(actor, conference);
export const canReadDocument: DocumentRule = (actor, object) =>
  object.document !== null && (isStaff(actor, object) || readsAudience(actor, object));
export const canWriteDocuments: DocumentRule = (actor, { conference }) =>
  recordWritable(conference) && holdsAnyRole(actor, conference.id, ['organizer']);
export const canReadReceipts: DocumentRule = isStaff;

export const DOCUMENT_RULES: Record<DocumentAction, DocumentRule> = {
  'document.list': canListDocuments,
  'document.read': canReadDocument,
  'document.write': canWriteDocuments,
  'document.read_receipts': canReadReceipts,
};
