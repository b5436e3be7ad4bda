/**
 * The file store on the local disk (the default): DATA_DIR/files/ab/cd/<hash>, two levels
 * of folders from the hash's first four digits so no folder holds more than a few thousand
 * entries. A file is written to a temporary name in the same folder, fsynced, renamed into
 * place and its folder fsynced: once `put` resolves (and the upload is acknowledged) the file
 * survives a crash or a power loss, and a reader never sees half a file.
 */
import { randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, open, readFile, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { contentHash, isContentHash, type FileStore, type Rendition } from './file-store.js';

const missing = (error: unknown) => (error as { code?: string } | null)?.code === 'ENOENT';

export interface LocalFileStore extends FileStore {
  /** The folder the files are kept in (DATA_DIR/files). */
  readonly root: string;
}

export const createLocalFileStore = (root: string): LocalFileStore => {
  const folderOf = (hash: string) => {
    if (!isContentHash(hash)) throw new Error(`Not a content hash: ${hash}`);
    return join(root, hash.slice(0, 2), hash.slice(2, 4));
  };
  const pathOf = (hash: string, rendition?: Rendition) => join(folderOf(hash), rendition ? `${hash}.${rendition}` : hash);

  const exists = async (path: string) => {
    try {
      await stat(path);
      return true;
    } catch (error) {
      if (missing(error)) return false;
      throw error;
    }
  };

  /** Temporary file, fsync, rename, fsync of the folder. */
  const writeDurably = async (folder: string, path: string, data: Uint8Array) => {
    await mkdir(folder, { recursive: true });
    const temporary = join(folder, `.${randomUUID()}.tmp`);
    try {
      const handle = await open(temporary, 'wx');
      try {
        await handle.writeFile(data);
        await handle.sync();
      } finally {
        await handle.close();
      }
      await rename(temporary, path);
    } catch (error) {
      await rm(temporary, { force: true });
      throw error;
    }
    const directory = await open(folder, 'r');
    try {
      await directory.sync();
    } finally {
      await directory.close();
    }
  };

  const readOrNull = async (path: string) => {
    try {
      return await readFile(path);
    } catch (error) {
      if (missing(error)) return null;
      throw error;
    }
  };

  return {
    root,
    async put(data) {
      const hash = contentHash(data);
      const path = pathOf(hash);
      if (!(await exists(path))) await writeDurably(folderOf(hash), path, data);
      return hash;
    },
    get: async (hash) => readOrNull(pathOf(hash)),
    async stream(hash): Promise<Readable | null> {
      const path = pathOf(hash);
      return (await exists(path)) ? createReadStream(path) : null;
    },
    has: async (hash) => exists(pathOf(hash)),
    async size(hash) {
      try {
        return (await stat(pathOf(hash))).size;
      } catch (error) {
        if (missing(error)) return null;
        throw error;
      }
    },
    putRendition: async (hash, rendition, data) => writeDurably(folderOf(hash), pathOf(hash, rendition), data),
    getRendition: async (hash, rendition) => readOrNull(pathOf(hash, rendition)),
  };
};
