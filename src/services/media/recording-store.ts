/**
 * Where the recordings of a conference are kept: DATA_DIR/recordings/<conference id>/, one
 * set of files per recorded session (the engine's .webm or Janus's .mjr), named by the
 * session's start time, with a small JSON index per session (when it started and ended).
 * Kept with the conference for the minutes; listed and downloaded by the secretariat.
 */
import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { mediaErrors } from './media-errors.js';

export interface RecordingInfo {
  id: string;
  startedAt: string;
  endedAt: string | null;
  files: { name: string; bytes: number }[];
}

const SAFE_NAME = /^[A-Za-z0-9._-]{1,200}$/;
const pad = (n: number) => String(n).padStart(2, '0');

export class RecordingStore {
  constructor(private readonly root: string) {}

  folderOf(conferenceId: string): string {
    if (!SAFE_NAME.test(conferenceId)) throw mediaErrors.recordingNotFound();
    return path.resolve(this.root, conferenceId);
  }

  /** `phien-20210707-083000`, in Vietnam time (the session's start as the secretariat reads it). */
  baseNameFor(startedAt: number): string {
    const local = new Date(startedAt + 7 * 3600_000);
    const date = `${local.getUTCFullYear()}${pad(local.getUTCMonth() + 1)}${pad(local.getUTCDate())}`;
    const time = `${pad(local.getUTCHours())}${pad(local.getUTCMinutes())}${pad(local.getUTCSeconds())}`;
    return `phien-${date}-${time}`;
  }

  /** Writes the session's index once the engine has closed its files. */
  async finish(conferenceId: string, session: Omit<RecordingInfo, 'files'>, files: string[]): Promise<RecordingInfo> {
    const folder = this.folderOf(conferenceId);
    await mkdir(folder, { recursive: true });
    const names = files.map((file) => path.basename(file));
    await writeFile(path.join(folder, `${session.id}.json`), JSON.stringify({ ...session, files: names }, null, 2));
    return (await this.list(conferenceId)).find((info) => info.id === session.id)!;
  }

  async list(conferenceId: string): Promise<RecordingInfo[]> {
    const folder = this.folderOf(conferenceId);
    let entries: string[];
    try {
      entries = await readdir(folder);
    } catch {
      return [];
    }
    const sessions: RecordingInfo[] = [];
    for (const entry of entries.filter((name) => name.endsWith('.json')).sort()) {
      const index = JSON.parse(await readFile(path.join(folder, entry), 'utf8')) as Omit<RecordingInfo, 'files'> & { files: string[] };
      const files = [];
      for (const name of index.files) {
        const info = await stat(path.join(folder, name)).catch(() => null);
        if (info) files.push({ name, bytes: info.size });
      }
      sessions.push({ id: index.id, startedAt: index.startedAt, endedAt: index.endedAt, files });
    }
    return sessions;
  }

  /** The absolute path of one recorded file of the conference; 404 for anything else. */
  async fileOf(conferenceId: string, name: string): Promise<{ path: string; bytes: number }> {
    if (!SAFE_NAME.test(name) || name.endsWith('.json')) throw mediaErrors.recordingNotFound();
    const listed = (await this.list(conferenceId)).some((session) => session.files.some((file) => file.name === name));
    if (!listed) throw mediaErrors.recordingNotFound();
    const full = path.join(this.folderOf(conferenceId), name);
    return { path: full, bytes: (await stat(full)).size };
  }
}
