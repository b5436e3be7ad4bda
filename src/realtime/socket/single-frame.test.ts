import { Server } from 'socket.io';
import { describe, expect, it } from 'vitest';
import { joinBroadcastFrames, singleBufferFrame } from './single-frame.js';

interface Encoding {
  _encode(packet: unknown, options: { wsPreEncodedFrame?: unknown }): unknown;
}

const packet = () => ({ type: 2, data: ['live:event', { type: 'item_extended', version: 7, note: 'Gia hạn 1 phút' }] });

describe('joinBroadcastFrames', () => {
  it('gives the same bytes and packets as the adapter, in one buffer', () => {
    // Not attached to an HTTP server: no engine, nothing to close.
    const io = new Server();
    const plain = io.of('/plain').adapter as unknown as Encoding;
    const joined = io.of('/joined').adapter as unknown as Encoding;
    expect(joinBroadcastFrames(joined)).toBe(true);
    const before: { wsPreEncodedFrame?: unknown } = {};
    const after: { wsPreEncodedFrame?: unknown } = {};
    expect(joined._encode(packet(), after)).toEqual(plain._encode(packet(), before));
    expect(Array.isArray(before.wsPreEncodedFrame) && before.wsPreEncodedFrame.length).toBe(2);
    const frame = after.wsPreEncodedFrame as Buffer[];
    expect(frame).toHaveLength(1);
    expect(frame[0]!.equals(Buffer.concat(before.wsPreEncodedFrame as Buffer[]))).toBe(true);
  });

  it('leaves anything but a two-buffer frame alone, and an adapter without the step', () => {
    const one = [Buffer.from('x')];
    expect(singleBufferFrame(one)).toBe(one);
    expect(singleBufferFrame(undefined)).toBeUndefined();
    const mixed = [Buffer.from('x'), 'y'];
    expect(singleBufferFrame(mixed)).toBe(mixed);
    expect(joinBroadcastFrames({})).toBe(false);
  });
});
