import { spawnSync } from 'node:child_process';
import { chmod, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { JanusPostProcessor, mjrCodec, playableName } from './janus-postprocess.js';

/** An .mjr as Janus 1.x writes it: magic, header, then per packet "MEET", a time, a length, the RTP packet. */
function mjr(kind: 'a' | 'v', codec: string, packets: Buffer[] = []): Buffer {
  const header = Buffer.from(JSON.stringify({ t: kind, c: codec, s: 1_700_000_000_000_000, u: 1_700_000_000_000_000 }));
  const parts: Buffer[] = [Buffer.from('MJR00002'), Buffer.from([header.length >> 8, header.length & 0xff]), header];
  packets.forEach((packet, i) => {
    const frame = Buffer.alloc(10);
    frame.write('MEET', 'latin1');
    frame.writeUInt32BE(i * 20, 4);
    frame.writeUInt16BE(packet.length, 8);
    parts.push(frame, packet);
  });
  return Buffer.concat(parts);
}

/** 20 ms opus RTP packets (payload type 111), payload a TOC byte and filler: remuxed, never decoded. */
function opusPackets(count: number): Buffer[] {
  return Array.from({ length: count }, (_, i) => {
    const rtp = Buffer.alloc(12 + 60, 0xcd);
    rtp.writeUInt8(0x80, 0);
    rtp.writeUInt8(111, 1);
    rtp.writeUInt16BE(1000 + i, 2);
    rtp.writeUInt32BE(960 * i, 4);
    rtp.writeUInt32BE(0x1234, 8);
    rtp.writeUInt8(0xfc, 12);
    return rtp;
  });
}

describe('Janus recordings made playable (janus-pp-rec)', () => {
  let dir: string;
  const logged: string[] = [];
  const log = (message: string) => void logged.push(message);
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'dcj-pp-'));
    logged.length = 0;
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('reads the codec from the .mjr header, and names the playable file after it', async () => {
    await writeFile(join(dir, 'a.mjr'), mjr('a', 'opus'));
    await writeFile(join(dir, 'v.mjr'), mjr('v', 'VP8'));
    await writeFile(join(dir, 'bare.mjr'), 'MJR00002');
    await writeFile(join(dir, 'other.mjr'), 'MJR00001{"c":"opus"}');
    expect(await mjrCodec(join(dir, 'a.mjr'))).toBe('opus');
    expect(await mjrCodec(join(dir, 'v.mjr'))).toBe('vp8');
    expect(await mjrCodec(join(dir, 'bare.mjr'))).toBeNull();
    expect(await mjrCodec(join(dir, 'other.mjr'))).toBeNull();
    expect(playableName('/r/p-main-001-video-0.mjr', 'vp8')).toBe('/r/p-main-001-video-0.webm');
    expect(playableName('/r/p-main-001-audio-1.mjr', 'opus')).toBe('/r/p-main-001-audio-1.opus');
    expect(playableName('/r/p.mjr', 'h264')).toBeNull();
    expect(playableName('/r/p.mjr', null)).toBeNull();
  });

  it('without janus-pp-rec keeps the .mjr files, says so once, and does not throw', async () => {
    const files = [join(dir, 'p-audio-1.mjr'), join(dir, 'p-video-0.mjr')];
    await writeFile(files[0]!, mjr('a', 'opus', opusPackets(10)));
    await writeFile(files[1]!, mjr('v', 'vp8'));
    const processor = new JanusPostProcessor({ binary: join(dir, 'no-such-janus-pp-rec'), log });
    expect(await processor.convert(files)).toEqual(files);
    expect(await processor.convert(files)).toEqual(files);
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatch(/no-such-janus-pp-rec not found .*apt-get install janus-tools.*\.mjr only/);
    expect((await readdir(dir)).sort()).toEqual(['p-audio-1.mjr', 'p-video-0.mjr']);
  });

  it('turned off (null) runs nothing and logs nothing', async () => {
    const file = join(dir, 'p-audio-1.mjr');
    await writeFile(file, mjr('a', 'opus'));
    expect(await new JanusPostProcessor({ binary: null, log }).convert([file])).toEqual([file]);
    expect(logged).toEqual([]);
  });

  it('a failed, refused or hung conversion keeps the .mjr, removes what it half wrote, and logs why', async () => {
    const file = join(dir, 'p-audio-1.mjr');
    await writeFile(file, mjr('a', 'opus', opusPackets(10)));
    const tool = async (name: string, script: string) => {
      await writeFile(join(dir, name), `#!/bin/sh\n${script}\n`);
      await chmod(join(dir, name), 0o755);
      return join(dir, name);
    };
    // Like janus-pp-rec on a broken file: writes a partial target, prints [ERR], exits 0.
    const refuses = await tool(
      'refuses',
      'for last; do :; done; printf x > "$last"; echo "[ERR] [janus-pp-rec.c:main:1437] Error processing Opus RTP frames..."',
    );
    const fails = await tool('fails', 'for last; do :; done; printf x > "$last"; echo "cannot open" >&2; exit 1');
    const hangs = await tool('hangs', 'exec sleep 30');
    for (const binary of [refuses, fails, hangs]) {
      expect(await new JanusPostProcessor({ binary, log, timeoutMs: 300 }).convert([file])).toEqual([file]);
    }
    expect(logged).toEqual([
      `${refuses}: ${file} could not be converted, the .mjr is kept: [ERR] [janus-pp-rec.c:main:1437] Error processing Opus RTP frames...`,
      `${fails}: ${file} could not be converted, the .mjr is kept: cannot open`,
      `${hangs}: ${file} could not be converted, the .mjr is kept: timed out`,
    ]);
    expect((await readdir(dir)).filter((n) => n.startsWith('p-'))).toEqual(['p-audio-1.mjr']);
  });

  const ppRec = spawnSync('janus-pp-rec', ['--help'], { stdio: 'ignore' }).error ? null : 'janus-pp-rec';
  it.skipIf(ppRec === null)('with janus-pp-rec: opus becomes Ogg next to the .mjr, listed first', async () => {
    const file = join(dir, 'p-audio-1.mjr');
    await writeFile(file, mjr('a', 'opus', opusPackets(100)));
    const files = await new JanusPostProcessor({ binary: ppRec, log }).convert([file]);
    expect(files).toEqual([join(dir, 'p-audio-1.opus'), file]);
    expect((await readFile(files[0]!)).subarray(0, 4).toString('latin1')).toBe('OggS');
    expect(logged).toEqual([]);
  });
});
