/**
 * Sending one queued mail to a body (a request to comment on a draft, a reminder, a reminder
 * of a written contribution), outside any request: a fresh contact link of the body is made
 * in a short transaction when the body has a bridge point to bind it to (the earlier ones stay
 * valid: a body may have forwarded one), then the message goes over SMTP and the delivery is
 * marked `sent` or `failed` with the server's answer.
 */
import { randomUUID } from 'node:crypto';
import { buildBodyMessage, type BodyMailInput, type BodyMailKind } from '../../mail/body-message.js';
import type { MailConfig } from '../../mail/mail-config.js';
import { mailErrorText, type Mailer } from '../../mail/mailer.js';
import type { Database } from '../../storage/database.js';
import { insertAccessLink } from '../../storage/repositories/access-link-repository.js';
import { findRow } from '../../storage/repositories/child-rows.js';
import { findConferenceRow } from '../../storage/repositories/conference-repository.js';
import { findBodyDelivery, finishBodyDelivery, findContributionRow } from '../../storage/repositories/contribution-repository.js';
import type { AccessLinkRow, BodyDeliveryRow, Executor } from '../../storage/tables.js';
import { MAX_LINK_LIFE_MS } from '../accounts/access-link-service.js';
import { newToken } from '../accounts/tokens.js';

const DAY_MS = 24 * 60 * 60_000;
/** A body's link works until 30 days after the deadline (late answers, reading the table), at most a year. */
export const bodyLinkExpiry = (deadline: string | null, now: Date): Date => {
  const end = deadline ? Date.parse(`${deadline}T23:59:00+07:00`) + 30 * DAY_MS : now.getTime() + 60 * DAY_MS;
  return new Date(Math.min(Math.max(end, now.getTime() + DAY_MS), now.getTime() + MAX_LINK_LIFE_MS - DAY_MS));
};

/** The page a body opens: `<publicUrl>/y-kien/<token>`. */
export const bodyPageUrl = (publicUrl: string, token: string): string => `${publicUrl.replace(/\/+$/, '')}/y-kien/${token}`;

interface BodyTarget {
  conferenceId: string;
  name: string;
  bridgePointId: string | null;
  participantGroupId: string | null;
  deadline: string | null;
  mail: (url: string | null, conferenceTitle: string, recipient: string, kind: BodyMailKind) => BodyMailInput;
}

async function targetOf(executor: Executor, delivery: BodyDeliveryRow): Promise<BodyTarget | null> {
  if (delivery.subject_kind === 'consulted_body') {
    const body = await executor.selectFrom('consulted_bodies').selectAll().where('id', '=', delivery.subject_id).executeTakeFirst();
    if (!body) return null;
    const consultation = await executor
      .selectFrom('draft_consultations')
      .selectAll()
      .where('id', '=', body.consultation_id)
      .executeTakeFirst();
    if (!consultation) return null;
    return {
      conferenceId: body.conference_id,
      name: body.name,
      bridgePointId: body.bridge_point_id,
      participantGroupId: body.participant_group_id,
      deadline: consultation.deadline,
      mail: (url, conferenceTitle, recipient, kind) => ({
        subject: 'consultation',
        kind,
        conferenceTitle,
        bodyName: body.name,
        recipient,
        draftTitle: consultation.title,
        draftingAgency: consultation.drafting_agency,
        deadline: consultation.deadline,
        url,
      }),
    };
  }
  const contribution = await findContributionRow(executor, delivery.subject_id);
  if (!contribution) return null;
  const slot = await findRow(executor, 'agenda_items', contribution.conference_id, contribution.agenda_item_id);
  return {
    conferenceId: contribution.conference_id,
    name: contribution.body_name,
    bridgePointId: contribution.bridge_point_id,
    participantGroupId: contribution.participant_group_id,
    deadline: contribution.deadline,
    mail: (url, conferenceTitle, recipient, kind) => ({
      subject: 'contribution',
      kind,
      conferenceTitle,
      bodyName: contribution.body_name,
      recipient,
      slotContent: slot?.content ?? '',
      deadline: contribution.deadline,
      url,
    }),
  };
}

/** The point a contact link binds to: the body's own, or its participant group's. */
async function pointOf(executor: Executor, target: BodyTarget): Promise<string | null> {
  if (target.bridgePointId) return target.bridgePointId;
  if (!target.participantGroupId) return null;
  const group = await findRow(executor, 'participant_groups', target.conferenceId, target.participantGroupId);
  return group?.bridge_point_id ?? null;
}

export function createBodyDeliveryProcessor(
  database: Database,
  deps: { mail: MailConfig; mailer: Mailer; now: () => Date },
): (deliveryId: string) => Promise<void> {
  const { db } = database;
  const fail = (id: string, error: string) =>
    finishBodyDelivery(db, id, { status: 'failed', error: error.slice(0, 1000), message_id: null, sent_at: null });

  return async (deliveryId) => {
    const delivery = await findBodyDelivery(db, deliveryId);
    if (!delivery || delivery.status !== 'queued') return;
    if (!deps.mail.enabled) {
      await fail(deliveryId, 'mail.disabled: DIEMCAU_SMTP_URL is not set');
      return;
    }
    const now = deps.now();
    const minted = await db.transaction().execute(async (trx) => {
      const target = await targetOf(trx, delivery);
      const conference = await findConferenceRow(trx, delivery.conference_id);
      if (!target || !conference) return null;
      const bridgePointId = await pointOf(trx, target);
      if (bridgePointId === null) return { target, title: conference.title, token: null };
      const { token, hash } = newToken();
      const row: AccessLinkRow = {
        id: randomUUID(),
        token_hash: hash,
        purpose: 'nominator',
        conference_id: target.conferenceId,
        bridge_point_id: bridgePointId,
        participant_group_id: target.participantGroupId,
        label: `Cơ quan: ${target.name}`.slice(0, 200),
        created_by_user_id: null,
        created_at: now.toISOString(),
        expires_at: bodyLinkExpiry(target.deadline, now).toISOString(),
        revoked_at: null,
        last_used_at: null,
        last_used_ip: null,
        use_count: 0,
        delegate_id: null,
      };
      await insertAccessLink(trx, row);
      return { target, title: conference.title, token };
    });
    if (!minted) {
      await fail(deliveryId, 'body or conference removed');
      return;
    }
    const url = minted.token ? bodyPageUrl(delivery.public_url, minted.token) : null;
    try {
      const input = minted.target.mail(url, minted.title, delivery.recipient, delivery.kind as BodyMailKind);
      const sent = await deps.mailer.send(buildBodyMessage(input));
      await finishBodyDelivery(db, deliveryId, {
        status: 'sent',
        error: null,
        message_id: sent.messageId,
        sent_at: deps.now().toISOString(),
      });
    } catch (error) {
      await fail(deliveryId, mailErrorText(error));
    }
  };
}
