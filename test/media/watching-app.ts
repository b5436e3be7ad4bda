/**
 * The app of the watching tier's tests: SQLite, the embedded engine and the packager on (an app
 * built without settings has no watching tier), x264's lightest preset, its files in `dataDir`.
 */
import { join } from 'node:path';
import { DEFAULT_HLS_OPTIONS, type RenditionName } from '../../src/media/hls/hls-args.js';
import { DEFAULT_MEDIA_CONFIG } from '../../src/media/select-engine.js';
import { SQLITE_CASE } from '../../src/storage/test-databases.js';
import { openTestApp, type TestApp } from '../api/helpers.js';

export const openWatchingApp = (dataDir: string, renditions: RenditionName[] = DEFAULT_HLS_OPTIONS.renditions): Promise<TestApp> =>
  openTestApp(
    SQLITE_CASE,
    {},
    {
      media: {
        config: {
          ...DEFAULT_MEDIA_CONFIG,
          hls: { ffmpegPath: 'ffmpeg', options: { ...DEFAULT_HLS_OPTIONS, renditions, preset: 'ultrafast' }, signingKey: null },
        },
        recordingsDir: join(dataDir, 'recordings'),
        hlsDir: join(dataDir, 'hls'),
      },
    },
  );
