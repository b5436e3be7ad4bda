/**
 * A queue of mail deliveries over rows of the database: ids in after commit, each sent once by
 * at most the SMTP pool's size of workers (participants/invitation-queue.ts), the queued rows
 * resumed at start, the pooled connections closed at the end. What a delivery is and how it is
 * sent is the processor's; what is still queued is `listQueued`'s.
 */
import type { MailConfig } from '../mail/mail-config.js';
import type { Mailer } from '../mail/mailer.js';
import { DeliveryQueue, type QueueLogger } from './participants/invitation-queue.js';

export interface MailQueue {
  readonly mail: MailConfig;
  enqueue(ids: readonly string[]): void;
  /** Enqueues every row still queued (a restart); returns how many. */
  resume(): Promise<number>;
  idle(): Promise<void>;
  close(): Promise<void>;
}

export function createMailQueue(parts: {
  mail: MailConfig;
  mailer: Mailer;
  process: (deliveryId: string) => Promise<void>;
  listQueued: () => Promise<string[]>;
  logger?: QueueLogger | undefined;
}): MailQueue {
  const queue = new DeliveryQueue(parts.process, parts.mail.enabled ? parts.mail.smtp.poolSize : 1, parts.logger);
  return {
    mail: parts.mail,
    enqueue: (ids) => queue.enqueue(ids),
    async resume() {
      const ids = await parts.listQueued();
      queue.enqueue(ids);
      return ids.length;
    },
    idle: () => queue.idle(),
    async close() {
      await queue.close();
      parts.mailer.close();
    },
  };
}
