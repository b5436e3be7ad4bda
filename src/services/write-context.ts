/**
 * One transaction per write. `write` bumps the conference's version first (404 when the
 * conference is missing, 409 when `expectedVersion` differs), runs the body, reads the
 * updated plan and commits; any error rolls everything back.
 */
import { randomUUID } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import type { Conference } from '../domain/conference.schema.js';
import { DomainError } from '../domain/errors.js';
import { bumpVersion } from '../storage/repositories/conference-repository.js';
import { loadConference } from '../storage/repositories/plan-repository.js';
import type { Executor, Tables } from '../storage/tables.js';
import { conferenceNotFound, versionConflict } from './input.js';
import type { WriteOptions } from './conference-service.types.js';

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
          { path: '/expectedVersion', code: 'validation.type', message: { vi: 'Phải là số nguyên dương.', en: 'Must be a positive integer.' } },
        ]);
      }
      return db.transaction().execute(async (trx) => {
        const bump = await bumpVersion(trx, conferenceId, options?.expectedVersion, now());
        if (bump === 'not_found') throw conferenceNotFound();
        if (bump === 'conflict') throw versionConflict();
        const result = await body(trx);
        return { result, conference: await loadOrThrow(trx, conferenceId) };
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
  };
}
