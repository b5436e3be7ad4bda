/**
 * Global set-up of the `browser` project (vitest.config.ts): builds the web app once when its
 * sources changed, then launches one Chromium server per worker of the project, each with a
 * camera file of its own (a blank picture until a test writes a QR code into it), and hands
 * their addresses to the workers (./chromium.ts). The teardown closes them all.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserServer } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { CHROMIUM, CHROMIUM_FLAGS, type ChromiumPool } from './chromium.js';
import { fakeCameraArgs, showQrCode } from './fake-camera.js';
import { ensureWebBuilt } from './web-build.js';

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  await ensureWebBuilt();
  const count = Math.max(1, Number(project.config.maxWorkers) || 1);
  const scratch = mkdtempSync(join(tmpdir(), 'diemcau-chromium-pool-'));
  const servers: BrowserServer[] = [];
  const teardown = async () => {
    await Promise.all(servers.map((server) => server.close().catch(() => undefined)));
    rmSync(scratch, { recursive: true, force: true });
  };
  try {
    const workers: ChromiumPool['workers'] = [];
    for (let index = 0; index < count; index++) {
      const camera = join(scratch, `camera-${index + 1}.y4m`);
      showQrCode(camera, null);
      const server = await chromium.launchServer({
        executablePath: CHROMIUM,
        headless: false, // --headless=new is in the flags
        args: [...CHROMIUM_FLAGS, ...fakeCameraArgs(camera)],
      });
      servers.push(server);
      workers.push({ wsEndpoint: server.wsEndpoint(), camera });
    }
    project.provide('chromiumPool', { workers });
  } catch (error) {
    await teardown();
    throw error;
  }
  return teardown;
}
