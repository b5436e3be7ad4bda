/** Schemas of the media routes (issue 6): what a page needs before joining, and the recordings. */
import type { Readable } from 'node:stream';
import { Type } from 'typebox';
import { ConferenceParams, Id, errorResponses } from '../common.schema.js';

const tags = ['media'];

const IceServerSchema = Type.Object({
  urls: Type.Array(Type.String()),
  username: Type.Optional(Type.String()),
  credential: Type.Optional(Type.String()),
});

const MediaAccessSchema = Type.Object(
  {
    engine: Type.Union([Type.Literal('embedded'), Type.Literal('janus')]),
    iceServers: Type.Array(IceServerSchema),
    /** The bridge points whose camera and microphone this caller may send. */
    publishAt: Type.Array(Type.String()),
    /** A remote guest publishes as themselves. */
    publishAsGuest: Type.Boolean(),
    /** The chair and the secretariat see every hall. */
    seesAll: Type.Boolean(),
    /** Force-mute halls and start or stop the recording (live.run). */
    controls: Type.Boolean(),
  },
  { description: 'What the caller may do in the media room' },
);

const RecordingSchema = Type.Object({
  id: Type.String({ description: 'The session, by its start: phien-YYYYMMDD-HHmmss (Vietnam time)' }),
  startedAt: Type.String({ format: 'date-time' }),
  endedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
  files: Type.Array(Type.Object({ name: Type.String(), bytes: Type.Integer() })),
});

export const mediaSchemas = {
  access: {
    tags,
    summary: 'Phòng hình ảnh, âm thanh / what the caller may do in the media room',
    params: ConferenceParams,
    response: { 200: MediaAccessSchema, ...errorResponses },
  },
  recordings: {
    tags,
    summary: 'Bản ghi hình các phiên / the recordings of the host programme, per session',
    params: ConferenceParams,
    response: { 200: Type.Array(RecordingSchema), ...errorResponses },
  },
  recordingFile: {
    tags,
    summary: 'Tải một tệp ghi hình / download one recorded file',
    params: Type.Object({ conferenceId: Id, name: Type.String({ minLength: 1, maxLength: 200, pattern: '^[A-Za-z0-9._-]+$' }) }),
    response: {
      200: Type.Unsafe<Buffer | Readable>({
        type: 'string',
        format: 'binary',
        description: 'The recorded file (.webm; from Janus .webm and .opus converted by janus-pp-rec, and the .mjr it recorded)',
      }),
      ...errorResponses,
    },
  },
};
