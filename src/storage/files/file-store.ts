/**
 * Where uploaded files live: bytes by their SHA-256 content hash (hex). The same bytes are
 * stored once whoever sends them; a hash names the bytes forever, so nothing is ever
 * overwritten. Beside a file, its renditions (a PDF made from a Word or Excel original) are
 * kept under the original's hash and the rendition's name, so a second viewer reuses them.
 *
 * The local implementation (local-file-store.ts) writes under DATA_DIR/files; an object
 * store (S3 or compatible) can implement the same interface later: the keys are
 * `<hash>` and `<hash>.<rendition>`.
 */
import { createHash } from 'node:crypto';
import type { Readable } from 'node:stream';

/** A rendition of a stored file, kept beside it: `pdf`, the original converted to PDF. */
export type Rendition = 'pdf';

export interface FileStore {
  /** Stores the bytes (once: the same bytes again change nothing) and returns their hash; durable when it resolves. */
  put(data: Uint8Array): Promise<string>;
  /** The bytes of a stored file, or null. */
  get(hash: string): Promise<Buffer | null>;
  /** The bytes as a stream, or null. */
  stream(hash: string): Promise<Readable | null>;
  has(hash: string): Promise<boolean>;
  /** The size in bytes, or null when absent. */
  size(hash: string): Promise<number | null>;
  /** Stores a rendition of the file `hash` (durable when it resolves). */
  putRendition(hash: string, rendition: Rendition, data: Uint8Array): Promise<void>;
  getRendition(hash: string, rendition: Rendition): Promise<Buffer | null>;
}

/** The hex SHA-256 of bytes: the key of a file in the store. */
export const contentHash = (data: Uint8Array): string => createHash('sha256').update(data).digest('hex');

/** A well-formed key (64 lowercase hex digits): nothing else ever reaches a path or an object name. */
export const isContentHash = (value: string): boolean => /^[0-9a-f]{64}$/.test(value);
