/**
 * Links instead of accounts: a token bound to one purpose and one conference (and for
 * operators one bridge point, optionally one participant group), expiring (at most a
 * year ahead) and revocable. The token is returned once; only its hash is stored.
 */
import { randomUUID } from 'node:crypto';
import type { Actor, LinkPurpose } from '../../domain/access/actor.js';
import { DomainError, invalid } from '../../domain/errors.js';
import { normalizeText } from '../../domain/text.js';
import type { Database } from '../../storage/database.js';
import {
  findAccessLinkById,
  findAccessLinkByTokenHash,
  insertAccessLink,
  listAccessLinksOfConference,
  recordAccessLinkUse,
  revokeAccessLinkById,
  accessLinkKeys,
} from '../../storage/repositories/access-link-repository.js';
import { findRow } from '../../storage/repositories/child-rows.js';
import { findConferenceRow } from '../../storage/repositories/conference-repository.js';
import { findDelegateRow } from '../../storage/repositories/delegate-repository.js';
import type { AccessLinkRow, Executor } from '../../storage/tables.js';
import { conferenceNotFound, entityNotFound } from '../input.js';
import { decodeCursor, pageLimit, pageOf, type Page, type PageRequest } from '../paging.js';
import { linkState, rowToAccessLink, type AccessLink, type AccountsDeps } from './account-records.js';
import { SYSTEM_ORIGIN, type AuditOrigin } from './audit-context.js';
import { recordAudit } from './audit-service.js';
import { endSessionOfToken, type SessionClient } from './session-open.js';
import { hashToken, isTokenShaped, newToken } from './tokens.js';

export const LINK_PURPOSES: readonly LinkPurpose[] = ['guest', 'delegate', 'operator', 'observer', 'nominator', 'display'];
export const MAX_LINK_LIFE_MS = 366 * 24 * 60 * 60_000;
/**
 * A link's requests record their use (last_used_at, last_used_ip, use_count + 1) at most this
 * often, as sessions touch last_seen_at: writing it on every request cost one more commit (one
 * more fsync on SQLite) per check-in at a hall's door (bench/RESULTS.md, issue 18). So
 * use_count counts uses recorded: every sign-in with the link, and at most one a minute of its
 * other requests. The link's validity (revoked, expired) is read from its row on every request.
 */
export const LINK_USE_INTERVAL_MS = 60_000;

export interface NewAccessLink {
  conferenceId: string;
  purpose: LinkPurpose;
  bridgePointId?: string | null;
  participantGroupId?: string | null;
  /** A delegate's personal link (purpose 'delegate'): the one delegate it answers for. */
  delegateId?: string | null;
  label: string;
  /** ISO date-time in the future, at most one year ahead. */
  expiresAt: string;
  createdByUserId: string | null;
}

export type LinkActor = Extract<Actor, { kind: 'link' }>;

export interface AccessLinkService {
  createLink(input: NewAccessLink, origin?: AuditOrigin): Promise<{ link: AccessLink; token: string }>;
  /** 401 link.invalid / link.expired / link.revoked; records the use at most once a minute (LINK_USE_INTERVAL_MS). */
  resolveLink(token: string | null | undefined, ip: string | null): Promise<{ actor: LinkActor; link: AccessLink }>;
  /**
   * POST /auth/link: resolves the link like `resolveLink` and, in one transaction, ends the
   * user session the browser held (`endSessionToken`, one cookie = one identity) and writes
   * one audit row `session.link_login` in the link's name.
   */
  signInWithLink(token: string, client: SessionClient, endSessionToken?: string | null): Promise<{ actor: LinkActor; link: AccessLink }>;
  /** POST /auth/logout with a link session: the cookie is cleared, the link stays valid; one audit row `session.link_logout`. */
  recordLinkLogout(linkId: string, origin: AuditOrigin): Promise<void>;
  revokeLink(linkId: string, origin?: AuditOrigin): Promise<AccessLink>;
  /** Newest first, with last use; never the token. */
  listLinks(conferenceId: string): Promise<AccessLink[]>;
  /** One page of the conference's links, newest first (paging.ts). */
  listLinksPage(conferenceId: string, request: PageRequest): Promise<Page<AccessLink>>;
}

export const linkError = (problem: 'invalid' | 'expired' | 'revoked'): DomainError =>
  new DomainError(
    401,
    `link.${problem}`,
    {
      invalid: { vi: 'Liên kết truy cập không hợp lệ.', en: 'This access link is not valid.' },
      expired: {
        vi: 'Liên kết truy cập đã hết hạn. Hãy liên hệ ban tổ chức để được cấp liên kết mới.',
        en: 'This access link has expired. Ask the organizers for a new one.',
      },
      revoked: {
        vi: 'Liên kết truy cập đã bị thu hồi. Hãy liên hệ ban tổ chức.',
        en: 'This access link has been revoked. Contact the organizers.',
      },
    }[problem],
  );

const linkInvalid = (code: string, vi: string, en: string) => invalid(code, { vi, en });

