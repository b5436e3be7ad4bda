/** The services the server uses, built over one open database. */
import type { Database } from '../storage/database.js';
import { createAccessLinkService, type AccessLinkService } from './accounts/access-link-service.js';
import { createAccountService, type AccountService, type AccountServiceConfig } from './accounts/account-service.js';
import { createAuditService, type AuditService } from './accounts/audit-service.js';
import { createMembershipService, type MembershipService } from './accounts/membership-service.js';
import { createSessionService, type SessionConfig, type SessionService } from './accounts/session-service.js';
import { createAdministrativeUnitService, type AdministrativeUnitService } from './administrative-unit-service.js';
import { createConferenceService, type ConferenceServiceDeps } from './conference-service.js';
import type { ConferenceService } from './conference-service.types.js';

export interface Services {
  conferences: ConferenceService;
  administrativeUnits: AdministrativeUnitService;
  accounts: AccountService;
  sessions: SessionService;
  memberships: MembershipService;
  accessLinks: AccessLinkService;
  audit: AuditService;
}

export interface ServicesDeps extends ConferenceServiceDeps {
  /** Session timeouts and the login rate limit. */
  sessions?: SessionConfig;
  /** Lives of the set-up and password links. */
  accounts?: AccountServiceConfig;
}

export function createServices(database: Database, deps: ServicesDeps = {}): Services {
  const clock = deps.now ? { now: deps.now } : {};
  return {
    conferences: createConferenceService(database, deps),
    administrativeUnits: createAdministrativeUnitService(database),
    accounts: createAccountService(database, { ...deps.accounts, ...clock }),
    sessions: createSessionService(database, { ...deps.sessions, ...clock }),
    memberships: createMembershipService(database, clock),
    accessLinks: createAccessLinkService(database, clock),
    audit: createAuditService(database, clock),
  };
}

export { createConferenceService, type ConferenceServiceDeps } from './conference-service.js';
export { createAdministrativeUnitService, loadReferenceUnitLists, type AdministrativeUnitService } from './administrative-unit-service.js';
export type * from './conference-service.types.js';
export * from './accounts/index.js';
