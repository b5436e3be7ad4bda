import { describe, expect, it } from 'vitest';
import { emptyOffer, janusRoomId, mediaMids } from './janus-sdp.js';

describe('janusRoomId', () => {
  it('is a stable safe integer per conference, different between conferences', () => {
    expect(janusRoomId('c-1')).toBe(janusRoomId('c-1'));
    expect(janusRoomId('c-1')).not.toBe(janusRoomId('c-2'));
    expect(Number.isSafeInteger(janusRoomId('c-1'))).toBe(true);
    expect(janusRoomId('c-1')).toBeGreaterThan(0);
  });
});

describe('mediaMids', () => {
  const section = (kind: string, port: number, mid: string, direction = 'sendonly') =>
    `m=${kind} ${port} UDP/TLS/RTP/SAVPF 96\r\nc=IN IP4 127.0.0.1\r\na=mid:${mid}\r\na=${direction}\r\n`;
  const head = 'v=0\r\no=- 1 1 IN IP4 127.0.0.1\r\ns=-\r\nt=0 0\r\n';

  it('takes the first sending audio and video m-lines', () => {
    expect(mediaMids(head + section('video', 9, 'v0') + section('audio', 9, 'a1') + section('audio', 9, 'a2'))).toEqual({
      video: 'v0',
      audio: 'a1',
    });
  });

  it('skips rejected and receive-only m-lines (an audio-only hall has no video)', () => {
    expect(mediaMids(head + section('video', 0, '0') + section('audio', 9, '1'))).toEqual({ audio: '1' });
    expect(mediaMids(head + section('video', 9, '0', 'recvonly') + section('audio', 9, '1'))).toEqual({ audio: '1' });
  });
});

describe('emptyOffer', () => {
  it('is a session with no m-lines', () => {
    const sdp = emptyOffer();
    expect(sdp.startsWith('v=0\r\n')).toBe(true);
    expect(sdp).not.toMatch(/\r\nm=/);
  });
});
