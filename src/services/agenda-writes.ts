/** The agenda (chương trình): items and sub-items, at most two levels, positions counted among siblings. */
import { Type } from 'typebox';
import { AgendaItemInput } from '../domain/conference.schema.js';
import { checkAgendaOrder, checkAgendaPlacement } from '../domain/conference-rules.js';
import { listAgendaNodes, placeAgendaItems } from '../storage/repositories/agenda-repository.js';
import { deleteRow, findRow, insertRows, nextPosition, updateRow } from '../storage/repositories/child-rows.js';
import { agendaItemFields, rowToAgendaItem } from '../storage/repositories/row-mappers.js';
import type { Executor } from '../storage/tables.js';
import type { ConferenceService } from './conference-service.types.js';
import { assertNoProblems, assertValidOrder, entityNotFound, prepareInput, preparePatch } from './input.js';
import type { ServiceContext } from './write-context.js';

const itemNotFound = () => entityNotFound('agenda_item.not_found', 'nội dung chương trình', 'agenda item');
const AgendaOrder = Type.Array(
  Type.Object(
    { id: Type.String({ maxLength: 100 }), parentId: Type.Union([Type.String({ maxLength: 100 }), Type.Null()]) },
    { additionalProperties: false },
  ),
  { maxItems: 5000 },
);
const PLACEMENT_MESSAGE = {
  vi: 'Vị trí của nội dung trong chương trình không hợp lệ.',
  en: 'The place of the item in the agenda is not valid.',
};

const checkPlacement = async (trx: Executor, conferenceId: string, itemId: string | null, parentId: string | null) =>
  assertNoProblems(
    checkAgendaPlacement(await listAgendaNodes(trx, conferenceId), itemId, parentId),
    'agenda_item.placement_invalid',
    PLACEMENT_MESSAGE,
  );

const endOf = (trx: Executor, conferenceId: string, parentId: string | null) =>
  nextPosition(trx, 'agenda_items', conferenceId, { column: 'parent_id', value: parentId });

type AgendaWrites = Pick<ConferenceService, 'addAgendaItem' | 'updateAgendaItem' | 'removeAgendaItem' | 'reorderAgenda'>;

export function agendaWrites(ctx: ServiceContext): AgendaWrites {
  return {
    async addAgendaItem(conferenceId, input, options) {
      const item = prepareInput(AgendaItemInput, input);
      const id = ctx.newId();
      const { conference } = await ctx.write(conferenceId, options, async (trx) => {
        await checkPlacement(trx, conferenceId, null, item.parentId);
        const position = await endOf(trx, conferenceId, item.parentId);
        await insertRows(trx, 'agenda_items', [{ id, conference_id: conferenceId, position, ...agendaItemFields(item) }]);
      });
      return { id, conference };
    },

    async updateAgendaItem(conferenceId, itemId, patch, options) {
      const changes = preparePatch(AgendaItemInput, patch);
      const { conference } = await ctx.write(conferenceId, options, async (trx) => {
        const row = await findRow(trx, 'agenda_items', conferenceId, itemId);
        if (!row) throw itemNotFound();
        const { id: _id, position, ...current } = rowToAgendaItem(row);
        const item = prepareInput(AgendaItemInput, { ...current, ...changes });
        let newPosition = position;
        if (item.parentId !== current.parentId) {
          // Moved under another parent (or to the top level): checked, then put last there.
          await checkPlacement(trx, conferenceId, itemId, item.parentId);
          newPosition = await endOf(trx, conferenceId, item.parentId);
        }
        await updateRow(trx, 'agenda_items', conferenceId, itemId, { ...agendaItemFields(item), position: newPosition });
      });
      return conference;
    },

    /** Sub-items go with their item; tasks that prepared it keep existing without it. */
    async removeAgendaItem(conferenceId, itemId, options) {
      const { conference } = await ctx.write(conferenceId, options, async (trx) => {
        if (!(await deleteRow(trx, 'agenda_items', conferenceId, itemId))) throw itemNotFound();
      });
      return conference;
    },

    async reorderAgenda(conferenceId, order, options) {
      const entries = prepareInput(AgendaOrder, order);
      const { conference } = await ctx.write(conferenceId, options, async (trx) => {
        const existing = (await listAgendaNodes(trx, conferenceId)).map((node) => node.id);
        assertValidOrder(checkAgendaOrder(existing, entries), 'agenda_item.order_invalid', {
          vi: 'Thứ tự chương trình phải gồm mỗi nội dung đúng một lần, tối đa hai cấp.',
          en: 'The agenda order must list every item exactly once, nested at most two levels.',
        });
        const counters = new Map<string | null, number>();
        const placements = entries.map((entry) => {
          const position = counters.get(entry.parentId) ?? 0;
          counters.set(entry.parentId, position + 1);
          return { ...entry, position };
        });
        await placeAgendaItems(trx, conferenceId, placements);
      });
      return conference;
    },
  };
}
