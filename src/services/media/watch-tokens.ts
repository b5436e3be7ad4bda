/**
 * Signed, expiring addresses of the watching tier (issue 19). A watching page is given
 * `/hls/<conference>/<token>/master.m3u8`; every playlist and segment under it is fetched with
 * the same token, which the server (or a cache in front: deploy/nginx) checks without a
 * session: an HMAC over the conference, the point watched, the principal and the expiry.
 *
 * A token ends at its expiry (the page asks for a fresh one well before) or when its
 * principal's access ends: `revoke` (on `access.revoked`) refuses every token of that
 * principal issued before, at once.
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

export interface WatchGrant {
  conferenceId: string;
  /** The point the page watches for (null: the host's staff preview). */
  bridgePointId: string | null;
  /** `user:<id>` or `link:<id>` (realtime/principals.ts). */
  principal: string;
  /** Milliseconds since the epoch. */
  expiresAt: number;
}

/** How long a token lives; the page renews it at half of that. */
export const WATCH_TOKEN_TTL_MS = 10 * 60_000;
const MAC_BYTES = 18;
const TOKEN = /^([0-9a-z]{1,12})\.([0-9a-f-]{36}|-)\.((?:user|link):[0-9a-f-]{36})\.([A-Za-z0-9_-]{24})$/;

export class WatchTokens {
  private readonly key: Buffer;
  /** Principal → when its access ended (tokens issued before are refused). */
  private readonly revoked = new Map<string, number>();

  constructor(
    key: string | null,
    private readonly clock: () => number = Date.now,
    private readonly ttlMs = WATCH_TOKEN_TTL_MS,
  ) {
    this.key = key ? Buffer.from(key, 'utf8') : randomBytes(32);
  }

  private mac(conferenceId: string, body: string): string {
    return createHmac('sha256', this.key).update(`${conferenceId}|${body}`).digest().subarray(0, MAC_BYTES).toString('base64url');
  }

  issue(conferenceId: string, bridgePointId: string | null, principal: string): { token: string; expiresAt: number } {
    const expiresAt = this.clock() + this.ttlMs;
    const body = `${expiresAt.toString(36)}.${bridgePointId ?? '-'}.${principal}`;
    return { token: `${body}.${this.mac(conferenceId, body)}`, expiresAt };
  }

  /** The grant of a valid token for this conference; null when forged, expired or revoked. */
  verify(conferenceId: string, token: string): WatchGrant | null {
    const match = TOKEN.exec(token);
    if (!match) return null;
    const [, expiry, point, principal, mac] = match as unknown as [string, string, string, string, string];
    const expected = Buffer.from(this.mac(conferenceId, `${expiry}.${point}.${principal}`));
    if (!timingSafeEqual(expected, Buffer.from(mac))) return null;
    const expiresAt = parseInt(expiry, 36);
    if (!(expiresAt > this.clock())) return null;
    const revokedAt = this.revoked.get(principal);
    if (revokedAt !== undefined && expiresAt - this.ttlMs <= revokedAt) return null;
    return { conferenceId, bridgePointId: point === '-' ? null : point, principal, expiresAt };
  }

  /** The principal's access ended: its tokens issued until now stop working. */
  revoke(principal: string): void {
    this.revoked.set(principal, this.clock());
    // Entries older than a token's life refuse nothing any more.
    for (const [key, at] of this.revoked) if (at < this.clock() - this.ttlMs) this.revoked.delete(key);
  }
}
