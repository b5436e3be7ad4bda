/** The audit_log table: insert and read only (the database refuses UPDATE and DELETE). */
import { prepareRowQuery } from '../prepared-query.js';
import type { AuditLogRow, Executor } from '../tables.js';

export type NewAuditLogRow = Omit<AuditLogRow, 'seq'>;
export type StoredAuditLogRow = Omit<AuditLogRow, 'seq'> & { seq: number | string };

// Written with every change (a check-in's hot path among them): compiled once (prepared-query.ts).
/** Every column an audit row is written with (prepared-query.ts checks the list against the table's type). */
export const AUDIT_LOG_COLUMNS = {
  id: true,
  at: true,
  actor_kind: true,
  actor_user_id: true,
  actor_link_id: true,
  actor_label: true,
  ip: true,
  user_agent: true,
  conference_id: true,
  action: true,
  entity_type: true,
  entity_id: true,
  before_json: true,
  after_json: true,
} as const;

const insertAuditLog = prepareRowQuery<NewAuditLogRow, never>(AUDIT_LOG_COLUMNS, (executor, row) =>
  executor.insertInto('audit_log').values(row),
);

export async function insertAuditLogRow(executor: Executor, row: NewAuditLogRow): Promise<void> {
  await insertAuditLog(executor, row);
}

export interface AuditLogFilter {
  conferenceId?: string;
  actorUserId?: string;
  action?: string;
  /** ISO timestamps, inclusive. */
  from?: string;
  to?: string;
  beforeSeq?: number;
  limit: number;
}

/** Newest first. */
export async function listAuditLogRows(executor: Executor, filter: AuditLogFilter): Promise<StoredAuditLogRow[]> {
  let query = executor.selectFrom('audit_log').selectAll();
  if (filter.conferenceId !== undefined) query = query.where('conference_id', '=', filter.conferenceId);
  if (filter.actorUserId !== undefined) query = query.where('actor_user_id', '=', filter.actorUserId);
  if (filter.action !== undefined) query = query.where('action', '=', filter.action);
  if (filter.from !== undefined) query = query.where('at', '>=', filter.from);
  if (filter.to !== undefined) query = query.where('at', '<=', filter.to);
  if (filter.beforeSeq !== undefined) query = query.where('seq', '<', filter.beforeSeq);
  return query.orderBy('seq', 'desc').limit(filter.limit).execute();
}
