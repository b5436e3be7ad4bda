/**
 * Seating (xếp chỗ ngồi) of the hall of one bridge point: the layout (hall_layouts), the seats
 * (delegates.seat), automatic assignment in protocol order and manual moves. Each write is one
 * transaction with one audit row; after it commits, `seating.changed` (and `delegate.changed`
 * for the delegates whose seat moved) go to the bus.
 *
 * Every write first takes the hall's layout row (inserting the layout in use when none was
 * saved), which on PostgreSQL holds a row lock until commit: two moves to one seat at the
 * same moment are judged one after the other, never both accepted.
 *
 * Seated are the delegates of the point who did not decline; a substitute sits in the seat of
 * the person they replace.
 */
import { randomUUID } from 'node:crypto';
import type { AttendanceState, InvitationState, Substitute } from '../../domain/participants/delegate.js';
import type { AutoAssignResult, SeatingDelegateView, SeatingPlan } from '../../domain/participants/seating-plan.js';
import {
  autoAssignSeats,
  defaultHallLayout,
  hallCapacity,
  moveDelegate,
  normalizeHallLayout,
  readSeating,
  swapDelegates,
  DEFAULT_HALL_LAYOUT,
  type HallLayout,
  type SeatChange,
  type SeatingDelegate,
} from '../../domain/participants/seating.js';
import { findChair, rankOfRow, type ChairOfPlan } from '../../domain/protocol/protocol-order.js';
import { listChairs } from '../../storage/repositories/convening-repository.js';
import { AutoAssignBody, HallLayoutBody, SeatMoveBody } from '../../domain/participants/seating.schema.js';
import type { EventBus } from '../../realtime/event-bus.js';
import type { Database } from '../../storage/database.js';
import {
  findHallLayout,
  findSeatingPoint,
  listSeatingRows,
  lockHallLayout,
  saveHallLayout,
  updateSeats,
} from '../../storage/repositories/hall-layout-repository.js';
import type { Executor } from '../../storage/tables.js';
import { SYSTEM_ORIGIN, type AuditOrigin } from '../accounts/audit-context.js';
import { recordAudit } from '../accounts/audit-service.js';
import { entityNotFound, prepareInput } from '../input.js';

export type { AutoAssignResult, SeatingDelegateView, SeatingPlan };

export interface SeatingService {
  getPlan(conferenceId: string, bridgePointId: string): Promise<SeatingPlan>;
  saveLayout(conferenceId: string, bridgePointId: string, body: unknown, origin?: AuditOrigin): Promise<SeatingPlan>;
  autoAssign(conferenceId: string, bridgePointId: string, body: unknown, origin?: AuditOrigin): Promise<AutoAssignResult>;
  move(conferenceId: string, bridgePointId: string, body: unknown, origin?: AuditOrigin): Promise<SeatingPlan>;
}

export interface SeatingServiceDeps {
  now?: () => Date;
  events?: Pick<EventBus, 'publish'>;
}

const pointNotFound = () => entityNotFound('bridge_point.not_found', 'điểm cầu', 'bridge point');

type SeatingRow = Awaited<ReturnType<typeof listSeatingRows>>[number];

const toSeating = (row: SeatingRow): SeatingDelegate & { title: string; fullName: string } => ({
  id: row.id,
  seat: row.seat,
  ...rankOfRow(row),
  fullName: row.full_name,
  title: row.title,
});

/** The chairs the plan names (chủ trì first, then đồng chủ trì), for findChair. */
async function chairsOfPlan(executor: Executor, conferenceId: string): Promise<ChairOfPlan[]> {
  const chairs = await listChairs(executor, conferenceId);
  return [...chairs.filter((c) => c.role === 'chair'), ...chairs.filter((c) => c.role !== 'chair')].map((c) => ({
    personName: c.personName,
    title: c.title,
  }));
}

async function loadHall(executor: Executor, conferenceId: string, bridgePointId: string) {
  const point = await findSeatingPoint(executor, conferenceId, bridgePointId);
  if (!point) throw pointNotFound();
  const stored = await findHallLayout(executor, conferenceId, bridgePointId);
  const all = await listSeatingRows(executor, conferenceId, bridgePointId);
  const rows = all.filter((row) => row.invitation !== 'declined');
  const declinedSeated = all.filter((row) => row.invitation === 'declined' && row.seat !== '');
  return { point, stored, layout: stored?.layout ?? defaultHallLayout(point.quota), rows, declinedSeated };
}

const planOf = (conferenceId: string, hall: Awaited<ReturnType<typeof loadHall>>): SeatingPlan => {
  const view = readSeating(hall.layout, hall.rows.map(toSeating));
  const reasons = new Map(view.unplaced.map((entry) => [entry.id, entry.reason]));
  return {
    conferenceId,
    bridgePointId: hall.point.id,
    hallName: hall.point.name,
    quota: hall.point.quota === null ? null : Number(hall.point.quota),
    layout: hall.layout,
    layoutSaved: hall.stored !== null,
    updatedAt: hall.stored?.updatedAt ?? null,
    capacity: hallCapacity(hall.layout),
    delegates: hall.rows.map((row) => {
      const substitute = row.invitation === 'substituted' && row.substitute_json ? (JSON.parse(row.substitute_json) as Substitute) : null;
      return {
        id: row.id,
        fullName: substitute?.fullName || row.full_name,
        title: substitute ? substitute.title : row.title,
        organisation: row.organisation,
        substituteFor: substitute ? row.full_name : null,
        ...rankOfRow(row),
        invitation: row.invitation as InvitationState,
        attendance: row.attendance as AttendanceState,
        seat: row.seat,
        placedSeat: view.seatOf.get(row.id) ?? null,
        unplacedReason: reasons.get(row.id) ?? null,
      };
    }),
  };
};

