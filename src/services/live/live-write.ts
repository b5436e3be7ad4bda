/**
 * The one write path of the live programme: read the state (or build it from the plan before
 * the first event), decide, evolve, store the state only if its version is still the one read,
 * store the events and one audit row, commit. A write that lost the race to another process
 * (the version moved, the first state or an event of the same version exists, a serialization
 * failure or a busy SQLite file) runs again on the new state, up to MAX_ATTEMPTS times.
 */
import { randomUUID } from 'node:crypto';
import { DomainError } from '../../domain/errors.js';
import type { CommandContext, LiveEvent, LiveEventBody } from '../../domain/live/live-commands.js';
import type { LiveState } from '../../domain/live/live-state.js';
import { evolve, stamp } from '../../domain/live/live-evolve.js';
import { initialLiveState } from '../../domain/live/live-init.js';
import type { Database } from '../../storage/database.js';
import { findLiveState, insertLiveEvents, insertLiveState, updateLiveState } from '../../storage/repositories/live-repository.js';
import { listAgendaItems } from '../../storage/repositories/plan-repository.js';
import { findConferenceRow } from '../../storage/repositories/conference-repository.js';
import { rowToConferenceHead } from '../../storage/repositories/row-mappers.js';
import type { Transaction } from 'kysely';
import type { Executor, Tables } from '../../storage/tables.js';
import type { AuditOrigin } from '../accounts/audit-context.js';
import { recordAudit } from '../accounts/audit-service.js';
import { conferenceNotFound } from '../input.js';

export const MAX_ATTEMPTS = 5;

/** The state as stored, or the programme built from the plan (version 0) before the first event. */
export async function currentState(executor: Executor, conferenceId: string): Promise<LiveState> {
  return (await findLiveState(executor, conferenceId)) ?? planState(executor, conferenceId);
}

/** The programme before the first command: from the plan's start and agenda only (not its 16,000 points: issue 18). */
async function planState(executor: Executor, conferenceId: string): Promise<LiveState> {
  const row = await findConferenceRow(executor, conferenceId);
  if (!row) throw conferenceNotFound();
  const { id, startsAt } = rowToConferenceHead(row);
  return initialLiveState({ id, startsAt, agendaItems: await listAgendaItems(executor, conferenceId) });
}

class VersionMoved extends Error {}

/** PostgreSQL serialization failure, deadlock or unique violation; SQLite busy or primary key: the race was lost. */
const lostRace = (error: unknown): boolean => {
  if (error instanceof VersionMoved) return true;
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string') return false;
  return ['40001', '40P01', '23505', 'SQLITE_CONSTRAINT_PRIMARYKEY'].includes(code) || code.startsWith('SQLITE_BUSY');
};

export const liveBusy = () =>
  new DomainError(409, 'live.busy', {
    vi: 'Diễn biến hội nghị đang được nhiều người thay đổi cùng lúc. Hãy thử lại.',
    en: 'The live programme is being changed by several people at once. Try again.',
  });

export interface LiveWrite<T> {
  /** The events of the change ([] when there is nothing to do: nothing is written). */
  decide(state: LiveState, ctx: CommandContext): LiveEventBody[];
  /** More of the same change in the same transaction, once the events are stored (the conference's status). */
  alsoWrite?(trx: Transaction<Tables>, events: LiveEvent[], at: string): Promise<void>;
  /** The audit row's action, entity and change, once the new state is known. */
  audit(
    before: LiveState,
    after: LiveState,
    events: LiveEvent[],
  ): { action: string; entityId: string | null; before: unknown; after: unknown };
  /** The answer, from the state after (or the unchanged state when nothing was decided). */
  result(after: LiveState, events: LiveEvent[]): T;
}

export interface LiveWriter {
  write<T>(conferenceId: string, origin: AuditOrigin, change: LiveWrite<T>): Promise<{ value: T; events: LiveEvent[] }>;
}

export function createLiveWriter(database: Database, clock: () => Date, newId: () => string = randomUUID): LiveWriter {
  const attempt = <T>(conferenceId: string, origin: AuditOrigin, change: LiveWrite<T>) =>
    database.db.transaction().execute(async (trx) => {
      const stored = await findLiveState(trx, conferenceId, true);
      const before = stored ?? (await planState(trx, conferenceId));
      const moment = clock();
      const bodies = change.decide(before, { now: moment.getTime(), newId });
      if (bodies.length === 0) return { value: change.result(before, []), events: [] as LiveEvent[] };
      const events = stamp(conferenceId, before.version, moment.getTime(), bodies);
      const after = events.reduce(evolve, before);
      const at = moment.toISOString();
      const saved = stored ? await updateLiveState(trx, before.version, after, at) : await insertLiveState(trx, after, at);
      if (!saved) throw new VersionMoved();
      await insertLiveEvents(trx, events);
      await change.alsoWrite?.(trx, events, at);
      const audit = change.audit(before, after, events);
      await recordAudit(
        trx,
        {
          ...origin,
          action: audit.action,
          conferenceId,
          entityType: 'live',
          entityId: audit.entityId,
          before: audit.before,
          after: audit.after,
        },
        at,
      );
      return { value: change.result(after, events), events };
    });

  return {
    async write(conferenceId, origin, change) {
      for (let tries = 1; ; tries += 1) {
        try {
          return await attempt(conferenceId, origin, change);
        } catch (error) {
          if (!lostRace(error)) throw error;
          if (tries >= MAX_ATTEMPTS) throw liveBusy();
        }
      }
    },
  };
}
