/**
 * The media browser tests run every hall's browser on one 2-core machine, where in a real
 * conference each hall has a computer of its own. While a measured hall rejoins, the other
 * halls' pages (encoding and decoding video all the time) would take the cores from it, and the
 * measure would be of the test machine, not of the product.
 *
 * `otherMachinesChromium` gives a Chromium that stands for "the other halls' computers": a
 * launcher that puts itself (and so every process Chromium starts) into a CPU cgroup with a
 * small share (cgroup v1 `cpu.shares`, as on these machines; v2 `cpu.weight` otherwise). They
 * still get the whole machine when it is idle; under contention the measured path (the server,
 * the engine, the chair's and the rejoining hall's pages) goes first. Without a writable cgroup
 * (not root, no cpu controller) it is the plain Chromium, and says so.
 */
import { existsSync, mkdirSync, rmdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** One share in sixteen of a normal process's under contention. */
const SHARES_V1 = 64;
const WEIGHT_V2 = 6;

interface CpuGroup {
  dir: string;
  /** The file a process writes its pid into to join the group. */
  procs: string;
}

const makeGroup = (name: string): CpuGroup | null => {
  const candidates: { root: string; file: string; value: number }[] = [
    { root: '/sys/fs/cgroup/cpu', file: 'cpu.shares', value: SHARES_V1 },
    { root: '/sys/fs/cgroup', file: 'cpu.weight', value: WEIGHT_V2 },
  ];
  for (const { root, file, value } of candidates) {
    const dir = join(root, name);
    try {
      if (!existsSync(root)) continue;
      mkdirSync(dir, { recursive: true });
      if (!existsSync(join(dir, file))) {
        rmdirSync(dir);
        continue;
      }
      writeFileSync(join(dir, file), String(value));
      return { dir, procs: join(dir, 'cgroup.procs') };
    } catch {
      try {
        rmdirSync(dir);
      } catch {
        /* not made, or not empty */
      }
    }
  }
  return null;
};

export interface OtherMachines {
  /** The executable to launch Chromium with. */
  executable: string;
  /** Whether the share is in place (false: the plain Chromium). */
  lowered: boolean;
  /** Removes the group; call after that Chromium is closed. */
  release(): void;
}

export const otherMachinesChromium = (chromium: string, scratchDir: string): OtherMachines => {
  const group = makeGroup(`diemcau-other-halls-${process.pid}`);
  if (!group) {
    console.warn('media tests: no writable CPU cgroup; the other halls share the cores equally with the measured one');
    return { executable: chromium, lowered: false, release: () => undefined };
  }
  const launcher = join(scratchDir, 'chromium-other-halls');
  writeFileSync(launcher, `#!/bin/sh\necho $$ > '${group.procs}'\nexec '${chromium}' "$@"\n`, { mode: 0o755 });
  return {
    executable: launcher,
    lowered: true,
    release: () => {
      try {
        rmdirSync(group.dir);
      } catch {
        /* a process still in it: the group stays until reboot */
      }
    },
  };
};
