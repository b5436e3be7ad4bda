/**
 * Messages between the control plane (EmbeddedEngine) and the SFU worker process. Every
 * MediaEngine call except start/close crosses as a request with an id; the worker answers
 * each with a reply carrying the same id.
 */
import type { MediaEngine } from '../media-engine.js';

export type EngineMethod = Exclude<keyof MediaEngine, 'kind' | 'start' | 'close' | 'onOffer' | 'onRestart'>;

export interface WorkerRequest {
  type: 'call';
  id: number;
  method: EngineMethod;
  args: unknown[];
}

/** Ends the worker after closing every room. */
export interface WorkerShutdown {
  type: 'shutdown';
}

export type ToWorker = WorkerRequest | WorkerShutdown;

export type FromWorker =
  | { type: 'ready' }
  | { type: 'reply'; id: number; ok: true; result: unknown }
  | { type: 'reply'; id: number; ok: false; error: string }
  | { type: 'log'; message: string; error?: string };

/** What the worker needs to know at start, passed as one JSON argument. */
export interface WorkerOptions {
  hostAddress: string;
  portRange?: [number, number];
  iceServers?: { urls: string[]; username?: string; credential?: string }[];
  /** Rehearsals and tests: the share of the publishers' packets dropped on arrival (MEDIA_SIMULATED_LOSS). */
  simulatedLossPercent?: number;
}
