/**
 * The plan editor's service: domain rules over the repositories, one transaction per
 * write, the whole updated plan returned. See conference-service.types.ts for the contract.
 */
import type { Database } from '../storage/database.js';
import { agendaWrites } from './agenda-writes.js';
import { assignmentWrites } from './assignment-writes.js';
import { bridgePointWrites } from './bridge-point-writes.js';
import { conferenceWrites } from './conference-writes.js';
import type { ConferenceService } from './conference-service.types.js';
import { lineWrites } from './line-writes.js';
import { participantGroupWrites } from './participant-group-writes.js';
import { createServiceContext } from './write-context.js';

export interface ConferenceServiceDeps {
  /** The clock for createdAt/updatedAt (tests pass a fixed one). */
  now?: () => Date;
}

export function createConferenceService(database: Database, deps: ConferenceServiceDeps = {}): ConferenceService {
  const ctx = createServiceContext(database.db, deps.now ?? (() => new Date()));
  return {
    ...conferenceWrites(ctx),
    ...bridgePointWrites(ctx),
    ...participantGroupWrites(ctx),
    ...assignmentWrites(ctx),
    ...agendaWrites(ctx),
    ...lineWrites(ctx),
  };
}
