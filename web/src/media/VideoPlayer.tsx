/**
 * One video element playing a stream. When the browser refuses to play sound before the user
 * has touched the page (autoplay policy), it plays the picture muted and says so through
 * `onSoundBlocked`, so the page can offer a "Bật âm thanh" button instead of a black tile.
 */
import { useEffect, useRef } from 'react';

export interface VideoPlayerProps {
  stream: MediaStream | null;
  muted: boolean;
  label: string;
  onSoundBlocked?: () => void;
}

export const VideoPlayer = ({ stream, muted, label, onSoundBlocked }: VideoPlayerProps) => {
  const ref = useRef<HTMLVideoElement>(null);

  useEffect(() => {
    const video = ref.current;
    if (!video) return;
    if (video.srcObject !== stream) video.srcObject = stream;
    video.muted = muted;
    if (!stream) return;
    video.play().catch((caught: unknown) => {
      if ((caught as Error).name !== 'NotAllowedError' || video.muted) return;
      video.muted = true;
      onSoundBlocked?.();
      void video.play().catch(() => undefined);
    });
  }, [stream, muted, onSoundBlocked]);

  return <video ref={ref} className="media-video" autoPlay playsInline muted={muted} aria-label={label} />;
};
