/**
 * Invitations apart from their deliveries: the conference's invitation settings, the
 * counts of answers per point and group, the personal links of delegates (revoked when a
 * new one is made), and the seats already taken at a point (for delegated invitations).
 */
import type { AccessLinkRow, Executor, InvitationSettingsRow } from '../tables.js';

const IDS_PER_STATEMENT = 5000;

export async function findInvitationSettings(executor: Executor, conferenceId: string): Promise<InvitationSettingsRow | undefined> {
  return executor.selectFrom('invitation_settings').selectAll().where('conference_id', '=', conferenceId).executeTakeFirst();
}

export async function saveInvitationSettings(executor: Executor, row: InvitationSettingsRow): Promise<void> {
  await executor
    .insertInto('invitation_settings')
    .values(row)
    .onConflict((conflict) =>
      conflict
        .column('conference_id')
        .doUpdateSet({ answer_deadline: row.answer_deadline, public_url: row.public_url, updated_at: row.updated_at }),
    )
    .execute();
}

export interface InvitationStateCount {
  bridgePointId: string;
  participantGroupId: string | null;
  invitation: string;
  count: number;
}

/** Number of delegates per point, group and invitation state. */
export async function invitationStateCounts(executor: Executor, conferenceId: string): Promise<InvitationStateCount[]> {
  const rows = await executor
    .selectFrom('delegates')
    .select((eb) => ['bridge_point_id', 'participant_group_id', 'invitation', eb.fn.countAll().as('count')])
    .where('conference_id', '=', conferenceId)
    .groupBy(['bridge_point_id', 'participant_group_id', 'invitation'])
    .execute();
  return rows.map((row) => ({
    bridgePointId: row.bridge_point_id,
    participantGroupId: row.participant_group_id,
    invitation: row.invitation,
    count: Number(row.count),
  }));
}

/** Revokes the active personal links of these delegates; returns how many were revoked. */
export async function revokeDelegateLinks(
  executor: Executor,
  conferenceId: string,
  delegateIds: readonly string[],
  at: string,
): Promise<number> {
  let revoked = 0;
  for (let start = 0; start < delegateIds.length; start += IDS_PER_STATEMENT) {
    const result = await executor
      .updateTable('access_links')
      .set({ revoked_at: at })
      .where('conference_id', '=', conferenceId)
      .where('purpose', '=', 'delegate')
      .where('delegate_id', 'in', delegateIds.slice(start, start + IDS_PER_STATEMENT))
      .where('revoked_at', 'is', null)
      .executeTakeFirst();
    revoked += Number(result.numUpdatedRows);
  }
  return revoked;
}

export async function insertAccessLinks(executor: Executor, rows: readonly AccessLinkRow[]): Promise<void> {
  for (let start = 0; start < rows.length; start += 500) {
    await executor
      .insertInto('access_links')
      .values(rows.slice(start, start + 500))
      .execute();
  }
}

/**
 * Delegates holding a seat at a point (every state but `declined`), and among them those of
 * one participant group when `participantGroupId` is given.
 */
export async function seatsTaken(
  executor: Executor,
  conferenceId: string,
  bridgePointId: string,
  participantGroupId: string | null,
): Promise<{ atPoint: number; inGroup: number }> {
  const rows = await executor
    .selectFrom('delegates')
    .select((eb) => ['participant_group_id', eb.fn.countAll().as('count')])
    .where('conference_id', '=', conferenceId)
    .where('bridge_point_id', '=', bridgePointId)
    .where('invitation', '!=', 'declined')
    .groupBy('participant_group_id')
    .execute();
  const atPoint = rows.reduce((sum, row) => sum + Number(row.count), 0);
  const inGroup = participantGroupId === null ? 0 : Number(rows.find((row) => row.participant_group_id === participantGroupId)?.count ?? 0);
  return { atPoint, inGroup };
}

/** not_invited → invited for these delegates (bumping their version); others are left as they are. */
export async function markInvited(executor: Executor, conferenceId: string, delegateIds: readonly string[], at: string): Promise<void> {
  for (let start = 0; start < delegateIds.length; start += IDS_PER_STATEMENT) {
    await executor
      .updateTable('delegates')
      .set((eb) => ({ invitation: 'invited', updated_at: at, version: eb('version', '+', 1) }))
      .where('conference_id', '=', conferenceId)
      .where('id', 'in', delegateIds.slice(start, start + IDS_PER_STATEMENT))
      .where('invitation', '=', 'not_invited')
      .execute();
  }
}

/**
 * Takes the write lock of a bridge point before counting its seats (a no-op update): two
 * nominations at once cannot both take the last seat, on SQLite and PostgreSQL alike.
 */
export async function lockBridgePoint(executor: Executor, conferenceId: string, bridgePointId: string): Promise<boolean> {
  const result = await executor
    .updateTable('bridge_points')
    .set((eb) => ({ position: eb.ref('position') }))
    .where('conference_id', '=', conferenceId)
    .where('id', '=', bridgePointId)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
