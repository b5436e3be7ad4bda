/**
 * What the routes call. `conferences` and `administrativeUnits` come from
 * `createServices(database)` (src/services/index.ts); the document renderer and the plan
 * importer default to src/documents and src/import and may be replaced in tests.
 */
import type { Conference, PlanDraft } from '../domain/conference.schema.js';
import type { UnitList } from '../domain/administrative-units.js';
import type { ConferenceService } from '../services/conference-service.types.js';

export interface AdministrativeUnitService {
  list(): Promise<UnitList[]>;
}

export interface DocumentRenderer {
  renderPlanDocx(conference: Conference): Promise<Buffer>;
  convertDocxToPdf(docx: Buffer): Promise<Buffer>;
  isPdfAvailable(): Promise<boolean>;
}

export interface PlanImporter {
  importPlan(file: { fileName: string; data: Buffer }): Promise<PlanDraft>;
}

export interface Services {
  conferences: ConferenceService;
  administrativeUnits: AdministrativeUnitService;
  /** Defaults to src/documents/index.ts. */
  documents?: DocumentRenderer;
  /** Defaults to src/import/index.ts. */
  importer?: PlanImporter;
}

/** Services with the defaults filled in, as the route plugins receive them. */
export type RouteServices = Required<Services>;

export interface RouteOptions {
  services: RouteServices;
}

/** Loads the default renderer and importer only when the caller did not supply them. */
export const withDefaultServices = async (services: Services): Promise<RouteServices> => ({
  conferences: services.conferences,
  administrativeUnits: services.administrativeUnits,
  documents: services.documents ?? (await import('../documents/index.js')),
  importer: services.importer ?? (await import('../import/index.js')),
});
