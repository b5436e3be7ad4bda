/**
 * What the organizer reads about invitations: answer counts per bridge point and per
 * participant group, the deliveries (failed ones with the server's answer), the printable
 * list for delivery by hand, and a sample Giấy mời. Reads only.
 */
import { compareProtocol, rankOfRow } from '../../domain/protocol/protocol-order.js';
import type { Conference } from '../../domain/conference.schema.js';
import type { InvitationState } from '../../domain/participants/delegate.js';
import { compareVietnamese } from '../../domain/text.js';
import { renderGiayMoiDocx } from '../../documents/invitation/giay-moi-docx.js';
import type { Database } from '../../storage/database.js';
import { findDelegateRow, listAllDelegateRows } from '../../storage/repositories/delegate-repository.js';
import { deliveryStatusCounts, listDeliveryRows, type DeliveryStatus } from '../../storage/repositories/invitation-delivery-repository.js';
import { findInvitationSettings, invitationStateCounts } from '../../storage/repositories/invitation-repository.js';
import { describeMailConfig, type MailConfig } from '../../mail/mail-config.js';
import { delegateNotFound } from './delegate-service.js';
import { filePool } from '../../workers/file-pool.js';
import { confirmationUrl } from './invitation-links.js';

export interface AnswerCounts {
  total: number;
  notInvited: number;
  /** Invited, no answer yet. */
  noAnswer: number;
  confirmed: number;
  declined: number;
  substituted: number;
  /** Every state but not_invited. */
  invited: number;
}

export interface InvitationSummary {
  mail: { enabled: boolean; from: string | null; server: string | null };
  /** The deadline set by the organizer; null: answers accepted until the conference starts. */
  deadline: string | null;
  answerUntil: string | null;
  deliveries: Record<DeliveryStatus, number>;
  points: { bridgePointId: string; name: string; quota: number | null; counts: AnswerCounts }[];
  groups: { participantGroupId: string | null; bridgePointId: string | null; text: string; counts: AnswerCounts }[];
  totals: AnswerCounts;
}

export interface DeliveryItem {
  id: string;
  delegateId: string;
  fullName: string;
  bridgePointId: string;
  kind: string;
  recipient: string;
  status: DeliveryStatus;
  error: string | null;
  createdAt: string;
  sentAt: string | null;
}

export interface InvitationReports {
  summary(conference: Conference): Promise<InvitationSummary>;
  deliveries(
    conferenceId: string,
    filter: { status?: DeliveryStatus; offset?: number; limit?: number },
  ): Promise<{ items: DeliveryItem[]; total: number; offset: number; limit: number }>;
  /** The printable list of the conference (or of one point), in point order then protocol order. */
  deliveryListDocx(conference: Conference, bridgePointId?: string): Promise<Buffer>;
  /** A Giấy mời with a sample link (it opens nothing), for a delegate or a made-up one. */
  sampleDocx(conference: Conference, publicUrl: string, delegateId?: string): Promise<Buffer>;
}

const zero = (): AnswerCounts => ({ total: 0, notInvited: 0, noAnswer: 0, confirmed: 0, declined: 0, substituted: 0, invited: 0 });

const add = (counts: AnswerCounts, state: string, n: number) => {
  counts.total += n;
  const key = (
    { not_invited: 'notInvited', invited: 'noAnswer', confirmed: 'confirmed', declined: 'declined', substituted: 'substituted' } as const
  )[state as InvitationState];
  if (key) counts[key] += n;
  if (state !== 'not_invited') counts.invited += n;
};

export const SAMPLE_TOKEN = 'giay-moi-mau';

