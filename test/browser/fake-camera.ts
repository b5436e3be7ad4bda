/**
 * A camera for Chromium in tests: a Y4M file (YUV 4:2:0, 640x480) whose frames show a QR
 * code of a given text, for `--use-fake-video-capture ... --use-file-for-fake-video-capture=<file>`
 * (Chromium loops the file as the only camera). The code is drawn from the module matrix
 * of the `qrcode` package, a whole number of pixels per module, with the 4-module quiet
 * zone, black on white (Y 0 / 255, U = V = 128: no colour).
 *
 * Chromium reads the file's frames as it goes and loops it, and it closes a stopped camera
 * asynchronously: a page that opens the camera again soon after may get the device that is
 * still open. So `showQrCode` writes the new frames into the same file in place (same size,
 * no truncation): whichever device reads it, open or new, shows the new code from its next
 * frame on. A frame read during the write may be torn (half old, half new); the scanner
 * reads no code from it and takes the next.
 */
import { closeSync, ftruncateSync, openSync, writeSync } from 'node:fs';
import QRCode from 'qrcode';

export const CAMERA_WIDTH = 640;
export const CAMERA_HEIGHT = 480;
export const CAMERA_FPS = 10;
const QUIET_ZONE = 4;

/** The luma plane of one frame: white, with the code (or nothing when text is null) in the middle. */
export const qrLumaPlane = (text: string | null, width = CAMERA_WIDTH, height = CAMERA_HEIGHT): Uint8Array => {
  const luma = new Uint8Array(width * height).fill(255);
  if (text === null) return luma;
  const modules = QRCode.create(text, { errorCorrectionLevel: 'M' }).modules;
  const scale = Math.floor(Math.min(width, height) / (modules.size + 2 * QUIET_ZONE));
  if (scale < 2) throw new Error(`a QR code of ${modules.size} modules does not fit in ${width}x${height}`);
  const left = Math.floor((width - modules.size * scale) / 2);
  const top = Math.floor((height - modules.size * scale) / 2);
  for (let row = 0; row < modules.size; row++) {
    for (let col = 0; col < modules.size; col++) {
      if (!modules.get(row, col)) continue;
      for (let y = 0; y < scale; y++)
        luma.fill(0, (top + row * scale + y) * width + left + col * scale, (top + row * scale + y) * width + left + (col + 1) * scale);
    }
  }
  return luma;
};

/** A whole Y4M file: the header, then `frames` frames of the same picture. */
export const y4mOf = (text: string | null, options: { width?: number; height?: number; frames?: number } = {}): Buffer => {
  const width = options.width ?? CAMERA_WIDTH;
  const height = options.height ?? CAMERA_HEIGHT;
  const frames = options.frames ?? 4;
  if (width % 2 || height % 2) throw new Error('4:2:0 needs even sizes');
  const luma = qrLumaPlane(text, width, height);
  const chroma = Buffer.alloc((width / 2) * (height / 2) * 2, 128);
  const header = Buffer.from(`YUV4MPEG2 W${width} H${height} F${CAMERA_FPS}:1 Ip A1:1 C420jpeg\n`, 'latin1');
  const frameHeader = Buffer.from('FRAME\n', 'latin1');
  const parts: Buffer[] = [header];
  for (let frame = 0; frame < frames; frame++) parts.push(frameHeader, Buffer.from(luma), chroma);
  return Buffer.concat(parts);
};

/** Writes the file the fake camera reads, in place (see above): created when missing, never emptied. */
export const showQrCode = (file: string, text: string | null): void => {
  const frames = y4mOf(text);
  const fd = openSync(file, 'a+'); // creates it when missing
  closeSync(fd);
  const inPlace = openSync(file, 'r+');
  try {
    writeSync(inPlace, frames, 0, frames.length, 0);
    ftruncateSync(inPlace, frames.length); // only a longer file of another size loses its tail
  } finally {
    closeSync(inPlace);
  }
};

/** Chromium flags for a camera that shows `file`. */
export const fakeCameraArgs = (file: string): string[] => [
  '--use-fake-device-for-media-stream',
  '--use-fake-ui-for-media-stream',
  `--use-file-for-fake-video-capture=${file}`,
];

/** The first frame of a Y4M file as RGBA (grey from Y), to check a file with the decoder itself. */
export const firstFrameRgba = (file: Buffer): { data: Uint8ClampedArray; width: number; height: number } => {
  const headerEnd = file.indexOf(0x0a);
  const header = file.subarray(0, headerEnd).toString('latin1');
  const width = Number(/ W(\d+)/.exec(header)?.[1]);
  const height = Number(/ H(\d+)/.exec(header)?.[1]);
  const lumaStart = file.indexOf(0x0a, headerEnd + 1) + 1; // after "FRAME\n"
  const data = new Uint8ClampedArray(width * height * 4);
  for (let index = 0; index < width * height; index++) {
    const y = file[lumaStart + index] ?? 0;
    data.set([y, y, y, 255], index * 4);
  }
  return { data, width, height };
};
