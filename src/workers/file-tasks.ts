/**
 * The work the pool's threads do, as plain data in and out: parse an uploaded file within
 * its limits (a plan, a delegate spreadsheet, or just what a file is), or render a heavy
 * document to bytes. Runs inside a worker thread (file-worker.ts), and in-process in unit
 * tests. A refusal (DomainError) comes back as data, since an Error loses its class between
 * threads; anything else is thrown, so a bug stays a bug.
 */
import type { PlanDraft } from '../domain/conference.schema.js';
import { DomainError, type ErrorStatus, type FieldProblem, type LocalizedMessage } from '../domain/errors.js';
import type { AttendanceList } from '../documents/attendance/attendance-list.js';
import type { DeliveryRow, renderDeliveryListDocx } from '../documents/invitation/delivery-list-docx.js';
import type { SeatPlanInput } from '../documents/seating/seat-plan-docx.js';
import type { DelegatesWorkbookInput } from '../documents/spreadsheets/delegates-xlsx.js';
import type { SynthesisDocument } from '../domain/consultations/consultation-rules.js';
import type { PackPart } from '../documents/pack/pack-merge.js';
import type { MinutesDocument } from '../documents/minutes/minutes-docx.js';
import { fileUnreadable, UNREADABLE } from '../documents/spreadsheets/sheet-errors.js';
import { emptyOrUnreadable } from '../import/import-errors.js';
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
  | { task: 'pack-merge'; cover: Uint8Array; parts: PackPart[]; title: string }
  | { task: 'minutes-docx'; document: MinutesDocument };

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
  'minutes-docx': Uint8Array;
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

/**
 * A module loaded when first needed. Built JavaScript and the test runner import it. Under
 * tsx (`npm run dev`, the tests' worker threads) Node 20 runs no ESM loader hooks in a worker
 * thread: tsx loads this file as CommonJS, `import()` misses the .ts file behind a .js name,
 * and only `require` goes through tsx.
 */
const load = async <Module>(specifier: string): Promise<Module> => {
  try {
    return (await import(specifier)) as Module;
  } catch (error) {
    if ((error as { code?: string }).code !== 'ERR_MODULE_NOT_FOUND' || typeof require !== 'function') throw error;
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- the one path tsx loads in a worker thread (above)
    return require(specifier) as Module;
  }
};

/*
 * Each task loads only the modules it needs, when it first runs: a thread started for a seat
 * plan need not compile the plan importer, exceljs and pdf-lib first (under two busy cores a
 * thread that loaded everything took over ten seconds to give its first document).
 */
const run = async (task: FileTask): Promise<unknown> => {
  switch (task.task) {
    case 'plan': {
      await guard(task.data, task.limits, damagedWord);
      const { importPlan } = await load<typeof import('../import/index.js')>('../import/index.js');
      return importPlan({ fileName: task.fileName, data: bufferOf(task.data) });
    }
    case 'sheet': {
      await guard(task.data, task.limits, damagedSheet);
      const { readSheet } = await load<typeof import('../documents/spreadsheets/read-sheet.js')>('../documents/spreadsheets/read-sheet.js');
      return readSheet(bufferOf(task.data));
    }
    case 'inspect':
      return { kind: await guard(task.data, task.limits) };
    case 'attendance-docx':
      return (
        await load<typeof import('../documents/attendance/attendance-docx.js')>('../documents/attendance/attendance-docx.js')
      ).renderAttendanceDocx(task.list);
    case 'attendance-xlsx':
      return (
        await load<typeof import('../documents/attendance/attendance-xlsx.js')>('../documents/attendance/attendance-xlsx.js')
      ).renderAttendanceXlsx(task.list);
    case 'seat-plan-docx':
      return (
        await load<typeof import('../documents/seating/seat-plan-docx.js')>('../documents/seating/seat-plan-docx.js')
      ).renderSeatPlanDocx(task.input);
    case 'delegates-xlsx':
      return (
        await load<typeof import('../documents/spreadsheets/delegates-xlsx.js')>('../documents/spreadsheets/delegates-xlsx.js')
      ).renderDelegatesXlsx(task.input);
    case 'delivery-list-docx':
      return (
        await load<typeof import('../documents/invitation/delivery-list-docx.js')>('../documents/invitation/delivery-list-docx.js')
      ).renderDeliveryListDocx(task.conference, task.rows);
    case 'synthesis-docx':
      return (
        await load<typeof import('../documents/consultations/synthesis-docx.js')>('../documents/consultations/synthesis-docx.js')
      ).renderSynthesisDocx(task.document);
    case 'synthesis-xlsx':
      return (
        await load<typeof import('../documents/consultations/synthesis-xlsx.js')>('../documents/consultations/synthesis-xlsx.js')
      ).renderSynthesisXlsx(task.document);
    case 'pack-page-counts':
      return (await load<typeof import('../documents/pack/pack-merge.js')>('../documents/pack/pack-merge.js')).countPages(task.parts);
    case 'pack-merge':
      return (await load<typeof import('../documents/pack/pack-merge.js')>('../documents/pack/pack-merge.js')).mergePack(
        task.cover,
        task.parts,
        task.title,
      );
    case 'minutes-docx':
      return (await load<typeof import('../documents/minutes/minutes-docx.js')>('../documents/minutes/minutes-docx.js')).renderMinutesDocx(
        task.document,
      );
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
