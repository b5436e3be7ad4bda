/** The known_devices table: browsers that have signed in to an account, found by the hash of their cookie's token. */
import type { Executor, KnownDeviceRow } from '../tables.js';

export async function insertKnownDevice(executor: Executor, row: KnownDeviceRow): Promise<void> {
  await executor.insertInto('known_devices').values(row).execute();
}

export async function findKnownDeviceByTokenHash(executor: Executor, tokenHash: string): Promise<KnownDeviceRow | undefined> {
  return executor.selectFrom('known_devices').selectAll().where('token_hash', '=', tokenHash).executeTakeFirst();
}

export async function extendKnownDevice(executor: Executor, id: string, lastUsedAt: string, expiresAt: string): Promise<void> {
  await executor.updateTable('known_devices').set({ last_used_at: lastUsedAt, expires_at: expiresAt }).where('id', '=', id).execute();
}

/** Forgets the user's devices that expired before `now`; returns how many. */
export async function deleteExpiredKnownDevices(executor: Executor, userId: string, now: string): Promise<number> {
  const result = await executor.deleteFrom('known_devices').where('user_id', '=', userId).where('expires_at', '<=', now).executeTakeFirst();
  return Number(result.numDeletedRows);
}

/** Forgets every device of the user (a new password: whoever held the old one loses their shortcut). */
export async function deleteKnownDevicesOfUser(executor: Executor, userId: string): Promise<number> {
  const result = await executor.deleteFrom('known_devices').where('user_id', '=', userId).executeTakeFirst();
  return Number(result.numDeletedRows);
}
