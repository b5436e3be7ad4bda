/**
 * Bridge points: add, change, remove, reorder, and one point per administrative unit. Each
 * write reads only the points it changes (a national conference has 16,242) and answers
 * what changed (BridgePointChanges), not the plan; its audit row holds those points before
 * and after.
 */
import { Type } from 'typebox';
import { BridgePointInput, BridgePointKind } from '../domain/conference.schema.js';
import { expandGroupPoint, unitsToBridgePoints, unitTreeToBridgePoints } from '../domain/administrative-units.js';
import { invalid } from '../domain/errors.js';
import { listBridgePoints, listParticipantGroups } from '../storage/repositories/plan-repository.js';
import { checkOrder, hostsToDemote, ONE_POINT } from '../domain/conference-rules.js';
import { findUnitList } from '../storage/repositories/administrative-unit-repository.js';
import {
  clearHost,
  fillProvinceCodes,
  listBridgePointRowsByIds,
  listHostPoints,
  listPointUnitCodes,
} from '../storage/repositories/bridge-point-repository.js';
import { summarizeBridgePoints } from '../storage/repositories/plan-repository.js';
import { INLINE_BRIDGE_POINTS, type BridgePoint, type ListedBridgePoint } from '../domain/conference.schema.js';
import type { PlanParts } from '../domain/audit-diff.js';
import { deleteRow, findRow, insertRows, nextPosition, setPositions, updateRow } from '../storage/repositories/child-rows.js';
import {
  bridgePointFields,
  participantGroupFields,
  rowToBridgePoint,
  rowToListedBridgePoint,
} from '../storage/repositories/row-mappers.js';
import type { Executor } from '../storage/tables.js';
import type { BridgePointChanges, ConferenceService } from './conference-service.types.js';
import { assertValidOrder, entityNotFound, prepareInput, preparePatch } from './input.js';
import type { ServiceContext } from './write-context.js';

const pointNotFound = () => entityNotFound('bridge_point.not_found', 'điểm cầu', 'bridge point');
const OrderIds = Type.Array(Type.String({ maxLength: 100 }), { maxItems: 100000 });
const UnitsToPointsRequest = Type.Object(
  {
    unitListId: Type.String({ minLength: 1, maxLength: 100 }),
    unitCodes: Type.Optional(Type.Array(Type.String({ minLength: 1, maxLength: 40 }), { maxItems: 20000 })),
    quota: Type.Optional(Type.Union([Type.Integer({ minimum: 0, maximum: 100000 }), Type.Null()])),
    kind: Type.Optional(BridgePointKind),
  },
  { additionalProperties: false },
);

/** Making `hostId` the host demotes any other host of the conference (see hostsToDemote); returns the demoted ids. */
const demoteOtherHosts = async (trx: Executor, conferenceId: string, hostId: string): Promise<string[]> => {
  const demoted = hostsToDemote(await listHostPoints(trx, conferenceId), hostId);
  await clearHost(trx, conferenceId, demoted);
  return demoted;
};

/** These points as they are now, in the plan's order. */
const pointsNow = async (trx: Executor, conferenceId: string, ids: readonly string[]): Promise<ListedBridgePoint[]> =>
  (await listBridgePointRowsByIds(trx, conferenceId, ids)).map(rowToListedBridgePoint);

/** For the audit row: the plain point (the province code is derived, not written). */
const plain = (points: readonly ListedBridgePoint[]): BridgePoint[] => points.map(({ provinceCode: _p, ...point }) => point);

interface PointWriteResult {
  points: ListedBridgePoint[];
  removedIds: string[];
  reordered: boolean;
  before: PlanParts;
  after: PlanParts;
}

type BridgePointWrites = Pick<
  ConferenceService,
  | 'addBridgePoint'
  | 'updateBridgePoint'
  | 'removeBridgePoint'
  | 'reorderBridgePoints'
  | 'addBridgePointsFromUnits'
  | 'addBridgePointsFromUnitTree'
  | 'expandBridgePointGroup'
>;

const UnitTreeRequest = Type.Object(
  {
    unitListId: Type.String({ minLength: 1, maxLength: 100 }),
    expandCodes: Type.Optional(Type.Array(Type.String({ minLength: 1, maxLength: 40 }), { maxItems: 100 })),
    venuePattern: Type.Optional(Type.String({ maxLength: 500 })),
    invitedBy: Type.Optional(Type.String({ maxLength: 300 })),
  },
  { additionalProperties: false },
);