const toActor = (row: AccessLinkRow): LinkActor => ({
  kind: 'link',
  linkId: row.id,
  purpose: row.purpose as LinkPurpose,
  conferenceId: row.conference_id,
  bridgePointId: row.bridge_point_id,
  participantGroupId: row.participant_group_id,
  ...(row.delegate_id ? { delegateId: row.delegate_id } : {}),
});

/** The name the audit log gives a link actor (the same as the routes give it). */
const linkLabel = (link: { label: string; purpose: LinkPurpose }) => `${link.label} (${link.purpose})`;

/** Whether a request with the link records its use now: never used, or last recorded a minute ago or more. */
export const isLinkUseDue = (lastUsedAt: string | null, now: Date): boolean =>
  lastUsedAt === null || now.getTime() - Date.parse(lastUsedAt) >= LINK_USE_INTERVAL_MS;

/**
 * 401 link.invalid / link.expired / link.revoked, read from the row each time; else returns
 * the actor, and records the use when `always` (a sign-in) or when due (isLinkUseDue).
 */
async function useLink(
  executor: Executor,
  token: unknown,
  ip: string | null,
  now: Date,
  always: boolean,
): Promise<{ actor: LinkActor; link: AccessLink }> {
  if (!isTokenShaped(token)) throw linkError('invalid');
  const row = await findAccessLinkByTokenHash(executor, hashToken(token));
  if (!row) throw linkError('invalid');
  const state = linkState(row, now);
  if (state !== 'active') throw linkError(state);
  if (!always && !isLinkUseDue(row.last_used_at, now)) return { actor: toActor(row), link: rowToAccessLink(row, now) };
  await recordAccessLinkUse(executor, row.id, now.toISOString(), ip);
  const used = { ...row, last_used_at: now.toISOString(), last_used_ip: ip, use_count: Number(row.use_count) + 1 };
  return { actor: toActor(row), link: rowToAccessLink(used, now) };
}

