/**
 * Who did a write and from where, as the audit log records it. The server builds an
 * AuditOrigin from the request (actor, address, browser); plan writes add the action.
 */
import type { Actor } from '../../domain/access/actor.js';

export type AuditActorKind = 'user' | 'link' | 'anonymous' | 'system';

export interface AuditActor {
  kind: AuditActorKind;
  userId: string | null;
  linkId: string | null;
  /** Readable name at the time (e-mail or display name, link label, "system"). */
  label: string;
}

export interface AuditOrigin {
  actor: AuditActor;
  ip: string | null;
  userAgent: string | null;
}

/** What `WriteOptions.audit` carries: the origin and the action name, e.g. 'bridge_point.update'. */
export interface AuditContext extends AuditOrigin {
  action: string;
}

/** Writes done by the program itself (first start, command line) or by callers that give no origin. */
export const SYSTEM_ORIGIN: AuditOrigin = {
  actor: { kind: 'system', userId: null, linkId: null, label: 'system' },
  ip: null,
  userAgent: null,
};

export function auditActorOf(actor: Actor, label: string): AuditActor {
  switch (actor.kind) {
    case 'user':
      return { kind: 'user', userId: actor.userId, linkId: null, label };
    case 'link':
      return { kind: 'link', userId: null, linkId: actor.linkId, label };
    default:
      return { kind: 'anonymous', userId: null, linkId: null, label };
  }
}

/** One audit row to write. `before`/`after` are JSON-serialisable (null when there is nothing on that side). */
export interface AuditRecord extends AuditOrigin {
  action: string;
  conferenceId: string | null;
  entityType: string;
  entityId: string | null;
  before: unknown;
  after: unknown;
}

/** One audit row as read back. */
export interface AuditEntry {
  seq: number;
  id: string;
  at: string;
  actor: AuditActor;
  ip: string | null;
  userAgent: string | null;
  conferenceId: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  before: unknown;
  after: unknown;
}
