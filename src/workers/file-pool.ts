/**
 * The pools that read what users send and render what a large hall prints, off the event
 * loop: a plan (.docx, .txt), a delegate list (.xlsx, .csv), any upload's kind (for the
 * documents feature: `inspect`) in the parsing pool; the attendance lists, the seat plan,
 * the delegate export and the delivery list in the rendering pool. Two pools, so a flood of
 * bombs never delays a chair's printout (nor the reverse), and each with the heap its work
 * needs: a 12,000-row attendance list ran out of a 768 MB heap, a parse within its limits needs far less.
 * Settings from the environment (file-limits.ts); the shared pools start with the first task.
 */
import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PlanDraft } from '../domain/conference.schema.js';
import type { AttendanceList } from '../documents/attendance/attendance-list.js';
import type { MinutesDocument } from '../documents/minutes/minutes-docx.js';
import type { SeatPlanInput } from '../documents/seating/seat-plan-docx.js';
import type { DelegatesWorkbookInput } from '../documents/spreadsheets/delegates-xlsx.js';
import { fileTooComplex, filesBusy, parseTimeout, renderTimeout, renderTooLarge } from './file-errors.js';
import type { SniffedKind } from './file-guard.js';
import { FILE_LIMITS, readPoolSettings, type FileKind, type FileLimits, type PoolSettings } from './file-limits.js';
import {
  refusalError,
  type DeliveryListConference,
  type DeliveryRow,
  type FileTask,
  type ParseTask,
  type RenderTask,
  type TaskOutcome,
  type TaskResults,
} from './file-tasks.js';
import { createWorkerPool, type WorkerPool } from './worker-pool.js';
import type { SynthesisDocument } from '../domain/consultations/consultation-rules.js';
import type { PackPart } from '../documents/pack/pack-merge.js';

export interface FilePool {
  /** A plan file → its draft (import.* refusals as the importer gives them, file.* over a limit). */
  parsePlan(file: { fileName: string; data: Uint8Array }, limits?: Partial<FileLimits>): Promise<PlanDraft>;
  /** A delegate list (.xlsx/.csv) → its rows of cell text. */
  parseSheet(data: Uint8Array, limits?: Partial<FileLimits>): Promise<string[][]>;
  /** What a file is, from its content, once it is within the limits of the kind expected (a zip inflated and counted). */
  inspect(data: Uint8Array, expected: FileKind, limits?: Partial<FileLimits>): Promise<{ kind: SniffedKind }>;
  renderAttendanceDocx(list: AttendanceList): Promise<Buffer>;
  renderAttendanceXlsx(list: AttendanceList): Promise<Buffer>;
  renderSeatPlanDocx(input: SeatPlanInput): Promise<Buffer>;
  renderDelegatesXlsx(input: DelegatesWorkbookInput): Promise<Buffer>;
  renderDeliveryListDocx(conference: DeliveryListConference, rows: readonly DeliveryRow[]): Promise<Buffer>;
  /** The synthesis table of comments on a draft (issue 16). */
  renderSynthesis(document: SynthesisDocument, format: 'docx' | 'xlsx'): Promise<Buffer>;
  /** The document pack (issue 16): the pages of each part, then the cover and the parts as one PDF. */
  countPackPages(parts: readonly PackPart[]): Promise<number[]>;
  mergePack(cover: Uint8Array, parts: readonly PackPart[], title: string): Promise<Buffer>;
  /** The Biên bản (.docx) of the minutes (issue 16 item 5). */
  renderMinutesDocx(document: MinutesDocument): Promise<Buffer>;
  readonly threadCount: number;
  close(): Promise<void>;
}

/** The worker module next to this file: .ts from source, .js from dist/. */
const workerModule = () => new URL(`./file-worker${extname(fileURLToPath(import.meta.url))}`, import.meta.url);

const tooMuchMemory = () => fileTooComplex({ vi: 'đọc tệp cần quá nhiều bộ nhớ', en: 'reading it needs too much memory' });

