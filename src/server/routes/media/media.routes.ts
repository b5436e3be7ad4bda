/**
 * The media room through HTTP (issue 6): what a page may do before it opens the media socket
 * (src/realtime/socket/media-gateway.ts carries the signalling), and the recordings of the
 * host programme for the minutes. Force-mute and recording are live commands (live.routes.ts).
 */
import { createReadStream } from 'node:fs';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { can } from '../../../domain/access/can.js';
import { conferenceNotFound } from '../../../services/input.js';
import type { MediaService } from '../../../services/media/media-service.js';
import type { LiveService } from '../../../services/live/live-service.types.js';
import { allow, signedIn } from '../../access.js';
import { contentDisposition } from '../documents/file-name.js';
import { mediaSchemas as schemas } from './media.schema.js';

export interface MediaRouteOptions {
  live: LiveService;
  media: MediaService;
}

const TYPES: Record<string, string> = { webm: 'video/webm', mjr: 'application/octet-stream', opus: 'audio/ogg', json: 'application/json' };

export const mediaRoutes: FastifyPluginAsyncTypebox<MediaRouteOptions> = async (app, { live, media }) => {
  const base = '/conferences/:conferenceId/media';

  app.get(base, { schema: schemas.access }, async (request) => {
    const actor = signedIn(request);
    const facts = await live.facts(request.params.conferenceId);
    const conference = { id: facts.id, status: facts.status, archived: facts.archived };
    if (!can(actor, 'live.read', { conference, bridgePointId: null })) throw conferenceNotFound();
    allow(request, 'media.view', { conference, bridgePointId: null });
    return {
      engine: media.engineKind,
      iceServers: media.iceServers,
      publishAt: facts.bridgePoints
        .filter((point) => can(actor, 'media.publish', { conference, bridgePointId: point.id }))
        .map((p) => p.id),
      publishAsGuest: can(actor, 'media.publish', { conference, bridgePointId: null }),
      seesAll: can(actor, 'live.read_halls', { conference, bridgePointId: null }),
      controls: can(actor, 'live.run', { conference, bridgePointId: null }),
    };
  });

  app.get(`${base}/recordings`, { schema: schemas.recordings }, async (request) => {
    const facts = await live.facts(request.params.conferenceId);
    if (!can(signedIn(request), 'live.read', { conference: facts, bridgePointId: null })) throw conferenceNotFound();
    allow(request, 'live.read_timeline', { conference: facts, bridgePointId: null });
    return media.recordings.list(facts.id);
  });

  app.get(`${base}/recordings/:name`, { schema: schemas.recordingFile }, async (request, reply) => {
    const facts = await live.facts(request.params.conferenceId);
    if (!can(signedIn(request), 'live.read', { conference: facts, bridgePointId: null })) throw conferenceNotFound();
    allow(request, 'live.read_timeline', { conference: facts, bridgePointId: null });
    const file = await media.recordings.fileOf(facts.id, request.params.name);
    const extension = request.params.name.split('.').pop() ?? '';
    return reply
      .type(TYPES[extension] ?? 'application/octet-stream')
      .header('Content-Length', file.bytes)
      .header('Content-Disposition', contentDisposition(request.params.name))
      .send(createReadStream(file.path));
  });
};
