/**
 * The queue of mail to bodies (requests to comment, reminders), shared by the consultation
 * and contribution services: rows are written in the service's transaction (`body_deliveries`,
 * queued), then enqueued after commit; a restart resumes what was queued.
 */
import { randomUUID } from 'node:crypto';
import type { MailConfig } from '../../mail/mail-config.js';
import { createMailer, type Mailer } from '../../mail/mailer.js';
import { readMailConfig } from '../../mail/mail-config.js';
import type { Database } from '../../storage/database.js';
import { listQueuedBodyDeliveryIds } from '../../storage/repositories/contribution-repository.js';
import type { BodyDeliveryRow } from '../../storage/tables.js';
import { DeliveryQueue, type QueueLogger } from '../participants/invitation-queue.js';
import { createBodyDeliveryProcessor } from './body-delivery.js';

export interface BodyMailQueue {
  readonly mail: MailConfig;
  enqueue(ids: readonly string[]): void;
  resume(): Promise<number>;
  idle(): Promise<void>;
  close(): Promise<void>;
}

export interface BodyMailDeps {
  now?: () => Date;
  mail?: MailConfig;
  mailer?: Mailer;
  logger?: QueueLogger;
}

export function createBodyMailQueue(database: Database, deps: BodyMailDeps = {}): BodyMailQueue {
  const now = deps.now ?? (() => new Date());
  const mail = deps.mail ?? readMailConfig();
  const mailer = deps.mailer ?? createMailer(mail);
  const queue = new DeliveryQueue(
    createBodyDeliveryProcessor(database, { mail, mailer, now }),
    mail.enabled ? mail.smtp.poolSize : 1,
    deps.logger,
  );
  return {
    mail,
    enqueue: (ids) => queue.enqueue(ids),
    async resume() {
      const ids = await listQueuedBodyDeliveryIds(database.db);
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

/** A queued delivery row to one body. */
export const bodyDeliveryRow = (
  values: Pick<BodyDeliveryRow, 'conference_id' | 'subject_kind' | 'subject_id' | 'kind' | 'recipient' | 'public_url'>,
  at: string,
): BodyDeliveryRow => ({ id: randomUUID(), ...values, status: 'queued', error: null, message_id: null, created_at: at, sent_at: null });

export type SkipReason = 'no_email' | 'answered' | 'submitted';
