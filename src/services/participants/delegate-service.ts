/**
 * Delegates (đại biểu) of a conference: list by page, read, add, change, remove. Each write
 * is one transaction with one audit row; after it commits, a `delegate.changed` event goes
 * to the bus. Delegates never touch the plan's version: a list of thousands is edited while
 * the secretariat edits the plan.
 */
import type { Delegate } from '../../domain/participants/delegate.js';
import { validateDelegate } from '../../domain/participants/delegate.js';
import { conflict, type LocalizedMessage } from '../../domain/errors.js';
import { foldForSearch } from '../../domain/text.js';
import { moveInProtocolOrder, rankOfRow, titleRank, type RankChange } from '../../domain/protocol/protocol-order.js';
import type { EventBus } from '../../realtime/event-bus.js';
import type { Database } from '../../storage/database.js';
import { findRow } from '../../storage/repositories/child-rows.js';
import { findConferenceRow } from '../../storage/repositories/conference-repository.js';
import {
  deleteDelegateRow,
  findDelegateRow,
  findRankedDelegateRow,
  insertDelegates,
  listAllDelegateRows,
  listDelegateRows,
  rowToDelegate,
  updateDelegateRow,
  withGroupRank,
  type DelegateFilter,
} from '../../storage/repositories/delegate-repository.js';
import type { DelegateRow, Executor } from '../../storage/tables.js';
import { SYSTEM_ORIGIN, type AuditOrigin } from '../accounts/audit-context.js';
import { recordAudit } from '../accounts/audit-service.js';
import { assertNoProblems, conferenceNotFound, entityNotFound, prepareInput } from '../input.js';
import { DelegateCreate, DelegatePatch, newDelegateRow, personFields, ProtocolMoveBody, searchKeyOf } from './delegate-input.js';
import { invalid } from '../../domain/errors.js';
import { randomUUID } from 'node:crypto';

export const MAX_DELEGATE_PAGE = 1000;

export interface DelegateQuery {
  bridgePointIds?: readonly string[];
  participantGroupId?: string;
  invitation?: DelegateFilter['invitation'];
  attendance?: DelegateFilter['attendance'];
  q?: string;
  offset?: number;
  limit?: number;
}

export interface DelegatePage {
  items: Delegate[];
  total: number;
  offset: number;
  limit: number;
}

export interface DelegateService {
  list(conferenceId: string, query?: DelegateQuery): Promise<DelegatePage>;
  get(conferenceId: string, delegateId: string): Promise<Delegate>;
  create(conferenceId: string, input: unknown, origin?: AuditOrigin): Promise<Delegate>;
  update(conferenceId: string, delegateId: string, patch: unknown, origin?: AuditOrigin): Promise<Delegate>;
  remove(conferenceId: string, delegateId: string, origin?: AuditOrigin): Promise<void>;
  /** Moves a delegate before or after another of the same point in protocol order (drag, up, down); returns the ranks written. */
  moveInOrder(conferenceId: string, delegateId: string, body: unknown, origin?: AuditOrigin): Promise<RankChange[]>;
}

export interface DelegateServiceDeps {
  now?: () => Date;
  events?: Pick<EventBus, 'publish'>;
}

export const delegateNotFound = () => entityNotFound('delegate.not_found', 'đại biểu', 'delegate');
const INVALID: LocalizedMessage = { vi: 'Thông tin đại biểu chưa hợp lệ.', en: 'The delegate is not valid.' };

/** 404 when the conference is missing; 422 when the point or the group is not one of its own, or the group attends elsewhere. */
export async function checkPlacement(
  executor: Executor,
  conferenceId: string,
  bridgePointId: string,
  participantGroupId: string | null,
): Promise<void> {
  if (!(await findConferenceRow(executor, conferenceId))) throw conferenceNotFound();
  if (!(await findRow(executor, 'bridge_points', conferenceId, bridgePointId))) {
    throw invalid(
      'delegate.unknown_bridge_point',
      { vi: 'Điểm cầu không thuộc hội nghị này.', en: 'The bridge point does not belong to this conference.' },
      [
        {
          path: '/bridgePointId',
          code: 'delegate.unknown_bridge_point',
          message: { vi: 'Không có điểm cầu này.', en: 'No such bridge point.' },
        },
      ],
    );
  }
  if (participantGroupId === null) return;
  const group = await findRow(executor, 'participant_groups', conferenceId, participantGroupId);
  const problem = !group
    ? {
        code: 'delegate.unknown_participant_group',
        vi: 'Thành phần không thuộc hội nghị này.',
        en: 'The participant group does not belong to this conference.',
      }
    : group.bridge_point_id !== null && group.bridge_point_id !== bridgePointId
      ? {
          code: 'delegate.group_at_other_point',
          vi: 'Thành phần này dự tại điểm cầu khác.',
          en: 'This participant group attends at another bridge point.',
        }
      : null;
  if (problem) {
    throw invalid(problem.code, { vi: problem.vi, en: problem.en }, [
      { path: '/participantGroupId', code: problem.code, message: { vi: problem.vi, en: problem.en } },
    ]);
  }
}

