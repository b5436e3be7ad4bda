/**
 * The mail of the written opinion forms: rows written in the service's transaction
 * (`written_opinion_deliveries`, queued), enqueued after commit, resumed at the next start.
 * Sending one mints a fresh personal link of the delegate (purpose delegate, the delegate's id;
 * the earlier ones stay valid), living until a week after the deadline, then mails it.
 */
import { randomUUID } from 'node:crypto';
import type { MailConfig } from '../../mail/mail-config.js';
import { readMailConfig } from '../../mail/mail-config.js';
import { createMailer, mailErrorText, type Mailer } from '../../mail/mailer.js';
import { buildFormMessage } from '../../mail/written-opinion-message.js';
import { vietnamLocalToEpoch } from '../../documents/invitation/invitation-ics.js';
import type { Database } from '../../storage/database.js';
import { insertAccessLink } from '../../storage/repositories/access-link-repository.js';
import { findConferenceRow } from '../../storage/repositories/conference-repository.js';
import { findFormById } from '../../storage/repositories/written-opinion-repository.js';
import {
  findDelivery,
  finishDelivery,
  findListedDelegates,
  listQueuedDeliveryIds,
} from '../../storage/repositories/written-opinion-recipients.js';
import type { WrittenOpinionDeliveryRow } from '../../storage/tables.js';
import { MAX_LINK_LIFE_MS } from '../accounts/access-link-service.js';
import { createMailQueue, type MailQueue } from '../mail-queue.js';
import type { QueueLogger } from '../participants/invitation-queue.js';
import { personalLinkRow } from '../participants/invitation-links.js';

const DAY_MS = 24 * 60 * 60_000;

/** The page a member opens: `<publicUrl>/phieu-y-kien/<token>`. */
export const formPageUrl = (publicUrl: string, token: string): string => `${publicUrl.replace(/\/+$/, '')}/phieu-y-kien/${token}`;

/** A week after the deadline (late readers see it is closed), at least a day, at most the longest life of a link. */
export const formLinkExpiry = (deadline: string, now: Date): Date => {
  const end = vietnamLocalToEpoch(deadline) + 7 * DAY_MS;
  return new Date(Math.min(Math.max(end, now.getTime() + DAY_MS), now.getTime() + MAX_LINK_LIFE_MS - DAY_MS));
};

export const formDeliveryRow = (
  values: Pick<WrittenOpinionDeliveryRow, 'form_id' | 'conference_id' | 'delegate_id' | 'kind' | 'recipient' | 'public_url'>,
  at: string,
): WrittenOpinionDeliveryRow => ({
  id: randomUUID(),
  ...values,
  status: 'queued',
  error: null,
  message_id: null,
  created_at: at,
  sent_at: null,
});

export function createFormDeliveryProcessor(database: Database, deps: { mail: MailConfig; mailer: Mailer; now: () => Date }) {
  const { db } = database;
  const fail = (id: string, error: string) =>
    finishDelivery(db, id, { status: 'failed', error: error.slice(0, 1000), message_id: null, sent_at: null });

  return async (deliveryId: string): Promise<void> => {
    const delivery = await findDelivery(db, deliveryId);
    if (!delivery || delivery.status !== 'queued') return;
    if (!deps.mail.enabled) {
      await fail(deliveryId, 'mail.disabled: DIEMCAU_SMTP_URL is not set');
      return;
    }
    const now = deps.now();
    const minted = await db.transaction().execute(async (trx) => {
      const form = await findFormById(trx, delivery.form_id);
      const conference = await findConferenceRow(trx, delivery.conference_id);
      const [delegate] = await findListedDelegates(trx, delivery.conference_id, [delivery.delegate_id]);
      if (!form || !conference || !delegate) return null;
      const { row, token } = personalLinkRow(
        { id: delegate.id, conference_id: delivery.conference_id, participant_group_id: null, full_name: delegate.full_name },
        conference.starts_at ?? form.deadline,
        now,
      );
      await insertAccessLink(trx, {
        ...row,
        label: `Phiếu lấy ý kiến: ${delegate.full_name}`.slice(0, 200),
        expires_at: formLinkExpiry(form.deadline, now).toISOString(),
      });
      return { form, conferenceTitle: conference.title, name: delegate.full_name, token };
    });
    if (!minted) {
      await fail(deliveryId, 'form, delegate or conference removed');
      return;
    }
    try {
      const questions = (JSON.parse(minted.form.questions_json) as { question: string }[]).map((q) => q.question);
      const message = buildFormMessage({
        kind: delivery.kind === 'reminder' ? 'reminder' : 'request',
        conferenceTitle: minted.conferenceTitle,
        formTitle: minted.form.title,
        questions,
        deadline: minted.form.deadline,
        recipientName: minted.name,
        recipient: delivery.recipient,
        url: formPageUrl(delivery.public_url, minted.token),
      });
      const sent = await deps.mailer.send(message);
      await finishDelivery(db, deliveryId, { status: 'sent', error: null, message_id: sent.messageId, sent_at: deps.now().toISOString() });
    } catch (error) {
      await fail(deliveryId, mailErrorText(error));
    }
  };
}

export type FormMailQueue = MailQueue;

export function createFormMailQueue(
  database: Database,
  deps: { now?: () => Date; mail?: MailConfig; mailer?: Mailer; logger?: QueueLogger } = {},
): FormMailQueue {
  const now = deps.now ?? (() => new Date());
  const mail = deps.mail ?? readMailConfig();
  const mailer = deps.mailer ?? createMailer(mail);
  return createMailQueue({
    mail,
    mailer,
    process: createFormDeliveryProcessor(database, { mail, mailer, now }),
    listQueued: () => listQueuedDeliveryIds(database.db),
    logger: deps.logger,
  });
}
