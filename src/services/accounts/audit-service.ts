/**
 * The audit log: `recordAudit` writes one row inside the caller's transaction (so a
 * rolled-back write leaves no row), each side (before, after) at most 16 KB of JSON: a larger
 * one is kept as its SHA-256 digest, size and a short preview, so no write can make the
 * append-only log (or a page of it) huge; `list` reads newest first with filters and paging.
 */
import { createHash, randomUUID } from 'node:crypto';
import { Type } from 'typebox';
import type { Database } from '../../storage/database.js';
import { insertAuditLogRow, listAuditLogRows, type StoredAuditLogRow } from '../../storage/repositories/audit-log-repository.js';
import type { Executor } from '../../storage/tables.js';
import { prepareInput } from '../input.js';
import type { AuditActorKind, AuditEntry, AuditRecord } from './audit-context.js';

export const DEFAULT_AUDIT_PAGE = 50;
export const MAX_AUDIT_PAGE = 500;

/** A side (before or after) whose JSON is longer than this is stored as its digest, size and a preview. */
export const MAX_AUDIT_SIDE_BYTES = 16 * 1024;
const PREVIEW_CHARACTERS = 500;

/** What stands for a side too large to keep: enough to prove what it was (sha-256 of its JSON) and to recognise it. */
export interface DigestedSide {
  truncated: true;
  digest: string;
  /** Bytes of the JSON (UTF-8). */
  size: number;
  /** The first characters of the JSON. */
  preview: string;
}

/** The JSON stored for one side: the value itself, or its digest when it is larger than MAX_AUDIT_SIDE_BYTES. */
export function auditSideJson(value: unknown): string | null {
  if (value === undefined || value === null) return null;
  const json = JSON.stringify(value);
  const size = Buffer.byteLength(json, 'utf8');
  if (size <= MAX_AUDIT_SIDE_BYTES) return json;
  const digest = `sha256:${createHash('sha256').update(json, 'utf8').digest('hex')}`;
  // Never cut a character in two (a lone surrogate is not valid text for PostgreSQL).
  const preview = json.slice(0, PREVIEW_CHARACTERS).replace(/[\uD800-\uDBFF]$/, '');
  const side: DigestedSide = { truncated: true, digest, size, preview };
  return JSON.stringify(side);
}
const fromJson = (text: string | null): unknown => (text === null ? null : JSON.parse(text));

export async function recordAudit(executor: Executor, entry: AuditRecord, at: string, id: string = randomUUID()): Promise<void> {
  await insertAuditLogRow(executor, {
    id,
    at,
    actor_kind: entry.actor.kind,
    actor_user_id: entry.actor.userId,
    actor_link_id: entry.actor.linkId,
    actor_label: entry.actor.label,
    ip: entry.ip,
    user_agent: entry.userAgent,
    conference_id: entry.conferenceId,
    action: entry.action,
    entity_type: entry.entityType,
    entity_id: entry.entityId,
    before_json: auditSideJson(entry.before),
    after_json: auditSideJson(entry.after),
  });
}

export const rowToAuditEntry = (row: StoredAuditLogRow): AuditEntry => ({
  seq: Number(row.seq),
  id: row.id,
  at: row.at,
  actor: {
    kind: row.actor_kind as AuditActorKind,
    userId: row.actor_user_id,
    linkId: row.actor_link_id,
    label: row.actor_label,
  },
  ip: row.ip,
  userAgent: row.user_agent,
  conferenceId: row.conference_id,
  action: row.action,
  entityType: row.entity_type,
  entityId: row.entity_id,
  before: fromJson(row.before_json),
  after: fromJson(row.after_json),
});

const AuditQuery = Type.Object(
  {
    conferenceId: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })),
    actorUserId: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })),
    action: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })),
    from: Type.Optional(Type.String({ format: 'date-time' })),
    to: Type.Optional(Type.String({ format: 'date-time' })),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: MAX_AUDIT_PAGE })),
    beforeSeq: Type.Optional(Type.Integer({ minimum: 1 })),
  },
  { additionalProperties: false },
);

export interface AuditQuery {
  conferenceId?: string;
  actorUserId?: string;
  action?: string;
  /** ISO date-times, inclusive. */
  from?: string;
  to?: string;
  /** Default 50, at most 500. */
  limit?: number;
  /** Paging: entries older than this seq (pass the last seq of the previous page). */
  beforeSeq?: number;
}

export interface AuditService {
  /** Writes one row inside the caller's transaction, timed by the service's clock. */
  record(executor: Executor, entry: AuditRecord): Promise<void>;
  /** Newest first. */
  list(query: AuditQuery): Promise<AuditEntry[]>;
}

export function createAuditService(database: Database, deps: { now?: () => Date } = {}): AuditService {
  const now = deps.now ?? (() => new Date());
  return {
    record: (executor, entry) => recordAudit(executor, entry, now().toISOString()),
    async list(query) {
      const q = prepareInput(AuditQuery, query);
      const rows = await listAuditLogRows(database.db, {
        ...q,
        // Stored times are ISO UTC (Z); compare in the same form.
        ...(q.from !== undefined ? { from: new Date(q.from).toISOString() } : {}),
        ...(q.to !== undefined ? { to: new Date(q.to).toISOString() } : {}),
        limit: q.limit ?? DEFAULT_AUDIT_PAGE,
      });
      return rows.map(rowToAuditEntry);
    },
  };
}
