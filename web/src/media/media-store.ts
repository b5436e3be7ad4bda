/** What a page knows of its media room, as one immutable snapshot for useSyncExternalStore. */
import type { LocalizedMessage } from '../../../src/domain/errors.js';
import type { MediaRoomView, QualityReport } from '../../../src/realtime/media-protocol.js';

export type MediaStatus = 'connecting' | 'live' | 'reconnecting';
export type PeerState = RTCPeerConnectionState | 'none';

export interface MediaSnapshot {
  status: MediaStatus;
  /** The last refusal or failure to join (cleared by the next join). */
  error: LocalizedMessage | null;
  room: MediaRoomView | null;
  /** slot → the stream received in it. */
  streams: Readonly<Record<string, MediaStream>>;
  quality: QualityReport | null;
  /** Publishing sound only (the weak-link fallback's last step). */
  audioOnly: boolean;
  /** The camera sends a lighter picture (the weak-link fallback's first step). */
  videoReduced: boolean;
  selfMuted: boolean;
  /** The microphone's track is attached to the sender now. */
  micSending: boolean;
  publisherState: PeerState;
  subscriberState: PeerState;
  /** Completed joins (1 after the first, one more per rejoin). */
  joins: number;
}

export const EMPTY_MEDIA: MediaSnapshot = {
  status: 'connecting',
  error: null,
  room: null,
  streams: {},
  quality: null,
  audioOnly: false,
  videoReduced: false,
  selfMuted: false,
  micSending: false,
  publisherState: 'none',
  subscriberState: 'none',
  joins: 0,
};

export class MediaStore {
  private snapshot: MediaSnapshot = EMPTY_MEDIA;
  private readonly listeners = new Set<() => void>();

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getSnapshot = (): MediaSnapshot => this.snapshot;

  patch(change: Partial<MediaSnapshot>): void {
    const keys = Object.keys(change) as (keyof MediaSnapshot)[];
    if (keys.every((key) => Object.is(this.snapshot[key], change[key]) || sameStreams(key, this.snapshot[key], change[key]))) return;
    this.snapshot = { ...this.snapshot, ...change };
    for (const listener of this.listeners) listener();
  }

  dispose(): void {
    this.listeners.clear();
  }
}

/** The slot map is rebuilt on every change; the same streams in the same slots is no change. */
const sameStreams = (key: keyof MediaSnapshot, before: unknown, after: unknown): boolean => {
  if (key !== 'streams') return false;
  const a = before as Record<string, MediaStream>;
  const b = after as Record<string, MediaStream>;
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((slot) => a[slot] === b[slot]);
};
