/** The access_links table: links instead of accounts, found by the hash of their token. */
import { prepareQuery } from '../prepared-query.js';
import type { AccessLinkRow, Executor } from '../tables.js';
import { afterKeyset, type KeysetColumn, type KeysetPage } from './keyset.js';

export async function insertAccessLink(executor: Executor, row: AccessLinkRow): Promise<void> {
  await executor.insertInto('access_links').values(row).execute();
}

// Read on every request signed in with a link, and for each QR code scanned: compiled once (prepared-query.ts).
const accessLinkByTokenHash = prepareQuery(1, (executor, tokenHash: string) =>
  executor.selectFrom('access_links').selectAll().where('token_hash', '=', tokenHash),
);

export async function findAccessLinkByTokenHash(executor: Executor, tokenHash: string): Promise<AccessLinkRow | undefined> {
  return (await accessLinkByTokenHash(executor, tokenHash)).rows[0];
}

export async function findAccessLinkById(executor: Executor, id: string): Promise<AccessLinkRow | undefined> {
  return executor.selectFrom('access_links').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function recordAccessLinkUse(executor: Executor, id: string, at: string, ip: string | null): Promise<void> {
  await executor
    .updateTable('access_links')
    .set((eb) => ({ last_used_at: at, last_used_ip: ip, use_count: eb('use_count', '+', 1) }))
    .where('id', '=', id)
    .execute();
}

export async function revokeAccessLinkById(executor: Executor, id: string, at: string): Promise<void> {
  await executor.updateTable('access_links').set({ revoked_at: at }).where('id', '=', id).where('revoked_at', 'is', null).execute();
}

/** Keys of a link in the list's order: newest first, then by id. */
const ACCESS_LINK_KEYSET: KeysetColumn[] = [
  { ref: 'created_at', direction: 'desc' },
  { ref: 'id', direction: 'asc' },
];
export const accessLinkKeys = (row: AccessLinkRow): string[] => [row.created_at, row.id];

/** Newest first; a page of them after a link's keys when `page` is given, else all. */
export async function listAccessLinksOfConference(executor: Executor, conferenceId: string, page?: KeysetPage): Promise<AccessLinkRow[]> {
  let query = executor
    .selectFrom('access_links')
    .selectAll()
    .where('conference_id', '=', conferenceId)
    .orderBy('created_at', 'desc')
    .orderBy('id');
  if (page?.after) query = query.where((eb) => afterKeyset(eb, ACCESS_LINK_KEYSET, page.after!));
  return page ? query.limit(page.limit).execute() : query.execute();
}
