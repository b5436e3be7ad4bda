/**
 * What a browser knows of one live conference: the programme (LiveState, advanced with the
 * same `evolve` as the server, in version order), the halls and messages of its scope, and
 * the connection's state. A tiny external store for useSyncExternalStore: `getSnapshot`
 * returns the same object until something changes. Programme changes are published at once
 * (the chair must not wait); hall changes, which come by the thousand during a national roll
 * call, at most every HALL_FLUSH_MS.
 */
import type { LocalizedMessage } from '../../../src/domain/errors.js';
import type { LiveEvent } from '../../../src/domain/live/live-commands.js';
import { evolve } from '../../../src/domain/live/live-evolve.js';
import type { HallChange, HallStatus, LiveMessage, LiveState } from '../../../src/domain/live/live-state.js';
import type { HallSnapshot } from '../../../src/realtime/live-protocol.js';
import { applyProvinceDelta, type ProvinceHalls, type WallDelta, type WallSnapshot } from '../../../src/domain/live/hall-wall.js';

export type LiveStatus = 'connecting' | 'live' | 'reconnecting';

export interface LiveSnapshot {
  state: LiveState | null;
  halls: HallStatus[];
  /** A national conference's wall by provinces (issue 18): the provinces' counts; null: the wall of every hall. */
  wall: { provinces: ProvinceHalls[]; seq: number } | null;
  messages: LiveMessage[];
  status: LiveStatus;
  /** server clock − browser clock, ms (serverNow = Date.now() + offsetMs). */
  offsetMs: number;
  rttMs: number | null;
  /** Connections made so far: 1 after the first, +1 per reconnection (pages refetch on change). */
  connections: number;
  /** Why the server refused the connection (it keeps trying), or null. */
  error: LocalizedMessage | null;
  /** The last RECENT_EVENTS events applied here, oldest first (a running log; not the whole history). */
  recent: LiveEvent[];
}

/** What applying events gave: `gap` (versions missing: ask live:sync) or `broken` (evolve refused: reload the state). */
export type ApplyResult = 'ok' | 'gap' | 'broken';

const HALL_FLUSH_MS = 100;
const RECENT_EVENTS = 200;

/** Before anything is known. */
export const EMPTY_SNAPSHOT: LiveSnapshot = {
  state: null,
  halls: [],
  wall: null,
  messages: [],
  status: 'connecting',
  offsetMs: 0,
  rttMs: null,
  connections: 0,
  error: null,
  recent: [],
};

export class LiveStore {
  private snapshot: LiveSnapshot = EMPTY_SNAPSHOT;
  private readonly listeners = new Set<() => void>();
  /** Events ahead of the state, by version, waiting for the missing ones. */
  private readonly ahead = new Map<number, LiveEvent>();
  private halls: HallStatus[] = [];
  private readonly hallIndex = new Map<string, number>();
  private messages: LiveMessage[] = [];
  private hallsChanged = false;
  private hallTimer: ReturnType<typeof setTimeout> | null = null;
  private microtask = false;
  /** False after evolve failed: the next handshake asks for the whole state. */
  private trusted = true;
  /** The last hall seq applied (sent in the handshake); undefined before the first hall snapshot. */
  hallSeq: number | undefined;

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getSnapshot = (): LiveSnapshot => this.snapshot;

  /** The version to send in the handshake (undefined: send me the whole state). */
  get version(): number | undefined {
    return this.trusted ? this.snapshot.state?.version : undefined;
  }

  patch(changes: Partial<Pick<LiveSnapshot, 'status' | 'offsetMs' | 'rttMs' | 'connections' | 'error'>>): void {
    this.snapshot = { ...this.snapshot, ...changes };
    this.publish(true);
  }

  /**
   * A whole state: from the socket (`authoritative`, replaces) or from an HTTP answer (kept
   * only when newer than what the socket gave).
   */
  setState(state: LiveState, authoritative: boolean): ApplyResult {
    const current = this.snapshot.state;
    if (!authoritative && current && this.trusted && current.version >= state.version) return 'ok';
    this.trusted = true;
    this.snapshot = { ...this.snapshot, state };
    return this.drain(true);
  }

  /** Events from the socket, a sync reply or a command's answer, in any order, duplicates allowed. */
  applyEvents(events: readonly LiveEvent[]): ApplyResult {
    const version = this.snapshot.state?.version ?? Number.POSITIVE_INFINITY;
    for (const event of events) if (event.version > version) this.ahead.set(event.version, event);
    if (!this.snapshot.state) return 'gap';
    return this.drain(false);
  }

