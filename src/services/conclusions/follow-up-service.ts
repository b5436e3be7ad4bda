/**
 * Follow-up of the conclusions' tasks (issue 16 item 7): an agency's person reports progress or
 * completion (a note and, optionally, a file already stored by the documents' file store: its
 * reference); completion marks the board's task done, progress marks it in progress. Overdue
 * and due-soon tasks (domain/conclusions/follow-up-rules.ts, working days) are reminded by mail
 * to the notice's recipients. The report of every conclusion's state is rendered for the next
 * meeting, and a new conference carries over the unfinished conclusions of an earlier one.
 */
import { randomUUID } from 'node:crypto';
import { CarryOverInput, ReportInput, type ConclusionNotice } from '../../domain/conclusions/conclusion.schema.js';
import { DomainError } from '../../domain/errors.js';
import type { FollowUpReport } from '../../documents/conclusions/follow-up-report.js';
import type { EventBus } from '../../realtime/event-bus.js';
import type { Database } from '../../storage/database.js';
import {
  findConclusion,
  findNotice,
  insertConclusionDeliveries,
  insertConclusionReport,
  insertConclusions,
  listConclusions,
  nextConclusionPosition,
} from '../../storage/repositories/conclusion-repository.js';
import { setTaskStatus } from '../../storage/repositories/conclusion-task-repository.js';
import { bumpVersion } from '../../storage/repositories/conference-repository.js';
import type { Executor } from '../../storage/tables.js';
import { SYSTEM_ORIGIN, type AuditOrigin } from '../accounts/audit-context.js';
import { recordAudit } from '../accounts/audit-service.js';
import type { ConferenceService } from '../conference-service.types.js';
import { entityNotFound, prepareInput, versionConflict } from '../input.js';
import type { ConferenceDocumentService, UploadedFile } from '../documents/index.js';
import { localDateOf } from './conclusion-rows.js';
import { noticeNotFound, readNotice, type ConclusionService } from './conclusion-service.js';

export interface FollowUpService {
  report(conferenceId: string, conclusionId: string, input: unknown, origin?: AuditOrigin): Promise<ConclusionNotice>;
  /**
   * A report with a file: the file is sniffed and stored first (content-addressed), then one
   * transaction writes the document, its audit row, the report and its audit row.
   */
  reportWithFile(
    conferenceId: string,
    conclusionId: string,
    input: unknown,
    file: UploadedFile,
    origin?: AuditOrigin,
  ): Promise<ConclusionNotice>;
  remind(conferenceId: string, origin?: AuditOrigin): Promise<{ conclusions: number; deliveries: number }>;
  carryOver(conferenceId: string, input: unknown, origin?: AuditOrigin): Promise<ConclusionNotice>;
  reportData(conferenceId: string): Promise<FollowUpReport>;
}

export interface FollowUpServiceDeps {
  conferences: Pick<ConferenceService, 'get'>;
  /** The conference documents, where a report's file is kept (reportWithFile). */
  documents?: Pick<ConferenceDocumentService, 'upload'>;
  notices: Pick<ConclusionService, 'draft'>;
  now?: () => Date;
  events?: Pick<EventBus, 'publish'>;
  enqueue?: (deliveryIds: readonly string[]) => void;
}

const conclusionNotFound = () => entityNotFound('conclusion.not_found', 'kết luận', 'conclusion');
const noTask = () =>
  new DomainError(409, 'conclusion.no_task', { vi: 'Kết luận này không giao nhiệm vụ nào.', en: 'This conclusion assigns no task.' });
const notIssued = () =>
  new DomainError(409, 'conclusion_notice.not_issued', {
    vi: 'Thông báo kết luận chưa ban hành: chưa có nhiệm vụ để theo dõi.',
    en: 'The conclusion notice has not been issued: there is no task to follow up yet.',
  });

