/** The services the server uses, built over one open database. */
import type { Database } from '../storage/database.js';
import { createAdministrativeUnitService, type AdministrativeUnitService } from './administrative-unit-service.js';
import { createConferenceService, type ConferenceServiceDeps } from './conference-service.js';
import type { ConferenceService } from './conference-service.types.js';

export interface Services {
  conferences: ConferenceService;
  administrativeUnits: AdministrativeUnitService;
}

export function createServices(database: Database, deps: ConferenceServiceDeps = {}): Services {
  return {
    conferences: createConferenceService(database, deps),
    administrativeUnits: createAdministrativeUnitService(database),
  };
}

export { createConferenceService, type ConferenceServiceDeps } from './conference-service.js';
export { createAdministrativeUnitService, loadReferenceUnitLists, type AdministrativeUnitService } from './administrative-unit-service.js';
export type * from './conference-service.types.js';
