/**
 * Written contributions (tham luận, issue 16 item 3): one per agenda slot with a presenter.
 * A slot's row is made at the first write about it; until then it shows the presenter of the
 * programme and the bridge point of that name. Each write is one transaction with one audit
 * row; reminders are queued mail (body-mail-queue.ts); `contribution.changed` after commit.
 * The document pack (issue 16 item 1) takes every contribution received: `listPackContributions`.
 */
import { randomUUID } from 'node:crypto';
import type { BodyRef } from '../../domain/access/body-rules.js';
import {
  ContributionSlotRequest,
  DecideContributionRequest,
  RemindContributionsRequest,
  SubmitContributionRequest,
  type ContributionView,
} from '../../domain/consultations/consultation.schema.js';
import {
  afterDecision,
  afterSubmission,
  contributionSlots,
  type ContributionStatus,
} from '../../domain/consultations/contribution-rules.js';
import { invalid } from '../../domain/errors.js';
import type { EventBus } from '../../realtime/event-bus.js';
import type { Database } from '../../storage/database.js';
import { findRow } from '../../storage/repositories/child-rows.js';
import { findConferenceDocument } from '../../storage/repositories/conference-document-repository.js';
import * as repo from '../../storage/repositories/contribution-repository.js';
import { listAgendaItems, listBridgePointNames, loadConferenceHead } from '../../storage/repositories/plan-repository.js';
import type { ContributionRow, Executor } from '../../storage/tables.js';
import { SYSTEM_ORIGIN, type AuditOrigin } from '../accounts/audit-context.js';
import { recordAudit } from '../accounts/audit-service.js';
import { conferenceNotFound, entityNotFound, prepareInput } from '../input.js';
import { vietnamLocalNow } from '../participants/invitation-links.js';
import { bodyDeliveryRow, type BodyMailQueue, type SkipReason } from './body-mail-queue.js';
import { mailDisabledForBodies } from './consultation-service.js';
import { contributionViews, defaultRow, type ContributionPlan, type ContributionViewer } from './contribution-view.js';

export interface ContributionService {
  list(conferenceId: string, viewer: ContributionViewer): Promise<ContributionView[]>;
  /** The slot's body as the policies see it; 404 when the item is not a slot with a presenter. */
  bodyRef(conferenceId: string, agendaItemId: string): Promise<BodyRef>;
  configure(conferenceId: string, agendaItemId: string, input: unknown, origin?: AuditOrigin): Promise<void>;
  submit(conferenceId: string, agendaItemId: string, input: unknown, origin?: AuditOrigin): Promise<void>;
  decide(conferenceId: string, agendaItemId: string, input: unknown, origin?: AuditOrigin): Promise<void>;
  remind(
    conferenceId: string,
    input: unknown,
    publicUrl: string,
    origin?: AuditOrigin,
  ): Promise<{ queued: number; skipped: { agendaItemId: string; reason: SkipReason }[] }>;
}

export interface ContributionDeps {
  now?: () => Date;
  events?: Pick<EventBus, 'publish'>;
  queue: BodyMailQueue;
}

const slotNotFound = () =>
  entityNotFound('contribution.slot_not_found', 'nội dung có đơn vị trình bày tham luận', 'agenda slot with a presenter');

