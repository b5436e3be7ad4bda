/** Schemas of the convening document's own parts: sessions, chairs, outline. */
import { Type } from 'typebox';
import { ChairInput, ConferenceSessionInput, OutlineSectionFields } from '../../../domain/conference.schema.js';
import { ConferenceParams, WriteHeaders, errorResponses, PresentedConference } from '../common.schema.js';

const { parentId: _parent, ...sectionFields } = OutlineSectionFields;
const Key = Type.String({ minLength: 1, maxLength: 100 });

export const SessionsBody = Type.Object(
  {
    sessions: Type.Array(ConferenceSessionInput, {
      minItems: 1,
      maxItems: 100,
      description: 'Every session in order; what is not known stays null (never a guess)',
    }),
  },
  { additionalProperties: false },
);
export const ChairsBody = Type.Object({ chairs: Type.Array(ChairInput, { maxItems: 50 }) }, { additionalProperties: false });
export const OutlineBody = Type.Object(
  {
    sections: Type.Array(
      Type.Object({ ...sectionFields, key: Key, parentKey: Type.Union([Key, Type.Null()]) }, { additionalProperties: false }),
      {
        maxItems: 2000,
        description: 'The sections in document order, each parent before its subsections',
      },
    ),
  },
  { additionalProperties: false },
);

const replace = <B>(tag: string, summary: string, body: B) => ({
  tags: [tag],
  summary,
  params: ConferenceParams,
  headers: WriteHeaders,
  body,
  response: { 200: PresentedConference, ...errorResponses },
});

export const conveningSchemas = {
  sessions: replace('convening', 'Thay các phiên họp / replace the sessions', SessionsBody),
  chairs: replace('convening', 'Thay chủ trì, đồng chủ trì / replace the chair and co-chairs', ChairsBody),
  outline: replace('convening', 'Thay bố cục văn bản / replace the outline', OutlineBody),
};
