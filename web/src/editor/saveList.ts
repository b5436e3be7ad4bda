/**
 * Saves an edited list (bridge points, participant groups, agenda) as the smallest set of
 * API writes: deletes, creates, patches of changed fields, then the order. Each write
 * sends the version returned by the previous one, so a concurrent change elsewhere still
 * stops the save with 409.
 */
import type { Conference } from '../../../src/domain/conference.schema.js';
import { addItem, removeItem, updateItem, type SubResource, type SubResourceInputs } from '../api/conferences.js';
import { RowError } from './useSave.js';

let counter = 0;
export const newRowId = (): string => `new:${Date.now().toString(36)}${(counter++).toString(36)}`;
export const isNewRow = (id: string): boolean => id.startsWith('new:');

const changedFields = <T extends object>(before: T, after: T): Partial<T> => {
  const patch: Partial<T> = {};
  for (const key of Object.keys(after) as (keyof T)[]) {
    if (JSON.stringify(before[key]) !== JSON.stringify(after[key])) patch[key] = after[key];
  }
  return patch;
};

export interface ListSave<K extends SubResource, Row extends { id: string }> {
  /** The plan the edit started from (gives the id and the version to send). */
  current: Conference;
  kind: K;
  original: Row[];
  rows: Row[];
  /** The API input of a row; `resolve` turns temporary ids of new rows into the created ids. */
  toInput: (row: Row, resolve: (id: string) => string) => SubResourceInputs[K];
  /** Rows with a lower number are written first (e.g. the old host point loses its flag before the new one takes it). */
  writeFirst?: (row: Row) => number;
  /** Rows whose deletion the server does by itself (children of a deleted parent). */
  deletedWith?: (row: Row, deletedIds: Set<string>) => boolean;
  /** Writes the order when it differs from the server's; returns null when nothing to do. */
  saveOrder?: (rows: Row[], resolve: (id: string) => string, current: Conference, version: number) => Promise<Conference> | null;
}

/** Gives the rows the ids the server created, so a retry after a partial failure patches instead of adding twice. */
export const adoptCreatedIds = <Row extends { id: string; parentId?: string | null }>(rows: Row[], created: Map<string, string>): Row[] =>
  rows.map((row) => ({
    ...row,
    id: created.get(row.id) ?? row.id,
    ...(row.parentId !== undefined && row.parentId !== null ? { parentId: created.get(row.parentId) ?? row.parentId } : {}),
  }));

/**
 * The catch of a list save: when some writes went through before one failed, shows the plan
 * as the server now has it and gives the rows the ids already created (`adopt`), then
 * rethrows for useSave to report.
 */
export const keepPartialSave = (
  error: unknown,
  replaceConference: (latest: Conference) => void,
  adopt: (created: Map<string, string>) => void,
): never => {
  if (error instanceof RowError && error.progress?.latest) {
    replaceConference(error.progress.latest);
    adopt(error.progress.created);
  }
  throw error;
};

/** Writes an order of plain ids when it differs from the server's. */
export const orderIfChanged = (
  wanted: string[],
  saved: { id: string }[],
  write: (ids: string[]) => Promise<Conference>,
): Promise<Conference> | null => (wanted.join(',') === saved.map((row) => row.id).join(',') ? null : write(wanted));

export const saveList = async <K extends SubResource, Row extends { id: string }>(spec: ListSave<K, Row>): Promise<Conference | null> => {
  const conferenceId = spec.current.id;
  let version = spec.current.version;
  let latest: Conference | null = null;
  const created = new Map<string, string>();
  const resolve = (id: string) => created.get(id) ?? id;
  const attempt = async <T>(rowId: string, write: () => Promise<T>): Promise<T> => {
    try {
      return await write();
    } catch (error) {
      throw new RowError(rowId, error, { latest, created });
    }
  };

  const keptIds = new Set(spec.rows.map((row) => row.id));
  const deleted = new Set(spec.original.filter((row) => !keptIds.has(row.id)).map((row) => row.id));
  for (const row of spec.original) {
    if (!deleted.has(row.id) || spec.deletedWith?.(row, deleted)) continue;
    latest = await attempt(row.id, () => removeItem(conferenceId, spec.kind, row.id, version));
    version = latest.version;
  }

  const originalById = new Map(spec.original.map((row) => [row.id, row]));
  const writeOrder = spec.writeFirst ? [...spec.rows].sort((a, b) => spec.writeFirst!(a) - spec.writeFirst!(b)) : spec.rows;
  for (const row of writeOrder) {
    const before = originalById.get(row.id);
    if (!before) {
      const result = await attempt(row.id, () => addItem(conferenceId, spec.kind, spec.toInput(row, resolve), version));
      created.set(row.id, result.id);
      latest = result.conference;
    } else {
      const patch = changedFields(spec.toInput(before, resolve), spec.toInput(row, resolve));
      if (Object.keys(patch).length === 0) continue;
      latest = await attempt(row.id, () => updateItem(conferenceId, spec.kind, row.id, patch, version));
    }
    version = latest.version;
  }

  if (spec.saveOrder) {
    const ordered = await spec.saveOrder(spec.rows, resolve, latest ?? spec.current, version);
    if (ordered) latest = ordered;
  }
  return latest;
};
