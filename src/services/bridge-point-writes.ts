/** Bridge points: add, change, remove, reorder, and one point per administrative unit. */
import { Type } from 'typebox';
import { BridgePointInput, BridgePointKind } from '../domain/conference.schema.js';
import { expandGroupPoint, unitsToBridgePoints, unitTreeToBridgePoints } from '../domain/administrative-units.js';
import { invalid } from '../domain/errors.js';
import { listBridgePoints, listParticipantGroups } from '../storage/repositories/plan-repository.js';
import { checkOrder, hostsToDemote, ONE_POINT } from '../domain/conference-rules.js';
import { findUnitList } from '../storage/repositories/administrative-unit-repository.js';
import { clearHost, listHostPoints, listPointUnitCodes } from '../storage/repositories/bridge-point-repository.js';
import { deleteRow, findRow, insertRows, listIds, nextPosition, setPositions, updateRow } from '../storage/repositories/child-rows.js';
import { bridgePointFields, participantGroupFields, rowToBridgePoint } from '../storage/repositories/row-mappers.js';
import type { Executor } from '../storage/tables.js';
import type { ConferenceService } from './conference-service.types.js';
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

/** Making `hostId` the host demotes any other host of the conference (see hostsToDemote). */
const demoteOtherHosts = async (trx: Executor, conferenceId: string, hostId: string) =>
  clearHost(trx, conferenceId, hostsToDemote(await listHostPoints(trx, conferenceId), hostId));

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
  return {
    async addBridgePoint(conferenceId, input, options) {
      // The group fields may be left out: a named point.
      const point = prepareInput(BridgePointInput, { ...ONE_POINT, ...input });
      const id = ctx.newId();
      const { conference } = await ctx.write(conferenceId, options, async (trx) => {
        if (point.isHost) await demoteOtherHosts(trx, conferenceId, id);
        const position = await nextPosition(trx, 'bridge_points', conferenceId);
        await insertRows(trx, 'bridge_points', [{ id, conference_id: conferenceId, position, ...bridgePointFields(point) }]);
      });
      return { id, conference };
    },

    async updateBridgePoint(conferenceId, pointId, patch, options) {
      const changes = preparePatch(BridgePointInput, patch);
      const { conference } = await ctx.write(conferenceId, options, async (trx) => {
        const row = await findRow(trx, 'bridge_points', conferenceId, pointId);
        if (!row) throw pointNotFound();
        const { id: _id, position: _position, ...current } = rowToBridgePoint(row);
        const point = prepareInput(BridgePointInput, { ...current, ...changes });
        if (point.isHost) await demoteOtherHosts(trx, conferenceId, pointId);
        await updateRow(trx, 'bridge_points', conferenceId, pointId, bridgePointFields(point));
      });
      return conference;
    },

    /** Participant groups at the point are removed with it. */
    async removeBridgePoint(conferenceId, pointId, options) {
      const { conference } = await ctx.write(conferenceId, options, async (trx) => {
        if (!(await deleteRow(trx, 'bridge_points', conferenceId, pointId))) throw pointNotFound();
      });
      return conference;
    },

    async reorderBridgePoints(conferenceId, ids, options) {
      const order = prepareInput(OrderIds, ids);
      const { conference } = await ctx.write(conferenceId, options, async (trx) => {
        assertValidOrder(checkOrder(await listIds(trx, 'bridge_points', conferenceId), order), 'bridge_point.order_invalid', {
          vi: 'Thứ tự điểm cầu phải gồm mỗi điểm cầu của hội nghị đúng một lần.',
          en: 'The order must list every bridge point of the conference exactly once.',
        });
        await setPositions(trx, 'bridge_points', conferenceId, order);
      });
      return conference;
    },

    async addBridgePointsFromUnits(conferenceId, request, options) {
      const { unitListId, ...choice } = prepareInput(UnitsToPointsRequest, request);
      const { conference } = await ctx.write(conferenceId, options, async (trx) => {
        const list = await findUnitList(trx, unitListId);
        if (!list) throw entityNotFound('administrative_unit_list.not_found', 'danh sách đơn vị hành chính', 'administrative unit list');
        const points = unitsToBridgePoints(list, await listPointUnitCodes(trx, conferenceId), choice);
        const first = await nextPosition(trx, 'bridge_points', conferenceId);
        await insertRows(
          trx,
          'bridge_points',
          points.map((point, index) => ({
            id: ctx.newId(),
            conference_id: conferenceId,
            position: first + index,
            ...bridgePointFields(point),
          })),
        );
      });
      return conference;
    },

    async addBridgePointsFromUnitTree(conferenceId, request, options) {
      const { unitListId, ...choice } = prepareInput(UnitTreeRequest, request);
      const { conference } = await ctx.write(conferenceId, options, async (trx) => {
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
        await appendPoints(trx, conferenceId, points, ctx.newId);
      });
      return conference;
    },

    async expandBridgePointGroup(conferenceId, pointId, options) {
      const { conference } = await ctx.write(conferenceId, options, async (trx) => {
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
        await insertRows(
          trx,
          'participant_groups',
          ids.flatMap((id) =>
            lines.map(({ id: _id, position: _position, ...line }) => ({
              id: ctx.newId(),
              conference_id: conferenceId,
              position: position++,
              ...participantGroupFields({ ...line, bridgePointId: id }),
            })),
          ),
        );
      });
      return conference;
    },
  };
}
