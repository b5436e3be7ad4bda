/**
 * Inflating the entries of a zip with a budget, counting what comes out as it comes: an
 * entry that inflates past what it declared, or past what is left of the budget, stops the
 * inflater at once (file.zip_bomb), and a counter that passes its cap stops it too (the
 * caller's refusal), so a million paragraphs are never all inflated, let alone parsed.
 */
import { createInflateRaw } from 'node:zlib';
import { zipBomb, zipUnreadable } from './file-errors.js';
import { entryData, type ZipEntry } from './zip-directory.js';

/** Counts the matches of `pattern` in a stream of chunks, matches across chunk edges included. */
export class TagCounter {
  count = 0;
  private tail = '';

  /** `pattern` must be global and match fewer than 64 characters. */
  constructor(
    private readonly pattern: RegExp,
    private readonly cap: number,
    private readonly refuse: () => Error,
  ) {}

  /** Counts the chunk's matches; throws `refuse()` past the cap. */
  feed(chunk: Uint8Array): void {
    // latin1 keeps one character per byte, so tags (ASCII) are found whatever the encoding of the text.
    const text = this.tail + Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength).toString('latin1');
    const fresh = this.tail.length;
    this.pattern.lastIndex = 0;
    for (let m = this.pattern.exec(text); m; m = this.pattern.exec(text)) {
      if (m.index + m[0].length > fresh) this.count += 1; // a match within the old tail was counted before
      if (this.count > this.cap) throw this.refuse();
    }
    this.tail = text.slice(-64);
  }
}

/** What is left to inflate in one file; shared by its entries. */
export class InflateBudget {
  constructor(readonly maxBytes: number) {
    this.left = maxBytes;
  }
  left: number;
}

/**
 * Inflates one entry, handing each chunk to `onChunk` (which may throw to stop), within its
 * declared size and the budget. Returns the bytes inflated.
 */
export const inflateEntry = (
  data: Uint8Array,
  entry: ZipEntry,
  budget: InflateBudget,
  onChunk: (chunk: Buffer) => void = () => {},
): Promise<number> => {
  const compressed = entryData(data, entry);
  if (entry.method === 0) {
    if (compressed.length > Math.min(entry.size, budget.left)) return Promise.reject(zipBomb(budget.maxBytes));
    budget.left -= compressed.length;
    onChunk(Buffer.from(compressed.buffer, compressed.byteOffset, compressed.byteLength));
    return Promise.resolve(compressed.length);
  }
  return new Promise((resolve, reject) => {
    const inflater = createInflateRaw();
    let total = 0;
    let stopped = false;
    const stop = (error: unknown) => {
      if (stopped) return;
      stopped = true;
      inflater.destroy();
      reject(error);
    };
    inflater.on('data', (chunk: Buffer) => {
      if (stopped) return;
      total += chunk.length;
      budget.left -= chunk.length;
      // More than declared is a zip that lies about its sizes: the classic bomb.
      if (total > entry.size || budget.left < 0) return stop(zipBomb(budget.maxBytes));
      try {
        onChunk(chunk);
      } catch (error) {
        stop(error);
      }
    });
    inflater.on('error', () => stop(zipUnreadable()));
    inflater.on('end', () => {
      if (stopped) return;
      stopped = true;
      resolve(total);
    });
    inflater.end(compressed);
  });
};
