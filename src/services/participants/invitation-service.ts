/**
 * Invitations (giấy mời) and reminders by e-mail. `send` records, in one transaction with
 * one audit row, a queued delivery per delegate who has an e-mail address (marking the
 * uninvited ones `invited`); after the commit a background queue makes each a fresh personal
 * link, renders and sends the message (invitation-delivery.ts). Deliveries still queued when
 * the process stopped are resumed at start. Reminders go to those invited who have not
 * answered. The organizer reads counts per point and group, and the failed deliveries. A send
 * is never one click (issue 17): `preview` says to whom and warns, `send` needs that count and
 * those warnings confirmed (invitation-send-plan.ts).
 */
import { randomUUID } from 'node:crypto';
import { confirmationRefusal, confirmedOf } from '../../domain/safety/confirmation.js';
import type { SafetyWarning } from '../../domain/safety/safety-warnings.js';
import type { EventBus } from '../../realtime/event-bus.js';
import type { Database } from '../../storage/database.js';
import { insertDeliveries, listQueuedDeliveryIds } from '../../storage/repositories/invitation-delivery-repository.js';
import { markInvited, saveInvitationSettings } from '../../storage/repositories/invitation-repository.js';
import { listHallPoints } from '../../storage/repositories/live-repository.js';
import type { InvitationDeliveryRow } from '../../storage/tables.js';
import { readMailConfig, type MailConfig } from '../../mail/mail-config.js';
import { createMailer, mailDisabled, type Mailer } from '../../mail/mailer.js';
import type { InvitationKind } from '../../mail/invitation-message.js';
import { SYSTEM_ORIGIN, type AuditOrigin } from '../accounts/audit-context.js';
import { recordAudit } from '../accounts/audit-service.js';
import { prepareInput } from '../input.js';
import { planSend, SendPreviewRequest, SendRequest, type Skipped } from './invitation-send-plan.js';
import { createDeliveryProcessor } from './invitation-delivery.js';
import { DeliveryQueue, type QueueLogger } from './invitation-queue.js';
import { createInvitationReports, type InvitationReports } from './invitation-reports.js';

export { SendRequest, SendPreviewRequest, selectRecipients, type SkipReason } from './invitation-send-plan.js';

export interface SendResult {
  kind: InvitationKind;
  queued: number;
  skipped: Skipped;
}

/** What a send would do, for the organizer to confirm (issue 17). */
export interface SendPreview {
  kind: InvitationKind;
  /** The delegates it would reach (the number `confirm.count` repeats). */
  count: number;
  /** Who, per bridge point (the host first, then in the plan's order). */
  bridgePoints: { bridgePointId: string; name: string; count: number }[];
  /** The first recipients by name (at most PREVIEW_NAMES). */
  recipients: { delegateId: string; fullName: string; bridgePointId: string }[];
  skipped: Skipped;
  deadline: string | null;
  warnings: SafetyWarning[];
}

export const PREVIEW_NAMES = 50;

export interface InvitationService extends InvitationReports {
  readonly mail: MailConfig;
  /** `publicUrl`: the address the organizer uses, when DIEMCAU_PUBLIC_URL is not set. */
  send(conferenceId: string, request: unknown, publicUrl: string, origin?: AuditOrigin): Promise<SendResult>;
  /** What `send` with the same request would do now: the recipients and the warnings to confirm. */
  preview(conferenceId: string, request: unknown): Promise<SendPreview>;
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

export function createInvitationService(database: Database, deps: InvitationServiceDeps = {}): InvitationService {
  const { db } = database;
  const clock = deps.now ?? (() => new Date());
  const mail = deps.mail ?? readMailConfig();
  const mailer = deps.mailer ?? createMailer(mail);
  const process = createDeliveryProcessor(database, { mail, mailer, now: clock });
  const queue = new DeliveryQueue(process, mail.enabled ? mail.smtp.poolSize : 1, deps.logger);
  const reports = createInvitationReports(database, { mail, now: clock });
  const readOnly = () => db.transaction().setIsolationLevel('repeatable read').setAccessMode('read only');

  return {
    ...reports,
    mail,

    async send(conferenceId, input, publicUrl, origin = SYSTEM_ORIGIN) {
      const request: SendRequest = prepareInput(SendRequest, input);
      const moment = clock();
      const at = moment.toISOString();
      const result = await db.transaction().execute(async (trx) => {
        const { chosen, skipped, deadline, previousDeadline, warnings } = await planSend(trx, conferenceId, request, moment);
        // Nothing to e-mail needs no mail server; anything to e-mail does.
        if (chosen.length > 0 && !mail.enabled) throw mailDisabled();
        // Never in one click: the count and every warning shown in the preview must be confirmed.
        const refusal = confirmationRefusal(warnings, request.confirm, chosen.length);
        if (refusal) throw refusal;
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
        const after = {
          kind: request.kind,
          queued: deliveries.length,
          delegateIds: chosen.map((row) => row.id),
          skipped,
          deadline,
          confirmed: confirmedOf(warnings, chosen.length),
        };
        await recordAudit(
          trx,
          {
            ...origin,
            action: 'delegate.invite',
            conferenceId,
            entityType: 'conference',
            entityId: conferenceId,
            before: { deadline: previousDeadline },
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

    async preview(conferenceId, input) {
      const request = prepareInput(SendPreviewRequest, input) as SendRequest;
      return readOnly().execute(async (trx) => {
        const plan = await planSend(trx, conferenceId, request, clock());
        const names = new Map((await listHallPoints(trx, conferenceId)).map((point, index) => [point.id, { name: point.name, index }]));
        const counts = new Map<string, number>();
        for (const row of plan.chosen) counts.set(row.bridge_point_id, (counts.get(row.bridge_point_id) ?? 0) + 1);
        const bridgePoints = [...counts]
          .map(([bridgePointId, count]) => ({ bridgePointId, name: names.get(bridgePointId)?.name ?? '', count }))
          .sort((a, b) => (names.get(a.bridgePointId)?.index ?? 0) - (names.get(b.bridgePointId)?.index ?? 0));
        return {
          kind: request.kind,
          count: plan.chosen.length,
          bridgePoints,
          recipients: plan.chosen
            .slice(0, PREVIEW_NAMES)
            .map((row) => ({ delegateId: row.id, fullName: row.full_name, bridgePointId: row.bridge_point_id })),
          skipped: plan.skipped,
          deadline: plan.deadline,
          warnings: plan.warnings,
        };
      });
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
