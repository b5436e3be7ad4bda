/**
 * Video and sound (issue 6): the media engine of the configuration, the media service that
 * keeps it in step with the programme, the /media signalling namespace on the live gateway's
 * Socket.IO server, and the media routes. Registered after the live socket plugin. The engine
 * starts on first use and stops in `preClose` with the gateway. With `redisUrl` (several
 * processes), each conference's media is leased to one process (services/media/room-leases.ts).
 */
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { DEFAULT_HLS_OPTIONS } from '../../media/hls/hls-args.js';
import fp from 'fastify-plugin';
import { createEngine, DEFAULT_MEDIA_CONFIG, type MediaConfig } from '../../media/select-engine.js';
import type { MediaEngine } from '../../media/media-engine.js';
import { MediaGateway } from '../../realtime/socket/media-gateway.js';
import { MediaService } from '../../services/media/media-service.js';
import { RedisRoomLeases, type RoomLeases } from '../../services/media/room-leases.js';
import { connectRedis } from '../../realtime/redis-connection.js';
import { principalOfRevoked } from '../../realtime/principals.js';
import type { Services } from '../server-services.js';
import { mediaRoutes } from '../routes/media/media.routes.js';
import { programmeApiRoutes, programmeFileRoutes } from '../routes/media/programme.routes.js';
import { HlsPackager } from '../../media/hls/hls-packager.js';
import { WatchTokens } from '../../services/media/watch-tokens.js';

export interface MediaSetup {
  config?: MediaConfig;
  /** Where recordings are kept (DATA_DIR/recordings). */
  recordingsDir: string;
  /** Where the watching tier's HLS is written (DATA_DIR/hls); default: beside the recordings. */
  hlsDir?: string;
  /** An engine made by the caller (tests); default: from `config`. */
  engine?: MediaEngine;
}

export interface MediaPluginOptions {
  services: Services;
  media: MediaSetup;
  /** Several server processes: leases on the conferences' media rooms in this Redis. */
  redisUrl?: string | null;
}

declare module 'fastify' {
  interface FastifyInstance {
    media: MediaService;
  }
}

async function mediaPlugin(app: FastifyInstance, { services, media: setup, redisUrl }: MediaPluginOptions) {
  const log = (message: string, error?: unknown) => app.log.error({ err: error }, message);
  const redis = redisUrl ? await connectRedis(redisUrl, log) : null;
  const leases: RoomLeases | undefined = redis ? new RedisRoomLeases(redis.client, log) : undefined;
  const config = setup.config ?? DEFAULT_MEDIA_CONFIG;
  const engine = setup.engine ?? createEngine(config, setup.recordingsDir, log);
  const hls = config.hls ?? null;
  const packager = hls
    ? new HlsPackager({ hlsDir: setup.hlsDir ?? join(setup.recordingsDir, '..', 'hls'), ffmpegPath: hls.ffmpegPath, hls: hls.options, log })
    : undefined;
  const tokens = new WatchTokens(hls?.signingKey ?? null);
  const media = new MediaService({
    engine,
    live: services.live,
    recordingsDir: setup.recordingsDir,
    iceServers: config.iceServers,
    log,
    ...(packager ? { packager } : {}),
    ...(leases ? { leases } : {}),
    ...(config.thumbnailsPerPage ? { maxThumbnails: config.thumbnailsPerPage } : {}),
  });
  const io = app.liveGateway.socketServer;
  if (!io) throw new Error('the media plugin needs the live socket gateway');
  const gateway = new MediaGateway({ services: { ...services, media }, revalidateMs: app.liveGateway.revalidateMs, log }).attach(io);
  // The floor and the mutes of every process (the backbone) reach the room this process holds; a revocation closes the principal's pages.
  const unsubscribe = services.events.subscribeAll(({ event }) => {
    if (event.type === 'live.programme') media.onProgramme(event.events);
    else if (event.type === 'bridge_points.changed') media.onPointsChanged(event.conferenceId);
    else if (event.type === 'access.revoked') {
      gateway.recheck(principalOfRevoked(event.principal));
      tokens.revoke(principalOfRevoked(event.principal));
    }
  });
  // The rooms died with the engine's worker: forget them and let every page reconnect and join again.
  engine.onRestart?.(() => {
    media.forgetAll();
    gateway.disconnectAll();
  });
  app.decorate('media', media);
  await app.register(mediaRoutes, { prefix: '/api/v1', live: services.live, media });
  const programme = { live: services.live, media, tokens, hls: hls?.options ?? DEFAULT_HLS_OPTIONS };
  await app.register(programmeApiRoutes, { prefix: '/api/v1', ...programme });
  await app.register(programmeFileRoutes, programme);
  app.addHook('preClose', async () => {
    unsubscribe();
    gateway.close();
    await media.close();
    await redis?.close();
  });
}

export default fp(mediaPlugin, { name: 'diemcau-media', fastify: '5.x', dependencies: ['diemcau-live-socket'] });
