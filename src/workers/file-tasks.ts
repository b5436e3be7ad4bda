/**
 * The work the pool's threads do, as plain data in and out: parse an uploaded file within
 * its limits (a plan, a delegate spreadsheet, or just what a file is), or render a heavy
 * document to bytes. Runs inside a worker thread (file-worker.ts), and in-process in unit
 * tests. A refusal (DomainError) comes back as data, since an Error loses its class between
 * threads; anything else is thrown, so a bug stays a bug.
 */
import type { PlanDraft } from '../domain/conference.schema.js';
import { DomainError, type ErrorStatus, type FieldProblem, type LocalizedMessage } from '../domain/errors.js';
import { renderAttendanceDocx } from '../documents/attendance/attendance-docx.js';
import type { AttendanceList } from '../documents/attendance/attendance-list.js';
import { renderAttendanceXlsx } from '../documents/attendance/attendance-xlsx.js';
import { renderDeliveryListDocx, type DeliveryRow } from '../documents/invitation/delivery-list-docx.js';
import { renderSeatPlanDocx, type SeatPlanInput } from '../documents/seating/seat-plan-docx.js';
import { renderDelegatesXlsx, type DelegatesWorkbookInput } from '../documents/spreadsheets/delegates-xlsx.js';
import { renderSynthesisDocx } from '../documents/consultations/synthesis-docx.js';
import { renderSynthesisXlsx } from '../documents/consultations/synthesis-xlsx.js';
import type { SynthesisDocument } from '../domain/consultations/consultation-rules.js';
import { readSheet } from '../documents/spreadsheets/read-sheet.js';
import { fileUnreadable, UNREADABLE } from '../documents/spreadsheets/sheet-errors.js';
import { emptyOrUnreadable } from '../import/import-errors.js';
import { importPlan } from '../import/index.js';
import { countPages, mergePack, type PackPart } from '../documents/pack/pack-merge.js';
import { guardDocx, guardTextLines, guardXlsx, sniffFile, type SniffedKind } from './file-guard.js';
import type { FileLimits } from './file-limits.js';

export type ParseTask =
  | { task: 'plan'; fileName: string; data: Uint8Array; limits: FileLimits }
  | { task: 'sheet'; data: Uint8Array; limits: FileLimits }
  | { task: 'inspect'; data: Uint8Array; limits: FileLimits };

export type RenderTask =
  | { task: 'attendance-docx'; list: AttendanceList }
  | { task: 'attendance-xlsx'; list: AttendanceList }
  | { task: 'seat-plan-docx'; input: SeatPlanInput }
  | { task: 'delegates-xlsx'; input: DelegatesWorkbookInput }
  | { task: 'delivery-list-docx'; conference: DeliveryListConference; rows: DeliveryRow[] }
  | { task: 'synthesis-docx' | 'synthesis-xlsx'; document: SynthesisDocument }
  | { task: 'pack-page-counts'; parts: PackPart[] }
  | { task: 'pack-merge'; cover: Uint8Array; parts: PackPart[]; title: string };

export type FileTask = ParseTask | RenderTask;

/** What the delivery list prints of the conference. */
export type DeliveryListConference = Parameters<typeof renderDeliveryListDocx>[0];
export type { DeliveryRow };

export interface TaskResults {
  plan: PlanDraft;
  sheet: string[][];
  inspect: { kind: SniffedKind };
  'attendance-docx': Uint8Array;
  'attendance-xlsx': Uint8Array;
  'seat-plan-docx': Uint8Array;
  'delegates-xlsx': Uint8Array;
  'delivery-list-docx': Uint8Array;
  'synthesis-docx': Uint8Array;
  'synthesis-xlsx': Uint8Array;
  'pack-page-counts': number[];
  'pack-merge': Uint8Array;
}

export interface Refusal {
  status: ErrorStatus;
  code: string;
  message: LocalizedMessage;
  fields: FieldProblem[];
}

export type TaskOutcome<T = unknown> = { ok: true; value: T } | { ok: false; refusal: Refusal };

const bufferOf = (data: Uint8Array) => Buffer.from(data.buffer, data.byteOffset, data.byteLength);

/**
 * The file measured within its limits: a zip inflated and counted (rows of a workbook,
 * paragraphs otherwise), text's lines counted. A zip whose directory cannot be read is
 * refused with the caller's own code for a damaged file (`unreadable`), never handed on.
 */
const guard = async (data: Uint8Array, limits: FileLimits, unreadable?: () => DomainError): Promise<SniffedKind> => {
  try {
    const { kind, entries } = sniffFile(data, limits);
    if (entries.length > 0) await (kind === 'xlsx' ? guardXlsx : guardDocx)(data, entries, limits);
    else if (kind === 'text') guardTextLines(data, limits);
    return kind;
  } catch (error) {
    if (unreadable && error instanceof DomainError && error.code === 'file.unreadable') throw unreadable();
    throw error;
  }
};

const damagedWord = () =>
  emptyOrUnreadable({ vi: 'tệp Word bị hỏng hoặc không đúng định dạng', en: 'the Word file is damaged or not in the expected format' });
const damagedSheet = () => fileUnreadable(UNREADABLE.damagedXlsx);

const run = async (task: FileTask): Promise<unknown> => {
  switch (task.task) {
    case 'plan':
      await guard(task.data, task.limits, damagedWord);
      return importPlan({ fileName: task.fileName, data: bufferOf(task.data) });
    case 'sheet':
      await guard(task.data, task.limits, damagedSheet);
      return readSheet(bufferOf(task.data));
    case 'inspect':
      return { kind: await guard(task.data, task.limits) };
    case 'attendance-docx':
      return renderAttendanceDocx(task.list);
    case 'attendance-xlsx':
      return renderAttendanceXlsx(task.list);
    case 'seat-plan-docx':
      return renderSeatPlanDocx(task.input);
    case 'delegates-xlsx':
      return renderDelegatesXlsx(task.input);
    case 'delivery-list-docx':
      return renderDeliveryListDocx(task.conference, task.rows);
    case 'synthesis-docx':
      return renderSynthesisDocx(task.document);
    case 'synthesis-xlsx':
      return renderSynthesisXlsx(task.document);
    case 'pack-page-counts':
      return countPages(task.parts);
    case 'pack-merge':
      return mergePack(task.cover, task.parts, task.title);
  }
};

/** Runs one task; a DomainError comes back as a refusal, anything else is thrown. */
export const runFileTask = async (task: FileTask): Promise<TaskOutcome> => {
  try {
    return { ok: true, value: await run(task) };
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    return { ok: false, refusal: { status: error.status, code: error.code, message: error.localized, fields: error.fields } };
  }
};

/** The refusal as the DomainError it was in the worker. */
export const refusalError = (refusal: Refusal): DomainError =>
  new DomainError(refusal.status, refusal.code, refusal.message, refusal.fields);
