/**
 * One transaction per write. `write` bumps the conference's version first (404 when the
 * conference is missing, 409 when `expectedVersion` differs), runs the body, reads the
 * updated plan and commits; any error rolls everything back. With `options.audit` it
 * also reads the plan before the body and, after it, inserts one audit row holding
 * `diffConference(before, after)` in the same transaction.
 */
import { randomUUID } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import { diffConference } from '../domain/audit-diff.js';
import type { Conference } from '../domain/conference.schema.js';
import { DomainError } from '../domain/errors.js';
import { bumpVersion } from '../storage/repositories/conference-repository.js';
import { insertMembership } from '../storage/repositories/membership-repository.js';
import { loadConference } from '../storage/repositories/plan-repository.js';
import type { Executor, Tables } from '../storage/tables.js';
import { conferenceNotFound, versionConflict } from './input.js';
import type { AuditContext } from './accounts/audit-context.js';
import { recordAudit } from './accounts/audit-service.js';
import type { CreateOptions, WriteOptions } from './conference-service.types.js';

export interface ServiceContext {
  db: Kysely<Tables>;
  /** ISO timestamp of "now" from the injected clock. */
  now(): string;
  newId(): string;
  write<T>(
    conferenceId: string,
    options: WriteOptions | undefined,
    body: (trx: Transaction<Tables>) => Promise<T>,
  ): Promise<{ result: T; conference: Conference }>;
  /** The plan as one consistent snapshot (a repeatable-read transaction on PostgreSQL). */
  read(conferenceId: string): Promise<Conference>;
  /** Runs a transaction that is not a write of an existing conference (create, duplicate). */
  transaction<T>(body: (trx: Transaction<Tables>) => Promise<T>): Promise<T>;
  /**
   * Creates a conference: the body inserts it and returns its id; with `options.audit`
   * one audit row (the new plan as `after`, plus `extra`) is written in the same transaction.
   */
  insert(
    options: CreateOptions | undefined,
    body: (trx: Transaction<Tables>) => Promise<string>,
    extra?: Record<string, unknown>,
  ): Promise<string>;
}

export const loadOrThrow = async (executor: Executor, conferenceId: string): Promise<Conference> => {
  const conference = await loadConference(executor, conferenceId);
  if (!conference) throw conferenceNotFound();
  return conference;
};

export function createServiceContext(db: Kysely<Tables>, clock: () => Date): ServiceContext {
  const now = () => clock().toISOString();
  return {
    db,
    now,
    newId: () => randomUUID(),
    async write(conferenceId, options, body) {
      const expected = options?.expectedVersion;
      if (expected !== undefined && !(Number.isSafeInteger(expected) && expected >= 1)) {
        throw new DomainError(400, 'validation.failed', { vi: 'Phiên bản không hợp lệ.', en: 'Invalid version.' }, [
          {
            path: '/expectedVersion',
            code: 'validation.type',
            message: { vi: 'Phải là số nguyên dương.', en: 'Must be a positive integer.' },
          },
        ]);
      }
      return db.transaction().execute(async (trx) => {
        const bump = await bumpVersion(trx, conferenceId, options?.expectedVersion, now());
        if (bump === 'not_found') throw conferenceNotFound();
        if (bump === 'conflict') throw versionConflict();
        const audit = options?.audit;
        const before = audit ? await loadOrThrow(trx, conferenceId) : null;
        const result = await body(trx);
        const conference = await loadOrThrow(trx, conferenceId);
        if (audit) {
          const diff = diffConference(before, conference);
          await recordPlanAudit(trx, audit, conferenceId, diff.before, diff.after, now());
        }
        return { result, conference };
      });
    },
    read(conferenceId) {
      return db
        .transaction()
        .setIsolationLevel('repeatable read')
        .setAccessMode('read only')
        .execute((trx) => loadOrThrow(trx, conferenceId));
    },
    transaction(body) {
      return db.transaction().execute(body);
    },
    insert(options, body, extra = {}) {
      return db.transaction().execute(async (trx) => {
        const id = await body(trx);
        const organizer = options?.organizerUserId;
        if (organizer) await grantOrganizer(trx, { conferenceId: id, userId: organizer, id: randomUUID(), at: now() });
        const audit = options?.audit;
        if (audit) {
          const { after } = diffConference(null, await loadOrThrow(trx, id));
          const granted = organizer ? { organizerUserId: organizer } : {};
          await recordPlanAudit(trx, audit, id, null, { ...extra, ...granted, ...after }, now());
        }
        return id;
      });
    },
  };
}

const grantOrganizer = (trx: Transaction<Tables>, grant: { conferenceId: string; userId: string; id: string; at: string }) =>
  insertMembership(trx, {
    id: grant.id,
    conference_id: grant.conferenceId,
    user_id: grant.userId,
    role: 'organizer',
    bridge_point_ids: '[]',
    created_at: grant.at,
  });

const recordPlanAudit = (
  trx: Transaction<Tables>,
  audit: AuditContext,
  conferenceId: string,
  before: unknown,
  after: unknown,
  at: string,
) =>
  recordAudit(
    trx,
    {
      actor: audit.actor,
      ip: audit.ip,
      userAgent: audit.userAgent,
      action: audit.action,
      conferenceId,
      entityType: 'conference',
      entityId: conferenceId,
      before,
      after,
    },
    at,
    randomUUID(),
  );
