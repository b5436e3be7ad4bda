/**
 * The hall's own camera and microphone: the devices chosen (remembered per browser, so a
 * reopened console comes back with the same ones and without asking), the stream they give,
 * and the microphone's level for the sound check.
 */
import { useEffect, useState } from 'react';

export interface DeviceChoice {
  /** '' = the browser's default; 'none' = no camera (sound only). */
  videoId: string;
  audioId: string;
}

export type LocalMediaError = 'insecure' | 'denied' | null;

const CHOICE_KEY = 'diemcau.media.devices';

export const storedChoice = (): DeviceChoice => {
  try {
    const stored = JSON.parse(localStorage.getItem(CHOICE_KEY) ?? '{}') as Partial<DeviceChoice>;
    return { videoId: stored.videoId ?? '', audioId: stored.audioId ?? '' };
  } catch {
    return { videoId: '', audioId: '' };
  }
};

export const storeChoice = (choice: DeviceChoice): void => {
  try {
    localStorage.setItem(CHOICE_KEY, JSON.stringify(choice));
  } catch {
    // Private mode: the choice lasts for this page only.
  }
};

const constraints = (choice: DeviceChoice): MediaStreamConstraints => ({
  audio: choice.audioId ? { deviceId: { exact: choice.audioId } } : true,
  video:
    choice.videoId === 'none'
      ? false
      : {
          ...(choice.videoId ? { deviceId: { exact: choice.videoId } } : {}),
          width: { ideal: 640 },
          height: { ideal: 480 },
          frameRate: { ideal: 15 },
        },
});

/** The stream of the chosen devices (stopped when the choice changes or the page leaves). */
export const useLocalStream = (choice: DeviceChoice) => {
  const [stream, setStream] = useState<MediaStream | null>(null);
  const [error, setError] = useState<LocalMediaError>(null);
  const [devices, setDevices] = useState<MediaDeviceInfo[]>([]);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    if (!navigator.mediaDevices?.getUserMedia) {
      setError('insecure');
      return;
    }
    let opened: MediaStream | null = null;
    let cancelled = false;
    setError(null);
    navigator.mediaDevices
      .getUserMedia(constraints(choice))
      // A remembered device that is gone: fall back to the defaults rather than to nothing.
      .catch((caught: unknown) => {
        if ((caught as Error).name !== 'OverconstrainedError' && (caught as Error).name !== 'NotFoundError') throw caught;
        return navigator.mediaDevices.getUserMedia(constraints({ videoId: choice.videoId === 'none' ? 'none' : '', audioId: '' }));
      })
      .then(async (got) => {
        opened = got;
        if (cancelled) return got.getTracks().forEach((track) => track.stop());
        setStream(got);
        // Labels are known once a device is open.
        setDevices(await navigator.mediaDevices.enumerateDevices());
      })
      .catch(() => !cancelled && setError('denied'));
    return () => {
      cancelled = true;
      opened?.getTracks().forEach((track) => track.stop());
      setStream(null);
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the ids, not the object: a new object with the same devices keeps the stream
  }, [choice.videoId, choice.audioId, attempt]);

  return { stream, error, devices, retry: () => setAttempt((n) => n + 1) };
};

/** The microphone's level, 0..1, about ten times a second (an AnalyserNode on the stream). */
export const useSoundLevel = (stream: MediaStream | null): number => {
  const [level, setLevel] = useState(0);
  useEffect(() => {
    if (!stream || stream.getAudioTracks().length === 0) return;
    const context = new AudioContext();
    const analyser = context.createAnalyser();
    analyser.fftSize = 512;
    context.createMediaStreamSource(stream).connect(analyser);
    const samples = new Uint8Array(analyser.fftSize);
    const timer = setInterval(() => {
      analyser.getByteTimeDomainData(samples);
      let peak = 0;
      for (const sample of samples) peak = Math.max(peak, Math.abs(sample - 128) / 128);
      setLevel(Math.round(peak * 100) / 100);
    }, 100);
    return () => {
      clearInterval(timer);
      void context.close();
    };
  }, [stream]);
  return level;
};