export function createFollowUpService(database: Database, deps: FollowUpServiceDeps): FollowUpService {
  const { db } = database;
  const clock = deps.now ?? (() => new Date());
  const now = () => clock().toISOString();
  const today = () => localDateOf(now());
  const audit = (executor: Executor, origin: AuditOrigin, action: string, conferenceId: string, entityId: string, after: unknown) =>
    recordAudit(
      executor,
      { ...origin, action, conferenceId, entityType: 'conclusion', entityId, before: null, after },
      now(),
      randomUUID(),
    );
  const issuedNotice = async (executor: Executor, conferenceId: string) => {
    const notice = await readNotice(executor, conferenceId, today());
    if (!notice) throw noticeNotFound();
    if (notice.status !== 'issued') throw notIssued();
    return notice;
  };

  /** The report row, the task's status on the board, one audit row; in the caller's transaction. */
  const writeReport = async (trx: Executor, conferenceId: string, conclusionId: string, report: ReportInput, origin: AuditOrigin) => {
    await issuedNotice(trx, conferenceId);
    const conclusion = await findConclusion(trx, conferenceId, conclusionId);
    if (!conclusion) throw conclusionNotFound();
    const row = {
      id: randomUUID(),
      conference_id: conferenceId,
      conclusion_id: conclusionId,
      kind: report.kind,
      note: report.note,
      file_ref: report.fileRef ?? null,
      reported_by: origin.actor.label,
      reported_at: now(),
    };
    await insertConclusionReport(trx, row);
    if (conclusion.task_id) {
      if ((await bumpVersion(trx, conferenceId, undefined, now())) !== 'bumped') throw versionConflict();
      await setTaskStatus(trx, conferenceId, conclusion.task_id, report.kind === 'done' ? 'done' : 'in_progress');
    }
    await audit(trx, origin, `followup.${report.kind}`, conferenceId, conclusionId, {
      note: row.note,
      fileRef: row.file_ref,
      taskId: conclusion.task_id,
    });
  };

  return {
    async report(conferenceId, conclusionId, input, origin = SYSTEM_ORIGIN) {
      const report = prepareInput(ReportInput, input);
      const notice = await db.transaction().execute(async (trx) => {
        await writeReport(trx, conferenceId, conclusionId, report, origin);
        return issuedNotice(trx, conferenceId);
      });
      deps.events?.publish({ type: 'conclusions.changed', conferenceId, conclusionIds: [conclusionId] });
      return notice;
    },

    async reportWithFile(conferenceId, conclusionId, input, file, origin = SYSTEM_ORIGIN) {
      const report = prepareInput(ReportInput, input);
      if (!deps.documents) throw new TypeError('The follow-up service was built without the conference documents');
      const conclusion = (await issuedNotice(db, conferenceId)).conclusions.find((c) => c.id === conclusionId);
      if (!conclusion) throw conclusionNotFound();
      if (!conclusion.taskId) throw noTask();
      const title = `Báo cáo thực hiện: ${(conclusion.taskText || conclusion.text).slice(0, 200)} (${conclusion.leadAgency})`;
      // A completion report delivers the task's document (its upload closes the task); a progress report is only filed.
      const metadata = {
        title: title.slice(0, 300),
        kind: 'report' as const,
        audience: 'presidium' as const,
        audiencePointIds: [],
        agendaItemId: null,
        taskId: report.kind === 'done' ? conclusion.taskId : null,
      };
      // The upload stores the bytes before its transaction; the store is content-addressed (by SHA-256), so a failure
      // after that leaves at most a file no row names, which the same bytes uploaded again would reuse: acceptable.
      // The document's rows and audit row, the report and its audit row then commit together, or nothing does.
      await deps.documents.upload(conferenceId, metadata, file, origin, async (trx, document) => {
        await writeReport(trx, conferenceId, conclusionId, { ...report, fileRef: document.id }, origin);
      });
      deps.events?.publish({ type: 'conclusions.changed', conferenceId, conclusionIds: [conclusionId] });
      return issuedNotice(db, conferenceId);
    },

    async remind(conferenceId, origin = SYSTEM_ORIGIN) {
      const { due, ids } = await db.transaction().execute(async (trx) => {
        const notice = await issuedNotice(trx, conferenceId);
        const due = notice.conclusions.filter((c) => c.followUp.remind);
        const rows =
          due.length === 0
            ? []
            : [...new Set(notice.recipients)].map((recipient) => ({
                id: randomUUID(),
                conference_id: conferenceId,
                kind: 'reminder',
                recipient,
                status: 'queued',
                error: null,
                message_id: null,
                created_at: now(),
                sent_at: null,
              }));
        await insertConclusionDeliveries(trx, rows);
        await audit(trx, origin, 'followup.remind', conferenceId, conferenceId, {
          conclusionIds: due.map((c) => c.id),
          deliveries: rows.length,
        });
        return { due, ids: rows.map((r) => r.id) };
      });
      deps.enqueue?.(ids);
      return { conclusions: due.length, deliveries: ids.length };
    },

    async carryOver(conferenceId, input, origin = SYSTEM_ORIGIN) {
      const { fromConferenceId } = prepareInput(CarryOverInput, input);
      if (fromConferenceId === conferenceId) {
        throw new DomainError(422, 'followup.same_conference', { vi: 'Chọn một hội nghị trước đó.', en: 'Choose an earlier conference.' });
      }
      const source = await readNotice(db, fromConferenceId, today());
      if (!source || source.status !== 'issued') throw notIssued();
      if (!(await findNotice(db, conferenceId))) await deps.notices.draft(conferenceId, origin);
      const carried = await db.transaction().execute(async (trx) => {
        const target = await findNotice(trx, conferenceId);
        if (!target) throw noticeNotFound();
        if (target.status !== 'draft')
          throw new DomainError(409, 'conclusion_notice.issued', {
            vi: 'Thông báo kết luận đã ban hành, không sửa được.',
            en: 'The conclusion notice has been issued and cannot be changed.',
          });
        const already = new Set((await listConclusions(trx, conferenceId)).map((row) => row.carried_from).filter(Boolean));
        const unfinished = source.conclusions.filter((c) => c.taskId !== null && c.followUp.state !== 'done' && !already.has(c.id));
        let position = await nextConclusionPosition(trx, conferenceId);
        const rows = unfinished.map((c) => ({
          id: randomUUID(),
          conference_id: conferenceId,
          position: position++,
          text: c.text,
          lead_agency: c.leadAgency,
          cooperating_agencies: JSON.stringify(c.cooperatingAgencies),
          task_text: c.taskText,
          deadline: c.deadline,
          task_id: null,
          carried_from: c.id,
          // The bodies are the earlier plan's: the agency's name is carried over, the binding is chosen again.
          lead_bridge_point_id: null,
          lead_participant_group_id: null,
        }));
        await insertConclusions(trx, rows);
        await audit(trx, origin, 'followup.carry_over', conferenceId, conferenceId, {
          fromConferenceId,
          conclusionIds: rows.map((r) => r.carried_from),
        });
        return rows.map((r) => r.id);
      });
      deps.events?.publish({ type: 'conclusions.changed', conferenceId, conclusionIds: carried });
      return (await readNotice(db, conferenceId, today()))!;
    },

    async reportData(conferenceId) {
      const notice = await issuedNotice(db, conferenceId);
      const conference = await deps.conferences.get(conferenceId);
      return {
        conferenceTitle: conference.title,
        noticeNumber: `${notice.documentNumber.trim() || '…'}/TB-${notice.documentSymbol.replace(/\s+/g, '')}`,
        asOf: today(),
        conclusions: notice.conclusions,
      };
    },
  };
}
