/**
 * Check-in (đón tiếp, điểm danh) at a hall: by QR code (the personal link on the
 * invitation) or by a delegate found by name, walk-ins, and headcounts of halls that only
 * report a number. Each write is all-or-nothing with one audit row, and is idempotent:
 * a check-in or walk-in carries the client's key, so a request sent again (an offline
 * queue retrying) gives the same answer and no second row; a delegate already present is
 * answered `already_present` without a row. `attendance.changed` goes to the bus after commit.
 * Check-ins are committed in groups (check-in-batch.ts): one fsync for all those that
 * arrived during the previous commit, each in its own savepoint.
 */
import { randomUUID } from 'node:crypto';
import { noteHeadcount } from '../live/live-halls.js';
import type { ConferenceFacts } from '../../domain/access/actions.js';
import type { ConferenceStatus } from '../../domain/conference.schema.js';
import { notFound } from '../../domain/errors.js';
import type { Delegate } from '../../domain/participants/delegate.js';
import { validateDelegate } from '../../domain/participants/delegate.js';
import { foldForSearch } from '../../domain/text.js';
import type { EventBus } from '../../realtime/event-bus.js';
import type { Database } from '../../storage/database.js';
import { findAccessLinkByTokenHash } from '../../storage/repositories/access-link-repository.js';
import {
  countHallDelegates,
  deleteCheckInsOfDelegate,
  findCheckInRow,
  findConferenceFacts,
  findHallPoint,
  findHeadcountRow,
  insertCheckIn,
  listHallPoints,
  markDelegatePresent,
  saveHeadcount,
} from '../../storage/repositories/check-in-repository.js';
import {
  findRankedDelegateRow,
  insertDelegates,
  listDelegateRows,
  rowToDelegate,
  withGroupRank,
} from '../../storage/repositories/delegate-repository.js';
import type { CheckInRow, Executor } from '../../storage/tables.js';
import { SYSTEM_ORIGIN, type AuditOrigin } from '../accounts/audit-context.js';
import { recordAudit } from '../accounts/audit-service.js';
import { hashToken } from '../accounts/tokens.js';
import { assertNoProblems, conferenceNotFound, prepareInput } from '../input.js';
import { CheckInCreate, HeadcountInput, WalkInCreate } from './check-in-input.js';
import { createGroupCommit, type GroupCommit } from './check-in-batch.js';
import {
  checkInErrors,
  checkInTime,
  hallCounts,
  tokenOfCode,
  type CheckInRecord,
  type CheckInResult,
  type Headcount,
  type HallSummary,
} from './check-in-rules.js';
import { newDelegateRow, personFields } from './delegate-input.js';
import { checkPlacement, delegateNotFound, MAX_DELEGATE_PAGE } from './delegate-service.js';

export type { CheckInRecord, CheckInResult, Headcount, HallSummary } from './check-in-rules.js';

export interface CheckInOptions {
  origin?: AuditOrigin;
  /** Throws when the caller may not check in this delegate (the route's policy check). */
  authorize?: (delegate: Delegate) => void;
}

export interface CheckInService {
  /** What the policies need about the conference, without the whole plan; 404 when missing. */
  conferenceFacts(conferenceId: string): Promise<ConferenceFacts>;
  /** The title and the bridge points (id, name), for a hall's screen: a few hundred bytes, not the whole plan. */
  hallPoints(conferenceId: string): Promise<{ title: string; points: { id: string; name: string }[] }>;
  checkIn(conferenceId: string, request: unknown, options?: CheckInOptions): Promise<CheckInResult>;
  walkIn(conferenceId: string, input: unknown, origin?: AuditOrigin): Promise<CheckInResult>;
  reportHeadcount(conferenceId: string, bridgePointId: string, input: unknown, origin?: AuditOrigin): Promise<Headcount>;
  search(conferenceId: string, bridgePointId: string, q: string, limit?: number): Promise<{ items: Delegate[]; total: number }>;
  hall(conferenceId: string, bridgePointId: string): Promise<HallSummary>;
  /** How the group commit went so far: batches, writes, largest batch. */
  readonly commitStats: GroupCommit['stats'];
}

