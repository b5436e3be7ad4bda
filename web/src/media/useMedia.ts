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
  /** False until the page has what it needs (a publisher's stream, the user's "Tham gia"). */
  ready: boolean;
}

export const useMedia = ({ conferenceId, stream, bridgePointId, ready }: MediaRequest): { media: MediaSnapshot; client: MediaClient | null } => {
  const [client, setClient] = useState<MediaClient | null>(null);
  useEffect(() => {
    if (!ready) return;
    const opened = openMediaClient({ conferenceId, stream, ...(bridgePointId ? { bridgePointId } : {}) });
    setClient(opened);
    return () => {
      opened.close();
      setClient(null);
    };
  }, [conferenceId, stream, bridgePointId, ready]);
  const media = useSyncExternalStore(client?.subscribe ?? noSubscription, client?.getSnapshot ?? empty);
  return { media, client };
};
