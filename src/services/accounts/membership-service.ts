/**
 * Memberships: a user's roles in a conference. Operators are scoped to bridge points of
 * that conference (at least one); other roles carry none. Granting a role the user
 * already holds replaces its bridge points. Every write records one audit row.
 */
import { randomUUID } from 'node:crypto';
import type { ConferenceRole, Membership } from '../../domain/access/actor.js';
import { invalid } from '../../domain/errors.js';
import type { Database } from '../../storage/database.js';
import { listIds } from '../../storage/repositories/child-rows.js';
import { findConferenceRow } from '../../storage/repositories/conference-repository.js';
import {
  deleteMembership,
  findMembership,
  findMembershipById,
  insertMembership,
  listMembershipsOfConference,
  listMembershipsOfUser,
  updateMembershipBridgePoints,
  membershipKeys,
} from '../../storage/repositories/membership-repository.js';
import { findUserById } from '../../storage/repositories/user-repository.js';
import type { Executor } from '../../storage/tables.js';
import { conferenceNotFound, entityNotFound } from '../input.js';
import { decodeCursor, pageLimit, pageOf, type Page, type PageRequest } from '../paging.js';
import { rowToMembership, toMembership, type AccountsDeps, type MembershipRecord } from './account-records.js';
import { SYSTEM_ORIGIN, type AuditOrigin } from './audit-context.js';
import { recordAudit } from './audit-service.js';

export const CONFERENCE_ROLES: readonly ConferenceRole[] = ['organizer', 'chair', 'operator', 'delegate', 'guest', 'observer'];

export interface MembershipService {
  grant(
    conferenceId: string,
    userId: string,
    role: ConferenceRole,
    bridgePointIds: string[],
    origin?: AuditOrigin,
  ): Promise<MembershipRecord>;
  revoke(membershipId: string, origin?: AuditOrigin): Promise<void>;
  /** With each user's e-mail and name. */
  listForConference(conferenceId: string): Promise<MembershipRecord[]>;
  /** One page of the conference's memberships, by the person's e-mail and role (paging.ts). */
  listPageForConference(conferenceId: string, request: PageRequest): Promise<Page<MembershipRecord>>;
  listForUser(userId: string): Promise<Membership[]>;
}

const membershipNotFound = () => entityNotFound('membership.not_found', 'quyền tham gia', 'membership');

async function checkBridgePoints(executor: Executor, conferenceId: string, role: ConferenceRole, ids: unknown): Promise<string[]> {
  if (!Array.isArray(ids) || ids.some((id) => typeof id !== 'string')) {
    throw invalid('membership.bridge_points_invalid', { vi: 'Danh sách điểm cầu không hợp lệ.', en: 'Invalid list of bridge points.' });
  }
  const unique = [...new Set(ids as string[])];
  if (role !== 'operator') {
    if (unique.length > 0) {
      throw invalid('membership.bridge_points_only_for_operator', {
        vi: 'Chỉ cán bộ kỹ thuật điểm cầu mới được gắn với điểm cầu.',
        en: 'Only a bridge point operator is tied to bridge points.',
      });
    }
    return [];
  }
  if (unique.length === 0) {
    throw invalid('membership.operator_needs_bridge_point', {
      vi: 'Cán bộ kỹ thuật phải được giao ít nhất một điểm cầu.',
      en: 'An operator needs at least one bridge point.',
    });
  }
  const known = new Set(await listIds(executor, 'bridge_points', conferenceId));
  const unknown = unique.filter((id) => !known.has(id));
  if (unknown.length > 0) {
    throw invalid(
      'membership.unknown_bridge_point',
      { vi: 'Điểm cầu không thuộc hội nghị này.', en: 'The bridge point does not belong to this conference.' },
      unknown.map((id) => ({
        path: `/bridgePointIds/${unique.indexOf(id)}`,
        code: 'membership.unknown_bridge_point',
        message: { vi: 'Không có trong hội nghị.', en: 'Not in this conference.' },
      })),
    );
  }
  return unique;
}

export function createMembershipService(database: Database, deps: AccountsDeps = {}): MembershipService {
  const { db } = database;
  const clock = deps.now ?? (() => new Date());
  const newId = deps.newId ?? randomUUID;

  return {
    async grant(conferenceId, userId, role, bridgePointIds, origin = SYSTEM_ORIGIN) {
      if (!CONFERENCE_ROLES.includes(role)) {
        throw invalid('membership.role_invalid', { vi: 'Vai trò không hợp lệ.', en: 'Unknown role.' });
      }
      return db.transaction().execute(async (trx) => {
        if (!(await findConferenceRow(trx, conferenceId))) throw conferenceNotFound();
        if (!(await findUserById(trx, userId))) throw entityNotFound('user.not_found', 'người dùng', 'user');
        const points = await checkBridgePoints(trx, conferenceId, role, bridgePointIds);
        const at = clock().toISOString();
        const existing = await findMembership(trx, { conferenceId, userId, role });
        let id: string;
        if (existing) {
          id = existing.id;
          await updateMembershipBridgePoints(trx, id, JSON.stringify(points));
        } else {
          id = newId();
          await insertMembership(trx, {
            id,
            conference_id: conferenceId,
            user_id: userId,
            role,
            bridge_point_ids: JSON.stringify(points),
            created_at: at,
          });
        }
        const before = existing ? { role, bridgePointIds: rowToMembership(existing).bridgePointIds } : null;
        await recordAudit(
          trx,
          {
            ...origin,
            action: 'membership.grant',
            conferenceId,
            entityType: 'membership',
            entityId: id,
            before,
            after: { userId, role, bridgePointIds: points },
          },
          at,
          newId(),
        );
        const row = await findMembershipById(trx, id);
        return rowToMembership(row!);
      });
    },

    async revoke(membershipId, origin = SYSTEM_ORIGIN) {
      await db.transaction().execute(async (trx) => {
        const row = typeof membershipId === 'string' ? await findMembershipById(trx, membershipId) : undefined;
        if (!row) throw membershipNotFound();
        await deleteMembership(trx, row.id);
        const record = rowToMembership(row);
        await recordAudit(
          trx,
          {
            ...origin,
            action: 'membership.revoke',
            conferenceId: row.conference_id,
            entityType: 'membership',
            entityId: row.id,
            before: { userId: record.userId, role: record.role, bridgePointIds: record.bridgePointIds },
            after: null,
          },
          clock().toISOString(),
          newId(),
        );
      });
    },

    listForConference: async (conferenceId) => (await listMembershipsOfConference(db, conferenceId)).map(rowToMembership),

    async listPageForConference(conferenceId, request) {
      const limit = pageLimit(request);
      const rows = await listMembershipsOfConference(db, conferenceId, { limit: limit + 1, after: decodeCursor(request.cursor, 3) });
      return pageOf(rows, limit, membershipKeys, rowToMembership);
    },

    listForUser: async (userId) => (await listMembershipsOfUser(db, userId)).map((row) => toMembership(rowToMembership(row))),
  };
}
