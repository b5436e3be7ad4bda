/**
 * The embedded media engine as the control plane sees it: a MediaEngine whose every call
 * goes over IPC to the SFU worker process (sfu-worker). If the worker dies, the calls in
 * flight fail, the death is logged, and the next call starts a new worker; its rooms are
 * empty, so `onRestart` listeners (the media service) have the halls publish again.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { extname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type {
  EngineStats,
  FeedKey,
  IceServer,
  MediaEngine,
  ProgrammeTarget,
  RecordingFiles,
  RecordingTarget,
  SlotRoutes,
  SlotSpec,
  SubscriberOffer,
} from '../media-engine.js';
import type { EngineMethod, FromWorker, ToWorker, WorkerOptions } from './ipc-protocol.js';

export interface EmbeddedEngineOptions {
  /** The address the SFU binds and announces in its candidates; default 127.0.0.1. */
  hostAddress?: string;
  portRange?: [number, number];
  iceServers?: IceServer[];
  log?: (msg: string, err?: unknown) => void;
  /** Per-call limit; default 15 s (a webm recording can take seconds to close). */
  callTimeoutMs?: number;
  /** Rehearsals and tests: drop this share (%) of what the halls send (MEDIA_SIMULATED_LOSS). */
  simulatedLossPercent?: number;
}

interface Pending {
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
  timer: NodeJS.Timeout;
}

const STARTUP_TIMEOUT_MS = 15_000;

/** The worker next to this file: .ts under tsx or vitest, .js once built into dist/. */
function workerLaunch(): { path: string; execArgv: string[] } {
  const self = fileURLToPath(import.meta.url);
  const ext = extname(self);
  const path = fileURLToPath(new URL(`./sfu-worker${ext}`, import.meta.url));
  const execArgv = [...process.execArgv];
  // Vitest transforms TypeScript in-process, without a loader a child could inherit.
  if (ext === '.ts' && !execArgv.some((arg) => arg.includes('tsx'))) {
    execArgv.push('--import', pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href);
  }
  // bench/media: MEDIA_WORKER_PROFILE=<dir> writes a CPU profile of the worker there.
  const profileDir = process.env.MEDIA_WORKER_PROFILE;
  if (profileDir) execArgv.push('--cpu-prof', `--cpu-prof-dir=${profileDir}`);
  return { path, execArgv };
}

export class EmbeddedEngine implements MediaEngine {
  readonly kind = 'embedded' as const;
  private child: ChildProcess | null = null;
  private starting: Promise<ChildProcess> | null = null;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  private started = false;
  private closed = false;
  private readonly restartListeners: (() => void)[] = [];
  private readonly log: (msg: string, err?: unknown) => void;

  constructor(private readonly options: EmbeddedEngineOptions = {}) {
    this.log = options.log ?? ((msg, err) => console.error(`[media] ${msg}`, err ?? ''));
  }

  /** Called after a worker that died was replaced by a new, empty one. */
  onRestart(listener: () => void): void {
    this.restartListeners.push(listener);
  }

  async start(): Promise<void> {
    await this.worker();
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    const child = this.child ?? (await this.starting?.catch(() => null)) ?? null;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.send({ type: 'shutdown' } satisfies ToWorker);
    const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
    await exited;
    clearTimeout(timer);
  }

  private worker(): Promise<ChildProcess> {
    if (this.closed) return Promise.reject(new Error('the embedded media engine is closed'));
    if (this.child) return Promise.resolve(this.child);
    this.starting ??= this.spawn().finally(() => {
      this.starting = null;
    });
    return this.starting;
  }

