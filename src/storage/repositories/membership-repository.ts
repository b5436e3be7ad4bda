/** The memberships table: a user's role in one conference (operators with their bridge points). */
import { prepareQuery } from '../prepared-query.js';
import type { Executor, MembershipRow } from '../tables.js';
import { afterKeyset, type KeysetColumn, type KeysetPage } from './keyset.js';

export interface MembershipWithUserRow extends MembershipRow {
  user_email: string;
  user_display_name: string;
}

export async function insertMembership(executor: Executor, row: MembershipRow): Promise<void> {
  await executor.insertInto('memberships').values(row).execute();
}

export async function findMembershipById(executor: Executor, id: string): Promise<MembershipRow | undefined> {
  return executor.selectFrom('memberships').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function findMembership(
  executor: Executor,
  key: { conferenceId: string; userId: string; role: string },
): Promise<MembershipRow | undefined> {
  return executor
    .selectFrom('memberships')
    .selectAll()
    .where('conference_id', '=', key.conferenceId)
    .where('user_id', '=', key.userId)
    .where('role', '=', key.role)
    .executeTakeFirst();
}

export async function updateMembershipBridgePoints(executor: Executor, id: string, bridgePointIds: string): Promise<void> {
  await executor.updateTable('memberships').set({ bridge_point_ids: bridgePointIds }).where('id', '=', id).execute();
}

export async function deleteMembership(executor: Executor, id: string): Promise<void> {
  await executor.deleteFrom('memberships').where('id', '=', id).execute();
}

/** Keys of a membership in the list's order: the person's e-mail, the role, the id. */
const MEMBERSHIP_KEYSET: KeysetColumn[] = [
  { ref: 'users.email', direction: 'asc' },
  { ref: 'memberships.role', direction: 'asc' },
  { ref: 'memberships.id', direction: 'asc' },
];
export const membershipKeys = (row: MembershipWithUserRow): string[] => [row.user_email, row.role, row.id];

/** By the person's e-mail, then role; a page of them after a membership's keys when `page` is given, else all. */
export async function listMembershipsOfConference(
  executor: Executor,
  conferenceId: string,
  page?: KeysetPage,
): Promise<MembershipWithUserRow[]> {
  let query = executor
    .selectFrom('memberships')
    .innerJoin('users', 'users.id', 'memberships.user_id')
    .selectAll('memberships')
    .select(['users.email as user_email', 'users.display_name as user_display_name'])
    .where('memberships.conference_id', '=', conferenceId)
    .orderBy('users.email')
    .orderBy('memberships.role')
    .orderBy('memberships.id');
  if (page?.after) query = query.where((eb) => afterKeyset(eb, MEMBERSHIP_KEYSET, page.after!));
  return page ? query.limit(page.limit).execute() : query.execute();
}

// Read on every signed-in request: compiled once (prepared-query.ts).
const membershipsOfUser = prepareQuery(1, (executor, userId: string) =>
  executor.selectFrom('memberships').selectAll().where('user_id', '=', userId).orderBy('conference_id').orderBy('role'),
);

export async function listMembershipsOfUser(executor: Executor, userId: string): Promise<MembershipRow[]> {
  return (await membershipsOfUser(executor, userId)).rows;
}
