import { describe, expect, it } from 'vitest';
import { decodeQrPng, pngSize } from './qr-decode.fixture.js';
import { qrDataUrl, qrModules, qrPng, QR_PNG_WIDTH } from './qr.js';

const LINK = 'https://hoinghi.dongthap.gov.vn/xac-nhan/q7Zk3m9XyT2bLw8RvN4sJd6HfA1cEgPu0oIi5YtKxWe';

describe('QR code of a personal link', () => {
  it('is a PNG of the requested width that decodes back to the link', async () => {
    const png = await qrPng(LINK);
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(pngSize(png)).toEqual({ width: QR_PNG_WIDTH, height: QR_PNG_WIDTH });
    expect(decodeQrPng(png)).toBe(LINK);
  });

  it('gives a data URL of the same image', async () => {
    const url = await qrDataUrl(LINK, 200);
    expect(url.startsWith('data:image/png;base64,')).toBe(true);
    const png = Buffer.from(url.slice('data:image/png;base64,'.length), 'base64');
    expect(pngSize(png).width).toBe(200);
    expect(decodeQrPng(png)).toBe(LINK);
  });

  it('uses error correction M: the module matrix is that of level M', async () => {
    const modules = qrModules(LINK);
    expect(modules.length).toBeGreaterThan(20);
    expect(modules.every((row) => row.length === modules.length)).toBe(true);
    // Finder pattern in the top-left corner: a dark 7x7 ring.
    expect(modules[0]!.slice(0, 7).every(Boolean)).toBe(true);
    const QRCode = (await import('qrcode')).default;
    expect(QRCode.create(LINK, { errorCorrectionLevel: 'M' }).modules.size).toBe(modules.length);
    expect(QRCode.create(LINK, { errorCorrectionLevel: 'H' }).modules.size).toBeGreaterThan(modules.length);
  });
});
