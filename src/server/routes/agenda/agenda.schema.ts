/** Schemas of the agenda (chương trình): items, the order of the whole tree, and the computed schedule. */
import { Type } from 'typebox';
import { AgendaItemFields, AgendaItemInput, AgendaItemKind, LocalDateTime } from '../../../domain/conference.schema.js';
import { collectionSchemas } from '../collection.schema.js';
import { ConferenceParams, Id, WriteHeaders, errorResponses, PresentedConference } from '../common.schema.js';

export const agendaItemSchemas = collectionSchemas({
  tag: 'agenda',
  noun: 'nội dung chương trình / agenda item',
  input: AgendaItemInput,
  fields: AgendaItemFields,
  idParam: 'itemId',
});

export const AgendaOrderBody = Type.Object(
  {
    items: Type.Array(Type.Object({ id: Id, parentId: Type.Union([Id, Type.Null()]) }, { additionalProperties: false }), {
      maxItems: 5000,
      description: 'The whole agenda in display order: every item once, at most two levels',
    }),
  },
  { additionalProperties: false },
);

export const reorderAgendaSchema = {
  tags: ['agenda'],
  summary: 'Sắp xếp chương trình / reorder the agenda',
  params: ConferenceParams,
  headers: WriteHeaders,
  body: AgendaOrderBody,
  response: { 200: PresentedConference, ...errorResponses },
};

const NullableDateTime = Type.Union([LocalDateTime, Type.Null()]);
const NullableInteger = Type.Union([Type.Integer(), Type.Null()]);

export const ScheduledItemSchema = Type.Object({
  id: Id,
  parentId: Type.Union([Id, Type.Null()]),
  depth: Type.Integer({ minimum: 0, maximum: 1 }),
  kind: AgendaItemKind,
  start: NullableDateTime,
  end: NullableDateTime,
  offsetMinutes: Type.Integer(),
  durationMinutes: NullableInteger,
  durationSource: Type.Enum(['item', 'per_speaker', 'children', 'none']),
  minimumMinutes: Type.Integer(),
  startIsExact: Type.Boolean({ description: 'False: the start is a "no earlier than" bound' }),
  childCount: Type.Integer(),
  childrenMinutes: NullableInteger,
  ruleMismatch: Type.Boolean(),
  overrunsParent: Type.Boolean(),
});

export const ScheduleSchema = Type.Object({
  startsAt: NullableDateTime,
  items: Type.Array(ScheduledItemSchema),
  byId: Type.Record(Type.String(), ScheduledItemSchema),
  totals: Type.Object({
    knownMinutes: Type.Integer(),
    unknownCount: Type.Integer(),
    end: NullableDateTime,
    endNoEarlierThan: NullableDateTime,
    itemsWithoutDuration: Type.Array(Id),
  }),
});

export const scheduleSchema = {
  tags: ['agenda'],
  summary: 'Thời gian dự kiến của từng nội dung / the computed schedule',
  params: ConferenceParams,
  response: { 200: ScheduleSchema, ...errorResponses },
};
