#!/usr/bin/env node
/**
 * `npm test`: the whole suite (Vitest, every project: vitest.config.ts) with the static checks
 * beside it, not before it: both typechecks (server and web), ESLint and Prettier. The checks
 * run at a lower CPU priority, so that they take the cycles the tests leave (waiting on
 * databases, browsers and timers) rather than slowing timed tests down. Vitest's output
 * streams as it comes; each check's output is printed when the suite is over, then one line
 * per job with its result and wall time. Exits 1 when any job failed.
 *
 * Arguments go to Vitest (`npm test -- test/api` runs that folder, with the checks).
 * `--no-checks` runs Vitest alone.
 */
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { setPriority } from 'node:os';

const args = process.argv.slice(2);
const withChecks = !args.includes('--no-checks');
const vitestArgs = args.filter((arg) => arg !== '--no-checks');
const bin = (name) => `node_modules/.bin/${name}`;
mkdirSync('node_modules/.cache/tsc', { recursive: true });
const tsc = (project, name) => [
  bin('tsc'),
  '-p',
  project,
  '--noEmit',
  '--incremental',
  '--tsBuildInfoFile',
  `node_modules/.cache/tsc/${name}.tsbuildinfo`,
];

const checks = [
  { name: 'typecheck (server)', command: tsc('tsconfig.json', 'server') },
  { name: 'typecheck (web)', command: tsc('web/tsconfig.json', 'web') },
  { name: 'lint (eslint)', command: [bin('eslint'), '--max-warnings', '0', '.'] },
  { name: 'format (prettier)', command: [bin('prettier'), '--check', '--log-level', 'warn', '.'] },
];

const run = ({ name, command }, { stream, nice }) =>
  new Promise((resolve) => {
    const started = Date.now();
    const child = spawn(command[0], command.slice(1), { stdio: stream ? 'inherit' : ['ignore', 'pipe', 'pipe'] });
    if (nice) {
      try {
        setPriority(child.pid, 19);
      } catch {
        /* not permitted: it runs at the normal priority */
      }
    }
    let output = '';
    child.stdout?.on('data', (chunk) => (output += chunk));
    child.stderr?.on('data', (chunk) => (output += chunk));
    const done = (code) => resolve({ name, code, output, seconds: (Date.now() - started) / 1000 });
    child.on('error', (error) => {
      output += String(error);
      done(127);
    });
    child.on('close', (code, signal) => done(code ?? (signal ? 128 : 1)));
  });

const started = Date.now();
const pending = withChecks ? checks.map((check) => run(check, { stream: false, nice: true })) : [];
const tests = await run({ name: 'tests (vitest)', command: [bin('vitest'), 'run', ...vitestArgs] }, { stream: true, nice: false });
const results = [...(await Promise.all(pending)), tests];

for (const result of results.slice(0, -1)) {
  if (result.code !== 0 || result.output.trim()) process.stdout.write(`\n── ${result.name} ──\n${result.output.trimEnd()}\n`);
}
process.stdout.write('\n');
for (const { name, code, seconds } of results) {
  process.stdout.write(
    ` ${code === 0 ? '✓' : '✗'} ${name.padEnd(20)} ${seconds.toFixed(1).padStart(6)} s${code === 0 ? '' : `  (exit ${code})`}\n`,
  );
}
process.stdout.write(` ${'npm test'.padStart(22)} ${((Date.now() - started) / 1000).toFixed(1).padStart(6)} s\n`);
process.exit(results.every((result) => result.code === 0) ? 0 : 1);