export function createInvitationReports(database: Database, deps: { mail: MailConfig; now: () => Date }): InvitationReports {
  const { db } = database;
  return {
    async summary(conference) {
      const [rows, deliveries, settings] = await Promise.all([
        invitationStateCounts(db, conference.id),
        deliveryStatusCounts(db, conference.id),
        findInvitationSettings(db, conference.id),
      ]);
      const points = [...conference.bridgePoints]
        .sort((a, b) => Number(b.isHost) - Number(a.isHost) || a.position - b.position)
        .map((point) => ({ bridgePointId: point.id, name: point.name, quota: point.quota, counts: zero() }));
      const pointsById = new Map(points.map((point) => [point.bridgePointId, point]));
      const groupsById = new Map<string | null, InvitationSummary['groups'][number]>();
      for (const group of [...conference.participantGroups].sort((a, b) => a.position - b.position)) {
        groupsById.set(group.id, { participantGroupId: group.id, bridgePointId: group.bridgePointId, text: group.text, counts: zero() });
      }
      const totals = zero();
      for (const row of rows) {
        add(totals, row.invitation, row.count);
        const point = pointsById.get(row.bridgePointId); // a Map: a national plan has 16,242 points
        if (point) add(point.counts, row.invitation, row.count);
        if (!groupsById.has(row.participantGroupId)) {
          groupsById.set(row.participantGroupId, {
            participantGroupId: row.participantGroupId,
            bridgePointId: null,
            text: '',
            counts: zero(),
          });
        }
        add(groupsById.get(row.participantGroupId)!.counts, row.invitation, row.count);
      }
      const deadline = settings?.answer_deadline ?? null;
      return {
        mail: describeMailConfig(deps.mail),
        deadline,
        answerUntil: deadline ?? conference.startsAt,
        deliveries,
        points,
        groups: [...groupsById.values()].filter((group) => group.counts.total > 0 || group.participantGroupId !== null),
        totals,
      };
    },

    async deliveries(conferenceId, filter) {
      const offset = Math.max(0, Math.floor(filter.offset ?? 0));
      const limit = Math.min(500, Math.max(1, Math.floor(filter.limit ?? 50)));
      const { rows, total } = await listDeliveryRows(db, conferenceId, {
        ...(filter.status ? { status: filter.status } : {}),
        offset,
        limit,
      });
      const items = rows.map((row) => ({
        id: row.id,
        delegateId: row.delegate_id,
        fullName: row.full_name,
        bridgePointId: row.bridge_point_id,
        kind: row.kind,
        recipient: row.recipient,
        status: row.status as DeliveryStatus,
        error: row.error,
        createdAt: row.created_at,
        sentAt: row.sent_at,
      }));
      return { items, total, offset, limit };
    },

    async deliveryListDocx(conference, bridgePointId) {
      const order = new Map(
        [...conference.bridgePoints]
          .sort((a, b) => Number(b.isHost) - Number(a.isHost) || a.position - b.position)
          .map((p, i) => [p.id, i]),
      );
      const names = new Map(conference.bridgePoints.map((p) => [p.id, p.name]));
      const rows = await listAllDelegateRows(db, conference.id, bridgePointId ? [bridgePointId] : undefined);
      rows.sort(
        (a, b) =>
          (order.get(a.bridge_point_id) ?? 0) - (order.get(b.bridge_point_id) ?? 0) ||
          compareProtocol(rankOfRow(a), rankOfRow(b)) ||
          compareVietnamese(a.full_name, b.full_name),
      );
      return filePool().renderDeliveryListDocx(
        conference,
        rows.map((row) => ({
          fullName: row.full_name,
          title: row.title,
          organisation: row.organisation,
          bridgePointName: names.get(row.bridge_point_id) ?? '',
        })),
      );
    },

    async sampleDocx(conference, publicUrl, delegateId) {
      const row = delegateId ? await findDelegateRow(db, conference.id, delegateId) : undefined;
      if (delegateId && !row) throw delegateNotFound();
      const point =
        (row ? conference.bridgePoints.find((p) => p.id === row.bridge_point_id) : undefined) ??
        conference.bridgePoints.find((p) => p.isHost) ??
        conference.bridgePoints[0] ??
        null;
      const settings = await findInvitationSettings(db, conference.id);
      return renderGiayMoiDocx({
        conference,
        delegate: row
          ? { fullName: row.full_name, title: row.title, organisation: row.organisation }
          : { fullName: 'Nguyễn Văn A', title: 'Chức vụ', organisation: 'Đơn vị' },
        bridgePoint: point,
        confirmationUrl: confirmationUrl(deps.mail.publicUrl ?? settings?.public_url ?? publicUrl, SAMPLE_TOKEN),
        deadline: settings?.answer_deadline ?? null,
      });
    },
  };
}
