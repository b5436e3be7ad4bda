/**
 * What some tests need beyond `npm install`: a PostgreSQL server, a Redis server, Janus, Caddy
 * (the shipped reverse proxy, test/security/reverse-proxy.test.ts), ffmpeg (the watching tier's
 * packager) and nginx (the cache in front of it, deploy/nginx). Each
 * is a Vitest tag; a test (or a describe) that needs one says so with `{ tags: ['postgres'] }`,
 * and where the run lacks it the tag skips the test. `summary-reporter.ts` counts those
 * skips by tag and prints one line, so that a run without them says what it did not test.
 *
 * `npm test` on a fresh machine runs on the embedded SQLite alone; `.ci/run` sets DATABASE_URL
 * and REDIS_URL (and installs Janus), so CI runs every test.
 */
import { spawnSync } from 'node:child_process';
import type { TestTagDefinition } from 'vitest/config';

export interface Requirement {
  tag: 'postgres' | 'redis' | 'janus' | 'caddy' | 'ffmpeg' | 'nginx';
  /** What is missing and how to provide it, for the summary line. */
  label: string;
  /** Why the run lacks it, or null when it has it. */
  missing: string | null;
}

const janusMissing = (): string | null => {
  if (process.platform !== 'linux') return 'Janus tests need Linux network namespaces';
  if (process.getuid?.() !== 0) return 'not root: Janus runs in a network namespace the test creates';
  // Any exit status will do: only a missing binary (ENOENT) sets `error`.
  if (spawnSync('janus', ['--help'], { stdio: 'ignore' }).error) return 'janus is not installed (apt-get install janus)';
  return null;
};

/** Caddy and openssl (the test makes its own certificate with it). */
const caddyMissing = (): string | null => {
  if (spawnSync('caddy', ['version'], { stdio: 'ignore' }).error) return 'caddy is not installed (apt-get install caddy)';
  if (spawnSync('openssl', ['version'], { stdio: 'ignore' }).error) return 'openssl is not installed (apt-get install openssl)';
  return null;
};

const commandMissing = (command: string, args: string[], install: string): string | null =>
  spawnSync(command, args, { stdio: 'ignore' }).error ? `${command} is not installed (apt-get install ${install})` : null;

export const requirements = (env: NodeJS.ProcessEnv = process.env): Requirement[] => [
  { tag: 'postgres', label: 'PostgreSQL (set DATABASE_URL)', missing: env.DATABASE_URL ? null : 'DATABASE_URL is not set' },
  { tag: 'redis', label: 'Redis (set REDIS_URL)', missing: env.REDIS_URL ? null : 'REDIS_URL is not set' },
  { tag: 'janus', label: 'Janus (apt-get install janus, as root)', missing: janusMissing() },
  { tag: 'caddy', label: 'Caddy (apt-get install caddy)', missing: caddyMissing() },
  { tag: 'ffmpeg', label: 'ffmpeg (apt-get install ffmpeg)', missing: commandMissing('ffmpeg', ['-version'], 'ffmpeg') },
  { tag: 'nginx', label: 'nginx (apt-get install nginx-light)', missing: commandMissing('nginx', ['-v'], 'nginx-light') },
];

/** The tags for vitest.config.ts: each skips its tests where its requirement is missing. */
export const REQUIREMENT_TAGS: TestTagDefinition[] = requirements().map((requirement) => ({
  name: requirement.tag,
  description: `needs ${requirement.label}`,
  skip: requirement.missing !== null,
}));
