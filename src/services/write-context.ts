/**
 * One transaction per write. `write` bumps the conference's version first (404 when the
 * conference is missing, 409 when `expectedVersion` differs), runs the body, reads the
 * updated plan and commits; any error rolls everything back. With `options.audit` it
 * also reads the plan before the body and, after it, inserts one audit row holding
 * `diffConference(before, after)` in the same transaction. The plan it reads is the plan
 * read's (`loadPlan`): bridge points inline only up to INLINE_BRIDGE_POINTS, so a write of
 * the agenda of a national conference does not read 16,242 points twice.
 *
 * `writePart` is the same transaction for a write of one part (the bridge points): the body
 * reads what it changes before and after, and that is what the audit row holds; no plan is read.
 */
import { randomUUID } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import { diffConference, diffPlanParts, type PlanParts } from '../domain/audit-diff.js';
import { INLINE_BRIDGE_POINTS, type Conference } from '../domain/conference.schema.js';
import { DomainError } from '../domain/errors.js';
import { bumpVersion } from '../storage/repositories/conference-repository.js';
import { insertMembership } from '../storage/repositories/membership-repository.js';
import { findConferenceRow } from '../storage/repositories/conference-repository.js';
import { loadConference, loadPlan, type Plan } from '../storage/repositories/plan-repository.js';
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
  ): Promise<{ result: T; conference: Plan }>;
  /** A write of one part: the body returns its result and the part before and after (for the audit row). */
  writePart<T>(
    conferenceId: string,
    options: WriteOptions | undefined,
    body: (trx: Transaction<Tables>) => Promise<{ result: T; before: PlanParts; after: PlanParts }>,
  ): Promise<{ result: T; version: number; updatedAt: string }>;
  /** The whole plan as one consistent snapshot (a repeatable-read transaction on PostgreSQL). */
  read(conferenceId: string): Promise<Conference>;
  /** The plan as the API reads it (loadPlan), as one consistent snapshot. */
  readPlan(conferenceId: string): Promise<Plan>;
  /** Runs `body` in a read-only repeatable-read transaction. */
  snapshot<T>(body: (trx: Transaction<Tables>) => Promise<T>): Promise<T>;
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

const loadPlanOrThrow = async (executor: Executor, conferenceId: string): Promise<Plan> => {
  const plan = await loadPlan(executor, conferenceId, INLINE_BRIDGE_POINTS);
  if (!plan) throw conferenceNotFound();
  return plan;
};

const checkExpectedVersion = (expected: number | undefined): void => {
  if (expected !== undefined && !(Number.isSafeInteger(expected) && expected >= 1)) {
    throw new DomainError(400, 'validation.failed', { vi: 'Phiên bản không hợp lệ.', en: 'Invalid version.' }, [
      {
        path: '/expectedVersion',
        code: 'validation.type',
        message: { vi: 'Phải là số nguyên dương.', en: 'Must be a positive integer.' },
      },
    ]);
  }
};

const bumpOrThrow = async (trx: Transaction<Tables>, conferenceId: string, options: WriteOptions | undefined, at: string) => {
  const bump = await bumpVersion(trx, conferenceId, options?.expectedVersion, at);
  if (bump === 'not_found') throw conferenceNotFound();
  if (bump === 'conflict') throw versionConflict();
};

export function createServiceContext(db: Kysely<Tables>, clock: () => Date): ServiceContext {
  const now = () => clock().toISOString();
  const snapshot = <T>(body: (trx: Transaction<Tables>) => Promise<T>): Promise<T> =>
    db.transaction().setIsolationLevel('repeatable read').setAccessMode('read only').execute(body);
  return {
    db,
    now,
    newId: () => randomUUID(),
    async write(conferenceId, options, body) {
      checkExpectedVersion(options?.expectedVersion);
      return db.transaction().execute(async (trx) => {
        await bumpOrThrow(trx, conferenceId, options, now());
        const audit = options?.audit;
        const before = audit ? await loadPlanOrThrow(trx, conferenceId) : null;
        const result = await body(trx);
        const conference = await loadPlanOrThrow(trx, conferenceId);
        if (audit) {
          const diff = diffConference(before, conference);
          await recordPlanAudit(trx, audit, conferenceId, diff.before, diff.after, now());
        }
        return { result, conference };
      });
    },
    async writePart(conferenceId, options, body) {
      checkExpectedVersion(options?.expectedVersion);
      return db.transaction().execute(async (trx) => {
        const at = now();
        await bumpOrThrow(trx, conferenceId, options, at);
        const { result, before, after } = await body(trx);
        const audit = options?.audit;
        if (audit) {
          const diff = diffPlanParts(before, after);
          await recordPlanAudit(trx, audit, conferenceId, diff.before, diff.after, at);
        }
        const row = await findConferenceRow(trx, conferenceId);
        return { result, version: Number(row!.version), updatedAt: row!.updated_at };
      });
    },
    read(conferenceId) {
      return snapshot((trx) => loadOrThrow(trx, conferenceId));
    },
    readPlan(conferenceId) {
      return snapshot((trx) => loadPlanOrThrow(trx, conferenceId));
    },
    snapshot,
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