const unitListNotFound = () =>
  entityNotFound('administrative_unit_list.not_found', 'danh sách đơn vị hành chính', 'administrative unit list');

/** Appends the points after the last one; returns their ids in order. */
const appendPoints = async (trx: Executor, conferenceId: string, points: BridgePointInput[], newId: () => string): Promise<string[]> => {
  const first = await nextPosition(trx, 'bridge_points', conferenceId);
  const rows = points.map((point, index) => ({
    id: newId(),
    conference_id: conferenceId,
    position: first + index,
    ...bridgePointFields(point),
  }));
  await insertRows(trx, 'bridge_points', rows);
  return rows.map((row) => row.id);
};

export function bridgePointWrites(ctx: ServiceContext): BridgePointWrites {
  /** One write of points: the body's changes, then the counts read in the same transaction. */
  const writePoints = async (
    conferenceId: string,
    options: Parameters<ServiceContext['write']>[1],
    body: (trx: Executor) => Promise<PointWriteResult>,
  ): Promise<BridgePointChanges> => {
    const { result, version, updatedAt } = await ctx.writePart(conferenceId, options, async (trx) => {
      const { before, after, ...changes } = await body(trx);
      const bridgePointSummary = await summarizeBridgePoints(trx, conferenceId, INLINE_BRIDGE_POINTS);
      return { result: { ...changes, bridgePointSummary }, before, after };
    });
    return { version, updatedAt, ...result };
  };

  /** Inserted points (and the hosts they demoted) as the answer and the audit row see them. */
  const added = async (trx: Executor, conferenceId: string, ids: string[], demoted: string[] = []): Promise<PointWriteResult> => {
    await fillProvinceCodes(trx, conferenceId, ids);
    const demotedBefore = await pointsNow(trx, conferenceId, demoted);
    const points = await pointsNow(trx, conferenceId, [...ids, ...demoted]);
    return {
      points,
      removedIds: [],
      reordered: false,
      before: { bridgePoints: plain(demotedBefore.map((point) => ({ ...point, isHost: true }))) },
      after: { bridgePoints: plain(points) },
    };
  };

  return {
    async addBridgePoint(conferenceId, input, options) {
      // The group fields may be left out: a named point.
      const point = prepareInput(BridgePointInput, { ...ONE_POINT, ...input });
      const id = ctx.newId();
      const changes = await writePoints(conferenceId, options, async (trx) => {
        const demoted = point.isHost ? await demoteOtherHosts(trx, conferenceId, id) : [];
        const position = await nextPosition(trx, 'bridge_points', conferenceId);
        await insertRows(trx, 'bridge_points', [{ id, conference_id: conferenceId, position, ...bridgePointFields(point) }]);
        return added(trx, conferenceId, [id], demoted);
      });
      return { id, ...changes };
    },

    async updateBridgePoint(conferenceId, pointId, patch, options) {
      const changes = preparePatch(BridgePointInput, patch);
      return writePoints(conferenceId, options, async (trx) => {
        const row = await findRow(trx, 'bridge_points', conferenceId, pointId);
        if (!row) throw pointNotFound();
        const old = rowToBridgePoint(row);
        const { id: _id, position: _position, ...current } = old;
        const point = prepareInput(BridgePointInput, { ...current, ...changes });
        const demoted = point.isHost ? await demoteOtherHosts(trx, conferenceId, pointId) : [];
        const demotedBefore = await pointsNow(trx, conferenceId, demoted);
        await updateRow(trx, 'bridge_points', conferenceId, pointId, bridgePointFields(point));
        if (point.unitCode !== old.unitCode || point.parentUnitCode !== old.parentUnitCode) {
          await fillProvinceCodes(trx, conferenceId, [pointId]);
        }
        const points = await pointsNow(trx, conferenceId, [pointId, ...demoted]);
        return {
          points,
          removedIds: [],
          reordered: false,
          before: { bridgePoints: [old, ...plain(demotedBefore.map((p) => ({ ...p, isHost: true })))] },
          after: { bridgePoints: plain(points) },
        };
      });
    },

    /** Participant groups at the point are removed with it. */
    async removeBridgePoint(conferenceId, pointId, options) {
      return writePoints(conferenceId, options, async (trx) => {
        const row = await findRow(trx, 'bridge_points', conferenceId, pointId);
        if (!row) throw pointNotFound();
        const lines = (await listParticipantGroups(trx, conferenceId)).filter((line) => line.bridgePointId === pointId);
        await deleteRow(trx, 'bridge_points', conferenceId, pointId);
        return {
          points: [],
          removedIds: [pointId],
          reordered: false,
          before: { bridgePoints: [rowToBridgePoint(row)], participantGroups: lines },
          after: { bridgePoints: [], participantGroups: [] },
        };
      });
    },

    async reorderBridgePoints(conferenceId, ids, options) {
      const order = prepareInput(OrderIds, ids);
      return writePoints(conferenceId, options, async (trx) => {
        const before = await listBridgePoints(trx, conferenceId);
        assertValidOrder(
          checkOrder(
            before.map((point) => point.id),
            order,
          ),
          'bridge_point.order_invalid',
          {
            vi: 'Thứ tự điểm cầu phải gồm mỗi điểm cầu của hội nghị đúng một lần.',
            en: 'The order must list every bridge point of the conference exactly once.',
          },
        );
        await setPositions(trx, 'bridge_points', conferenceId, order);
        return {
          points: [],
          removedIds: [],
          reordered: true,
          before: { bridgePoints: before },
          after: { bridgePoints: await listBridgePoints(trx, conferenceId) },
        };
      });
    },

    async addBridgePointsFromUnits(conferenceId, request, options) {
      const { unitListId, ...choice } = prepareInput(UnitsToPointsRequest, request);
      return writePoints(conferenceId, options, async (trx) => {
        const list = await findUnitList(trx, unitListId);
        if (!list) throw unitListNotFound();
        const points = unitsToBridgePoints(list, await listPointUnitCodes(trx, conferenceId), choice);
        return added(trx, conferenceId, await appendPoints(trx, conferenceId, points, ctx.newId));
      });
    },

    async addBridgePointsFromUnitTree(conferenceId, request, options) {
      const { unitListId, ...choice } = prepareInput(UnitTreeRequest, request);
      return writePoints(conferenceId, options, async (trx) => {
        const list = await findUnitList(trx, unitListId);
        if (!list) throw unitListNotFound();
        const existing = await listBridgePoints(trx, conferenceId);
        const points = unitTreeToBridgePoints(
          list,
          {
            unitCodes: new Set(existing.flatMap((point) => (point.unitCode ? [point.unitCode] : []))),
            groupParents: new Set(
              existing.flatMap((point) => (point.groupCount !== null && point.parentUnitCode ? [point.parentUnitCode] : [])),
            ),
          },
          choice,
        );
        return added(trx, conferenceId, await appendPoints(trx, conferenceId, points, ctx.newId));
      });
    },

    async expandBridgePointGroup(conferenceId, pointId, options) {
      return writePoints(conferenceId, options, async (trx) => {
        const row = await findRow(trx, 'bridge_points', conferenceId, pointId);
        if (!row) throw pointNotFound();
        const group = rowToBridgePoint(row);
        if (group.groupCount === null || !group.unitListId || !group.parentUnitCode) {
          throw invalid('bridge_point.not_expandable', {
            vi: 'Điểm cầu này không phải một nhóm có danh sách đơn vị để mở rộng.',
            en: 'This bridge point is not a group with a unit list to expand.',
          });
        }
        const list = await findUnitList(trx, group.unitListId);
        if (!list) throw unitListNotFound();
        const points = expandGroupPoint(list, group, await listPointUnitCodes(trx, conferenceId));
        // The group's participant lines ("at each commune point: the chair") go to every new point.
        const lines = (await listParticipantGroups(trx, conferenceId)).filter((line) => line.bridgePointId === pointId);
        await deleteRow(trx, 'bridge_points', conferenceId, pointId);
        const ids = await appendPoints(trx, conferenceId, points, ctx.newId);
        let position = await nextPosition(trx, 'participant_groups', conferenceId);
        const copies = ids.flatMap((id) =>
          lines.map(({ id: _id, position: _position, ...line }) => ({
            id: ctx.newId(),
            conference_id: conferenceId,
            position: position++,
            ...participantGroupFields({ ...line, bridgePointId: id }),
          })),
        );
        await insertRows(trx, 'participant_groups', copies);
        const result = await added(trx, conferenceId, ids);
        const copied = new Set(copies.map((copy) => copy.id));
        const linesAfter = (await listParticipantGroups(trx, conferenceId)).filter((line) => copied.has(line.id));
        return {
          ...result,
          removedIds: [pointId],
          before: { bridgePoints: [group], participantGroups: lines },
          after: { bridgePoints: result.after.bridgePoints ?? [], participantGroups: linesAfter },
        };
      });
    },
  };
}
