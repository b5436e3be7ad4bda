import { DEFAULT_HLS_OPTIONS } from '../media/hls/hls-args.js';
import { describe, expect, it } from 'vitest';
import { DomainError } from '../domain/errors.js';
import { readServerConfig } from './server-config.js';
import { DEFAULT_HLS_CONFIG, DEFAULT_MEDIA_CONFIG } from '../media/select-engine.js';

const failure = (env: Record<string, string>) => {
  try {
    readServerConfig(env);
  } catch (error) {
    return error as DomainError;
  }
  throw new Error('expected readServerConfig to throw');
};

describe('readServerConfig', () => {
  it('uses the defaults on an empty environment', () => {
    expect(readServerConfig({})).toEqual({
      port: 3000,
      host: '127.0.0.1',
      dataDir: './data',
      databaseUrl: null,
      redisUrl: null,
      trustProxy: false,
      media: { ...DEFAULT_MEDIA_CONFIG, hls: DEFAULT_HLS_CONFIG },
      reminderIntervalMs: 600_000,
      holidaysFile: null,
    });
  });

  it('reads every variable', () => {
    expect(
      readServerConfig({
        PORT: '8080',
        HOST: '0.0.0.0',
        DATA_DIR: '/var/lib/diemcau',
        DATABASE_URL: 'postgres://diemcau@db:5432/diemcau',
        REDIS_URL: 'redis://cache:6379',
        MEDIA_ENGINE: 'janus',
        JANUS_URL: 'ws://10.0.0.5:8188',
        MEDIA_HOST_ADDRESS: '10.0.0.4',
        MEDIA_PORT_RANGE: '40000-40999',
        ICE_SERVERS: '[{"urls":["turn:turn.tinh.gov.vn:3478"],"username":"u","credential":"p"}]',
        JANUS_PP_REC: ' /opt/janus/bin/janus-pp-rec ',
        MEDIA_THUMBNAILS: '9',
        TRUST_PROXY: '127.0.0.1, 10.0.0.0/8',
        FFMPEG_PATH: '/usr/local/bin/ffmpeg',
        HLS_RENDITIONS: '360p, 1080p',
        HLS_PRESET: 'ultrafast',
        HLS_SIGNING_KEY: 'khoá-dùng-chung',
      }),
    ).toEqual({
      port: 8080,
      host: '0.0.0.0',
      dataDir: '/var/lib/diemcau',
      databaseUrl: 'postgres://diemcau@db:5432/diemcau',
      redisUrl: 'redis://cache:6379',
      trustProxy: ['127.0.0.1', '10.0.0.0/8'],
      reminderIntervalMs: 600_000,
      holidaysFile: null,
      media: {
        engine: 'janus',
        janusUrl: 'ws://10.0.0.5:8188',
        hostAddress: '10.0.0.4',
        portRange: [40000, 40999],
        iceServers: [{ urls: ['turn:turn.tinh.gov.vn:3478'], username: 'u', credential: 'p' }],
        janusPostProcessor: '/opt/janus/bin/janus-pp-rec',
        thumbnailsPerPage: 9,
        hls: {
          ffmpegPath: '/usr/local/bin/ffmpeg',
          options: { ...DEFAULT_HLS_OPTIONS, renditions: ['1080p', '360p'], preset: 'ultrafast' },
          signingKey: 'khoá-dùng-chung',
        },
      },
    });
    expect(readServerConfig({ HLS: 'off' }).media.hls).toBeNull();
  });

  it('refuses bad watching-tier settings, each by name', () => {
    let error: DomainError | undefined;
    try {
      readServerConfig({ HLS: 'maybe', HLS_RENDITIONS: '720p,4k', HLS_PRESET: 'placebo' });
    } catch (caught) {
      error = caught as DomainError;
    }
    expect(error?.fields.map((field) => field.path).sort()).toEqual(['/HLS', '/HLS_PRESET', '/HLS_RENDITIONS']);
  });

  it('refuses bad media settings, each by name', () => {
    let error: DomainError | undefined;
    try {
      readServerConfig({
        MEDIA_ENGINE: 'janus',
        MEDIA_HOST_ADDRESS: 'hall.local',
        MEDIA_PORT_RANGE: '80-90',
        MEDIA_THUMBNAILS: '40',
        ICE_SERVERS: '[{"urls":"http://x"}]',
      });
    } catch (caught) {
      error = caught as DomainError;
    }
    expect(error?.fields.map((f) => f.path)).toEqual([
      '/JANUS_URL',
      '/MEDIA_HOST_ADDRESS',
      '/MEDIA_PORT_RANGE',
      '/MEDIA_THUMBNAILS',
      '/ICE_SERVERS',
    ]);
  });

  it('takes MEDIA_SIMULATED_LOSS on the embedded engine only: Janus cannot drop packets on purpose', () => {
    expect(readServerConfig({ MEDIA_SIMULATED_LOSS: '20' }).media.simulatedLossPercent).toBe(20);
    const refused = (env: Record<string, string>) => {
      try {
        readServerConfig(env);
      } catch (caught) {
        return (caught as DomainError).fields.map((f) => f.path);
      }
      return [];
    };
    expect(refused({ MEDIA_ENGINE: 'janus', JANUS_URL: 'ws://127.0.0.1:8188', MEDIA_SIMULATED_LOSS: '20' })).toEqual([
      '/MEDIA_SIMULATED_LOSS',
    ]);
    expect(refused({ MEDIA_ENGINE: 'janus', JANUS_URL: 'ws://127.0.0.1:8188', MEDIA_SIMULATED_LOSS: '0' })).toEqual([]);
    expect(refused({ MEDIA_SIMULATED_LOSS: '51' })).toEqual(['/MEDIA_SIMULATED_LOSS']);
  });

  it('turns Janus recording conversion off with JANUS_PP_REC=off, and leaves it to PATH when blank', () => {
    expect(readServerConfig({ JANUS_PP_REC: 'OFF' }).media.janusPostProcessor).toBeNull();
    expect('janusPostProcessor' in readServerConfig({ JANUS_PP_REC: ' ' }).media).toBe(false);
  });

  it('treats blank values as unset', () => {
    const config = readServerConfig({ PORT: ' ', DATABASE_URL: '  ', REDIS_URL: '' });
    expect(config.port).toBe(3000);
    expect(config.databaseUrl).toBeNull();
    expect(config.redisUrl).toBeNull();
  });

  it('accepts port 0 (any free port) and 65535', () => {
    expect(readServerConfig({ PORT: '0' }).port).toBe(0);
    expect(readServerConfig({ PORT: '65535' }).port).toBe(65535);
  });

  it.each(['abc', '-1', '65536', '80.5', '3000x', '1e3', '999999'])('rejects PORT=%s with a clear bilingual error', (port) => {
    const error = failure({ PORT: port });
    expect(error).toBeInstanceOf(DomainError);
    expect(error.code).toBe('config.invalid');
    expect(error.fields.map((f) => f.path)).toEqual(['/PORT']);
    expect(error.localized.en).toContain(`PORT must be an integer from 0 to 65535 (got "${port}")`);
    expect(error.localized.vi).toContain('PORT phải là số nguyên');
  });

  it('rejects database and Redis URLs of the wrong kind, listing every problem', () => {
    const error = failure({ PORT: 'x', DATABASE_URL: 'mysql://db/x', REDIS_URL: 'not a url' });
    expect(error.fields.map((f) => f.path)).toEqual(['/PORT', '/DATABASE_URL', '/REDIS_URL']);
    expect(error.localized.en).toContain('DATABASE_URL must be a URL like postgres://…');
  });

  it('accepts postgresql:// and rediss://', () => {
    const config = readServerConfig({ DATABASE_URL: 'postgresql://u@h/d', REDIS_URL: 'rediss://h:6380' });
    expect(config.databaseUrl).toBe('postgresql://u@h/d');
    expect(config.redisUrl).toBe('rediss://h:6380');
  });
});
