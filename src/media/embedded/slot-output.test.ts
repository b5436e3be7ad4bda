import { describe, expect, it } from 'vitest';
import { RtpHeader, RtpPacket } from 'werift';
import { SlotOutput } from './slot-output.js';

const KEY = Buffer.from([0x10, 0x10, 0, 0, 0x9d, 0x01, 0x2a]);
const DELTA = Buffer.from([0x10, 0x11, 0, 0]);
const packet = (seq: number, ts: number, payload: Buffer, ssrc = 1) =>
  new RtpPacket(new RtpHeader({ sequenceNumber: seq, timestamp: ts, payloadType: 100, ssrc, marker: true }), payload);

describe('SlotOutput', () => {
  it('switches video to a new source only at its key frame, continuing the numbering', () => {
    const sent: RtpPacket[] = [];
    const out = new SlotOutput('beside', { video: (p) => sent.push(p) });
    expect(out.push('video', packet(100, 9000, DELTA), 'hall-1#1', 0)).toBe('needs-key-frame');
    expect(out.push('video', packet(101, 12000, KEY), 'hall-1#1', 33)).toBe('sent');
    expect(out.push('video', packet(102, 15000, DELTA), 'hall-1#1', 66)).toBe('sent');
    expect(out.push('video', packet(7, 500, DELTA, 2), 'hall-2#2', 80)).toBe('needs-key-frame');
    expect(out.push('video', packet(8, 3500, KEY, 2), 'hall-2#2', 100)).toBe('sent');
    expect(sent.map((p) => p.header.sequenceNumber)).toEqual([101, 102, 103]);
    expect(sent[2]!.header.timestamp).toBe(15000 + 34 * 90);
    expect(sent[2]!.payload).toBe(KEY); // the payload is never touched
  });

  it('gives each output its own header, so one packet can go to many slots', () => {
    const a: RtpPacket[] = [];
    const b: RtpPacket[] = [];
    const one = new SlotOutput('main', { audio: (p) => a.push(p) });
    const two = new SlotOutput('main', { audio: (p) => b.push(p) });
    const source = packet(5, 960, Buffer.from('opus'));
    one.push('audio', source, 'host#1', 0);
    two.push('audio', source, 'host#1', 0);
    a[0]!.header.ssrc = 99; // what werift's sender does on send
    expect(b[0]!.header.ssrc).toBe(1);
    expect(source.header.ssrc).toBe(1);
  });

  it('does not carry a kind the slot has no track for (a silent thumbnail)', () => {
    const out = new SlotOutput('thumb:0', { video: () => undefined });
    expect(out.push('audio', packet(1, 1, Buffer.from('x')), 'host#1', 0)).toBe('not-carried');
  });
});
