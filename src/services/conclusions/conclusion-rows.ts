/** Rows of the notice and its conclusions as the API shows them, with the follow-up state of each task on a given day. */
import type { Conclusion, ConclusionNotice, NoticeStatus } from '../../domain/conclusions/conclusion.schema.js';
import { followUpStatus } from '../../domain/conclusions/follow-up-rules.js';
import type { SigningAuthority } from '../../domain/conference.schema.js';
import type { ConclusionNoticeRow, ConclusionReportRow, ConclusionRow } from '../../storage/tables.js';

const list = (json: string): string[] => {
  const value: unknown = JSON.parse(json);
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
};

/** Viet Nam's local date of an instant (UTC+7, no daylight saving). */
export const localDateOf = (iso: string): string => new Date(Date.parse(iso) + 7 * 3600 * 1000).toISOString().slice(0, 10);

export const toConclusion = (row: ConclusionRow, reports: readonly ConclusionReportRow[], taskDone: boolean, today: string): Conclusion => {
  const own = reports.filter((report) => report.conclusion_id === row.id);
  const done = taskDone || own.some((report) => report.kind === 'done');
  const hasTask = row.task_id !== null || row.task_text.trim() !== '' || row.deadline !== null;
  return {
    id: row.id,
    position: Number(row.position),
    text: row.text,
    leadAgency: row.lead_agency,
    leadBody:
      row.lead_bridge_point_id === null && row.lead_participant_group_id === null
        ? null
        : { bridgePointId: row.lead_bridge_point_id, participantGroupId: row.lead_participant_group_id },
    cooperatingAgencies: list(row.cooperating_agencies),
    taskText: row.task_text,
    deadline: row.deadline,
    taskId: row.task_id,
    carriedFrom: row.carried_from,
    followUp: hasTask
      ? followUpStatus({ deadline: row.deadline, done }, today)
      : { state: 'no_deadline', workingDaysLate: 0, remind: false },
    reports: own.map((report) => ({
      id: report.id,
      kind: report.kind as 'progress' | 'done',
      note: report.note,
      fileRef: report.file_ref,
      reportedBy: report.reported_by,
      reportedAt: report.reported_at,
    })),
  };
};

export const toNotice = (row: ConclusionNoticeRow, conclusions: Conclusion[]): ConclusionNotice => ({
  conferenceId: row.conference_id,
  status: row.status as NoticeStatus,
  governingBody: row.governing_body,
  issuingBody: row.issuing_body,
  documentNumber: row.document_number,
  documentSymbol: row.document_symbol,
  place: row.place,
  issueDate: row.issue_date,
  subject: row.subject,
  preamble: row.preamble,
  closing: row.closing,
  signerAuthority: row.signer_authority as SigningAuthority,
  signerBody: row.signer_body,
  signerTitle: row.signer_title,
  signerName: row.signer_name,
  distribution: list(row.distribution_json),
  recipients: list(row.recipients_json),
  issuedAt: row.issued_at,
  version: Number(row.version),
  updatedAt: row.updated_at,
  conclusions,
});
