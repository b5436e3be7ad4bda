/**
 * The few parts of janode 1.8.0 (plain JavaScript, no types of its own) that the Janus engine
 * uses. Kept narrow on purpose: anything not listed here is not relied on.
 */
declare module 'janode' {
  import type { EventEmitter } from 'node:events';

  export interface JanodeHandle extends EventEmitter {
    readonly id: number;
    message(body: Record<string, unknown>, jsep?: Jsep): Promise<JanusMessage>;
    detach(): Promise<void>;
  }
  export interface Jsep {
    type: 'offer' | 'answer';
    sdp: string;
    e2ee?: boolean;
  }
  export interface JanusMessage {
    janus: string;
    plugindata?: { plugin: string; data: Record<string, unknown> };
    jsep?: Jsep;
  }
  export interface JanodeSession extends EventEmitter {
    readonly id: number;
    attach<H extends JanodeHandle>(plugin: { id: string; Handle: new (...args: never[]) => H }): Promise<H>;
    destroy(): Promise<void>;
  }
  export interface JanodeConnection extends EventEmitter {
    create(keepAliveSeconds?: number): Promise<JanodeSession>;
    close(): Promise<void>;
  }
  const Janode: {
    connect(config: { address: { url: string }; retry_time_secs?: number; max_retries?: number }): Promise<JanodeConnection>;
    Logger: { setLevel(level: 'debug' | 'verb' | 'info' | 'warn' | 'error' | 'none'): string };
    EVENT: {
      CONNECTION_CLOSED: string;
      CONNECTION_ERROR: string;
      SESSION_DESTROYED: string;
      HANDLE_DETACHED: string;
      HANDLE_WEBRTCUP: string;
    };
  };
  export default Janode;
}

declare module 'janode/plugins/videoroom' {
  import type { JanodeHandle, Jsep } from 'janode';

  /** One m-line of a VideoRoom subscription as Janus reports it. */
  export interface VideoRoomStream {
    type: 'audio' | 'video' | 'data';
    mindex: number;
    mid: string;
    feed_id?: number;
    feed_mid?: string;
    active?: boolean;
  }
  export interface VideoRoomHandle extends JanodeHandle {
    create(params: Record<string, unknown>): Promise<Record<string, unknown>>;
    destroy(params: { room: number }): Promise<Record<string, unknown>>;
    joinConfigurePublisher(params: Record<string, unknown> & { jsep: Jsep }): Promise<{ feed: number; jsep?: Jsep }>;
    configure(params: Record<string, unknown>): Promise<{ jsep?: Jsep; streams?: VideoRoomStream[] }>;
    joinSubscriber(params: {
      room: number;
      streams: { feed: number; mid?: string }[];
      autoupdate?: boolean;
      use_msid?: boolean;
    }): Promise<{ jsep?: Jsep; streams?: VideoRoomStream[] }>;
    start(params: { jsep: Jsep }): Promise<unknown>;
    switch(params: { streams: { feed: number; mid: string; sub_mid: string }[] }): Promise<unknown>;
    update(params: {
      subscribe?: { feed: number; mid?: string }[];
      unsubscribe?: { sub_mid: string }[];
    }): Promise<{ jsep?: Jsep; streams?: VideoRoomStream[] }>;
    listParticipants(params: { room: number }): Promise<{ participants: { feed: number; display?: string; publisher?: boolean }[] }>;
  }
  /** An `updated` event Janus sent on its own: an offer it had postponed until the last one was answered. */
  export interface VideoRoomUpdated {
    jsep?: Jsep;
    streams?: VideoRoomStream[];
  }
  const VideoRoomPlugin: { id: string; Handle: new (...args: never[]) => VideoRoomHandle; EVENT: { VIDEOROOM_UPDATED: string } };
  export default VideoRoomPlugin;
}
