/** A page's media client as React state: opened when `ready`, closed when the page leaves or the stream changes. */
import { useEffect, useState, useSyncExternalStore } from 'react';
import { openMediaClient, type MediaClient } from './media-client.js';
import { EMPTY_MEDIA, type MediaSnapshot } from './media-store.js';

const noSubscription = () => () => {};
const empty = () => EMPTY_MEDIA;

export interface MediaRequest {
  conferenceId: string;
  /** The camera and microphone to publish; null: view only. */
  stream: MediaStream | null;
  bridgePointId?: string;
  /** False until the page has what it needs (the user's "Tham gia"); the stream may come later. */
  ready: boolean;
  /** Joins as a publisher even before `stream` is there (it is published when it arrives). */
  publish?: boolean;
}

export const useMedia = ({
  conferenceId,
  stream,
  bridgePointId,
  ready,
  publish,
}: MediaRequest): { media: MediaSnapshot; client: MediaClient | null } => {
  const [client, setClient] = useState<MediaClient | null>(null);
  const publishing = publish ?? stream !== null;
  useEffect(() => {
    if (!ready) return;
    const opened = openMediaClient({ conferenceId, stream: null, publish: publishing, ...(bridgePointId ? { bridgePointId } : {}) });
    setClient(opened);
    return () => {
      opened.close();
      setClient(null);
    };
  }, [conferenceId, bridgePointId, ready, publishing]);
  // A new camera or microphone (device change, the stream arriving after the join) is published on the same client.
  useEffect(() => client?.setStream(stream), [client, stream]);
  const media = useSyncExternalStore(client?.subscribe ?? noSubscription, client?.getSnapshot ?? empty);
  return { media, client };
};
