/**
 * Who holds a connection, for revocation and for the caps per principal (issue 15): a user
 * account (every session of it) or an access link. The gateways and the SSE route index
 * their connections by it; an `access.revoked` event names one.
 */
import type { Actor } from '../domain/access/actor.js';
import { DomainError } from '../domain/errors.js';
import type { RevokedPrincipal } from './events.js';

/** `user:<id>` or `link:<id>`; null for an anonymous actor (never admitted). */
export const principalOf = (actor: Actor): string | null =>
  actor.kind === 'user' ? `user:${actor.userId}` : actor.kind === 'link' ? `link:${actor.linkId}` : null;

export const principalOfRevoked = (principal: RevokedPrincipal): string =>
  principal.kind === 'link' ? `link:${principal.linkId}` : `user:${principal.userId}`;

/** Connections of one principal on one process, beyond which a new one is refused. */
export const DEFAULT_CONNECTIONS_PER_PRINCIPAL = 20;

export const tooManyForPrincipal = () =>
  new DomainError(429, 'realtime.too_many_for_principal', {
    vi: 'Tài khoản hoặc liên kết này đang mở quá nhiều kết nối trực tiếp. Hãy đóng bớt các thẻ hoặc thiết bị đang mở.',
    en: 'This account or link has too many live connections open. Close some of its tabs or devices.',
  });

/** The open connections of each principal. */
export class PrincipalIndex<T> {
  private readonly byPrincipal = new Map<string, Set<T>>();

  constructor(readonly maxPerPrincipal = DEFAULT_CONNECTIONS_PER_PRINCIPAL) {}

  /** Whether one more connection of `principal` is allowed (count what is held and being admitted). */
  hasRoom(principal: string, admitting = 0): boolean {
    return (this.byPrincipal.get(principal)?.size ?? 0) + admitting < this.maxPerPrincipal;
  }

  add(principal: string, connection: T): void {
    let set = this.byPrincipal.get(principal);
    if (!set) this.byPrincipal.set(principal, (set = new Set()));
    set.add(connection);
  }

  remove(principal: string, connection: T): void {
    const set = this.byPrincipal.get(principal);
    if (!set) return;
    set.delete(connection);
    if (set.size === 0) this.byPrincipal.delete(principal);
  }

  /** A copy: the caller may close (and so remove) them while iterating. */
  of(principal: string): T[] {
    return [...(this.byPrincipal.get(principal) ?? [])];
  }

  count(principal: string): number {
    return this.byPrincipal.get(principal)?.size ?? 0;
  }
}
