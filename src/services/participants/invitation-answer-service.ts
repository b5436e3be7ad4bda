/**
 * Confirmation through the personal link, without an account: what the delegate sees
 * (the conference, time, place, their point, their answer and until when it may change),
 * and their answer — attend, decline, or name a substitute — applied with the pure rule
 * applyConfirmation. One audit row per answer; `invitation.answered` after the commit.
 */
import { conferenceTimeText } from '../../domain/session-time.js';
import { randomUUID } from 'node:crypto';
import { Type } from 'typebox';
import type { Actor } from '../../domain/access/actor.js';
import { planWritable } from '../../domain/access/rules.js';
import type { BridgePoint, Conference } from '../../domain/conference.schema.js';
import { conflict, DomainError, invalid } from '../../domain/errors.js';
import { applyConfirmation, isOpen } from '../../domain/participants/confirmation.js';
import type { Delegate } from '../../domain/participants/delegate.js';
import { eventName, placeLines, presidingText } from '../../documents/invitation/invitation-text.js';
import { bodyInSentence } from '../../documents/document-text.js';
import type { EventBus } from '../../realtime/event-bus.js';
import type { Database } from '../../storage/database.js';
import { findRankedDelegateRow, rowToDelegate, updateDelegateRow } from '../../storage/repositories/delegate-repository.js';
import { findInvitationSettings } from '../../storage/repositories/invitation-repository.js';
import { listBridgePointRowsByIds, listHostPoints } from '../../storage/repositories/bridge-point-repository.js';
import { loadConference } from '../../storage/repositories/plan-repository.js';
import { rowToBridgePoint } from '../../storage/repositories/row-mappers.js';
import { SYSTEM_ORIGIN, type AuditOrigin } from '../accounts/audit-context.js';
import { recordAudit } from '../accounts/audit-service.js';
import { conferenceNotFound, prepareInput } from '../input.js';
import { delegateNotFound } from './delegate-service.js';
import { vietnamLocalNow } from './invitation-links.js';

const SubstituteInput = Type.Object(
  {
    fullName: Type.String({ maxLength: 200 }),
    title: Type.String({ maxLength: 600 }),
    phone: Type.String({ maxLength: 60 }),
    email: Type.String({ maxLength: 400 }),
  },
  { additionalProperties: false },
);
export const AnswerRequest = Type.Object(
  {
    action: Type.Enum(['attend', 'decline', 'substitute']),
    substitute: Type.Optional(Type.Union([SubstituteInput, Type.Null()], { description: 'Người dự thay: required for substitute' })),
  },
  { additionalProperties: false },
);

export interface InvitationView {
  conference: {
    id: string;
    title: string;
    eventName: string;
    issuingBody: string;
    startsAt: string | null;
    time: string;
    presiding: string;
    status: Conference['status'];
  };
  delegate: Pick<Delegate, 'id' | 'fullName' | 'title' | 'organisation' | 'invitation' | 'substitute' | 'attendance' | 'answeredAt'>;
  bridgePoint: Pick<BridgePoint, 'id' | 'name' | 'address' | 'kind' | 'isHost'> | null;
  place: string[];
  /** Answers are accepted until this local time (inclusive). */
  answerUntil: string | null;
  open: boolean;
}

export interface InvitationAnswerService {
  view(actor: Actor, conferenceId: string): Promise<InvitationView>;
  answer(actor: Actor, conferenceId: string, request: unknown, origin?: AuditOrigin): Promise<InvitationView>;
}

/** The delegate a personal link answers for; 404 otherwise (a link without a delegate has no invitation). */
export const personalDelegateId = (actor: Actor, conferenceId: string): string => {
  if (actor.kind === 'link' && actor.purpose === 'delegate' && actor.conferenceId === conferenceId && actor.delegateId)
    return actor.delegateId;
  throw new DomainError(404, 'invitation.not_found', {
    vi: 'Không có giấy mời nào gắn với liên kết này.',
    en: 'No invitation belongs to this link.',
  });
};

