/**
 * Delegated invitation (DOMAIN.md, II.2: "do Chủ tịch UBND cấp huyện mời"): an organisation's
 * contact holds a nominator link bound to one bridge point (and optionally one participant
 * group) and names the people who will attend there. Each one becomes a delegate of that
 * point, within the point's quota and the group's count; over quota is refused with the
 * numbers, never cut silently. One audit row per name; `delegate.changed` after the commit.
 */
import { conferenceTimeText } from '../../domain/session-time.js';
import { randomUUID } from 'node:crypto';
import type { Actor } from '../../domain/access/actor.js';
import type { BridgePoint, Conference, ParticipantGroup } from '../../domain/conference.schema.js';
import { conflict, DomainError } from '../../domain/errors.js';
import { validateDelegate, type Delegate } from '../../domain/participants/delegate.js';
import { eventName } from '../../documents/invitation/invitation-text.js';
import type { EventBus } from '../../realtime/event-bus.js';
import type { Database } from '../../storage/database.js';
import { insertDelegates, listDelegateRows, rowToDelegate, withGroupRank } from '../../storage/repositories/delegate-repository.js';
import { lockBridgePoint, seatsTaken } from '../../storage/repositories/invitation-repository.js';
import { loadConference } from '../../storage/repositories/plan-repository.js';
import { SYSTEM_ORIGIN, type AuditOrigin } from '../accounts/audit-context.js';
import { recordAudit } from '../accounts/audit-service.js';
import { assertNoProblems, conferenceNotFound, prepareInput } from '../input.js';
import { Type } from 'typebox';
import { DelegateFields, newDelegateRow, personFields } from './delegate-input.js';

export const NominationRequest = Type.Object(
  {
    fullName: DelegateFields.fullName,
    title: DelegateFields.title,
    organisation: DelegateFields.organisation,
    phone: DelegateFields.phone,
    email: DelegateFields.email,
  },
  { additionalProperties: false },
);

export interface NominationView {
  conference: { id: string; eventName: string; time: string; startsAt: string | null };
  bridgePoint: Pick<BridgePoint, 'id' | 'name' | 'quota'>;
  participantGroup: Pick<ParticipantGroup, 'id' | 'text' | 'count'> | null;
  /** Seats held at the point (every delegate but those who declined), and in the group. */
  taken: { atPoint: number; inGroup: number };
  /** How many more may be named: the smaller of what the point and the group allow; null: no limit. */
  remaining: number | null;
  /** The delegates of the group at this point (of the point without a group): names only. */
  delegates: Pick<Delegate, 'id' | 'fullName' | 'title' | 'organisation' | 'invitation'>[];
}

export interface NominationService {
  view(actor: Actor, conferenceId: string): Promise<NominationView>;
  nominate(actor: Actor, conferenceId: string, input: unknown, origin?: AuditOrigin): Promise<Delegate>;
}

/** The point (and group) a nominator link names people for; 404 for any other actor. */
export const nominatorScope = (actor: Actor, conferenceId: string): { bridgePointId: string; participantGroupId: string | null } => {
  if (actor.kind === 'link' && actor.purpose === 'nominator' && actor.conferenceId === conferenceId && actor.bridgePointId) {
    return { bridgePointId: actor.bridgePointId, participantGroupId: actor.participantGroupId };
  }
  throw notANominatorLink();
};

const notANominatorLink = () =>
  new DomainError(404, 'nomination.not_found', {
    vi: 'Liên kết này không dùng để cử người dự.',
    en: 'This link is not for naming attendees.',
  });

/** Seats left: null when neither the point nor the group has a limit. */
export const remainingSeats = (
  quota: number | null,
  groupCount: number | null,
  taken: { atPoint: number; inGroup: number },
): number | null => {
  const limits = [quota === null ? null : quota - taken.atPoint, groupCount === null ? null : groupCount - taken.inGroup].filter(
    (n): n is number => n !== null,
  );
  return limits.length === 0 ? null : Math.max(0, Math.min(...limits));
};

