/**
 * Invitations (giấy mời) and reminders by e-mail. `send` records, in one transaction with
 * one audit row, a queued delivery per delegate who has an e-mail address (marking the
 * uninvited ones `invited`); after the commit a background queue makes each a fresh personal
 * link, renders and sends the message (invitation-delivery.ts). Deliveries still queued when
 * the process stopped are resumed at start. Reminders go to those invited who have not
 * answered. The organizer reads counts per point and group, and the failed deliveries.
 */
import { requireExactStart } from '../../domain/session-time.js';
import { randomUUID } from 'node:crypto';
import { Type } from 'typebox';
import { LocalDateTime } from '../../domain/conference.schema.js';
import { DomainError } from '../../domain/errors.js';
import type { EventBus } from '../../realtime/event-bus.js';
import type { Database } from '../../storage/database.js';
import { findConferenceRow } from '../../storage/repositories/conference-repository.js';
import { findDelegateRows, listAllDelegateRows } from '../../storage/repositories/delegate-repository.js';
import { insertDeliveries, listQueuedDeliveryIds } from '../../storage/repositories/invitation-delivery-repository.js';
import { findInvitationSettings, markInvited, saveInvitationSettings } from '../../storage/repositories/invitation-repository.js';
import type { DelegateRow, InvitationDeliveryRow } from '../../storage/tables.js';
import { readMailConfig, type MailConfig } from '../../mail/mail-config.js';
import { createMailer, mailDisabled, type Mailer } from '../../mail/mailer.js';
import type { InvitationKind } from '../../mail/invitation-message.js';
import { SYSTEM_ORIGIN, type AuditOrigin } from '../accounts/audit-context.js';
import { recordAudit } from '../accounts/audit-service.js';
import { conferenceNotFound, prepareInput } from '../input.js';
import { createDeliveryProcessor } from './invitation-delivery.js';
import { DeliveryQueue, type QueueLogger } from './invitation-queue.js';
import { createInvitationReports, type InvitationReports } from './invitation-reports.js';

export const SendRequest = Type.Object(
  {
    kind: Type.Enum(['invitation', 'reminder'], {
      description: 'invitation: to those not yet invited (or the ones listed); reminder: to those invited who have not answered',
    }),
    delegateIds: Type.Optional(
      Type.Array(Type.String({ format: 'uuid' }), {
        minItems: 1,
        maxItems: 20000,
        uniqueItems: true,
        description: 'Only these delegates; all that qualify when absent',
      }),
    ),
    deadline: Type.Optional(
      Type.Union([LocalDateTime, Type.Null()], { description: 'Answers accepted until (local time); null: until the conference starts' }),
    ),
  },
  { additionalProperties: false },
);
export type SendRequest = { kind: InvitationKind; delegateIds?: string[]; deadline?: string | null };

export type SkipReason = 'no_email' | 'not_invited' | 'answered';
export interface SendResult {
  kind: InvitationKind;
  queued: number;
  skipped: { delegateId: string; reason: SkipReason }[];
}

export interface InvitationService extends InvitationReports {
  readonly mail: MailConfig;
  /** `publicUrl`: the address the organizer uses, when DIEMCAU_PUBLIC_URL is not set. */
  send(conferenceId: string, request: unknown, publicUrl: string, origin?: AuditOrigin): Promise<SendResult>;
  /** Puts every queued delivery back in the queue (at start). */
  resume(): Promise<number>;
  /** Resolves when the queue is empty (tests, shutdown). */
  idle(): Promise<void>;
  /** Stops the queue (what runs finishes) and closes the SMTP connections. */
  close(): Promise<void>;
}

export interface InvitationServiceDeps {
  now?: () => Date;
  events?: Pick<EventBus, 'publish'>;
  /** Default: the environment (docs/mail.md). */
  mail?: MailConfig;
  mailer?: Mailer;
  logger?: QueueLogger;
}

/** Which delegates a send concerns, and why the others are left out. */
export const selectRecipients = (kind: InvitationKind, rows: readonly DelegateRow[], listed: boolean) => {
  const chosen: DelegateRow[] = [];
  const skipped: SendResult['skipped'] = [];
  for (const row of rows) {
    if (kind === 'reminder' && row.invitation !== 'invited') {
      if (listed) skipped.push({ delegateId: row.id, reason: row.invitation === 'not_invited' ? 'not_invited' : 'answered' });
      continue;
    }
    if (kind === 'invitation' && !listed && row.invitation !== 'not_invited') continue;
    if (!row.email.trim()) skipped.push({ delegateId: row.id, reason: 'no_email' });
    else chosen.push(row);
  }
  return { chosen, skipped };
};

