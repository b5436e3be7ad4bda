/** Schemas of the dated lists of administrative units. */
import { Type } from 'typebox';
import { LocalDate } from '../../../domain/conference.schema.js';
import { errorResponses } from '../common.schema.js';

export const UnitListSchema = Type.Object({
  id: Type.String(),
  name: Type.String(),
  validOn: LocalDate,
  source: Type.String({ description: 'Where the list comes from' }),
  note: Type.String({ description: 'Known differences from the official figures' }),
  units: Type.Array(
    Type.Object({
      code: Type.String(),
      name: Type.String(),
      kind: Type.String(),
      parentCode: Type.Union([Type.String(), Type.Null()], { description: 'The province of a commune-level unit' }),
    }),
  ),
});

export const listUnitListsSchema = {
  tags: ['administrative-units'],
  summary: 'Danh sách đơn vị hành chính / lists of administrative units',
  response: { 200: Type.Object({ items: Type.Array(UnitListSchema) }), ...errorResponses },
};