/** The layout as stored: defaults for the fields the body leaves out, blocked seats normalised (422 when invalid). */
const layoutFrom = (body: HallLayoutBody): HallLayout =>
  normalizeHallLayout({
    rows: body.rows,
    seatsPerRow: body.seatsPerRow,
    blockedSeats: body.blockedSeats ?? [],
    spacing: body.spacing,
    everyOtherRow: body.everyOtherRow ?? DEFAULT_HALL_LAYOUT.everyOtherRow,
    minDistanceMetres: body.minDistanceMetres ?? DEFAULT_HALL_LAYOUT.minDistanceMetres,
    seatWidthMetres: body.seatWidthMetres ?? DEFAULT_HALL_LAYOUT.seatWidthMetres,
    rowDepthMetres: body.rowDepthMetres ?? DEFAULT_HALL_LAYOUT.rowDepthMetres,
  });

export function createSeatingService(database: Database, deps: SeatingServiceDeps = {}): SeatingService {
  const { db } = database;
  const now = () => (deps.now ?? (() => new Date()))().toISOString();
  const audit = (
    executor: Executor,
    origin: AuditOrigin,
    action: string,
    conferenceId: string,
    bridgePointId: string,
    before: unknown,
    after: unknown,
  ) =>
    recordAudit(
      executor,
      { ...origin, action, conferenceId, entityType: 'hall_layout', entityId: bridgePointId, before, after },
      now(),
      randomUUID(),
    );
  const publish = (conferenceId: string, bridgePointId: string, changes: readonly SeatChange[]) => {
    deps.events?.publish({ type: 'seating.changed', conferenceId, bridgePointId });
    if (changes.length > 0)
      deps.events?.publish({ type: 'delegate.changed', conferenceId, bridgePointId, delegateIds: changes.map((c) => c.delegateId) });
  };

  /** One seat write: lock the hall, compute the changes from what is stored, write them and one audit row. */
  const writeSeats = async <T>(
    conferenceId: string,
    bridgePointId: string,
    origin: AuditOrigin,
    action: string,
    compute: (hall: Awaited<ReturnType<typeof loadHall>>) => { changes: SeatChange[]; audit: Record<string, unknown>; extra: T },
  ) => {
    const at = now();
    const { plan, changes, extra } = await db.transaction().execute(async (trx) => {
      const point = await findSeatingPoint(trx, conferenceId, bridgePointId);
      if (!point) throw pointNotFound();
      await lockHallLayout(trx, conferenceId, bridgePointId, defaultHallLayout(point.quota), at);
      const hall = await loadHall(trx, conferenceId, bridgePointId);
      const result = compute(hall);
      await updateSeats(
        trx,
        conferenceId,
        result.changes.map((c) => ({ delegateId: c.delegateId, seat: c.to })),
        at,
      );
      await audit(trx, origin, action, conferenceId, bridgePointId, null, { ...result.audit, changes: result.changes });
      return { plan: planOf(conferenceId, await loadHall(trx, conferenceId, bridgePointId)), changes: result.changes, extra: result.extra };
    });
    publish(conferenceId, bridgePointId, changes);
    return { plan, changes, extra };
  };

  return {
    async getPlan(conferenceId, bridgePointId) {
      return planOf(conferenceId, await loadHall(db, conferenceId, bridgePointId));
    },

    async saveLayout(conferenceId, bridgePointId, body, origin = SYSTEM_ORIGIN) {
      const layout = layoutFrom(prepareInput(HallLayoutBody, body));
      const at = now();
      const plan = await db.transaction().execute(async (trx) => {
        const point = await findSeatingPoint(trx, conferenceId, bridgePointId);
        if (!point) throw pointNotFound();
        const before = await findHallLayout(trx, conferenceId, bridgePointId);
        await saveHallLayout(trx, conferenceId, bridgePointId, layout, at);
        await audit(trx, origin, 'seating.save_layout', conferenceId, bridgePointId, before?.layout ?? null, layout);
        return planOf(conferenceId, await loadHall(trx, conferenceId, bridgePointId));
      });
      publish(conferenceId, bridgePointId, []);
      return plan;
    },

    async autoAssign(conferenceId, bridgePointId, body, origin = SYSTEM_ORIGIN) {
      const mode = prepareInput(AutoAssignBody, body ?? {}).mode ?? 'all';
      const chairs = await chairsOfPlan(db, conferenceId);
      const { plan, changes, extra } = await writeSeats(conferenceId, bridgePointId, origin, 'seating.auto_assign', (hall) => {
        const delegates = hall.rows.map(toSeating);
        const chairId = findChair(delegates, chairs)?.id ?? null;
        const result = autoAssignSeats(hall.layout, delegates, { mode, chairId });
        // Seating everyone anew frees the seats of those who declined.
        const freed = mode === 'all' ? hall.declinedSeated.map((row) => ({ delegateId: row.id, from: row.seat, to: '' })) : [];
        const changes = [...result.changes, ...freed];
        return { changes, audit: { mode, chairId, capacity: result.capacity, unseated: result.unseated }, extra: result.unseated };
      });
      return { ...plan, changed: changes.length, unseated: extra };
    },

    async move(conferenceId, bridgePointId, body, origin = SYSTEM_ORIGIN) {
      const request = prepareInput(SeatMoveBody, body);
      const { plan } = await writeSeats(conferenceId, bridgePointId, origin, 'seating.move', (hall) => {
        const delegates = hall.rows.map(toSeating);
        const changes =
          'swapWith' in request
            ? swapDelegates(hall.layout, delegates, request.delegateId, request.swapWith)
            : moveDelegate(hall.layout, delegates, request.delegateId, request.seat);
        return { changes, audit: { ...request }, extra: null };
      });
      return plan;
    },
  };
}
