/**
 * Attendance figures straight from SQL: delegates counted per bridge point, participant
 * group and state (one row per combination, never one per person, so a national conference
 * of hundreds of thousands of delegates is counted in one grouped query), and the reported
 * headcounts. The same queries run on SQLite and PostgreSQL.
 */
import type { AttendanceState, InvitationState } from '../../domain/participants/delegate.js';
import type { Executor } from '../tables.js';

export interface DelegateStateCount {
  bridgePointId: string;
  participantGroupId: string | null;
  invitation: InvitationState;
  attendance: AttendanceState;
  walkIn: boolean;
  count: number;
}

/** Bridge points per `IN (…)` list: well under both dialects' parameter limits. */
const IN_LIST = 8000;

const slices = <T>(values: readonly T[] | undefined): (readonly T[] | undefined)[] => {
  if (values === undefined) return [undefined];
  const out: T[][] = [];
  for (let start = 0; start < values.length; start += IN_LIST) out.push(values.slice(start, start + IN_LIST));
  return out;
};

/** Delegates of the conference (or of the given points) counted by point, group and state. */
export async function countDelegatesByState(
  executor: Executor,
  conferenceId: string,
  bridgePointIds?: readonly string[],
): Promise<DelegateStateCount[]> {
  const result: DelegateStateCount[] = [];
  for (const points of slices(bridgePointIds)) {
    if (points && points.length === 0) continue;
    let query = executor
      .selectFrom('delegates')
      .select(['bridge_point_id', 'participant_group_id', 'invitation', 'attendance', 'walk_in'])
      .select((eb) => eb.fn.countAll().as('n'))
      .where('conference_id', '=', conferenceId);
    if (points) query = query.where('bridge_point_id', 'in', [...points]);
    const rows = await query.groupBy(['bridge_point_id', 'participant_group_id', 'invitation', 'attendance', 'walk_in']).execute();
    for (const row of rows) {
      result.push({
        bridgePointId: row.bridge_point_id,
        participantGroupId: row.participant_group_id,
        invitation: row.invitation as InvitationState,
        attendance: row.attendance as AttendanceState,
        walkIn: Number(row.walk_in) === 1,
        count: Number(row.n),
      });
    }
  }
  return result;
}

/** The headcount each hall reported last, by bridge point id. */
export async function listHeadcounts(
  executor: Executor,
  conferenceId: string,
  bridgePointIds?: readonly string[],
): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  for (const points of slices(bridgePointIds)) {
    if (points && points.length === 0) continue;
    let query = executor.selectFrom('headcounts').select(['bridge_point_id', 'count']).where('conference_id', '=', conferenceId);
    if (points) query = query.where('bridge_point_id', 'in', [...points]);
    for (const row of await query.execute()) counts.set(row.bridge_point_id, Number(row.count));
  }
  return counts;
}
