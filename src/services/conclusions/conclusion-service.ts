/**
 * The conclusion notice (Thông báo kết luận, issue 16 item 6) and the follow-up of its tasks
 * (item 7). The notice is drafted from the record (notice-record.ts), edited while a draft
 * (If-Match version), its conclusions added, changed and removed; issuing it turns each
 * conclusion that names a lead agency and a task or a deadline into a task of the assignment
 * board (under the agency's assignment, added when missing; the plan's version is bumped) and
 * queues the mail to its recipients with the .docx (and PDF). Every write is one transaction
 * with one audit row; `conclusions.changed` follows the commit.
 */
import { randomUUID } from 'node:crypto';
import {
  ConclusionInput,
  ConclusionPatch,
  NoticePatch,
  type LeadBody,
  type Conclusion,
  type ConclusionNotice,
} from '../../domain/conclusions/conclusion.schema.js';
import { DomainError } from '../../domain/errors.js';
import type { NoticeDocument } from '../../documents/conclusions/notice-docx.js';
import type { EventBus } from '../../realtime/event-bus.js';
import type { Database } from '../../storage/database.js';
import {
  deleteConclusion,
  findConclusion,
  findNotice,
  insertConclusions,
  insertNotice,
  listConclusionDeliveries,
  listConclusionReports,
  listConclusions,
  nextConclusionPosition,
  updateConclusion,
  updateNotice,
} from '../../storage/repositories/conclusion-repository.js';
import { taskStatuses } from '../../storage/repositories/conclusion-task-repository.js';
import { findRow } from '../../storage/repositories/child-rows.js';
import type { Executor } from '../../storage/tables.js';
import { SYSTEM_ORIGIN, type AuditOrigin } from '../accounts/audit-context.js';
import { recordAudit } from '../accounts/audit-service.js';
import type { ConferenceService } from '../conference-service.types.js';
import { entityNotFound, prepareInput, versionConflict } from '../input.js';
import type { LiveService } from '../live/live-service.types.js';
import { localDateOf, toConclusion, toNotice } from './conclusion-rows.js';
import { issueNotice } from './issue-notice.js';
import { noticeDraftOf } from './notice-record.js';

export interface ConclusionServiceDeps {
  conferences: Pick<ConferenceService, 'get'>;
  live: Pick<LiveService, 'timeline'>;
  now?: () => Date;
  events?: Pick<EventBus, 'publish'>;
  /** Called with the deliveries queued by a commit (the mail queue). */
  enqueue?: (deliveryIds: readonly string[]) => void;
}

export interface ConclusionService {
  get(conferenceId: string): Promise<ConclusionNotice | null>;
  draft(conferenceId: string, origin?: AuditOrigin): Promise<ConclusionNotice>;
  update(conferenceId: string, patch: unknown, expectedVersion: number | undefined, origin?: AuditOrigin): Promise<ConclusionNotice>;
  addConclusion(conferenceId: string, input: unknown, origin?: AuditOrigin): Promise<ConclusionNotice>;
  updateConclusion(conferenceId: string, conclusionId: string, patch: unknown, origin?: AuditOrigin): Promise<ConclusionNotice>;
  removeConclusion(conferenceId: string, conclusionId: string, origin?: AuditOrigin): Promise<ConclusionNotice>;
  issue(conferenceId: string, origin?: AuditOrigin): Promise<ConclusionNotice>;
  document(conferenceId: string): Promise<NoticeDocument>;
  /** The mail deliveries of the notice and the reminders, oldest first. */
  deliveries(conferenceId: string): Promise<NoticeDelivery[]>;
}

export interface NoticeDelivery {
  id: string;
  kind: string;
  recipient: string;
  status: string;
  error: string | null;
  sentAt: string | null;
}

export const noticeNotFound = () => entityNotFound('conclusion_notice.not_found', 'thông báo kết luận', 'conclusion notice');
const conclusionNotFound = () => entityNotFound('conclusion.not_found', 'kết luận', 'conclusion');
const issued = () =>
  new DomainError(409, 'conclusion_notice.issued', {
    vi: 'Thông báo kết luận đã ban hành, không sửa được.',
    en: 'The conclusion notice has been issued and cannot be changed.',
  });

const unknownBody = () =>
  new DomainError(422, 'conclusion.unknown_body', {
    vi: 'Cơ quan chủ trì phải là một điểm cầu hoặc thành phần tham dự của kế hoạch này.',
    en: 'The lead agency must be a bridge point or a participant group of this plan.',
  });

/** The lead body's columns, after checking that its point and group belong to the conference (422 otherwise). */
const leadBodyColumns = async (executor: Executor, conferenceId: string, body: LeadBody | null | undefined) => {
  const pointId = body?.bridgePointId ?? null;
  const groupId = body?.participantGroupId ?? null;
  if (pointId !== null && !(await findRow(executor, 'bridge_points', conferenceId, pointId))) throw unknownBody();
  if (groupId !== null && !(await findRow(executor, 'participant_groups', conferenceId, groupId))) throw unknownBody();
  return { lead_bridge_point_id: pointId, lead_participant_group_id: groupId };
};