  private spawn(): Promise<ChildProcess> {
    const options: WorkerOptions = {
      hostAddress: this.options.hostAddress ?? '127.0.0.1',
      ...(this.options.portRange ? { portRange: this.options.portRange } : {}),
      ...(this.options.iceServers ? { iceServers: this.options.iceServers } : {}),
      ...(this.options.simulatedLossPercent ? { simulatedLossPercent: this.options.simulatedLossPercent } : {}),
    };
    const { path, execArgv } = workerLaunch();
    const child = fork(path, [JSON.stringify(options)], { execArgv, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    const restart = this.started;
    return new Promise<ChildProcess>((resolve, reject) => {
      const timer = setTimeout(() => {
        child.kill('SIGKILL');
        reject(new Error(`the SFU worker did not start within ${STARTUP_TIMEOUT_MS / 1000} s`));
      }, STARTUP_TIMEOUT_MS);
      child.on('message', (message: FromWorker) => {
        if (message.type === 'ready') {
          clearTimeout(timer);
          this.child = child;
          this.started = true;
          resolve(child);
          if (restart) for (const listener of this.restartListeners) listener();
        } else this.receive(message);
      });
      child.once('error', (error) => {
        clearTimeout(timer);
        reject(new Error(`the SFU worker could not be started: ${error.message}`));
      });
      child.once('exit', (code, signal) => {
        clearTimeout(timer);
        reject(new Error(`the SFU worker exited while starting (code ${code}, signal ${signal})`));
        this.exited(child, code, signal);
      });
    });
  }

  private receive(message: FromWorker): void {
    if (message.type === 'log') {
      this.log(`SFU worker: ${message.message}`, message.error);
      return;
    }
    if (message.type !== 'reply') return;
    const pending = this.pending.get(message.id);
    if (!pending) return; // Timed out already.
    this.pending.delete(message.id);
    clearTimeout(pending.timer);
    if (message.ok) pending.resolve(message.result);
    else pending.reject(new Error(message.error));
  }

  private exited(child: ChildProcess, code: number | null, signal: NodeJS.Signals | null): void {
    if (this.child !== child && this.child !== null) return;
    this.child = null;
    if (!this.closed) {
      this.log(
        `the SFU worker (pid ${child.pid}) exited (code ${code}, signal ${signal}); its rooms are gone, a new worker starts on the next call`,
      );
    }
    const error = new Error(`the SFU worker exited (code ${code}, signal ${signal}) before answering`);
    for (const [id, pending] of this.pending) {
      clearTimeout(pending.timer);
      pending.reject(error);
      this.pending.delete(id);
    }
  }

  private async call<T>(method: EngineMethod, ...args: unknown[]): Promise<T> {
    const child = await this.worker();
    const id = this.nextId++;
    const timeoutMs = this.options.callTimeoutMs ?? 15_000;
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(new Error(`the SFU worker did not answer ${method} within ${timeoutMs / 1000} s`));
      }, timeoutMs);
      this.pending.set(id, { resolve: resolve as (value: unknown) => void, reject, timer });
      child.send({ type: 'call', id, method, args } satisfies ToWorker, (error) => {
        if (!error) return;
        this.pending.delete(id);
        clearTimeout(timer);
        reject(new Error(`the SFU worker cannot be reached for ${method}: ${error.message}`));
      });
    });
  }

  publish(roomId: string, feed: FeedKey, offerSdp: string): Promise<{ answerSdp: string }> {
    return this.call('publish', roomId, feed, offerSdp);
  }
  unpublish(roomId: string, feed: FeedKey): Promise<void> {
    return this.call('unpublish', roomId, feed);
  }
  subscribe(roomId: string, subscriberId: string, slots: SlotSpec[]): Promise<SubscriberOffer> {
    return this.call('subscribe', roomId, subscriberId, slots);
  }
  answer(roomId: string, subscriberId: string, answerSdp: string): Promise<void> {
    return this.call('answer', roomId, subscriberId, answerSdp);
  }
  route(roomId: string, subscriberId: string, routes: SlotRoutes): Promise<SubscriberOffer | null> {
    return this.call('route', roomId, subscriberId, routes);
  }
  unsubscribe(roomId: string, subscriberId: string): Promise<void> {
    return this.call('unsubscribe', roomId, subscriberId);
  }
  setAudioGate(roomId: string, feed: FeedKey, open: boolean): Promise<void> {
    return this.call('setAudioGate', roomId, feed, open);
  }
  startRecording(roomId: string, routes: SlotRoutes, target: RecordingTarget): Promise<void> {
    return this.call('startRecording', roomId, routes, target);
  }
  routeRecording(roomId: string, routes: SlotRoutes): Promise<void> {
    return this.call('routeRecording', roomId, routes);
  }
  stopRecording(roomId: string): Promise<RecordingFiles> {
    return this.call('stopRecording', roomId);
  }
  startProgramme(roomId: string, routes: SlotRoutes, target: ProgrammeTarget): Promise<void> {
    return this.call('startProgramme', roomId, routes, target);
  }
  routeProgramme(roomId: string, routes: SlotRoutes): Promise<void> {
    return this.call('routeProgramme', roomId, routes);
  }
  stopProgramme(roomId: string): Promise<void> {
    return this.call('stopProgramme', roomId);
  }
  closeRoom(roomId: string): Promise<void> {
    return this.call('closeRoom', roomId);
  }
  /** The worker's counters, plus its pid (what the media bench measures). */
  async stats(): Promise<EngineStats & { pid?: number }> {
    const stats = await this.call<EngineStats>('stats');
    const pid = this.child?.pid;
    return pid === undefined ? stats : { ...stats, pid };
  }
}
