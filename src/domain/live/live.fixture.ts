/**
 * Test data for the live domain: the seed plan's agenda (reference/seeds, through the
 * importer, as the demo conference gets it), a clock and id source for CommandContext, and a
 * small driver that decides, stamps and evolves like the service does. Tests only (Node APIs).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AgendaItem, Conference } from '../conference.schema.js';
import { DomainError } from '../errors.js';
import { importPlan } from '../../import/index.js';
import type { CommandContext, LiveEvent, ProgrammeCommand, ResolvedFloorRequest } from './live-commands.js';
import { decideFloorRequest, decideProgramme, decideWithdraw, type PlannedPoint } from './live-decide.js';
import { evolve, stamp } from './live-evolve.js';
import { initialLiveState } from './live-init.js';
import type { LiveState } from './live-state.js';

export type LiveConference = Pick<Conference, 'id' | 'startsAt' | 'agendaItems'>;

const SEED = fileURLToPath(new URL('../../../reference/seeds/dong-thap-2021-ke-hoach-cchc.txt', import.meta.url));

/** The seed's programme: 10 items, 8 speakers under item 5; ids are the importer's keys (agenda-1 …). */
export async function seedLiveConference(id = 'conf-seed'): Promise<LiveConference> {
  const draft = await importPlan({ fileName: 'dong-thap-2021-ke-hoach-cchc.txt', data: readFileSync(SEED) });
  const agendaItems: AgendaItem[] = draft.agendaItems.map(({ key, parentKey, ...fields }, position) => ({
    ...fields,
    id: key,
    parentId: parentKey,
    position,
  }));
  return { id, startsAt: draft.startsAt, agendaItems };
}

export const agendaItem = (id: string, position: number, overrides: Partial<AgendaItem> = {}): AgendaItem => ({
  id,
  position,
  parentId: null,
  number: '',
  content: `Nội dung ${id}`,
  presenterOrganisation: '',
  presenterPerson: '',
  durationMinutes: 10,
  perSpeakerMinutes: null,
  durationText: '',
  kind: 'item',
  ...overrides,
});

export const T0 = Date.UTC(2021, 6, 7, 1, 0, 0);

/** A settable clock and counter-based ids. */
export const testContext = (start = T0) => {
  let ids = 0;
  const ctx = { now: start, newId: () => `new-${++ids}` } satisfies CommandContext;
  return { ctx, tick: (ms: number) => (ctx.now += ms) };
};

export const floorRequest = (requesterId: string, overrides: Partial<ResolvedFloorRequest> = {}): ResolvedFloorRequest => ({
  clientKey: `key-${requesterId}-${overrides.kind ?? 'speak'}`,
  kind: 'speak',
  bridgePointId: `point-${requesterId}`,
  bridgePointName: `Điểm cầu ${requesterId}`,
  speakerName: `Đại biểu ${requesterId}`,
  requesterId,
  requestedBy: 'delegate',
  ...overrides,
});

/** Decides, stamps and applies like the service; keeps every event for replay and the timeline. */
export class LiveDriver {
  state: LiveState;
  readonly events: LiveEvent[] = [];
  readonly initial: LiveState;
  private readonly clock = testContext();

  constructor(conference: LiveConference) {
    this.initial = initialLiveState(conference);
    this.state = this.initial;
  }

  get now(): number {
    return this.clock.ctx.now;
  }

  tick(ms: number): this {
    this.clock.tick(ms);
    return this;
  }

  private record(bodies: ReturnType<typeof decideProgramme>): LiveEvent[] {
    const events = stamp(this.state.conferenceId, this.state.version, this.clock.ctx.now, bodies);
    for (const event of events) this.state = evolve(this.state, event);
    this.events.push(...events);
    return events;
  }

  /** The conference's points as the plan has them, for `set_point_tier` (a point not here is not the conference's). */
  points = new Map<string, PlannedPoint>();

  run(command: ProgrammeCommand): LiveEvent[] {
    const point = command.type === 'set_point_tier' ? this.points.get(command.bridgePointId) : undefined;
    return this.record(decideProgramme(this.state, command, this.clock.ctx, point ? { point } : {}));
  }

  request(request: ResolvedFloorRequest): LiveEvent[] {
    return this.record(decideFloorRequest(this.state, request, this.clock.ctx));
  }

  withdraw(requestId: string, requesterId: string | null): LiveEvent[] {
    return this.record(decideWithdraw(this.state, requestId, requesterId));
  }
}

/** The status and code of the DomainError `act` throws (fails the test when it throws none). */
export const refusal = (act: () => unknown): { status: number; code: string } => {
  try {
    act();
  } catch (error) {
    if (error instanceof DomainError) {
      if (!/\S/.test(error.localized.vi) || !/\S/.test(error.localized.en)) throw new Error('refusal without a message', { cause: error });
      return { status: error.status, code: error.code };
    }
    throw error;
  }
  throw new Error('expected a refusal');
};