export function createAccessLinkService(database: Database, deps: AccountsDeps = {}): AccessLinkService {
  const { db } = database;
  const clock = deps.now ?? (() => new Date());
  const newId = deps.newId ?? randomUUID;

  return {
    async createLink(input, origin = SYSTEM_ORIGIN) {
      if (!LINK_PURPOSES.includes(input.purpose))
        throw linkInvalid('link.purpose_invalid', 'Mục đích liên kết không hợp lệ.', 'Unknown link purpose.');
      const label = typeof input.label === 'string' ? normalizeText(input.label) : '';
      if (label.length === 0 || label.length > 200) {
        throw linkInvalid('link.label_invalid', 'Tên liên kết phải có từ 1 đến 200 ký tự.', 'The label must have 1 to 200 characters.');
      }
      const now = clock();
      const expires = typeof input.expiresAt === 'string' ? Date.parse(input.expiresAt) : Number.NaN;
      if (!Number.isFinite(expires) || expires <= now.getTime()) {
        throw linkInvalid('link.expiry_invalid', 'Thời hạn của liên kết phải ở tương lai.', 'The expiry must be in the future.');
      }
      if (expires - now.getTime() > MAX_LINK_LIFE_MS) {
        throw linkInvalid('link.expiry_too_far', 'Liên kết chỉ có hiệu lực tối đa một năm.', 'A link lasts at most one year.');
      }
      const bridgePointId = input.bridgePointId ?? null;
      const participantGroupId = input.participantGroupId ?? null;
      const delegateId = input.delegateId ?? null;
      if (input.purpose === 'operator' && bridgePointId === null) {
        throw linkInvalid(
          'link.bridge_point_required',
          'Liên kết cho cán bộ kỹ thuật phải gắn với một điểm cầu.',
          'An operator link needs a bridge point.',
        );
      }
      if (input.purpose === 'nominator' && bridgePointId === null) {
        throw linkInvalid(
          'link.bridge_point_required',
          'Liên kết cử người dự phải gắn với một điểm cầu.',
          'A nominator link needs a bridge point.',
        );
      }
      if (input.purpose === 'display' && bridgePointId === null) {
        throw linkInvalid(
          'link.bridge_point_required',
          'Liên kết màn hình lớn phải gắn với một điểm cầu.',
          'A display link needs a bridge point.',
        );
      }
      return db.transaction().execute(async (trx) => {
        if (!(await findConferenceRow(trx, input.conferenceId))) throw conferenceNotFound();
        if (bridgePointId !== null && !(await findRow(trx, 'bridge_points', input.conferenceId, bridgePointId))) {
          throw linkInvalid(
            'link.unknown_bridge_point',
            'Điểm cầu không thuộc hội nghị này.',
            'The bridge point does not belong to this conference.',
          );
        }
        if (delegateId !== null && (input.purpose !== 'delegate' || !(await findDelegateRow(trx, input.conferenceId, delegateId)))) {
          throw linkInvalid(
            'link.unknown_delegate',
            'Đại biểu không thuộc hội nghị này.',
            'The delegate does not belong to this conference.',
          );
        }
        const group =
          participantGroupId === null ? undefined : await findRow(trx, 'participant_groups', input.conferenceId, participantGroupId);
        if (participantGroupId !== null && !group) {
          throw linkInvalid(
            'link.unknown_participant_group',
            'Thành phần không thuộc hội nghị này.',
            'The participant group does not belong to this conference.',
          );
        }
        // A nominator names people at its point: a group of another point cannot be filled from there.
        if (input.purpose === 'nominator' && group && group.bridge_point_id !== null && group.bridge_point_id !== bridgePointId) {
          throw linkInvalid(
            'link.group_at_other_point',
            'Thành phần này dự tại điểm cầu khác.',
            'This participant group attends at another bridge point.',
          );
        }
        const { token, hash } = newToken();
        const at = now.toISOString();
        const row: AccessLinkRow = {
          id: newId(),
          token_hash: hash,
          purpose: input.purpose,
          conference_id: input.conferenceId,
          bridge_point_id: bridgePointId,
          participant_group_id: participantGroupId,
          label,
          created_by_user_id: input.createdByUserId ?? null,
          created_at: at,
          expires_at: new Date(expires).toISOString(),
          revoked_at: null,
          last_used_at: null,
          last_used_ip: null,
          use_count: 0,
          delegate_id: delegateId,
        };
        await insertAccessLink(trx, row);
        const link = rowToAccessLink(row, now);
        const audited = {
          purpose: link.purpose,
          bridgePointId,
          participantGroupId,
          ...(delegateId ? { delegateId } : {}),
          label,
          expiresAt: link.expiresAt,
        };
        await recordAudit(
          trx,
          {
            ...origin,
            action: 'access_link.create',
            conferenceId: input.conferenceId,
            entityType: 'access_link',
            entityId: row.id,
            before: null,
            after: audited,
          },
          at,
          newId(),
        );
        return { link, token };
      });
    },

    async resolveLink(token, ip) {
      return useLink(db, token, ip, clock(), false);
    },

    async signInWithLink(token, client, endSessionToken) {
      return db.transaction().execute(async (trx) => {
        const now = clock();
        const at = now.toISOString();
        const used = await useLink(trx, token, client.ip, now, true);
        const ended = await endSessionOfToken(trx, endSessionToken, at);
        const { link } = used;
        const actor = { kind: 'link' as const, userId: null, linkId: link.id, label: linkLabel(link) };
        const after = {
          purpose: link.purpose,
          useCount: link.useCount,
          ...(ended ? { endedSession: { id: ended.id, userId: ended.user_id } } : {}),
        };
        await recordAudit(
          trx,
          {
            actor,
            ...client,
            action: 'session.link_login',
            conferenceId: link.conferenceId,
            entityType: 'access_link',
            entityId: link.id,
            before: null,
            after,
          },
          at,
          newId(),
        );
        return used;
      });
    },

    async recordLinkLogout(linkId, origin) {
      await db.transaction().execute(async (trx) => {
        const row = await findAccessLinkById(trx, linkId);
        if (!row) throw entityNotFound('link.not_found', 'liên kết truy cập', 'access link');
        const at = clock().toISOString();
        await recordAudit(
          trx,
          {
            ...origin,
            action: 'session.link_logout',
            conferenceId: row.conference_id,
            entityType: 'access_link',
            entityId: row.id,
            before: null,
            after: { cookieCleared: true },
          },
          at,
          newId(),
        );
      });
    },

    async revokeLink(linkId, origin = SYSTEM_ORIGIN) {
      return db.transaction().execute(async (trx) => {
        const row = typeof linkId === 'string' ? await findAccessLinkById(trx, linkId) : undefined;
        if (!row) throw entityNotFound('link.not_found', 'liên kết truy cập', 'access link');
        const now = clock();
        await revokeAccessLinkById(trx, row.id, now.toISOString());
        await recordAudit(
          trx,
          {
            ...origin,
            action: 'access_link.revoke',
            conferenceId: row.conference_id,
            entityType: 'access_link',
            entityId: row.id,
            before: { revokedAt: row.revoked_at },
            after: { revokedAt: row.revoked_at ?? now.toISOString() },
          },
          now.toISOString(),
          newId(),
        );
        return rowToAccessLink((await findAccessLinkById(trx, row.id))!, now);
      });
    },

    listLinks: async (conferenceId) => {
      const now = clock();
      return (await listAccessLinksOfConference(db, conferenceId)).map((row) => rowToAccessLink(row, now));
    },

    async listLinksPage(conferenceId, request) {
      const limit = pageLimit(request);
      const rows = await listAccessLinksOfConference(db, conferenceId, { limit: limit + 1, after: decodeCursor(request.cursor, 2) });
      const now = clock();
      return pageOf(rows, limit, accessLinkKeys, (row) => rowToAccessLink(row, now));
    },
  };
}
