/**
 * The watching tier over HTTP (issue 19). A page with `media.watch` asks for a signed address
 * (`GET /api/v1/conferences/:id/media/watch`), which starts the conference's packager if it
 * is not running; the HLS itself is served under `/hls/<conference>/<token>/` with no session:
 * the token is checked on every request, here or by a cache in front (it asks
 * `/hls-check/<conference>/<token>`; deploy/nginx/diemcau-hls.conf).
 *
 * Cache headers: a segment's name is never reused (immutable, kept a day); a rendition's
 * playlist changes every segment (one second); the master playlist lists fixed renditions.
 * The cache key of a shared cache leaves the token out (the same bytes for every point).
 */
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyReply } from 'fastify';
import { can } from '../../../domain/access/can.js';
import { conferenceNotFound } from '../../../services/input.js';
import type { LiveService } from '../../../services/live/live-service.types.js';
import { mediaErrors } from '../../../services/media/media-errors.js';
import type { MediaService } from '../../../services/media/media-service.js';
import type { WatchTokens } from '../../../services/media/watch-tokens.js';
import type { HlsOptions } from '../../../media/hls/hls-args.js';
import { datedPlaylist, segmentsOf } from '../../../media/hls/playlist-dates.js';
import { principalOf } from '../../../realtime/principals.js';
import { allow, signedIn } from '../../access.js';
import { programmeSchemas as schemas } from './programme.schema.js';

export interface ProgrammeRouteOptions {
  live: LiveService;
  media: MediaService;
  tokens: WatchTokens;
  hls: HlsOptions;
}

const PLAYLIST = 'application/vnd.apple.mpegurl';
const CACHE = {
  master: 'public, max-age=10',
  playlist: 'public, max-age=1',
  segment: 'public, max-age=86400, immutable',
};

export const programmeApiRoutes: FastifyPluginAsyncTypebox<ProgrammeRouteOptions> = async (app, { live, media, tokens, hls }) => {
  app.get('/conferences/:conferenceId/media/watch', { schema: schemas.watch }, async (request) => {
    const actor = signedIn(request);
    const facts = await live.facts(request.params.conferenceId, { onlyPoints: [] });
    const conference = { id: facts.id, status: facts.status, archived: facts.archived };
    if (!can(actor, 'live.read', { conference, bridgePointId: null })) throw conferenceNotFound();
    const bridgePointId = request.query.bridgePointId ?? null;
    allow(request, 'media.watch', { conference, bridgePointId });
    const principal = principalOf(actor)!;
    const packager = await media.watch(facts.id);
    await media.programmePublished(facts.id);
    const { token, expiresAt } = tokens.issue(facts.id, bridgePointId, principal);
    return {
      url: `/hls/${facts.id}/${token}/master.m3u8`,
      token,
      expiresAt,
      renditions: hls.renditions,
      segmentSeconds: hls.segmentSeconds,
      packager: { running: packager.running, restarts: packager.restarts, lastError: packager.lastError },
    };
  });
};

/** Registered without a prefix: /hls/… and /hls-check/…, outside the API and its sessions. */
export const programmeFileRoutes: FastifyPluginAsyncTypebox<ProgrammeRouteOptions> = async (app, { media, tokens }) => {
  const folderOf = (conferenceId: string, token: string): string => {
    if (!tokens.verify(conferenceId, token)) throw mediaErrors.watchLinkInvalid();
    const folder = media.programmeFolder(conferenceId);
    if (!folder) throw mediaErrors.notPublished();
    return folder;
  };
  const send = async (reply: FastifyReply, path: string, type: string, cache: string) => {
    const size = await stat(path).then(
      (s) => s.size,
      () => null,
    );
    // A playlist not written yet (the packager is starting) is worth asking again: players
    // retry a 503, not a 404. A segment gone is gone.
    if (size === null && type === PLAYLIST) throw mediaErrors.programmeStarting();
    if (size === null) throw mediaErrors.notPublished();
    return reply.type(type).header('Cache-Control', cache).header('Content-Length', size).send(createReadStream(path));
  };

  app.get('/hls/:conferenceId/:token/master.m3u8', { schema: schemas.master }, async (request, reply) => {
    const { conferenceId, token } = request.params;
    return send(reply, resolve(folderOf(conferenceId, token), 'master.m3u8'), PLAYLIST, CACHE.master);
  });

  app.get('/hls/:conferenceId/:token/:rendition/:file', { schema: schemas.media }, async (request, reply) => {
    const { conferenceId, token, rendition, file } = request.params;
    const path = resolve(folderOf(conferenceId, token), rendition, file);
    if (file !== 'index.m3u8') return send(reply, path, 'video/mp2t', CACHE.segment);
    const text = await readFile(path, 'utf8').catch(() => null);
    if (text === null) throw mediaErrors.programmeStarting();
    // Each segment dated from when it was finished (playlist-dates.ts): the players' "behind live" is then true.
    const finished = new Map(
      await Promise.all(
        segmentsOf(text).map(
          async (name) =>
            [
              name,
              await stat(resolve(dirname(path), name)).then(
                (s) => s.mtimeMs,
                () => null,
              ),
            ] as const,
        ),
      ),
    );
    return reply
      .type(PLAYLIST)
      .header('Cache-Control', CACHE.playlist)
      .send(Buffer.from(datedPlaylist(text, finished)));
  });

  app.get('/hls-check/:conferenceId/:token', { schema: schemas.check }, async (request, reply) => {
    const { conferenceId, token } = request.params;
    if (!tokens.verify(conferenceId, token)) throw mediaErrors.watchLinkInvalid();
    // A cache may keep this answer briefly: a revoked token is then refused within these seconds.
    return reply.header('Cache-Control', 'private, max-age=5').code(204).send(null);
  });
};
