/** Schemas of the watching tier's routes (issue 19): a signed address, and the HLS it names. */
import type { Readable } from 'node:stream';
import { Type } from 'typebox';
import { Id, errorResponses } from '../common.schema.js';

const tags = ['media'];

const Token = Type.String({
  minLength: 20,
  maxLength: 200,
  pattern: '^[A-Za-z0-9._:-]+$',
  description: 'The signed part of a watching address',
});
const Rendition = Type.String({ pattern: '^(1080p|720p|360p)$' });

const WatchAddress = Type.Object({
  url: Type.String({ description: 'The master playlist: /hls/<conference>/<token>/master.m3u8; everything under it carries the token' }),
  token: Type.String(),
  expiresAt: Type.Integer({ description: 'When the token ends (ms since the epoch); ask again before (at half its life)' }),
  renditions: Type.Array(Rendition),
  segmentSeconds: Type.Number(),
  packager: Type.Object({
    running: Type.Boolean(),
    restarts: Type.Integer(),
    lastError: Type.Union([Type.String(), Type.Null()]),
  }),
});

const Hls = Type.Unsafe<Buffer | Readable>({ type: 'string', format: 'binary', description: 'An HLS playlist or MPEG-TS segment' });

export const programmeSchemas = {
  watch: {
    tags,
    summary: 'Địa chỉ xem chương trình (HLS) / a signed address of the host programme over HLS (watching tier)',
    params: Type.Object({ conferenceId: Id }),
    querystring: Type.Object({ bridgePointId: Type.Optional(Id) }, { additionalProperties: false }),
    response: { 200: WatchAddress, ...errorResponses },
  },
  master: {
    tags,
    summary: 'Danh sách phát chính / the master playlist (no session: the signed token)',
    params: Type.Object({ conferenceId: Id, token: Token }),
    response: { 200: Hls, ...errorResponses },
  },
  media: {
    tags,
    summary: 'Danh sách phát hoặc đoạn của một mức chất lượng / a rendition playlist or segment',
    params: Type.Object({
      conferenceId: Id,
      token: Token,
      rendition: Rendition,
      file: Type.String({ pattern: '^(index\\.m3u8|[0-9a-f]{6}-[0-9]{1,12}\\.ts)$' }),
    }),
    response: { 200: Hls, ...errorResponses },
  },
  check: {
    tags,
    summary: 'Kiểm tra địa chỉ đã ký (cho bộ nhớ đệm phía trước) / check a signed address (a cache in front asks it)',
    params: Type.Object({ conferenceId: Id, token: Token }),
    response: { 204: Type.Null(), ...errorResponses },
  },
};