export function createContributionService(database: Database, deps: ContributionDeps): ContributionService {
  const { db } = database;
  const clock = deps.now ?? (() => new Date());
  const today = () => vietnamLocalNow(clock()).slice(0, 10);
  const changed = (conferenceId: string, agendaItemId: string) =>
    deps.events?.publish({ type: 'contribution.changed', conferenceId, agendaItemId });

  const plan = async (executor: Executor, conferenceId: string): Promise<ContributionPlan> => {
    const head = await loadConferenceHead(executor, conferenceId);
    if (!head) throw conferenceNotFound();
    const agendaItems = await listAgendaItems(executor, conferenceId);
    return { id: head.id, agendaItems, bridgePoints: await listBridgePointNames(executor, conferenceId) };
  };

  /** The slot's row, made from the programme when it has none yet. */
  const slotRow = async (
    executor: Executor,
    conferenceId: string,
    agendaItemId: string,
    at: string,
  ): Promise<{ row: ContributionRow; stored: boolean }> => {
    const stored = await repo.findContributionOfSlot(executor, conferenceId, agendaItemId);
    if (stored) return { row: stored, stored: true };
    const conference = await plan(executor, conferenceId);
    const slot = contributionSlots(conference.agendaItems).find((item) => item.id === agendaItemId);
    if (!slot) throw slotNotFound();
    return { row: defaultRow(conference, slot, at), stored: false };
  };

  const write = async (
    conferenceId: string,
    agendaItemId: string,
    action: string,
    origin: AuditOrigin,
    change: (row: ContributionRow, trx: Executor, at: string) => Promise<Partial<ContributionRow>>,
  ) => {
    const at = clock().toISOString();
    await db.transaction().execute(async (trx) => {
      const { row, stored } = await slotRow(trx, conferenceId, agendaItemId, at);
      const values = { ...(await change(row, trx, at)), updated_at: at };
      if (stored) await repo.updateContribution(trx, row.id, values);
      else await repo.insertContribution(trx, { ...row, ...values });
      const before = Object.fromEntries(Object.keys(values).map((key) => [key, row[key as keyof ContributionRow]]));
      await recordAudit(
        trx,
        { ...origin, action, conferenceId, entityType: 'contribution', entityId: agendaItemId, before, after: values },
        at,
        randomUUID(),
      );
    });
    changed(conferenceId, agendaItemId);
  };

  return {
    async list(conferenceId, viewer) {
      const conference = await plan(db, conferenceId);
      const rows = await repo.listContributionRows(db, conferenceId);
      return contributionViews(conference, rows, viewer, today(), clock().toISOString());
    },

    async bodyRef(conferenceId, agendaItemId) {
      const { row } = await slotRow(db, conferenceId, agendaItemId, clock().toISOString());
      return { bridgePointId: row.bridge_point_id, participantGroupId: row.participant_group_id };
    },

    configure: (conferenceId, agendaItemId, input, origin = SYSTEM_ORIGIN) => {
      const request = prepareInput(ContributionSlotRequest, input);
      return write(conferenceId, agendaItemId, 'contribution.configure', origin, async (row, trx) => {
        if (request.bridgePointId && !(await findRow(trx, 'bridge_points', conferenceId, request.bridgePointId))) throw unknownBody();
        if (request.participantGroupId && !(await findRow(trx, 'participant_groups', conferenceId, request.participantGroupId)))
          throw unknownBody();
        return {
          body_name: request.bodyName || row.body_name,
          bridge_point_id: request.bridgePointId,
          participant_group_id: request.participantGroupId,
          email: request.email,
          deadline: request.deadline,
        };
      });
    },

    submit: (conferenceId, agendaItemId, input, origin = SYSTEM_ORIGIN) => {
      const request = prepareInput(SubmitContributionRequest, input);
      if (!request.text && !request.documentId) {
        throw invalid('contribution.empty', {
          vi: 'Tham luận cần có nội dung hoặc tệp đính kèm.',
          en: 'A contribution needs its text or a file.',
        });
      }
      return write(conferenceId, agendaItemId, 'contribution.submit', origin, async (_row, trx, at) => {
        if (request.documentId && !(await findConferenceDocument(trx, conferenceId, request.documentId))) {
          throw invalid('contribution.unknown_document', {
            vi: 'Tệp tham luận không phải là tài liệu của hội nghị này.',
            en: 'The file is not a document of this conference.',
          });
        }
        return {
          status: afterSubmission(),
          title: request.title,
          text: request.text,
          document_id: request.documentId,
          submitted_at: at,
          submitted_by: origin.actor.label,
          decided_at: null,
        };
      });
    },

    decide: (conferenceId, agendaItemId, input, origin = SYSTEM_ORIGIN) => {
      const request = prepareInput(DecideContributionRequest, input);
      return write(conferenceId, agendaItemId, 'contribution.decide', origin, async (row, _trx, at) => ({
        status: afterDecision(row.status as ContributionStatus, request.decision),
        decided_at: at,
      }));
    },

    async remind(conferenceId, input, publicUrl, origin = SYSTEM_ORIGIN) {
      const request = prepareInput(RemindContributionsRequest, input);
      const at = clock().toISOString();
      const mail = deps.queue.mail;
      const result = await db.transaction().execute(async (trx) => {
        const conference = await plan(trx, conferenceId);
        const slots = contributionSlots(conference.agendaItems);
        const listed = request.agendaItemIds;
        if (listed?.some((id) => !slots.some((slot) => slot.id === id))) throw slotNotFound();
        const skipped: { agendaItemId: string; reason: SkipReason }[] = [];
        const due: ContributionRow[] = [];
        for (const slot of slots.filter((candidate) => !listed || listed.includes(candidate.id))) {
          const { row, stored } = await slotRow(trx, conferenceId, slot.id, at);
          if (row.status !== 'not_submitted') skipped.push({ agendaItemId: slot.id, reason: 'submitted' });
          else if (!row.email) skipped.push({ agendaItemId: slot.id, reason: 'no_email' });
          else {
            if (!stored) await repo.insertContribution(trx, row);
            due.push(row);
          }
        }
        if (due.length > 0 && !mail.enabled) throw mailDisabledForBodies();
        const url = mail.publicUrl ?? publicUrl;
        const deliveries = due.map((row) =>
          bodyDeliveryRow(
            {
              conference_id: conferenceId,
              subject_kind: 'contribution',
              subject_id: row.id,
              kind: 'reminder',
              recipient: row.email,
              public_url: url,
            },
            at,
          ),
        );
        await repo.insertBodyDeliveries(trx, deliveries);
        for (const row of due)
          await repo.updateContribution(trx, row.id, { reminded_at: at, remind_count: Number(row.remind_count) + 1, updated_at: at });
        const after = { reminded: due.map((row) => ({ agendaItemId: row.agenda_item_id, body: row.body_name })), skipped };
        await recordAudit(
          trx,
          { ...origin, action: 'contribution.remind', conferenceId, entityType: 'conference', entityId: conferenceId, before: null, after },
          at,
          randomUUID(),
        );
        return { deliveries, skipped, due };
      });
      deps.queue.enqueue(result.deliveries.map((d) => d.id));
      for (const row of result.due) changed(conferenceId, row.agenda_item_id);
      return { queued: result.deliveries.length, skipped: result.skipped };
    },
  };
}

const unknownBody = () =>
  invalid('contribution.unknown_body', {
    vi: 'Điểm cầu hoặc thành phần không thuộc hội nghị này.',
    en: 'The bridge point or participant group does not belong to this conference.',
  });
