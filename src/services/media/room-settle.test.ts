/**
 * Settling a room whose recording ends: the session's files are finished (Janus converts them,
 * which takes seconds) outside the room's queue, so settling — and the floor changes, mutes and
 * rejoins queued behind it — does not wait for them. The engine here is a stand-in whose
 * stopRecording resolves only when the test says; the recording store is the real one.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { LiveState } from '../../domain/live/live-state.js';
import type { MediaEngine, RecordingFiles } from '../../media/media-engine.js';
import type { LiveFacts } from '../live/live-service.types.js';
import type { RoomState } from './media-room-state.js';
import { RecordingStore } from './recording-store.js';
import { settleRoom, type SettleContext } from './room-settle.js';

const CONFERENCE = 'conference-1';
let dir: string | null = null;

afterEach(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
  dir = null;
});

/** The parts of the live state the media rules read: no floor, no force-mutes, recording asked off. */
const stoppedLive = (): LiveState => ({ recording: false, floor: null, requests: [], forcedMutes: [], version: 1 }) as unknown as LiveState;

const engineStoppingWhen = (stopped: Promise<RecordingFiles>): MediaEngine => {
  const unexpected = (name: string) => () => Promise.reject(new Error(`unexpected ${name}`));
  return {
    kind: 'janus',
    start: unexpected('start'),
    close: unexpected('close'),
    publish: unexpected('publish'),
    unpublish: unexpected('unpublish'),
    subscribe: unexpected('subscribe'),
    answer: unexpected('answer'),
    route: unexpected('route'),
    unsubscribe: unexpected('unsubscribe'),
    setAudioGate: unexpected('setAudioGate'),
    startRecording: unexpected('startRecording'),
    routeRecording: unexpected('routeRecording'),
    closeRoom: unexpected('closeRoom'),
    stats: unexpected('stats'),
    stopRecording: () => stopped,
  } as unknown as MediaEngine;
};

describe('settleRoom when the recording ends', () => {
  it('returns before the engine has finished the files, and writes the session once it has', async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'dc-settle-'));
    const recordings = new RecordingStore(dir);
    let finishFiles: (files: RecordingFiles) => void = () => undefined;
    const stopped = new Promise<RecordingFiles>((resolve) => {
      finishFiles = resolve;
    });
    const live = stoppedLive();
    const room: RoomState = {
      conferenceId: CONFERENCE,
      facts: { bridgePoints: [] } as unknown as LiveFacts,
      live,
      members: new Map(),
      owners: new Map(),
      gates: new Map(),
      programme: null,
      recording: {
        routes: { main: null, beside: null },
        startedAt: Date.parse('2021-07-07T01:30:00.000Z'),
        baseName: 'phien-20210707-083000',
      },
    };
    const logged: unknown[] = [];
    const context: SettleContext = {
      engine: engineStoppingWhen(stopped),
      recordings,
      log: (message, error) => logged.push([message, error]),
      notifier: { room: () => undefined, offer: () => undefined },
      finishing: new Set(),
    };

    await settleRoom(context, room);
    expect(room.recording).toBeNull();
    expect(context.finishing.size).toBe(1);
    expect(await recordings.list(CONFERENCE)).toEqual([]);

    const folder = recordings.folderOf(CONFERENCE);
    await mkdir(folder, { recursive: true });
    await writeFile(path.join(folder, 'phien-20210707-083000-main.webm'), 'webm');
    finishFiles({ files: [path.join(folder, 'phien-20210707-083000-main.webm')] });
    await Promise.all([...context.finishing]);
    expect(context.finishing.size).toBe(0);
    const [session] = await recordings.list(CONFERENCE);
    expect(session).toMatchObject({
      id: 'phien-20210707-083000',
      startedAt: '2021-07-07T01:30:00.000Z',
      files: [{ name: 'phien-20210707-083000-main.webm', bytes: 4 }],
    });
    expect(logged).toEqual([]);
  });

  it('logs an engine that fails to stop, and forgets the recording all the same', async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'dc-settle-'));
    const live = stoppedLive();
    const room: RoomState = {
      conferenceId: CONFERENCE,
      facts: { bridgePoints: [] } as unknown as LiveFacts,
      live,
      members: new Map(),
      owners: new Map(),
      gates: new Map(),
      programme: null,
      recording: { routes: { main: null, beside: null }, startedAt: Date.now(), baseName: 'phien-x' },
    };
    const logged: string[] = [];
    const context: SettleContext = {
      engine: engineStoppingWhen(Promise.reject(new Error('Janus went away'))),
      recordings: new RecordingStore(dir),
      log: (message) => logged.push(message),
      notifier: { room: () => undefined, offer: () => undefined },
      finishing: new Set(),
    };
    await settleRoom(context, room);
    await Promise.all([...context.finishing]);
    expect(room.recording).toBeNull();
    expect(logged).toEqual(['media: stop recording failed']);
  });
});
