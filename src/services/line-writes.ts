/** Lists replaced as a whole (cost lines, distribution list) and import leftovers dismissed one by one. */
import { Type } from 'typebox';
import { CostLineInput, DistributionLineInput } from '../domain/conference.schema.js';
import { deleteAllRows, deleteRow, insertRows } from '../storage/repositories/child-rows.js';
import { costLineFields } from '../storage/repositories/row-mappers.js';
import type { ConferenceService } from './conference-service.types.js';
import { entityNotFound, prepareInput } from './input.js';
import type { ServiceContext } from './write-context.js';

const CostLines = Type.Array(CostLineInput, { maxItems: 1000 });
const DistributionLines = Type.Array(DistributionLineInput, { maxItems: 1000 });

type LineWrites = Pick<ConferenceService, 'replaceCostLines' | 'replaceDistribution' | 'removeUnclassified'>;

export function lineWrites(ctx: ServiceContext): LineWrites {
  return {
    async replaceCostLines(conferenceId, lines, options) {
      const input = prepareInput(CostLines, lines, '/lines');
      const { conference } = await ctx.write(conferenceId, options, async (trx) => {
        await deleteAllRows(trx, 'cost_lines', conferenceId);
        await insertRows(
          trx,
          'cost_lines',
          input.map((line, position) => ({ id: ctx.newId(), conference_id: conferenceId, position, ...costLineFields(line) })),
        );
      });
      return conference;
    },

    async replaceDistribution(conferenceId, lines, options) {
      const input = prepareInput(DistributionLines, lines, '/lines');
      const { conference } = await ctx.write(conferenceId, options, async (trx) => {
        await deleteAllRows(trx, 'distribution_lines', conferenceId);
        await insertRows(
          trx,
          'distribution_lines',
          input.map((line, position) => ({ id: ctx.newId(), conference_id: conferenceId, position, text: line.text })),
        );
      });
      return conference;
    },

    async removeUnclassified(conferenceId, itemId, options) {
      const { conference } = await ctx.write(conferenceId, options, async (trx) => {
        if (!(await deleteRow(trx, 'unclassified_lines', conferenceId, itemId))) {
          throw entityNotFound('unclassified.not_found', 'dòng chưa phân loại', 'unclassified line');
        }
      });
      return conference;
    },
  };
}
