/** Bridge points: add, change, remove, reorder, and one point per administrative unit. */
import { Type } from 'typebox';
import { BridgePointInput, BridgePointKind } from '../domain/conference.schema.js';
import { unitsToBridgePoints } from '../domain/administrative-units.js';
import { checkOrder, hostsToDemote } from '../domain/conference-rules.js';
import { findUnitList } from '../storage/repositories/administrative-unit-repository.js';
import { clearHost, listHostPoints, listPointUnitCodes } from '../storage/repositories/bridge-point-repository.js';
import { deleteRow, findRow, insertRows, listIds, nextPosition, setPositions, updateRow } from '../storage/repositories/child-rows.js';
import { bridgePointFields, rowToBridgePoint } from '../storage/repositories/row-mappers.js';
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
  'addBridgePoint' | 'updateBridgePoint' | 'removeBridgePoint' | 'reorderBridgePoints' | 'addBridgePointsFromUnits'
>;

export function bridgePointWrites(ctx: ServiceContext): BridgePointWrites {
  return {
    async addBridgePoint(conferenceId, input, options) {
      const point = prepareInput(BridgePointInput, input);
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
  };
}
