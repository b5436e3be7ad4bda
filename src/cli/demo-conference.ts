/**
 * The demo on first start: when the database holds no conference at all, the seed plan
 * (reference/seeds/) is imported and its twelve district points are created from the
 * dated list of Đồng Tháp's administrative units, as a secretariat would do by hand.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Conference } from '../domain/conference.schema.js';
import { importPlan } from '../import/index.js';
import { packageRoot } from '../services/administrative-unit-service.js';
import type { ConferenceService } from '../services/conference-service.types.js';

export const DEMO_SEED_FILE = 'dong-thap-2021-ke-hoach-cchc.txt';
export const DEMO_UNIT_LIST = 'dong-thap-2021';

export const demoSeedPath = (): string => join(packageRoot(), 'reference', 'seeds', DEMO_SEED_FILE);

/** Imports the seed and adds its district points; returns the new conference. */
export async function createDemoConference(conferences: ConferenceService): Promise<Conference> {
  const data = await readFile(demoSeedPath());
  const draft = await importPlan({ fileName: DEMO_SEED_FILE, data });
  const created = await conferences.createFromDraft(draft);
  await conferences.addBridgePointsFromUnits(created.id, { unitListId: DEMO_UNIT_LIST, quota: null, kind: 'hall' });
  return conferences.get(created.id);
}

/** Creates the demo only on an empty database (archived conferences count as not empty). */
export async function ensureDemoConference(conferences: ConferenceService): Promise<Conference | null> {
  const [active, archived] = await Promise.all([conferences.list({ limit: 1 }), conferences.list({ limit: 1, archived: true })]);
  if (active.total + archived.total > 0) return null;
  return createDemoConference(conferences);
}
