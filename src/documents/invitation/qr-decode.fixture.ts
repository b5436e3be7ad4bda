/**
 * Test support: decodes a QR code PNG back to its text with jsQR (the decoder the check-in
 * screen uses), reading the pixels with pngjs (a dependency of qrcode, loaded untyped).
 */
import { createRequire } from 'node:module';
import type { QRCode } from 'jsqr';

interface DecodedPng {
  width: number;
  height: number;
  data: Buffer;
}
const require = createRequire(import.meta.url);
const { PNG } = require('pngjs') as { PNG: { sync: { read(buffer: Buffer): DecodedPng } } };
type Decoder = (data: Uint8ClampedArray, width: number, height: number) => QRCode | null;
const jsqrModule = require('jsqr') as Decoder | { default: Decoder };
const jsQR: Decoder = typeof jsqrModule === 'function' ? jsqrModule : jsqrModule.default;

/** The text of the QR code in a PNG image, or null when none is found. */
export const decodeQrPng = (png: Buffer): string | null => {
  const image = PNG.sync.read(png);
  return jsQR(new Uint8ClampedArray(image.data), image.width, image.height)?.data ?? null;
};

/** Width and height from the IHDR chunk. */
export const pngSize = (png: Buffer): { width: number; height: number } => ({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) });
