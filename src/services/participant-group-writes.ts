/** Participant groups: add, change, remove, reorder; a group at one point names a point of this conference. */
import { Type } from 'typebox';
import { ParticipantGroupInput } from '../domain/conference.schema.js';
import { checkOrder, checkParticipantScope } from '../domain/conference-rules.js';
import { bridgePointExists } from '../storage/repositories/bridge-point-repository.js';
import { deleteRow, findRow, insertRows, listIds, nextPosition, setPositions, updateRow } from '../storage/repositories/child-rows.js';
import { participantGroupFields, rowToParticipantGroup } from '../storage/repositories/row-mappers.js';
import type { Executor } from '../storage/tables.js';
import type { ConferenceService } from './conference-service.types.js';
import { assertNoProblems, assertValidOrder, entityNotFound, prepareInput, preparePatch } from './input.js';
import type { ServiceContext } from './write-context.js';

const groupNotFound = () => entityNotFound('participant_group.not_found', 'thành phần tham dự', 'participant group');
const OrderIds = Type.Array(Type.String({ maxLength: 100 }), { maxItems: 100000 });

const checkScope = async (trx: Executor, conferenceId: string, group: ParticipantGroupInput) => {
  const ids = new Set<string>();
  if (group.bridgePointId !== null && (await bridgePointExists(trx, conferenceId, group.bridgePointId))) ids.add(group.bridgePointId);
  assertNoProblems(checkParticipantScope(group, ids), 'participant_group.scope_invalid', {
    vi: 'Điểm cầu của thành phần tham dự không hợp lệ.',
    en: 'The bridge point of the participant group is not valid.',
  });
};

type ParticipantGroupWrites = Pick<
  ConferenceService,
  'addParticipantGroup' | 'updateParticipantGroup' | 'removeParticipantGroup' | 'reorderParticipantGroups'
>;

export function participantGroupWrites(ctx: ServiceContext): ParticipantGroupWrites {
  return {
    async addParticipantGroup(conferenceId, input, options) {
      const group = prepareInput(ParticipantGroupInput, input);
      const id = ctx.newId();
      const { conference } = await ctx.write(conferenceId, options, async (trx) => {
        await checkScope(trx, conferenceId, group);
        const position = await nextPosition(trx, 'participant_groups', conferenceId);
        await insertRows(trx, 'participant_groups', [{ id, conference_id: conferenceId, position, ...participantGroupFields(group) }]);
      });
      return { id, conference };
    },

    async updateParticipantGroup(conferenceId, groupId, patch, options) {
      const changes = preparePatch(ParticipantGroupInput, patch);
      const { conference } = await ctx.write(conferenceId, options, async (trx) => {
        const row = await findRow(trx, 'participant_groups', conferenceId, groupId);
        if (!row) throw groupNotFound();
        const { id: _id, position: _position, ...current } = rowToParticipantGroup(row);
        const group = prepareInput(ParticipantGroupInput, { ...current, ...changes });
        await checkScope(trx, conferenceId, group);
        await updateRow(trx, 'participant_groups', conferenceId, groupId, participantGroupFields(group));
      });
      return conference;
    },

    async removeParticipantGroup(conferenceId, groupId, options) {
      const { conference } = await ctx.write(conferenceId, options, async (trx) => {
        if (!(await deleteRow(trx, 'participant_groups', conferenceId, groupId))) throw groupNotFound();
      });
      return conference;
    },

    async reorderParticipantGroups(conferenceId, ids, options) {
      const order = prepareInput(OrderIds, ids);
      const { conference } = await ctx.write(conferenceId, options, async (trx) => {
        assertValidOrder(checkOrder(await listIds(trx, 'participant_groups', conferenceId), order), 'participant_group.order_invalid', {
          vi: 'Thứ tự phải gồm mỗi thành phần tham dự đúng một lần.',
          en: 'The order must list every participant group exactly once.',
        });
        await setPositions(trx, 'participant_groups', conferenceId, order);
      });
      return conference;
    },
  };
}
