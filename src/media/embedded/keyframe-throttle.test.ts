import { describe, expect, it } from 'vitest';
import { isKeyFrameRequest, isVp8KeyFrameStart, KeyFrameThrottle } from './keyframe-throttle.js';

describe('KeyFrameThrottle', () => {
  it('lets one request per publisher through per interval', () => {
    const t = new KeyFrameThrottle(500);
    expect(t.allow('hall-1', 0)).toBe(true);
    expect(t.allow('hall-1', 499)).toBe(false);
    expect(t.allow('hall-2', 499)).toBe(true);
    expect(t.allow('hall-1', 500)).toBe(true);
    t.forget('hall-2');
    expect(t.allow('hall-2', 600)).toBe(true);
  });
});

describe('isVp8KeyFrameStart', () => {
  const key = [0x9d, 0x01, 0x2a];
  it('reads the P bit after a plain descriptor', () => {
    expect(isVp8KeyFrameStart(Uint8Array.from([0x10, 0x10, 0, 0, ...key]))).toBe(true);
    expect(isVp8KeyFrameStart(Uint8Array.from([0x10, 0x11, 0, 0]))).toBe(false);
  });
  it('is false for a packet that does not start a frame or partition 0', () => {
    expect(isVp8KeyFrameStart(Uint8Array.from([0x00, 0x10, 0, 0]))).toBe(false);
    expect(isVp8KeyFrameStart(Uint8Array.from([0x11, 0x10, 0, 0]))).toBe(false);
    expect(isVp8KeyFrameStart(new Uint8Array())).toBe(false);
  });
  it('skips the extended descriptor fields (15-bit picture id, TL0PICIDX, TID)', () => {
    // X|S, then I|L|T, PictureID 0x80 0x01 (M bit: 15 bits), TL0PICIDX, TID, then the frame tag.
    expect(isVp8KeyFrameStart(Uint8Array.from([0x90, 0xe0, 0x80, 0x01, 0x05, 0x20, 0x10, 0, 0, ...key]))).toBe(true);
    expect(isVp8KeyFrameStart(Uint8Array.from([0x90, 0xe0, 0x80, 0x01, 0x05, 0x20, 0x11, 0, 0]))).toBe(false);
    // 7-bit picture id only.
    expect(isVp8KeyFrameStart(Uint8Array.from([0x90, 0x80, 0x05, 0x10, 0, 0]))).toBe(true);
    expect(isVp8KeyFrameStart(Uint8Array.from([0x90, 0x80, 0x05]))).toBe(false);
  });
});

describe('isKeyFrameRequest', () => {
  it('takes PLI and FIR, not REMB nor other RTCP', () => {
    expect(isKeyFrameRequest({ type: 206, feedback: { count: 1 } })).toBe(true);
    expect(isKeyFrameRequest({ type: 206, feedback: { count: 4 } })).toBe(true);
    expect(isKeyFrameRequest({ type: 206, feedback: { count: 15 } })).toBe(false);
    expect(isKeyFrameRequest({ type: 205, feedback: { count: 1 } })).toBe(false);
    expect(isKeyFrameRequest({ type: 200 })).toBe(false);
  });
});