const overQuota = (point: BridgePoint, group: ParticipantGroup | null, taken: { atPoint: number; inGroup: number }) => {
  if (point.quota !== null && taken.atPoint >= point.quota) {
    return conflict('nomination.over_quota', {
      vi: `Điểm cầu ${point.name} đã đủ ${point.quota} đại biểu (đã có ${taken.atPoint}); không thể cử thêm. Hãy liên hệ ban tổ chức nếu cần thêm chỗ.`,
      en: `Bridge point ${point.name} is full: ${taken.atPoint} delegates for a quota of ${point.quota}. Contact the organizers for more seats.`,
    });
  }
  if (group && group.count !== null && taken.inGroup >= group.count) {
    return conflict('nomination.group_full', {
      vi: `Thành phần "${group.text}" chỉ có ${group.count} người tại điểm cầu này (đã cử ${taken.inGroup}); không thể cử thêm.`,
      en: `The group "${group.text}" has ${group.count} places at this point (${taken.inGroup} named); no more can be named.`,
    });
  }
  return null;
};

export function createNominationService(
  database: Database,
  deps: { now?: () => Date; events?: Pick<EventBus, 'publish'> } = {},
): NominationService {
  const { db } = database;
  const clock = deps.now ?? (() => new Date());

  const scopeOf = async (actor: Actor, conferenceId: string) => {
    const scope = nominatorScope(actor, conferenceId);
    const conference: Conference | undefined = await loadConference(db, conferenceId);
    if (!conference) throw conferenceNotFound();
    const point = conference.bridgePoints.find((p) => p.id === scope.bridgePointId);
    if (!point) throw notANominatorLink();
    const group = scope.participantGroupId ? (conference.participantGroups.find((g) => g.id === scope.participantGroupId) ?? null) : null;
    return { conference, point, group };
  };

  return {
    async view(actor, conferenceId) {
      const { conference, point, group } = await scopeOf(actor, conferenceId);
      const taken = await seatsTaken(db, conferenceId, point.id, group?.id ?? null);
      const { rows } = await listDelegateRows(
        db,
        { conferenceId, bridgePointIds: [point.id], ...(group ? { participantGroupId: group.id } : {}) },
        { offset: 0, limit: 1000 },
      );
      return {
        conference: {
          id: conference.id,
          eventName: eventName(conference.title),
          time: conferenceTimeText(conference),
          startsAt: conference.startsAt,
        },
        bridgePoint: { id: point.id, name: point.name, quota: point.quota },
        participantGroup: group && { id: group.id, text: group.text, count: group.count },
        taken,
        remaining: remainingSeats(point.quota, group?.count ?? null, taken),
        delegates: rows.map((row) => ({
          id: row.id,
          fullName: row.full_name,
          title: row.title,
          organisation: row.organisation,
          invitation: rowToDelegate(row).invitation,
        })),
      };
    },

    async nominate(actor, conferenceId, input, origin = SYSTEM_ORIGIN) {
      const { point, group } = await scopeOf(actor, conferenceId);
      const person = personFields(prepareInput(NominationRequest, input));
      assertNoProblems(validateDelegate(person), 'delegate.invalid', {
        vi: 'Thông tin người được cử chưa hợp lệ.',
        en: 'The person named is not valid.',
      });
      const at = clock().toISOString();
      const row = newDelegateRow(
        { id: randomUUID(), conferenceId, bridgePointId: point.id, participantGroupId: group?.id ?? null },
        person,
        at,
      );
      const nominated = await db.transaction().execute(async (trx) => {
        if (!(await lockBridgePoint(trx, conferenceId, point.id))) throw conferenceNotFound();
        const refusal = overQuota(point, group, await seatsTaken(trx, conferenceId, point.id, group?.id ?? null));
        if (refusal) throw refusal;
        await insertDelegates(trx, [row]);
        const { version: _v, created_at: _c, updated_at: _u, search_key: _s, conference_id: _conf, ...after } = row;
        await recordAudit(
          trx,
          { ...origin, action: 'delegate.nominate', conferenceId, entityType: 'delegate', entityId: row.id, before: null, after },
          at,
          randomUUID(),
        );
        return withGroupRank(trx, row);
      });
      deps.events?.publish({ type: 'delegate.changed', conferenceId, bridgePointId: point.id, delegateIds: [row.id] });
      return rowToDelegate(nominated);
    },
  };
}
