/**
 * Import of delegates from .xlsx/.csv and export to .xlsx. Stateless: the preview reads the
 * file and says what the confirmation would do; the confirmation gets the file again with
 * the mapping, runs the same checks inside its transaction and, only when no row has a
 * problem, inserts every row with ONE audit row ('delegate.import'). Any problem: 422 with
 * the row-level problems in `fields` and nothing written.
 */
import { randomUUID } from 'node:crypto';
import type { Conference } from '../../domain/conference.schema.js';
import { invalid } from '../../domain/errors.js';
import type { Delegate } from '../../domain/participants/delegate.js';
import type { EventBus } from '../../realtime/event-bus.js';
import type { Database } from '../../storage/database.js';
import { insertDelegates, listAllDelegateRows, rowToDelegate } from '../../storage/repositories/delegate-repository.js';
import { loadConference } from '../../storage/repositories/plan-repository.js';
import type { Executor } from '../../storage/tables.js';
import { filePool } from '../../workers/file-pool.js';
import { SYSTEM_ORIGIN, type AuditOrigin } from '../accounts/audit-context.js';
import { recordAudit } from '../accounts/audit-service.js';
import { conferenceNotFound, prepareInput } from '../input.js';
import {
  ImportOptions,
  participantGroupLabel,
  planImport,
  type ImportPlan,
  type ImportPreview,
  type ImportResult,
} from './delegate-import-rules.js';

export type { ImportPreview, ImportResult };
import { checkPlacement } from './delegate-service.js';
import { newDelegateRow, personFields } from './delegate-input.js';

/** Data rows shown in the preview besides the rows with problems. */
export const PREVIEW_ROWS = 50;
/** Problems (and rows with problems) reported at most; the count says how many there are. */
export const MAX_REPORTED_PROBLEMS = 1000;

export interface DelegateImportService {
  preview(conferenceId: string, file: Buffer, options: unknown): Promise<ImportPreview>;
  confirm(conferenceId: string, file: Buffer, options: unknown, origin?: AuditOrigin): Promise<ImportResult>;
  /** The delegates of the points (every point when absent), each shaped by `present` (contacts the caller may not read blanked). */
  exportXlsx(
    conference: Conference,
    options: { bridgePointIds?: readonly string[]; present: (delegate: Delegate) => Delegate },
  ): Promise<Buffer>;
}

export interface DelegateImportDeps {
  now?: () => Date;
  events?: Pick<EventBus, 'publish'>;
  /** Reads the uploaded file into rows; default: in the file pool, within its limits (src/workers). */
  readSheet?: (file: Buffer) => Promise<string[][]>;
}

const placesOf = (conference: Conference) => ({
  points: conference.bridgePoints.map((p) => ({ id: p.id, name: p.name })),
  groups: conference.participantGroups.map((g) => ({
    id: g.id,
    bridgePointId: g.bridgePointId,
    organisation: g.organisation,
    text: g.text,
  })),
});

const rowOf = (path: string) => Number(/^\/rows\/(\d+)/.exec(path)?.[1] ?? 0);

async function planFor(executor: Executor, conferenceId: string, sheet: string[][], options: ImportOptions) {
  const conference = await loadConference(executor, conferenceId);
  if (!conference) throw conferenceNotFound();
  const stored = await listAllDelegateRows(executor, conferenceId);
  const existing = stored.map((r) => ({ id: r.id, fullName: r.full_name, organisation: r.organisation, phone: r.phone, email: r.email }));
  return { conference, stored, plan: planImport(sheet, options, placesOf(conference), existing) };
}

const refusal = (plan: ImportPlan) => {
  const general = plan.problems.find((p) => !p.path.startsWith('/rows/'));
  const rows = new Set(plan.problems.map((p) => rowOf(p.path)).filter((r) => r > 0)).size;
  const message = general
    ? general.message
    : {
        vi: `Không nhập: ${rows} dòng có lỗi. Hãy sửa tệp rồi thử lại; chưa có đại biểu nào được thêm.`,
        en: `Nothing imported: ${rows} rows have problems. Correct the file and try again; no delegate was added.`,
      };
  return invalid(general?.code ?? 'import.rows_invalid', message, plan.problems.slice(0, MAX_REPORTED_PROBLEMS));
};