export function createInvitationAnswerService(
  database: Database,
  deps: { now?: () => Date; events?: Pick<EventBus, 'publish'> } = {},
): InvitationAnswerService {
  const { db } = database;
  const clock = deps.now ?? (() => new Date());

  // The plan without its points (a national one has 16,242, and every delegate opens a link):
  // an invitation names only the delegate's point and the host, read by `withInvitationPoints`.
  const context = async (conferenceId: string) => {
    const conference = await loadConference(db, conferenceId, { bridgePoints: false });
    if (!conference) throw conferenceNotFound();
    const settings = await findInvitationSettings(db, conferenceId);
    return { conference, answerUntil: settings?.answer_deadline ?? conference.startsAt };
  };

  const withInvitationPoints = async (conference: Conference, bridgePointId: string | null): Promise<Conference> => {
    const ids = new Set((await listHostPoints(db, conference.id)).map((host) => host.id));
    if (bridgePointId) ids.add(bridgePointId);
    const rows = await listBridgePointRowsByIds(db, conference.id, [...ids]);
    return { ...conference, bridgePoints: rows.map(rowToBridgePoint) };
  };

  const view = async (conference: Conference, delegate: Delegate, answerUntil: string | null): Promise<InvitationView> =>
    viewOf(await withInvitationPoints(conference, delegate.bridgePointId), delegate, answerUntil);

  const viewOf = (conference: Conference, delegate: Delegate, answerUntil: string | null): InvitationView => {
    const point = conference.bridgePoints.find((p) => p.id === delegate.bridgePointId) ?? null;
    return {
      conference: {
        id: conference.id,
        title: conference.title,
        eventName: eventName(conference.title),
        issuingBody: bodyInSentence(conference.issuingBody),
        startsAt: conference.startsAt,
        time: conferenceTimeText(conference),
        presiding: presidingText(conference),
        status: conference.status,
      },
      delegate: {
        id: delegate.id,
        fullName: delegate.fullName,
        title: delegate.title,
        organisation: delegate.organisation,
        invitation: delegate.invitation,
        substitute: delegate.substitute,
        attendance: delegate.attendance,
        answeredAt: delegate.answeredAt,
      },
      bridgePoint: point && { id: point.id, name: point.name, address: point.address, kind: point.kind, isHost: point.isHost },
      place: placeLines(conference, point),
      answerUntil,
      open:
        planWritable(conference) &&
        delegate.invitation !== 'not_invited' &&
        delegate.attendance !== 'present' &&
        isOpen({ now: vietnamLocalNow(clock()), deadline: answerUntil }),
    };
  };

  return {
    async view(actor, conferenceId) {
      const delegateId = personalDelegateId(actor, conferenceId);
      const { conference, answerUntil } = await context(conferenceId);
      const row = await findRankedDelegateRow(db, conferenceId, delegateId);
      if (!row) throw delegateNotFound();
      return view(conference, rowToDelegate(row), answerUntil);
    },

    async answer(actor, conferenceId, input, origin = SYSTEM_ORIGIN) {
      const delegateId = personalDelegateId(actor, conferenceId);
      const request = prepareInput(AnswerRequest, input);
      const { conference, answerUntil } = await context(conferenceId);
      const now = clock();
      const updated = await db.transaction().execute(async (trx) => {
        const current = await findRankedDelegateRow(trx, conferenceId, delegateId);
        if (!current) throw delegateNotFound();
        const before = rowToDelegate(current);
        const result = applyConfirmation(
          before,
          { action: request.action, substitute: request.substitute ?? null },
          { now: vietnamLocalNow(now), deadline: answerUntil },
        );
        if (!result.ok) {
          if (result.code === 'confirmation.substitute_invalid') throw invalid(result.code, result.message, result.fields);
          throw conflict(result.code, result.message);
        }
        const at = now.toISOString();
        const values = {
          invitation: result.invitation,
          substitute_json: result.substitute ? JSON.stringify(result.substitute) : null,
          answered_at: at,
          updated_at: at,
        };
        if (!(await updateDelegateRow(trx, conferenceId, delegateId, values, before.version))) {
          throw conflict('delegate.version_conflict', {
            vi: 'Câu trả lời vừa thay đổi. Hãy tải lại trang.',
            en: 'The answer changed meanwhile. Reload the page.',
          });
        }
        await recordAudit(
          trx,
          {
            ...origin,
            action: 'delegate.answer',
            conferenceId,
            entityType: 'delegate',
            entityId: delegateId,
            before: { invitation: before.invitation, substitute: before.substitute },
            after: { invitation: result.invitation, substitute: result.substitute, changed: result.changed },
          },
          at,
          randomUUID(),
        );
        return { ...before, invitation: result.invitation, substitute: result.substitute, answeredAt: at, version: before.version + 1 };
      });
      deps.events?.publish({ type: 'invitation.answered', conferenceId, bridgePointId: updated.bridgePointId, delegateId });
      return view(conference, updated, answerUntil);
    },
  };
}
