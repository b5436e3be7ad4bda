/**
 * The plan editor's service: domain rules over the repositories, one transaction per
 * write, the whole updated plan returned. See conference-service.types.ts for the contract.
 */
import type { EventBus } from '../realtime/event-bus.js';
import type { Database } from '../storage/database.js';
import { agendaWrites } from './agenda-writes.js';
import { assignmentWrites } from './assignment-writes.js';
import { bridgePointReads } from './bridge-point-reads.js';
import { bridgePointWrites } from './bridge-point-writes.js';
import { conferenceWrites } from './conference-writes.js';
import { conveningWrites } from './convening-writes.js';
import type { BridgePointChanges, ConferenceService } from './conference-service.types.js';
import { lineWrites } from './line-writes.js';
import { participantGroupWrites } from './participant-group-writes.js';
import { createServiceContext } from './write-context.js';

export interface ConferenceServiceDeps {
  /** The clock for createdAt/updatedAt (tests pass a fixed one). */
  now?: () => Date;
  /** Told after each committed bridge point write (the attendance wall shows points and quotas). */
  events?: Pick<EventBus, 'publish'>;
}

type PointWrites = ReturnType<typeof bridgePointWrites>;

/** An event names the changed points up to this many; beyond, a listener reloads what it shows. */
const NAMED_POINTS_IN_EVENT = 100;

/** The bridge point writes, each followed (after commit) by `bridge_points.changed` with what changed. */
function announcedPointWrites(writes: PointWrites, events: ConferenceServiceDeps['events']): PointWrites {
  if (!events) return writes;
  const announced = {} as Record<string, unknown>;
  for (const [name, write] of Object.entries(writes) as [
    string,
    (conferenceId: string, ...rest: unknown[]) => Promise<BridgePointChanges>,
  ][]) {
    announced[name] = async (conferenceId: string, ...rest: unknown[]) => {
      const result = await write(conferenceId, ...rest);
      const pointIds = [...result.points.map((point) => point.id), ...result.removedIds];
      events.publish({
        type: 'bridge_points.changed',
        conferenceId,
        version: result.version,
        ...(result.reordered || pointIds.length > NAMED_POINTS_IN_EVENT ? {} : { pointIds }),
      });
      return result;
    };
  }
  return announced as PointWrites;
}

export function createConferenceService(database: Database, deps: ConferenceServiceDeps = {}): ConferenceService {
  const ctx = createServiceContext(database.db, deps.now ?? (() => new Date()));
  return {
    ...conferenceWrites(ctx),
    ...bridgePointReads(ctx),
    ...announcedPointWrites(bridgePointWrites(ctx), deps.events),
    ...participantGroupWrites(ctx),
    ...assignmentWrites(ctx),
    ...agendaWrites(ctx),
    ...lineWrites(ctx),
    ...conveningWrites(ctx),
  };
}
