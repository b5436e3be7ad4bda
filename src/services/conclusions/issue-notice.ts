/**
 * Issuing the notice, inside the caller's transaction: each conclusion that names a lead agency
 * and a task or a deadline becomes a task of the assignment board (under the agency's
 * assignment, added when the plan has none; the plan's version is bumped once), linked to
 * its conclusion; the notice becomes `issued`; one delivery per recipient is queued.
 */
import type { ConclusionNotice } from '../../domain/conclusions/conclusion.schema.js';
import { DomainError, invalid } from '../../domain/errors.js';
import { noticeProblems } from '../../domain/conclusions/notice-requirements.js';
import { updateConclusion, insertConclusionDeliveries, updateNotice } from '../../storage/repositories/conclusion-repository.js';
import { addAgencyAssignment, addConclusionTask, findAssignmentOfAgency } from '../../storage/repositories/conclusion-task-repository.js';
import { bumpVersion } from '../../storage/repositories/conference-repository.js';
import type { Executor } from '../../storage/tables.js';
import { versionConflict } from '../input.js';

export interface IssueResult {
  deliveryIds: string[];
  audit: { status: 'issued'; tasks: { conclusionId: string; taskId: string }[]; recipients: number };
}

const noConclusions = () =>
  new DomainError(422, 'conclusion_notice.empty', {
    vi: 'Thông báo chưa có kết luận nào: thêm ít nhất một kết luận trước khi ban hành.',
    en: 'The notice has no conclusion yet: add at least one before issuing it.',
  });

export async function issueNotice(trx: Executor, notice: ConclusionNotice, env: { at: string; newId: () => string }): Promise<IssueResult> {
  const { conferenceId } = notice;
  if (notice.conclusions.length === 0) throw noConclusions();
  const problems = noticeProblems(notice);
  if (problems.length > 0) {
    throw invalid(
      'conclusion_notice.incomplete',
      {
        vi: 'Thông báo chưa đủ thông tin để ban hành: điền cơ quan ban hành, ký hiệu, người ký và các chỗ trống.',
        en: 'The notice is not complete enough to issue: fill in the issuing body, its symbol, the signer and the blanks.',
      },
      problems,
    );
  }
  const tasks: IssueResult['audit']['tasks'] = [];
  const assignments = new Map<string, string>();
  for (const conclusion of notice.conclusions) {
    const agency = conclusion.leadAgency.trim();
    if (!agency || conclusion.taskId !== null || (!conclusion.taskText.trim() && conclusion.deadline === null)) continue;
    let assignmentId = assignments.get(agency) ?? (await findAssignmentOfAgency(trx, conferenceId, agency));
    if (!assignmentId) {
      assignmentId = env.newId();
      await addAgencyAssignment(trx, conferenceId, assignmentId, agency, agency);
    }
    assignments.set(agency, assignmentId);
    const taskId = env.newId();
    await addConclusionTask(trx, conferenceId, {
      id: taskId,
      assignmentId,
      text: conclusion.taskText.trim() || conclusion.text.trim().slice(0, 2000),
      deadline: conclusion.deadline,
      cooperatingAgencies: conclusion.cooperatingAgencies,
    });
    await updateConclusion(trx, conferenceId, conclusion.id, { task_id: taskId });
    tasks.push({ conclusionId: conclusion.id, taskId });
  }
  if (tasks.length > 0 && (await bumpVersion(trx, conferenceId, undefined, env.at)) !== 'bumped') throw versionConflict();
  if (
    !(await updateNotice(trx, conferenceId, notice.version, {
      status: 'issued',
      issued_at: env.at,
      version: notice.version + 1,
      updated_at: env.at,
    }))
  ) {
    throw versionConflict();
  }
  const deliveries = [...new Set(notice.recipients)].map((recipient) => ({
    id: env.newId(),
    conference_id: conferenceId,
    kind: 'notice',
    recipient,
    status: 'queued',
    error: null,
    message_id: null,
    created_at: env.at,
    sent_at: null,
  }));
  await insertConclusionDeliveries(trx, deliveries);
  return { deliveryIds: deliveries.map((d) => d.id), audit: { status: 'issued', tasks, recipients: deliveries.length } };
}