export interface CheckInServiceDeps {
  now?: () => Date;
  events?: Pick<EventBus, 'publish'>;
  /** Most check-ins committed together (check-in-batch.ts); 1 = a transaction each. */
  maxBatch?: number;
  /** Batches committed side by side (1 on SQLite; POSTGRES_LANES on PostgreSQL). */
  lanes?: number;
}

/** Side-by-side batches on PostgreSQL: under the pool's 10 connections, leaving room for the reads. */
export const POSTGRES_LANES = 4;

const record = (row: CheckInRow): CheckInRecord => ({ key: row.id, at: row.at, method: row.method });

export function createCheckInService(database: Database, deps: CheckInServiceDeps = {}): CheckInService {
  const { db } = database;
  const batch = createGroupCommit(database, {
    ...(deps.maxBatch === undefined ? {} : { maxBatch: deps.maxBatch }),
    lanes: deps.lanes ?? (database.dialect === 'postgres' ? POSTGRES_LANES : 1),
  });
  const clock = deps.now ?? (() => new Date());
  const attendanceChanged = (conferenceId: string, bridgePointId: string) =>
    deps.events?.publish({ type: 'attendance.changed', conferenceId, bridgePointId });

  const delegateIn = async (executor: Executor, conferenceId: string, delegateId: string): Promise<Delegate> => {
    const row = await findRankedDelegateRow(executor, conferenceId, delegateId);
    if (!row) throw delegateNotFound();
    return rowToDelegate(row);
  };

  /** The delegate a check-in names: by id, or by the personal link in the QR code. */
  const resolve = async (conferenceId: string, request: CheckInCreate): Promise<Delegate> => {
    if (request.delegateId !== undefined) return delegateIn(db, conferenceId, request.delegateId);
    if (request.code === undefined) throw checkInErrors.targetRequired();
    const token = tokenOfCode(request.code);
    if (!token) throw checkInErrors.codeInvalid();
    // A revoked or expired link still names its delegate: the operator who scans it is the one signed in.
    const link = await findAccessLinkByTokenHash(db, hashToken(token));
    if (!link) throw checkInErrors.codeUnknown();
    if (link.conference_id !== conferenceId) throw checkInErrors.otherConference();
    if (link.purpose !== 'delegate' || !link.delegate_id) throw checkInErrors.notPersonal();
    return delegateIn(db, conferenceId, link.delegate_id);
  };

  /** The answer for a key already recorded: the same delegate gets the same answer, another one a 409. */
  const replay = async (executor: Executor, conferenceId: string, row: CheckInRow, delegateId: string | null): Promise<CheckInResult> => {
    if (delegateId !== null && row.delegate_id !== delegateId) throw checkInErrors.keyReused();
    return {
      outcome: 'checked_in',
      replayed: true,
      delegate: await delegateIn(executor, conferenceId, row.delegate_id),
      checkIn: record(row),
    };
  };

  return {
    commitStats: batch.stats,

    async conferenceFacts(conferenceId) {
      const row = await findConferenceFacts(db, conferenceId);
      if (!row) throw conferenceNotFound();
      return { id: row.id, status: row.status as ConferenceStatus, archived: Number(row.archived) === 1 };
    },

    async hallPoints(conferenceId) {
      const row = await findConferenceFacts(db, conferenceId);
      if (!row) throw conferenceNotFound();
      return { title: row.title, points: await listHallPoints(db, conferenceId) };
    },

    async checkIn(conferenceId, input, options = {}) {
      const request = prepareInput(CheckInCreate, input);
      const delegate = await resolve(conferenceId, request);
      if (request.bridgePointId !== undefined && delegate.bridgePointId !== request.bridgePointId) {
        // A code in the hand of the person at the door says where they belong; an id chosen on screen says nothing to those without rights there.
        if (request.code === undefined) options.authorize?.(delegate);
        const point = await findHallPoint(db, conferenceId, delegate.bridgePointId);
        throw checkInErrors.wrongPoint(point?.name ?? delegate.bridgePointId);
      }
      options.authorize?.(delegate);
      const now = clock();
      const at = checkInTime(request.checkedInAt, now);
      // Group commit: written with the check-ins arriving meanwhile, answered once committed.
      const result = await batch.run(async (trx): Promise<CheckInResult> => {
        const earlier = await findCheckInRow(trx, request.key);
        if (earlier) return replay(trx, conferenceId, earlier, delegate.id);
        const present = await markDelegatePresent(trx, conferenceId, delegate.id, at, now.toISOString());
        if (!present) {
          // Present already, or a request with the same key committed meanwhile (another process).
          const raced = await findCheckInRow(trx, request.key);
          if (raced) return replay(trx, conferenceId, raced, delegate.id);
          return { outcome: 'already_present', replayed: false, delegate: await delegateIn(trx, conferenceId, delegate.id), checkIn: null };
        }
        const row: CheckInRow = {
          id: request.key,
          conference_id: conferenceId,
          bridge_point_id: delegate.bridgePointId,
          delegate_id: delegate.id,
          method: request.method,
          at,
          actor_label: (options.origin ?? SYSTEM_ORIGIN).actor.label,
        };
        if (!(await insertCheckIn(trx, row))) {
          // They were not present, yet have a check-in: one left from before the organizer set attendance back. It is replaced.
          await deleteCheckInsOfDelegate(trx, delegate.id);
          if (!(await insertCheckIn(trx, row))) throw checkInErrors.keyReused();
        }
        await recordAudit(
          trx,
          {
            ...(options.origin ?? SYSTEM_ORIGIN),
            action: 'delegate.check_in',
            conferenceId,
            entityType: 'delegate',
            entityId: delegate.id,
            before: { attendance: delegate.attendance },
            after: { attendance: 'present', checkedInAt: at, method: request.method, key: request.key },
          },
          now.toISOString(),
          randomUUID(),
        );
        return {
          outcome: 'checked_in',
          replayed: false,
          delegate: rowToDelegate({ ...present, group_rank: delegate.groupRank }),
          checkIn: record(row),
        };
      });
      if (result.outcome === 'checked_in' && !result.replayed) attendanceChanged(conferenceId, delegate.bridgePointId);
      return result;
    },

    async walkIn(conferenceId, input, origin = SYSTEM_ORIGIN) {
      const request = prepareInput(WalkInCreate, input);
      const person = personFields({ ...request, seat: '' });
      assertNoProblems(validateDelegate(person), 'delegate.invalid', {
        vi: 'Thông tin đại biểu chưa hợp lệ.',
        en: 'The delegate is not valid.',
      });
      const now = clock();
      const at = checkInTime(request.checkedInAt, now);
      const result = await db.transaction().execute(async (trx): Promise<CheckInResult> => {
        const earlier = await findCheckInRow(trx, request.key);
        if (earlier) {
          if (earlier.method !== 'walk_in') throw checkInErrors.keyReused();
          return replay(trx, conferenceId, earlier, null);
        }
        await checkPlacement(trx, conferenceId, request.bridgePointId, request.participantGroupId ?? null);
        const row = {
          ...newDelegateRow(
            {
              id: randomUUID(),
              conferenceId,
              bridgePointId: request.bridgePointId,
              participantGroupId: request.participantGroupId ?? null,
              walkIn: true,
            },
            person,
            now.toISOString(),
          ),
          checked_in_at: at,
        };
        await insertDelegates(trx, [row]);
        const checkIn: CheckInRow = {
          id: request.key,
          conference_id: conferenceId,
          bridge_point_id: row.bridge_point_id,
          delegate_id: row.id,
          method: 'walk_in',
          at,
          actor_label: origin.actor.label,
        };
        if (!(await insertCheckIn(trx, checkIn))) throw checkInErrors.keyReused();
        const { search_key: _s, version: _v, created_at: _c, updated_at: _u, conference_id: _conf, ...audited } = row;
        await recordAudit(
          trx,
          {
            ...origin,
            action: 'delegate.walk_in',
            conferenceId,
            entityType: 'delegate',
            entityId: row.id,
            before: null,
            after: { ...audited, key: request.key },
          },
          now.toISOString(),
          randomUUID(),
        );
        return { outcome: 'checked_in', replayed: false, delegate: rowToDelegate(await withGroupRank(trx, row)), checkIn: record(checkIn) };
      });
      if (!result.replayed) {
        attendanceChanged(conferenceId, result.delegate.bridgePointId);
        deps.events?.publish({
          type: 'delegate.changed',
          conferenceId,
          bridgePointId: result.delegate.bridgePointId,
          delegateIds: [result.delegate.id],
        });
      }
      return result;
    },

    async reportHeadcount(conferenceId, bridgePointId, input, origin = SYSTEM_ORIGIN) {
      const { count } = prepareInput(HeadcountInput, input);
      const now = clock().toISOString();
      const { headcount, hall } = await db.transaction().execute(async (trx) => {
        if (!(await findHallPoint(trx, conferenceId, bridgePointId))) throw checkInErrors.unknownPoint();
        const current = await findHeadcountRow(trx, conferenceId, bridgePointId);
        // The same number again (a retried request) changes nothing and writes nothing.
        if (current && Number(current.count) === count) return { headcount: current, hall: null };
        const row = {
          bridge_point_id: bridgePointId,
          conference_id: conferenceId,
          count,
          reported_at: now,
          reported_by: origin.actor.label,
        };
        await saveHeadcount(trx, row);
        await recordAudit(
          trx,
          {
            ...origin,
            action: 'headcount.report',
            conferenceId,
            entityType: 'bridge_point',
            entityId: bridgePointId,
            before: current ? { count: Number(current.count) } : null,
            after: { count },
          },
          now,
          randomUUID(),
        );
        // The same number on the roll-call wall (one head count: issue 15).
        return { headcount: row, hall: await noteHeadcount(trx, conferenceId, bridgePointId) };
      });
      if (hall) {
        attendanceChanged(conferenceId, bridgePointId);
        deps.events?.publish({ type: 'live.hall', conferenceId, change: { kind: 'hall', seq: hall.seq, hall } });
      }
      return { bridgePointId, count: Number(headcount.count), reportedAt: headcount.reported_at, reportedBy: headcount.reported_by };
    },

    async search(conferenceId, bridgePointId, q, limit = 20) {
      const searchWords = foldForSearch(q).split(' ').filter(Boolean);
      const { rows, total } = await listDelegateRows(
        db,
        { conferenceId, bridgePointIds: [bridgePointId], ...(searchWords.length ? { searchWords } : {}) },
        { offset: 0, limit: Math.min(MAX_DELEGATE_PAGE, Math.max(1, Math.floor(limit))) },
      );
      return { items: rows.map(rowToDelegate), total };
    },

    async hall(conferenceId, bridgePointId) {
      const point = await findHallPoint(db, conferenceId, bridgePointId);
      if (!point) throw notFound({ vi: 'điểm cầu', en: 'bridge point' }, 'bridge_point.not_found');
      const [rows, headcount] = await Promise.all([
        countHallDelegates(db, conferenceId, bridgePointId),
        findHeadcountRow(db, conferenceId, bridgePointId),
      ]);
      return {
        bridgePointId,
        name: point.name,
        quota: point.quota === null ? null : Number(point.quota),
        counts: hallCounts(rows),
        headcount: headcount
          ? { bridgePointId, count: Number(headcount.count), reportedAt: headcount.reported_at, reportedBy: headcount.reported_by }
          : null,
      };
    },
  };
}