/** What the audit row keeps of a delegate: everything but bookkeeping. */
const audited = (row: DelegateRow) => {
  const { version: _v, created_at: _c, updated_at: _u, search_key: _s, conference_id: _conf, ...rest } = row;
  return rest;
};

/** Only the fields that changed, on each side. */
const changedFields = (before: DelegateRow, after: DelegateRow) => {
  const b = audited(before) as Record<string, unknown>;
  const a = audited(after) as Record<string, unknown>;
  const keys = Object.keys(a).filter((key) => JSON.stringify(a[key]) !== JSON.stringify(b[key]));
  return {
    before: Object.fromEntries(keys.map((key) => [key, b[key]])),
    after: Object.fromEntries(keys.map((key) => [key, a[key]])),
  };
};

export function createDelegateService(database: Database, deps: DelegateServiceDeps = {}): DelegateService {
  const { db } = database;
  const now = () => (deps.now ?? (() => new Date()))().toISOString();
  const publish = (conferenceId: string, bridgePointIds: Iterable<string>, delegateIds: string[]) => {
    for (const bridgePointId of new Set(bridgePointIds))
      deps.events?.publish({ type: 'delegate.changed', conferenceId, bridgePointId, delegateIds });
  };
  const audit = (
    executor: Executor,
    origin: AuditOrigin,
    action: string,
    conferenceId: string,
    entityId: string,
    before: unknown,
    after: unknown,
  ) => recordAudit(executor, { ...origin, action, conferenceId, entityType: 'delegate', entityId, before, after }, now(), randomUUID());

  return {
    async list(conferenceId, query = {}) {
      const offset = Math.max(0, Math.floor(query.offset ?? 0));
      const limit = Math.min(MAX_DELEGATE_PAGE, Math.max(1, Math.floor(query.limit ?? 100)));
      const searchWords = query.q ? foldForSearch(query.q).split(' ').filter(Boolean) : undefined;
      const filter: DelegateFilter = {
        conferenceId,
        ...(query.bridgePointIds ? { bridgePointIds: query.bridgePointIds } : {}),
        ...(query.participantGroupId ? { participantGroupId: query.participantGroupId } : {}),
        ...(query.invitation ? { invitation: query.invitation } : {}),
        ...(query.attendance ? { attendance: query.attendance } : {}),
        ...(searchWords ? { searchWords } : {}),
      };
      const { rows, total } = await listDelegateRows(db, filter, { offset, limit });
      return { items: rows.map(rowToDelegate), total, offset, limit };
    },

    async get(conferenceId, delegateId) {
      const row = await findRankedDelegateRow(db, conferenceId, delegateId);
      if (!row) throw delegateNotFound();
      return rowToDelegate(row);
    },

    async create(conferenceId, input, origin = SYSTEM_ORIGIN) {
      const request = prepareInput(DelegateCreate, input);
      const person = personFields(request);
      assertNoProblems(validateDelegate(person), 'delegate.invalid', INVALID);
      const at = now();
      const row = newDelegateRow(
        {
          id: randomUUID(),
          conferenceId,
          bridgePointId: request.bridgePointId,
          participantGroupId: request.participantGroupId ?? null,
          protocolRank: request.protocolRank,
        },
        person,
        at,
      );
      const created = await db.transaction().execute(async (trx) => {
        await checkPlacement(trx, conferenceId, row.bridge_point_id, row.participant_group_id);
        await insertDelegates(trx, [row]);
        await audit(trx, origin, 'delegate.create', conferenceId, row.id, null, audited(row));
        return withGroupRank(trx, row);
      });
      publish(conferenceId, [row.bridge_point_id], [row.id]);
      return rowToDelegate(created);
    },

    async update(conferenceId, delegateId, patch, origin = SYSTEM_ORIGIN) {
      const { expectedVersion, ...changes } = prepareInput(DelegatePatch, patch);
      const { before, after } = await db.transaction().execute(async (trx) => {
        const current = await findDelegateRow(trx, conferenceId, delegateId);
        if (!current) throw delegateNotFound();
        if (expectedVersion !== undefined && expectedVersion !== Number(current.version)) throw delegateChanged();
        const person = personFields({
          fullName: changes.fullName ?? current.full_name,
          title: changes.title ?? current.title,
          organisation: changes.organisation ?? current.organisation,
          phone: changes.phone ?? current.phone,
          email: changes.email ?? current.email,
          seat: changes.seat ?? current.seat,
          notes: changes.notes ?? current.notes,
        });
        assertNoProblems(validateDelegate(person), 'delegate.invalid', INVALID);
        const bridgePointId = changes.bridgePointId ?? current.bridge_point_id;
        const participantGroupId = changes.participantGroupId !== undefined ? changes.participantGroupId : current.participant_group_id;
        await checkPlacement(trx, conferenceId, bridgePointId, participantGroupId);
        const attendance = changes.attendance ?? current.attendance;
        const next: DelegateRow = {
          ...current,
          bridge_point_id: bridgePointId,
          participant_group_id: participantGroupId,
          full_name: person.fullName,
          title: person.title,
          organisation: person.organisation,
          phone: person.phone,
          email: person.email,
          seat: person.seat,
          notes: person.notes,
          protocol_rank: changes.protocolRank !== undefined ? changes.protocolRank : current.protocol_rank,
          title_rank: titleRank(person.title),
          invitation: changes.invitation ?? current.invitation,
          attendance,
          checked_in_at: attendance === 'present' ? (current.checked_in_at ?? now()) : null,
          search_key: searchKeyOf(person.fullName, person.organisation, person.title),
          updated_at: now(),
        };
        const { id: _id, conference_id: _c, version: _v, created_at: _created, ...values } = next;
        if (!(await updateDelegateRow(trx, conferenceId, delegateId, values, Number(current.version)))) throw delegateChanged();
        const diff = changedFields(current, next);
        await audit(trx, origin, 'delegate.update', conferenceId, delegateId, diff.before, diff.after);
        return { before: current, after: await withGroupRank(trx, { ...next, version: Number(current.version) + 1 }) };
      });
      publish(conferenceId, [before.bridge_point_id, after.bridge_point_id], [delegateId]);
      return rowToDelegate(after);
    },

    async moveInOrder(conferenceId, delegateId, body, origin = SYSTEM_ORIGIN) {
      const { targetId, place } = prepareInput(ProtocolMoveBody, body);
      const { pointId, changes } = await db.transaction().execute(async (trx) => {
        const moved = await findDelegateRow(trx, conferenceId, delegateId);
        if (!moved) throw delegateNotFound();
        const hall = await listAllDelegateRows(trx, conferenceId, [moved.bridge_point_id]);
        const changes = moveInProtocolOrder(
          hall.map((row) => ({ id: row.id, ...rankOfRow(row) })),
          delegateId,
          targetId,
          place,
        );
        if (changes === null) throw notInHall();
        const at = now();
        for (const change of changes) await updateDelegateRow(trx, conferenceId, change.id, { protocol_rank: change.to, updated_at: at });
        if (changes.length > 0) await audit(trx, origin, 'delegate.reorder', conferenceId, delegateId, null, { targetId, place, changes });
        return { pointId: moved.bridge_point_id, changes };
      });
      if (changes.length > 0)
        publish(
          conferenceId,
          [pointId],
          changes.map((c) => c.id),
        );
      return changes;
    },

    async remove(conferenceId, delegateId, origin = SYSTEM_ORIGIN) {
      const removed = await db.transaction().execute(async (trx) => {
        const current = await findDelegateRow(trx, conferenceId, delegateId);
        if (!current || !(await deleteDelegateRow(trx, conferenceId, delegateId))) throw delegateNotFound();
        await audit(trx, origin, 'delegate.delete', conferenceId, delegateId, audited(current), null);
        return current;
      });
      publish(conferenceId, [removed.bridge_point_id], [delegateId]);
    },
  };
}

const notInHall = () =>
  invalid('delegate.order_target_unknown', {
    vi: 'Chỉ đổi thứ tự nghi thức giữa các đại biểu của cùng một điểm cầu.',
    en: 'The protocol order changes only among the delegates of one bridge point.',
  });

export const delegateChanged = () =>
  conflict('delegate.version_conflict', {
    vi: 'Đại biểu này vừa được người khác sửa. Hãy tải lại trước khi lưu.',
    en: 'This delegate was changed by someone else. Reload before saving.',
  });
