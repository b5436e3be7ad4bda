/**
 * Mailing the draft minutes to the participants for review (issue 16 item 5), outside any
 * request, on the pattern of the bodies' mail (consultations/body-mail-queue.ts): one delivery
 * row per participant is queued in the transaction that opens the review; after commit each is
 * sent: a fresh personal link of the delegate (purpose delegate, alive until a week after the
 * window closes) is made in a short transaction, the mail names the review page with it, and
 * the row is marked `sent` or `failed` with the server's answer. Queued rows left by a stop are
 * resumed at the next start.
 */
import { randomUUID } from 'node:crypto';
import { readMailConfig } from '../../mail/mail-config.js';
import { createMailer, mailErrorText } from '../../mail/mailer.js';
import { buildMinutesReviewMessage, minutesReviewUrl } from '../../mail/minutes-review-message.js';
import type { Database } from '../../storage/database.js';
import { insertAccessLink } from '../../storage/repositories/access-link-repository.js';
import { findConferenceRow } from '../../storage/repositories/conference-repository.js';
import {
  findMinutes,
  findMinutesDelivery,
  finishMinutesDelivery,
  listQueuedMinutesDeliveryIds,
} from '../../storage/repositories/minutes-repository.js';
import type { AccessLinkRow } from '../../storage/tables.js';
import { MAX_LINK_LIFE_MS } from '../accounts/access-link-service.js';
import { newToken } from '../accounts/tokens.js';
import type { BodyMailDeps, BodyMailQueue } from '../consultations/body-mail-queue.js';
import { DeliveryQueue } from '../participants/invitation-queue.js';

/** The same shape as the bodies' mail queue: enqueue after commit, resume at start, idle, close. */
export type MinutesReviewMail = BodyMailQueue;
export type MinutesReviewMailDeps = BodyMailDeps;

const DAY_MS = 24 * 60 * 60_000;

/** A review link works until a week after the window closes (to read the locked minutes), at most a year. */
export const reviewLinkExpiry = (deadline: string, now: Date): Date =>
  new Date(Math.min(Math.max(Date.parse(deadline), now.getTime()) + 7 * DAY_MS, now.getTime() + MAX_LINK_LIFE_MS - DAY_MS));

export function createMinutesReviewMail(database: Database, deps: MinutesReviewMailDeps = {}): MinutesReviewMail {
  const { db } = database;
  const now = deps.now ?? (() => new Date());
  const mail = deps.mail ?? readMailConfig();
  const mailer = deps.mailer ?? createMailer(mail);
  const fail = (id: string, error: string) =>
    finishMinutesDelivery(db, id, { status: 'failed', error: error.slice(0, 1000), message_id: null, sent_at: null });

  const process = async (id: string) => {
    const delivery = await findMinutesDelivery(db, id);
    if (!delivery || delivery.status !== 'queued') return;
    if (!mail.enabled) return fail(id, 'mail.disabled: DIEMCAU_SMTP_URL is not set');
    const at = now();
    const minted = await db.transaction().execute(async (trx) => {
      const [minutes, conference, delegate] = await Promise.all([
        findMinutes(trx, delivery.conference_id),
        findConferenceRow(trx, delivery.conference_id),
        trx.selectFrom('delegates').selectAll().where('id', '=', delivery.delegate_id).executeTakeFirst(),
      ]);
      if (!minutes || !conference || !delegate || minutes.status !== 'review' || !minutes.review_deadline) return null;
      const { token, hash } = newToken();
      const link: AccessLinkRow = {
        id: randomUUID(),
        token_hash: hash,
        purpose: 'delegate',
        conference_id: delivery.conference_id,
        bridge_point_id: null,
        participant_group_id: delegate.participant_group_id,
        label: `Biên bản: ${delegate.full_name}`.slice(0, 200),
        created_by_user_id: null,
        created_at: at.toISOString(),
        expires_at: reviewLinkExpiry(minutes.review_deadline, at).toISOString(),
        revoked_at: null,
        last_used_at: null,
        last_used_ip: null,
        use_count: 0,
        delegate_id: delegate.id,
      };
      await insertAccessLink(trx, link);
      const body = JSON.parse(minutes.body_json) as { subject?: string };
      return {
        token,
        input: {
          conferenceTitle: conference.title,
          minutesSubject: body.subject ?? '',
          delegateName: delegate.full_name,
          recipient: delivery.recipient,
          deadline: minutes.review_deadline,
        },
      };
    });
    if (!minted) return fail(id, 'the minutes are no longer under review, or the delegate was removed');
    try {
      const sent = await mailer.send(
        buildMinutesReviewMessage({ ...minted.input, url: minutesReviewUrl(delivery.public_url, minted.token) }),
      );
      await finishMinutesDelivery(db, id, { status: 'sent', error: null, message_id: sent.messageId, sent_at: now().toISOString() });
    } catch (error) {
      await fail(id, mailErrorText(error));
    }
  };
  const queue = new DeliveryQueue(process, mail.enabled ? mail.smtp.poolSize : 1, deps.logger);

  return {
    mail,
    enqueue: (ids) => queue.enqueue(ids),
    async resume() {
      const ids = await listQueuedMinutesDeliveryIds(db);
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