/** The notice with its conclusions and their follow-up on `today`. */
export const readNotice = async (executor: Executor, conferenceId: string, today: string): Promise<ConclusionNotice | null> => {
  const row = await findNotice(executor, conferenceId);
  if (!row) return null;
  const rows = await listConclusions(executor, conferenceId);
  const reports = await listConclusionReports(executor, conferenceId);
  const statuses = await taskStatuses(
    executor,
    conferenceId,
    rows.flatMap((r) => (r.task_id ? [r.task_id] : [])),
  );
  const conclusions: Conclusion[] = rows.map((r) =>
    toConclusion(r, reports, r.task_id !== null && statuses.get(r.task_id) === 'done', today),
  );
  return toNotice(row, conclusions);
};

export function createConclusionService(database: Database, deps: ConclusionServiceDeps): ConclusionService {
  const { db } = database;
  const clock = deps.now ?? (() => new Date());
  const now = () => clock().toISOString();
  const audit = (
    executor: Executor,
    origin: AuditOrigin,
    action: string,
    conferenceId: string,
    entityId: string,
    before: unknown,
    after: unknown,
  ) =>
    recordAudit(
      executor,
      { ...origin, action, conferenceId, entityType: 'conclusion_notice', entityId, before, after },
      now(),
      randomUUID(),
    );
  const mustRead = async (executor: Executor, conferenceId: string) =>
    (await readNotice(executor, conferenceId, localDateOf(now()))) ?? Promise.reject(noticeNotFound());

  /** One write of a draft notice: the body runs in the transaction, then the notice's version is bumped. */
  const writeDraft = async (
    conferenceId: string,
    body: (
      trx: Executor,
      current: ConclusionNotice,
    ) => Promise<{ action: string; entityId: string; before: unknown; after: unknown; ids: string[] }>,
    origin: AuditOrigin,
    expectedVersion?: number,
    values: Parameters<typeof updateNotice>[3] = {},
  ) => {
    const { notice, ids } = await db.transaction().execute(async (trx) => {
      const current = await mustRead(trx, conferenceId);
      if (current.status !== 'draft') throw issued();
      if (expectedVersion !== undefined && expectedVersion !== current.version) throw versionConflict();
      const done = await body(trx, current);
      if (!(await updateNotice(trx, conferenceId, current.version, { ...values, version: current.version + 1, updated_at: now() })))
        throw versionConflict();
      await audit(trx, origin, done.action, conferenceId, done.entityId, done.before, done.after);
      return { notice: await mustRead(trx, conferenceId), ids: done.ids };
    });
    deps.events?.publish({ type: 'conclusions.changed', conferenceId, conclusionIds: ids });
    return notice;
  };

  return {
    get: (conferenceId) => readNotice(db, conferenceId, localDateOf(now())),

    async draft(conferenceId, origin = SYSTEM_ORIGIN) {
      const [conference, timeline] = await Promise.all([deps.conferences.get(conferenceId), deps.live.timeline(conferenceId)]);
      const draft = noticeDraftOf(conference, timeline);
      const notice = await db.transaction().execute(async (trx) => {
        if (await findNotice(trx, conferenceId)) {
          throw new DomainError(409, 'conclusion_notice.exists', {
            vi: 'Hội nghị đã có dự thảo thông báo kết luận.',
            en: 'The conference already has a conclusion notice.',
          });
        }
        const row = {
          conference_id: conferenceId,
          status: 'draft',
          governing_body: draft.governingBody,
          issuing_body: '',
          document_number: '',
          document_symbol: '',
          place: conference.place,
          issue_date: null,
          subject: draft.subject,
          preamble: draft.preamble,
          closing: draft.closing,
          signer_authority: '',
          signer_body: '',
          signer_title: '',
          signer_name: '',
          distribution_json: JSON.stringify(draft.distribution),
          recipients_json: '[]',
          issued_at: null,
          version: 1,
          updated_at: now(),
        };
        await insertNotice(trx, row);
        await audit(trx, origin, 'conclusion_notice.draft', conferenceId, conferenceId, null, {
          subject: row.subject,
          preamble: row.preamble,
        });
        return mustRead(trx, conferenceId);
      });
      deps.events?.publish({ type: 'conclusions.changed', conferenceId, conclusionIds: [] });
      return notice;
    },

    update(conferenceId, patch, expectedVersion, origin = SYSTEM_ORIGIN) {
      const p = prepareInput(NoticePatch, patch);
      const values = {
        ...(p.governingBody !== undefined ? { governing_body: p.governingBody } : {}),
        ...(p.issuingBody !== undefined ? { issuing_body: p.issuingBody } : {}),
        ...(p.documentNumber !== undefined ? { document_number: p.documentNumber } : {}),
        ...(p.documentSymbol !== undefined ? { document_symbol: p.documentSymbol } : {}),
        ...(p.place !== undefined ? { place: p.place } : {}),
        ...(p.issueDate !== undefined ? { issue_date: p.issueDate } : {}),
        ...(p.subject !== undefined ? { subject: p.subject } : {}),
        ...(p.preamble !== undefined ? { preamble: p.preamble } : {}),
        ...(p.closing !== undefined ? { closing: p.closing } : {}),
        ...(p.signerAuthority !== undefined ? { signer_authority: p.signerAuthority } : {}),
        ...(p.signerBody !== undefined ? { signer_body: p.signerBody } : {}),
        ...(p.signerTitle !== undefined ? { signer_title: p.signerTitle } : {}),
        ...(p.signerName !== undefined ? { signer_name: p.signerName } : {}),
        ...(p.distribution !== undefined ? { distribution_json: JSON.stringify(p.distribution) } : {}),
        ...(p.recipients !== undefined ? { recipients_json: JSON.stringify(p.recipients) } : {}),
      };
      return writeDraft(
        conferenceId,
        async () => ({ action: 'conclusion_notice.update', entityId: conferenceId, before: null, after: p, ids: [] }),
        origin,
        expectedVersion,
        values,
      );
    },

    addConclusion(conferenceId, input, origin = SYSTEM_ORIGIN) {
      const c = prepareInput(ConclusionInput, input);
      const id = randomUUID();
      return writeDraft(
        conferenceId,
        async (trx) => {
          const position = await nextConclusionPosition(trx, conferenceId);
          const body = await leadBodyColumns(trx, conferenceId, c.leadBody);
          await insertConclusions(trx, [
            {
              id,
              conference_id: conferenceId,
              position,
              text: c.text,
              lead_agency: c.leadAgency,
              cooperating_agencies: JSON.stringify(c.cooperatingAgencies),
              task_text: c.taskText,
              deadline: c.deadline,
              task_id: null,
              carried_from: null,
              ...body,
            },
          ]);
          return { action: 'conclusion.create', entityId: id, before: null, after: c, ids: [id] };
        },
        origin,
      );
    },

    updateConclusion(conferenceId, conclusionId, patch, origin = SYSTEM_ORIGIN) {
      const p = prepareInput(ConclusionPatch, patch);
      return writeDraft(
        conferenceId,
        async (trx) => {
          const before = await findConclusion(trx, conferenceId, conclusionId);
          if (!before) throw conclusionNotFound();
          await updateConclusion(trx, conferenceId, conclusionId, {
            ...(p.text !== undefined ? { text: p.text } : {}),
            ...(p.leadAgency !== undefined ? { lead_agency: p.leadAgency } : {}),
            ...(p.cooperatingAgencies !== undefined ? { cooperating_agencies: JSON.stringify(p.cooperatingAgencies) } : {}),
            ...(p.taskText !== undefined ? { task_text: p.taskText } : {}),
            ...(p.deadline !== undefined ? { deadline: p.deadline } : {}),
            ...(p.leadBody !== undefined ? await leadBodyColumns(trx, conferenceId, p.leadBody) : {}),
          });
          return {
            action: 'conclusion.update',
            entityId: conclusionId,
            before: { text: before.text, deadline: before.deadline },
            after: p,
            ids: [conclusionId],
          };
        },
        origin,
      );
    },

    removeConclusion(conferenceId, conclusionId, origin = SYSTEM_ORIGIN) {
      return writeDraft(
        conferenceId,
        async (trx) => {
          const before = await findConclusion(trx, conferenceId, conclusionId);
          if (!before || !(await deleteConclusion(trx, conferenceId, conclusionId))) throw conclusionNotFound();
          return { action: 'conclusion.delete', entityId: conclusionId, before: { text: before.text }, after: null, ids: [conclusionId] };
        },
        origin,
      );
    },

    async issue(conferenceId, origin = SYSTEM_ORIGIN) {
      const { notice, deliveryIds } = await db.transaction().execute(async (trx) => {
        const current = await mustRead(trx, conferenceId);
        if (current.status !== 'draft') throw issued();
        const result = await issueNotice(trx, current, { at: now(), newId: randomUUID });
        await audit(trx, origin, 'conclusion_notice.issue', conferenceId, conferenceId, { status: 'draft' }, result.audit);
        return { notice: await mustRead(trx, conferenceId), deliveryIds: result.deliveryIds };
      });
      deps.events?.publish({ type: 'conclusions.changed', conferenceId, conclusionIds: notice.conclusions.map((c) => c.id) });
      deps.enqueue?.(deliveryIds);
      return notice;
    },

    async document(conferenceId) {
      const notice = await readNotice(db, conferenceId, localDateOf(now()));
      if (!notice) throw noticeNotFound();
      const {
        conclusions,
        recipients: _recipients,
        conferenceId: _id,
        status: _status,
        issuedAt: _issuedAt,
        version: _version,
        updatedAt: _updatedAt,
        ...fields
      } = notice;
      return { conference: await deps.conferences.get(conferenceId), notice: fields, conclusions };
    },

    async deliveries(conferenceId) {
      return (await listConclusionDeliveries(db, conferenceId)).map((r) => ({
        id: r.id,
        kind: r.kind,
        recipient: r.recipient,
        status: r.status,
        error: r.error,
        sentAt: r.sent_at,
      }));
    },
  };
}
