/** Schemas of the national roll-call wall (issue 18): provinces' counts and one province's points by pages. */
import { Type } from 'typebox';
import type { ProvinceHalls } from '../../../domain/live/hall-wall.js';
import { WALL_PAGE_MAX } from '../../../domain/live/hall-wall.js';
import { ConferenceParams, errorResponses } from '../common.schema.js';
import { HallStatusSchema, LiveMessageSchema } from './live.schema.js';

const tags = ['live'];

export const ProvinceHallsSchema = Type.Unsafe<ProvinceHalls>(
  Type.Object(
    {
      code: Type.Union([Type.String(), Type.Null()], { description: 'The province unit code; null: the points without a province' }),
      name: Type.String(),
      points: Type.Integer(),
      ready: Type.Integer(),
      notReported: Type.Integer(),
      links: Type.Object({ unknown: Type.Integer(), good: Type.Integer(), weak: Type.Integer(), down: Type.Integer() }),
      people: Type.Integer(),
    },
    { description: 'The roll call counted over one province' },
  ),
);

export const liveWallSchemas = {
  wall: {
    tags,
    summary: 'Điểm danh theo tỉnh / the roll call counted per province, with the messages',
    params: ConferenceParams,
    response: {
      200: Type.Object({ provinces: Type.Array(ProvinceHallsSchema), messages: Type.Array(LiveMessageSchema), seq: Type.Integer() }),
      ...errorResponses,
    },
  },
  points: {
    tags,
    summary: 'Điểm danh các điểm cầu của một tỉnh / the roll call of one province’s points, a page at a time',
    params: ConferenceParams,
    querystring: Type.Object(
      {
        province: Type.String({ maxLength: 40, description: 'The province code; empty: the points without a province' }),
        after: Type.Optional(Type.String({ minLength: 1, maxLength: 120, description: 'The `next` of the previous page' })),
        limit: Type.Optional(Type.Integer({ minimum: 1, maximum: WALL_PAGE_MAX })),
      },
      { additionalProperties: false },
    ),
    response: {
      200: Type.Object({ halls: Type.Array(HallStatusSchema), next: Type.Union([Type.String(), Type.Null()]) }),
      ...errorResponses,
    },
  },
};
