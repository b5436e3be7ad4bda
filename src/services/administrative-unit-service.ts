/**
 * Lists of administrative units: read by the editor ("add a point per district"), loaded
 * at start from reference/administrative-units/*.json (idempotent: same id = replaced).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseUnitList, type UnitList } from '../domain/administrative-units.js';
import type { Database } from '../storage/database.js';
import { listUnitLists, saveUnitList } from '../storage/repositories/administrative-unit-repository.js';

export interface AdministrativeUnitService {
  list(): Promise<UnitList[]>;
}

export function createAdministrativeUnitService(database: Database): AdministrativeUnitService {
  return { list: () => listUnitLists(database.db) };
}

/** The folder holding package.json, found by walking up from this file (works from src/ and dist/). */
export function packageRoot(from: string = import.meta.url): string {
  let dir = dirname(fileURLToPath(from));
  for (;;) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    const parent = dirname(dir);
    if (parent === dir) throw new Error('package.json not found above ' + fileURLToPath(from));
    dir = parent;
  }
}

export const referenceUnitFolder = (): string => join(packageRoot(), 'reference', 'administrative-units');

/** Reads every *.json of the folder as a unit list (in file-name order); throws on an invalid file. */
export function readUnitListFiles(folder: string = referenceUnitFolder()): UnitList[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => parseUnitList(JSON.parse(readFileSync(join(folder, name), 'utf8')) as unknown, name));
}

/** Stores the reference unit lists; running it again changes nothing. Returns the ids loaded. */
export async function loadReferenceUnitLists(database: Database, folder?: string): Promise<string[]> {
  const lists = readUnitListFiles(folder);
  await database.db.transaction().execute(async (trx) => {
    for (const list of lists) await saveUnitList(trx, list);
  });
  return lists.map((list) => list.id);
}
