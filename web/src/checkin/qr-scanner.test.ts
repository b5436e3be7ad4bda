import QRCode from 'qrcode';
import { describe, expect, it } from 'vitest';
import { createRepeatFilter, decodeFrame, decodeSize } from './qr-scanner.js';

/** An RGBA frame with the code of `text`, `scale` pixels a module, quiet zone of 4 modules. */
const frameOf = (text: string, scale = 4) => {
  const modules = QRCode.create(text, { errorCorrectionLevel: 'M' }).modules;
  const side = (modules.size + 8) * scale;
  const data = new Uint8ClampedArray(side * side * 4).fill(255);
  for (let y = 0; y < side; y++) {
    for (let x = 0; x < side; x++) {
      const row = Math.floor(y / scale) - 4;
      const col = Math.floor(x / scale) - 4;
      if (row >= 0 && col >= 0 && row < modules.size && col < modules.size && modules.get(row, col))
        data.fill(0, (y * side + x) * 4, (y * side + x) * 4 + 3);
    }
  }
  return { data, side };
};

describe('QR scanner rules', () => {
  it('reports a code once while it stays in view, and again after 3 s away', () => {
    const isNew = createRepeatFilter(3_000);
    expect(isNew('A', 0)).toBe(true);
    expect(isNew('A', 125)).toBe(false);
    expect(isNew('A', 2_900)).toBe(false);
    expect(isNew('A', 5_800)).toBe(false); // seen at 2 900: still within 3 s of the last sighting
    expect(isNew('B', 5_900)).toBe(true);
    expect(isNew('A', 6_000)).toBe(true); // another code came between
    expect(isNew('A', 9_001)).toBe(true); // away for more than 3 s
  });

  it('scales wide frames down to the decoder width, keeping the ratio', () => {
    expect(decodeSize(1280, 720, 640)).toEqual({ width: 640, height: 360 });
    expect(decodeSize(640, 480, 640)).toEqual({ width: 640, height: 480 });
    expect(decodeSize(320, 240, 640)).toEqual({ width: 320, height: 240 });
  });

  it('decodes the personal link of an invitation from a frame, and nothing from a blank one', () => {
    const link = 'https://hoinghi.dongthap.gov.vn/xac-nhan/Zm9vYmFyYmF6cXV4MTIzNDU2Nzg5MGFiY2RlZg';
    const { data, side } = frameOf(link);
    expect(decodeFrame(data, side, side)).toBe(link);
    expect(decodeFrame(new Uint8ClampedArray(side * side * 4).fill(255), side, side)).toBeNull();
  });
});
