/**
 * Reads QR codes from the device camera: getUserMedia (the back camera on a phone) → a
 * <video> → a canvas, scaled down to at most 640 px wide → jsQR, about 8 frames a second.
 * Each code is reported once: the same text is not reported again until it has been out
 * of view for 3 s, so a code held in front of the camera checks the person in once.
 * `stop()` ends the tracks (the camera light goes off); call it when the view unmounts.
 */
import jsQRImport from 'jsqr';

type JsQr = (
  data: Uint8ClampedArray,
  width: number,
  height: number,
  options?: { inversionAttempts?: 'dontInvert' | 'attemptBoth' },
) => { data: string } | null;
/** jsqr is CommonJS: its export is the function, with `.default` pointing to it (typed differently by Bundler and NodeNext). */
// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-assertion -- needed where tests compile this file with NodeNext
const jsQR = ((jsQRImport as unknown as { default?: JsQr }).default ?? jsQRImport) as unknown as JsQr;

export type CameraErrorCode = 'camera.unsupported' | 'camera.denied' | 'camera.not_found' | 'camera.busy' | 'camera.failed';

/** Why the camera could not start, with a code the screen translates. */
export class CameraError extends Error {
  readonly code: CameraErrorCode;
  constructor(code: CameraErrorCode, cause?: unknown) {
    super(code, { cause });
    this.name = 'CameraError';
    this.code = code;
  }
}

export interface QrScannerOptions {
  video: HTMLVideoElement;
  onCode: (text: string) => void;
  /** Frames decoded per second (8). */
  fps?: number;
  /** The same text is not reported twice within this many ms of its last sighting (3000). */
  repeatWindowMs?: number;
  /** Widest frame given to the decoder, in pixels (640). */
  maxWidth?: number;
  /** Aborting before the camera answers stops it as soon as it does. */
  signal?: AbortSignal;
  mediaDevices?: MediaDevices;
  now?: () => number;
}

export interface QrScanner {
  stop: () => void;
}

export const DEFAULT_FPS = 8;
export const REPEAT_WINDOW_MS = 3_000;

/**
 * Says whether a decoded text is new: false for the text seen last when it was seen less
 * than `windowMs` before (each sighting renews the window), true otherwise.
 */
export const createRepeatFilter = (windowMs = REPEAT_WINDOW_MS) => {
  let last: { text: string; at: number } | null = null;
  return (text: string, now: number): boolean => {
    const repeated = last !== null && last.text === text && now - last.at < windowMs;
    last = { text, at: now };
    return !repeated;
  };
};

/** Frame size given to the decoder: the video's, scaled down to `maxWidth` keeping the ratio. */
export const decodeSize = (width: number, height: number, maxWidth: number): { width: number; height: number } => {
  if (width <= maxWidth) return { width, height };
  return { width: maxWidth, height: Math.max(1, Math.round((height * maxWidth) / width)) };
};

/** Decodes one RGBA frame; null when it holds no readable code. */
export const decodeFrame = (rgba: Uint8ClampedArray, width: number, height: number): string | null =>
  jsQR(rgba, width, height, { inversionAttempts: 'dontInvert' })?.data || null;

const cameraErrorOf = (error: unknown): CameraError => {
  const name = error instanceof Error ? error.name : '';
  if (name === 'NotAllowedError' || name === 'SecurityError') return new CameraError('camera.denied', error);
  if (name === 'NotFoundError' || name === 'OverconstrainedError') return new CameraError('camera.not_found', error);
  if (name === 'NotReadableError' || name === 'AbortError') return new CameraError('camera.busy', error);
  return new CameraError('camera.failed', error);
};

const stopStream = (stream: MediaStream) => {
  for (const track of stream.getTracks()) track.stop();
};

/** Opens the camera and decodes frames until `stop()`; throws a CameraError when the camera cannot start. */
export const startQrScanner = async (options: QrScannerOptions): Promise<QrScanner> => {
  const { video, onCode, signal } = options;
  const fps = options.fps ?? DEFAULT_FPS;
  const maxWidth = options.maxWidth ?? 640;
  const now = options.now ?? (() => performance.now());
  const mediaDevices = options.mediaDevices ?? (typeof navigator === 'undefined' ? undefined : navigator.mediaDevices);
  // No mediaDevices: an insecure origin (plain http other than localhost) or an old browser.
  if (!mediaDevices?.getUserMedia) throw new CameraError('camera.unsupported');

  let stream: MediaStream;
  try {
    stream = await mediaDevices.getUserMedia({
      video: { facingMode: { ideal: 'environment' }, width: { ideal: 1280 }, height: { ideal: 720 } },
      audio: false,
    });
  } catch (error) {
    throw cameraErrorOf(error);
  }
  if (signal?.aborted) {
    stopStream(stream);
    return { stop: () => undefined };
  }

  video.muted = true;
  video.playsInline = true;
  video.srcObject = stream;
  try {
    await video.play();
  } catch {
    /* autoplay of a muted stream is allowed; a refusal only delays the first frame */
  }

  const canvas = document.createElement('canvas');
  const context = canvas.getContext('2d', { willReadFrequently: true });
  if (!context) {
    stopStream(stream);
    throw new CameraError('camera.failed');
  }
  const isNew = createRepeatFilter(options.repeatWindowMs);
  let stopped = false;
  let timer: ReturnType<typeof setTimeout> | null = null;

  const tick = () => {
    timer = null;
    if (stopped) return;
    if (video.readyState >= HTMLMediaElement.HAVE_CURRENT_DATA && video.videoWidth > 0 && !document.hidden) {
      const size = decodeSize(video.videoWidth, video.videoHeight, maxWidth);
      if (canvas.width !== size.width || canvas.height !== size.height) {
        canvas.width = size.width;
        canvas.height = size.height;
      }
      context.drawImage(video, 0, 0, size.width, size.height);
      const text = decodeFrame(context.getImageData(0, 0, size.width, size.height).data, size.width, size.height);
      if (text !== null && isNew(text, now())) onCode(text);
    }
    if (!stopped) timer = setTimeout(tick, 1000 / fps);
  };
  timer = setTimeout(tick, 0);

  const stop = () => {
    if (stopped) return;
    stopped = true;
    if (timer !== null) clearTimeout(timer);
    stopStream(stream);
    if (video.srcObject === stream) video.srcObject = null;
  };
  signal?.addEventListener('abort', stop, { once: true });
  return { stop };
};

/** Resolves with the first code read, then stops the camera (or rejects when `signal` aborts first). */
export const scanOnce = (video: HTMLVideoElement, signal?: AbortSignal): Promise<string> =>
  new Promise<string>((resolve, reject) => {
    let scanner: QrScanner | null = null;
    let done = false;
    const finish = () => {
      done = true;
      scanner?.stop();
    };
    signal?.addEventListener(
      'abort',
      () => {
        if (done) return;
        finish();
        reject(signal.reason instanceof Error ? signal.reason : new DOMException('Aborted', 'AbortError'));
      },
      { once: true },
    );
    startQrScanner({
      video,
      signal,
      onCode: (text) => {
        if (done) return;
        finish();
        resolve(text);
      },
    }).then((started) => {
      scanner = started;
      if (done) started.stop();
    }, reject);
  });