export function createInvitationService(database: Database, deps: InvitationServiceDeps = {}): InvitationService {
  const { db } = database;
  const clock = deps.now ?? (() => new Date());
  const mail = deps.mail ?? readMailConfig();
  const mailer = deps.mailer ?? createMailer(mail);
  const process = createDeliveryProcessor(database, { mail, mailer, now: clock });
  const queue = new DeliveryQueue(process, mail.enabled ? mail.smtp.poolSize : 1, deps.logger);
  const reports = createInvitationReports(database, { mail, now: clock });

  return {
    ...reports,
    mail,

    async send(conferenceId, input, publicUrl, origin = SYSTEM_ORIGIN) {
      const request: SendRequest = prepareInput(SendRequest, input);
      const at = clock().toISOString();
      const result = await db.transaction().execute(async (trx) => {
        const conference = await findConferenceRow(trx, conferenceId);
        if (!conference) throw conferenceNotFound();
        // Each invitation carries the start (text and calendar file): none is sent before it is fixed.
        requireExactStart({ startsAt: conference.starts_at }, 'send_invitations');
        const listed = request.delegateIds !== undefined;
        const rows = listed
          ? await findDelegateRows(trx, conferenceId, request.delegateIds!)
          : await listAllDelegateRows(trx, conferenceId);
        if (listed && rows.length !== request.delegateIds!.length) {
          const found = new Set(rows.map((row) => row.id));
          const missing = request.delegateIds!.filter((id) => !found.has(id));
          throw new DomainError(
            422,
            'invitation.unknown_delegates',
            {
              vi: `Có ${missing.length} đại biểu không thuộc hội nghị này.`,
              en: `${missing.length} delegates do not belong to this conference.`,
            },
            missing.slice(0, 20).map((id) => ({
              path: '/delegateIds',
              code: 'invitation.unknown_delegate',
              message: { vi: `Không có đại biểu ${id}.`, en: `No delegate ${id}.` },
            })),
          );
        }
        const { chosen, skipped } = selectRecipients(request.kind, rows, listed);
        // Nothing to e-mail needs no mail server; anything to e-mail does.
        if (chosen.length > 0 && !mail.enabled) throw mailDisabled();
        const previous = await findInvitationSettings(trx, conferenceId);
        const deadline = request.deadline !== undefined ? request.deadline : (previous?.answer_deadline ?? null);
        await saveInvitationSettings(trx, {
          conference_id: conferenceId,
          answer_deadline: deadline,
          public_url: mail.publicUrl ?? publicUrl,
          updated_at: at,
        });
        const deliveries: InvitationDeliveryRow[] = chosen.map((row) => ({
          id: randomUUID(),
          conference_id: conferenceId,
          delegate_id: row.id,
          kind: request.kind,
          channel: 'email',
          recipient: row.email,
          status: 'queued',
          error: null,
          message_id: null,
          created_at: at,
          sent_at: null,
        }));
        await insertDeliveries(trx, deliveries);
        await markInvited(
          trx,
          conferenceId,
          chosen.filter((row) => row.invitation === 'not_invited').map((row) => row.id),
          at,
        );
        const after = { kind: request.kind, queued: deliveries.length, delegateIds: chosen.map((row) => row.id), skipped, deadline };
        await recordAudit(
          trx,
          {
            ...origin,
            action: 'delegate.invite',
            conferenceId,
            entityType: 'conference',
            entityId: conferenceId,
            before: { deadline: previous?.answer_deadline ?? null },
            after,
          },
          at,
          randomUUID(),
        );
        return { deliveries, chosen, skipped };
      });
      queue.enqueue(result.deliveries.map((delivery) => delivery.id));
      if (result.chosen.length > 0) {
        const bridgePointIds = [...new Set(result.chosen.map((row) => row.bridge_point_id))];
        deps.events?.publish({ type: 'invitations.sent', conferenceId, count: result.chosen.length, bridgePointIds });
      }
      return { kind: request.kind, queued: result.deliveries.length, skipped: result.skipped };
    },

    async resume() {
      const ids = await listQueuedDeliveryIds(db);
      queue.enqueue(ids);
      return ids.length;
    },

    idle: () => queue.idle(),

    async close() {
      await queue.close();
      mailer.close();
    },
  };
}
