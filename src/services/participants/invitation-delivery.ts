/**
 * Sending one queued delivery, outside any request: make the delegate a fresh personal link
 * (revoking the previous one) in a short transaction, render the message with its
 * attachments, send it over SMTP, and mark the delivery `sent` or `failed` with the server's
 * answer. The plan and its shared documents are loaded once per conference version.
 */
import type { Conference } from '../../domain/conference.schema.js';
import { rowToDelegate } from '../../storage/repositories/delegate-repository.js';
import { findRankedDelegateRow } from '../../storage/repositories/delegate-repository.js';
import { findConferenceRow } from '../../storage/repositories/conference-repository.js';
import { findDeliveryRow, finishDelivery } from '../../storage/repositories/invitation-delivery-repository.js';
import { findInvitationSettings, insertAccessLinks, revokeDelegateLinks } from '../../storage/repositories/invitation-repository.js';
import { loadConference } from '../../storage/repositories/plan-repository.js';
import type { Database } from '../../storage/database.js';
import type { MailConfig } from '../../mail/mail-config.js';
import { mailErrorText, type Mailer } from '../../mail/mailer.js';
import { BatchDocuments, buildInvitationMessage, senderAddress, type InvitationKind } from '../../mail/invitation-message.js';
import { confirmationUrl, personalLinkRow } from './invitation-links.js';

export interface DeliveryProcessorDeps {
  mail: MailConfig;
  mailer: Mailer;
  now: () => Date;
}

interface CachedPlan {
  version: number;
  conference: Conference;
  batch: BatchDocuments;
}

/** The function the queue calls with a delivery id. */
export function createDeliveryProcessor(database: Database, deps: DeliveryProcessorDeps): (deliveryId: string) => Promise<void> {
  const { db } = database;
  const plans = new Map<string, CachedPlan>();

  const planOf = async (conferenceId: string): Promise<CachedPlan | null> => {
    const head = await findConferenceRow(db, conferenceId);
    if (!head) return null;
    const cached = plans.get(conferenceId);
    if (cached && cached.version === Number(head.version)) return cached;
    const conference = await loadConference(db, conferenceId);
    if (!conference) return null;
    const fresh = { version: conference.version, conference, batch: new BatchDocuments(conference) };
    plans.set(conferenceId, fresh);
    return fresh;
  };

  const fail = (id: string, error: string) =>
    finishDelivery(db, id, { status: 'failed', error: error.slice(0, 1000), message_id: null, sent_at: null });

  return async (deliveryId) => {
    const delivery = await findDeliveryRow(db, deliveryId);
    if (!delivery || delivery.status !== 'queued') return;
    if (!deps.mail.enabled) {
      await fail(deliveryId, 'mail.disabled: DIEMCAU_SMTP_URL is not set');
      return;
    }
    const plan = await planOf(delivery.conference_id);
    const settings = await findInvitationSettings(db, delivery.conference_id);
    if (!plan || !settings) {
      await fail(deliveryId, 'conference or invitation settings missing');
      return;
    }
    const startsAt = plan.conference.startsAt;
    if (!startsAt) {
      // Sending was refused without a start; one cleared after queueing stops the delivery.
      await fail(deliveryId, 'the conference start is not fixed (chưa xác định thời gian bắt đầu)');
      return;
    }
    const now = deps.now();
    const minted = await db.transaction().execute(async (trx) => {
      const row = await findRankedDelegateRow(trx, delivery.conference_id, delivery.delegate_id);
      if (!row) return null;
      await revokeDelegateLinks(trx, row.conference_id, [row.id], now.toISOString());
      const link = personalLinkRow(row, startsAt, now);
      await insertAccessLinks(trx, [link.row]);
      return { delegate: rowToDelegate(row), token: link.token };
    });
    if (!minted) {
      await fail(deliveryId, 'delegate removed');
      return;
    }
    const { delegate, token } = minted;
    try {
      const message = await buildInvitationMessage(
        {
          kind: delivery.kind as InvitationKind,
          conference: plan.conference,
          delegate: { ...delegate, email: delivery.recipient },
          bridgePoint: plan.conference.bridgePoints.find((point) => point.id === delegate.bridgePointId) ?? null,
          confirmationUrl: confirmationUrl(settings.public_url, token),
          deadline: settings.answer_deadline,
          organizerEmail: senderAddress(deps.mail.from),
          attachPdf: deps.mail.attachPdf === 'auto',
        },
        plan.batch,
      );
      const sent = await deps.mailer.send(message);
      await finishDelivery(db, deliveryId, { status: 'sent', error: null, message_id: sent.messageId, sent_at: deps.now().toISOString() });
    } catch (error) {
      await fail(deliveryId, mailErrorText(error));
    }
  };
}
