/**
 * The web app for the browser tests: dist/web, built again (once, under a lock) when a source
 * it depends on is newer than the build; the `browser` project's global set-up calls it before
 * any test, and the server-process helpers before they start a server.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const WEB_ROOT = join(ROOT, 'dist/web');

/** Newest modification time of the files the web build depends on. */
const newestSource = (): number => {
  let newest = 0;
  const walk = (path: string) => {
    const stat = statSync(path);
    if (stat.isDirectory()) for (const entry of readdirSync(path)) walk(join(path, entry));
    else if (!/\.test\.tsx?$/.test(path)) newest = Math.max(newest, stat.mtimeMs);
  };
  for (const path of ['web', 'src/domain', 'vite.config.ts']) if (existsSync(join(ROOT, path))) walk(join(ROOT, path));
  return newest;
};

/** Builds dist/web once when missing or older than its sources (a lock keeps parallel test files from building twice). */
export const ensureWebBuilt = async (): Promise<void> => {
  const index = join(WEB_ROOT, 'index.html');
  const fresh = () => existsSync(index) && statSync(index).mtimeMs >= newestSource();
  if (fresh()) return;
  const lock = join(ROOT, 'dist/.web-build.lock');
  mkdirSync(join(ROOT, 'dist'), { recursive: true });
  for (let waited = 0; ; waited += 250) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      if (waited > 120_000) rmSync(lock, { recursive: true, force: true });
      await new Promise((done) => setTimeout(done, 250));
    }
  }
  try {
    if (fresh()) return;
    const result = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], { cwd: ROOT, encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`vite build failed:\n${result.stdout}\n${result.stderr}`);
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
};