export const createFilePool = (settings: PoolSettings = readPoolSettings()): FilePool => {
  const parsing: WorkerPool<FileTask, TaskOutcome> = createWorkerPool({
    module: workerModule(),
    threads: settings.threads,
    maxQueue: settings.maxQueue,
    memoryMb: settings.memoryMb,
    full: filesBusy,
    outOfMemory: tooMuchMemory,
  });
  const rendering: WorkerPool<FileTask, TaskOutcome> = createWorkerPool({
    module: workerModule(),
    threads: settings.renderThreads,
    maxQueue: settings.maxQueue,
    memoryMb: settings.renderMemoryMb,
    full: filesBusy,
    outOfMemory: renderTooLarge,
  });

  const parse = async <K extends ParseTask['task']>(task: ParseTask & { task: K }): Promise<TaskResults[K]> => {
    const budget = { timeoutMs: settings.parseTimeoutMs, timedOut: () => parseTimeout(settings.parseTimeoutMs) };
    const outcome = await parsing.run(task, budget);
    if (!outcome.ok) throw refusalError(outcome.refusal);
    return outcome.value as TaskResults[K];
  };

  const render = async (task: RenderTask): Promise<Buffer> => {
    const budget = { timeoutMs: settings.renderTimeoutMs, timedOut: () => renderTimeout(settings.renderTimeoutMs) };
    const outcome = await rendering.run(task, budget);
    if (!outcome.ok) throw refusalError(outcome.refusal);
    const bytes = outcome.value as Uint8Array;
    return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  };

  const renderValue = async <K extends RenderTask['task']>(task: RenderTask & { task: K }): Promise<TaskResults[K]> => {
    const budget = { timeoutMs: settings.renderTimeoutMs, timedOut: () => renderTimeout(settings.renderTimeoutMs) };
    const outcome = await rendering.run(task, budget);
    if (!outcome.ok) throw refusalError(outcome.refusal);
    return outcome.value as TaskResults[K];
  };

  const limitsOf = (kind: FileKind, limits: Partial<FileLimits> = {}): FileLimits => ({ ...FILE_LIMITS[kind], ...limits });

  return {
    parsePlan: (file, limits) => parse({ task: 'plan', fileName: file.fileName, data: file.data, limits: limitsOf('docx', limits) }),
    parseSheet: (data, limits) => parse({ task: 'sheet', data, limits: limitsOf('xlsx', limits) }),
    inspect: (data, expected, limits) => parse({ task: 'inspect', data, limits: limitsOf(expected, limits) }),
    renderAttendanceDocx: (list) => render({ task: 'attendance-docx', list }),
    renderAttendanceXlsx: (list) => render({ task: 'attendance-xlsx', list }),
    renderSeatPlanDocx: (input) => render({ task: 'seat-plan-docx', input }),
    renderDelegatesXlsx: (input) => render({ task: 'delegates-xlsx', input }),
    // Only what the list prints crosses to the thread, not the whole plan.
    renderDeliveryListDocx: ({ issuingBody, title, startsAt }, rows) =>
      render({ task: 'delivery-list-docx', conference: { issuingBody, title, startsAt }, rows: [...rows] }),
    renderSynthesis: (document, format) => render({ task: format === 'docx' ? 'synthesis-docx' : 'synthesis-xlsx', document }),
    countPackPages: (parts) => renderValue({ task: 'pack-page-counts', parts: [...parts] }),
    mergePack: (cover, parts, title) => render({ task: 'pack-merge', cover, parts: [...parts], title }),
    renderMinutesDocx: (document) => render({ task: 'minutes-docx', document }),
    get threadCount() {
      return parsing.threadCount + rendering.threadCount;
    },
    close: async () => {
      await Promise.all([parsing.close(), rendering.close()]);
    },
  };
};

let shared: FilePool | null = null;

/** The process's pool, started with the first task (settings from the environment). */
export const filePool = (): FilePool => (shared ??= createFilePool());

/** Ends the process's pool, if it was started: its threads stop with the server. */
export async function closeFilePool(): Promise<void> {
  const pool = shared;
  shared = null;
  await pool?.close();
}
