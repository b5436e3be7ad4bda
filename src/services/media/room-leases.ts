/**
 * Which server process serves a conference's media (issue 6). A media room lives in one
 * process's memory and drives one engine room, so with several processes (REDIS_URL) two of
 * them must never hold the same conference's room: the second would split the halls in two
 * and fight over the engine's routes. The first process to serve a conference takes a lease
 * on it in Redis and keeps renewing it while it runs; the others refuse that conference's
 * media pages with `media.other_process` (the load balancer must send a conference's /media
 * connections to one process). A process that dies loses its leases after LEASE_MS.
 * Without Redis (one process) every claim succeeds.
 */
import { randomUUID } from 'node:crypto';

export interface RoomLeases {
  /** true: this process serves the room (taken now or before); false: another one does. */
  claim(roomId: string): Promise<boolean>;
  /** Gives every lease back (the process stops). */
  close(): Promise<void>;
}

export const singleProcessLeases: RoomLeases = {
  claim: async () => true,
  close: async () => undefined,
};

/** The part of a node-redis client the leases use. */
export interface LeaseRedis {
  set(key: string, value: string, options: { NX: true; PX: number }): Promise<string | null>;
  eval(script: string, options: { keys: string[]; arguments: string[] }): Promise<unknown>;
}

export const LEASE_MS = 30_000;
const KEY_PREFIX = 'diemcau:media-room:';
/** Extends the lease if this process still holds it; 1 when it did. */
const RENEW = "if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('pexpire', KEYS[1], ARGV[2]) else return 0 end";
const RELEASE = "if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) else return 0 end";

export class RedisRoomLeases implements RoomLeases {
  private readonly held = new Set<string>();
  private readonly timer: NodeJS.Timeout;

  constructor(
    private readonly redis: LeaseRedis,
    private readonly log: (message: string, error?: unknown) => void,
    private readonly leaseMs = LEASE_MS,
    readonly owner = randomUUID(),
  ) {
    this.timer = setInterval(() => void this.renewAll(), Math.max(100, Math.floor(leaseMs / 3)));
    this.timer.unref();
  }

  async claim(roomId: string): Promise<boolean> {
    const key = KEY_PREFIX + roomId;
    if (this.held.has(key)) return true;
    const taken = (await this.redis.set(key, this.owner, { NX: true, PX: this.leaseMs })) === 'OK';
    // Taken by this process before (its memory was reset, e.g. after an engine restart): renew.
    const ours = taken || Number(await this.redis.eval(RENEW, { keys: [key], arguments: [this.owner, String(this.leaseMs)] })) === 1;
    if (ours) this.held.add(key);
    return ours;
  }

  private async renewAll(): Promise<void> {
    for (const key of this.held) {
      try {
        const still = Number(await this.redis.eval(RENEW, { keys: [key], arguments: [this.owner, String(this.leaseMs)] })) === 1;
        if (!still) {
          this.held.delete(key);
          this.log(`media: the lease on ${key} was lost (another process serves it now)`);
        }
      } catch (error) {
        // Redis away for a moment: the lease runs on until LEASE_MS; the next round tries again.
        this.log('media: renewing a room lease failed', error);
      }
    }
  }

  async close(): Promise<void> {
    clearInterval(this.timer);
    for (const key of this.held) await this.redis.eval(RELEASE, { keys: [key], arguments: [this.owner] }).catch(() => undefined);
    this.held.clear();
  }
}
