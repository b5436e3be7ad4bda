/**
 * The real app of the watching tier's serving bench, as a child process of run.ts: buildApp
 * with its services on a temporary SQLite database, the watching tier on (its signing key
 * given by run.ts, so the viewers' process can sign their own tokens, one per point), its
 * HLS folder the bench's serving folder. Nothing here starts a packager: the files are the
 * replayed recording (replay.ts). No request log (as the other benches; `diemcau serve`
 * logs every request, which costs more).
 */
import type { FastifyInstance } from 'fastify';
import { DEFAULT_HLS_OPTIONS, type RenditionName } from '../../src/media/hls/hls-args.js';
import { DEFAULT_MEDIA_CONFIG } from '../../src/media/select-engine.js';
import { buildApp } from '../../src/server/app.js';
import { createServices, loadReferenceUnitLists } from '../../src/services/index.js';
import { openTestSqlite } from '../../src/storage/test-databases.js';

export interface AppServerOptions {
  hlsDir: string;
  recordingsDir: string;
  signingKey: string;
  renditions: RenditionName[];
}

const options = JSON.parse(process.argv[2]!) as AppServerOptions;
const database = await openTestSqlite();
await loadReferenceUnitLists(database);
const app: FastifyInstance = await buildApp({
  services: createServices(database),
  database: { dialect: 'sqlite' },
  webRoot: null,
  logger: false,
  media: {
    config: {
      ...DEFAULT_MEDIA_CONFIG,
      hls: { ffmpegPath: 'ffmpeg', options: { ...DEFAULT_HLS_OPTIONS, renditions: options.renditions }, signingKey: options.signingKey },
    },
    recordingsDir: options.recordingsDir,
    hlsDir: options.hlsDir,
  },
});
const address = await app.listen({ host: '127.0.0.1', port: 0 });
process.send!({ type: 'listening', host: new URL(address).host });
process.on(
  'disconnect',
  () =>
    void app
      .close()
      .then(() => database.close())
      .finally(() => process.exit(0)),
);