export function createDelegateImportService(database: Database, deps: DelegateImportDeps = {}): DelegateImportService {
  const { db } = database;
  const now = () => (deps.now ?? (() => new Date()))().toISOString();
  const readSheet = deps.readSheet ?? ((file: Buffer) => filePool().parseSheet(file));

  return {
    async preview(conferenceId, file, rawOptions) {
      const options = prepareInput(ImportOptions, rawOptions ?? {});
      const sheet = await readSheet(file);
      const { conference, stored, plan } = await planFor(db, conferenceId, sheet, options);
      const failed = new Set(plan.problems.map((p) => rowOf(p.path)));
      const firstRows = sheet
        .map((cells, index) => ({ row: index + 1, cells }))
        .filter(({ row, cells }) => row > plan.headerRow && cells.some((c) => c.trim()));
      const shown = firstRows.filter((r, i) => i < PREVIEW_ROWS || failed.has(r.row)).slice(0, PREVIEW_ROWS + MAX_REPORTED_PROBLEMS);
      const adding = new Map<string, number>();
      for (const p of plan.planned) adding.set(p.bridgePointId, (adding.get(p.bridgePointId) ?? 0) + 1);
      const existing = new Map<string, number>();
      for (const r of stored) existing.set(r.bridge_point_id, (existing.get(r.bridge_point_id) ?? 0) + 1);
      return {
        headerRow: plan.headerRow,
        headers: plan.headers,
        columns: plan.columns,
        columnCount: Math.max(plan.columns.length, ...firstRows.slice(0, 200).map((r) => r.cells.length), plan.headers.length),
        rowCount: plan.rowCount,
        validCount: plan.planned.length,
        rows: shown,
        problems: plan.problems.slice(0, MAX_REPORTED_PROBLEMS),
        problemCount: plan.problems.length,
        points: conference.bridgePoints
          .filter((p) => adding.has(p.id))
          .map((p) => ({ bridgePointId: p.id, adding: adding.get(p.id) ?? 0, existing: existing.get(p.id) ?? 0, quota: p.quota })),
      };
    },

    async confirm(conferenceId, file, rawOptions, origin = SYSTEM_ORIGIN) {
      const options = prepareInput(ImportOptions, rawOptions ?? {});
      const sheet = await readSheet(file);
      const at = now();
      const result = await db.transaction().execute(async (trx) => {
        const { plan } = await planFor(trx, conferenceId, sheet, options);
        if (plan.problems.length > 0 || plan.planned.length === 0) throw refusal(plan);
        const placements = new Map(plan.planned.map((p) => [`${p.bridgePointId}\u0000${p.participantGroupId ?? ''}`, p]));
        for (const p of placements.values()) await checkPlacement(trx, conferenceId, p.bridgePointId, p.participantGroupId);
        const rows = plan.planned.map((p) =>
          newDelegateRow(
            {
              id: randomUUID(),
              conferenceId,
              bridgePointId: p.bridgePointId,
              participantGroupId: p.participantGroupId,
              protocolRank: p.protocolRank,
            },
            personFields(p.input),
            at,
          ),
        );
        await insertDelegates(trx, rows);
        const bridgePointIds = [...new Set(rows.map((r) => r.bridge_point_id))];
        await recordAudit(
          trx,
          {
            ...origin,
            action: 'delegate.import',
            conferenceId,
            entityType: 'delegate',
            entityId: null,
            before: null,
            after: { count: rows.length, bridgePointIds },
          },
          at,
          randomUUID(),
        );
        return { count: rows.length, bridgePointIds };
      });
      deps.events?.publish({ type: 'delegates.imported', conferenceId, count: result.count, bridgePointIds: result.bridgePointIds });
      return { count: result.count, bridgePointIds: result.bridgePointIds };
    },

    async exportXlsx(conference, { bridgePointIds, present }) {
      const rows = await listAllDelegateRows(db, conference.id, bridgePointIds);
      return filePool().renderDelegatesXlsx({
        conferenceTitle: conference.title,
        bridgePoints: conference.bridgePoints.map((p) => ({ id: p.id, name: p.name })),
        participantGroups: conference.participantGroups.map((g) => ({ id: g.id, name: participantGroupLabel(g) })),
        delegates: rows.map((row) => present(rowToDelegate(row))),
      });
    },
  };
}