  private drain(changed: boolean): ApplyResult {
    let state = this.snapshot.state;
    if (!state) return 'gap';
    const applied: LiveEvent[] = [];
    for (let next = this.ahead.get(state.version + 1); next; next = this.ahead.get(state.version + 1)) {
      this.ahead.delete(next.version);
      try {
        state = evolve(state, next);
        applied.push(next);
        changed = true;
      } catch {
        this.ahead.clear();
        this.trusted = false;
        if (changed) this.snapshot = { ...this.snapshot, state, recent: this.withRecent(applied) };
        this.publish(true);
        return 'broken';
      }
    }
    const reached = state.version;
    for (const version of this.ahead.keys()) if (version <= reached) this.ahead.delete(version);
    if (changed) {
      this.snapshot = { ...this.snapshot, state, recent: this.withRecent(applied) };
      this.publish(true);
    }
    return this.ahead.size > 0 ? 'gap' : 'ok';
  }

  private withRecent(applied: LiveEvent[]): LiveEvent[] {
    if (applied.length === 0) return this.snapshot.recent;
    return [...this.snapshot.recent, ...applied].slice(-RECENT_EVENTS);
  }

  applyHallSnapshot(snapshot: HallSnapshot): void {
    this.halls = [...snapshot.halls];
    this.hallIndex.clear();
    this.halls.forEach((hall, index) => this.hallIndex.set(hall.bridgePointId, index));
    this.messages = [...snapshot.messages].sort((a, b) => a.seq - b.seq);
    this.hallSeq = snapshot.seq;
    this.hallsChanged = true;
    this.publish(true);
  }

  /** The provinces' counts and the messages (a staff wall of a national conference), at each connection. */
  applyWallSnapshot(snapshot: WallSnapshot): void {
    this.messages = [...snapshot.messages].sort((a, b) => a.seq - b.seq);
    this.hallSeq = snapshot.seq;
    this.hallsChanged = true;
    this.snapshot = { ...this.snapshot, wall: { provinces: snapshot.provinces, seq: snapshot.seq } };
    this.publish(true);
  }

  /** Changed provinces' counts (a few a second at most); counts older than those shown are dropped. */
  applyWallDelta(delta: WallDelta): void {
    const wall = this.snapshot.wall;
    if (!wall || delta.seq < wall.seq) return;
    this.hallSeq = Math.max(this.hallSeq ?? 0, delta.seq);
    this.snapshot = { ...this.snapshot, wall: { provinces: applyProvinceDelta(wall.provinces, delta.provinces), seq: delta.seq } };
    this.publish(true);
  }

  applyHallChange(change: HallChange): void {
    if (change.kind === 'hall') this.upsertHall(change.hall);
    else this.addMessage(change.message);
    this.hallSeq = Math.max(this.hallSeq ?? 0, change.seq);
  }

  /** A hall's row (from the socket or from the answer to the operator's report); older rows are ignored. */
  upsertHall(hall: HallStatus): void {
    const index = this.hallIndex.get(hall.bridgePointId);
    if (index === undefined) {
      this.hallIndex.set(hall.bridgePointId, this.halls.length);
      this.halls.push(hall);
    } else {
      const old = this.halls[index];
      if (old && old.seq > hall.seq) return;
      this.halls[index] = hall;
    }
    this.hallsChanged = true;
    this.publish(false);
  }

  addMessage(message: LiveMessage): void {
    if (this.messages.some((m) => m.id === message.id)) return;
    this.messages.push(message);
    this.messages.sort((a, b) => a.seq - b.seq);
    this.hallsChanged = true;
    this.publish(true);
  }

  private publish(urgent: boolean): void {
    if (urgent) {
      if (this.microtask) return;
      this.microtask = true;
      queueMicrotask(() => this.flush());
    } else if (!this.hallTimer) {
      this.hallTimer = setTimeout(() => this.flush(), HALL_FLUSH_MS);
    }
  }

  private flush(): void {
    this.microtask = false;
    if (this.hallTimer) clearTimeout(this.hallTimer);
    this.hallTimer = null;
    if (this.hallsChanged) {
      this.hallsChanged = false;
      this.snapshot = { ...this.snapshot, halls: [...this.halls], messages: [...this.messages] };
    }
    for (const listener of this.listeners) listener();
  }

  /** Stops the pending flush (the client closed). */
  dispose(): void {
    if (this.hallTimer) clearTimeout(this.hallTimer);
    this.hallTimer = null;
    this.listeners.clear();
  }
}
