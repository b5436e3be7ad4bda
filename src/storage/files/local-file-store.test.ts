import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { contentHash } from './file-store.js';
import { createLocalFileStore } from './local-file-store.js';

describe('the local file store', () => {
  let root: string;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'diemcau-files-test-'));
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('keeps bytes by their SHA-256 under two levels of folders, once, and gives them back', async () => {
    const store = createLocalFileStore(root);
    const data = Buffer.from('Báo cáo của Sở Nội vụ');
    const hash = await store.put(data);
    expect(hash).toBe(contentHash(data));
    expect(readdirSync(join(root, hash.slice(0, 2), hash.slice(2, 4)))).toEqual([hash]);
    expect(await store.put(data)).toBe(hash);
    expect((await store.get(hash))?.toString()).toBe('Báo cáo của Sở Nội vụ');
    expect(await store.has(hash)).toBe(true);
    expect(await store.size(hash)).toBe(data.length);
    const chunks: Buffer[] = [];
    for await (const chunk of (await store.stream(hash))!) chunks.push(chunk as Buffer);
    expect(Buffer.concat(chunks).equals(data)).toBe(true);
  });

  it('answers null for what it does not hold, and refuses a key that is not a hash', async () => {
    const store = createLocalFileStore(root);
    const absent = contentHash(Buffer.from('không có'));
    expect(await store.get(absent)).toBeNull();
    expect(await store.stream(absent)).toBeNull();
    expect(await store.has(absent)).toBe(false);
    expect(await store.size(absent)).toBeNull();
    await expect(store.get('../../etc/passwd')).rejects.toThrow(/Not a content hash/);
  });

  it('keeps a rendition beside its original, under the original hash', async () => {
    const store = createLocalFileStore(root);
    const hash = await store.put(Buffer.from('docx'));
    expect(await store.getRendition(hash, 'pdf')).toBeNull();
    await store.putRendition(hash, 'pdf', Buffer.from('%PDF-1.7'));
    expect((await store.getRendition(hash, 'pdf'))?.toString()).toBe('%PDF-1.7');
    expect(readdirSync(join(root, hash.slice(0, 2), hash.slice(2, 4))).sort()).toEqual([hash, `${hash}.pdf`]);
  });

  it('keeps a file whose put resolved when the process is killed right after, whole and without temporary files', async () => {
    const fixture = fileURLToPath(new URL('./file-durability.fixture.ts', import.meta.url));
    const child = spawnSync(process.execPath, ['--import', 'tsx', fixture, root], { encoding: 'utf8', timeout: 60_000 });
    expect(child.signal, child.stderr).toBe('SIGKILL');
    const hash = child.stdout.trim();
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    const stored = await createLocalFileStore(root).get(hash);
    expect(stored?.equals(Buffer.alloc(1024 * 1024, 'Tài liệu hội nghị '))).toBe(true);
    expect(readdirSync(join(root, hash.slice(0, 2), hash.slice(2, 4)))).toEqual([hash]);
  });
});
