import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from './start.js';

describe('startServer', () => {
  let server: RunningServer | undefined;
  let dataDir: string | undefined;
  afterEach(async () => {
    await server?.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  it('opens SQLite under DATA_DIR, migrates, loads the unit lists and answers over HTTP', async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'diemcau-start-'));
    server = await startServer(
      { port: 0, host: '127.0.0.1', dataDir, databaseUrl: null, redisUrl: null },
      { webRoot: null, logger: false },
    );
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const health = await fetch(`${server.url}/api/v1/health`).then((r) => r.json());
    expect(health).toMatchObject({ status: 'ok', database: 'sqlite' });
    const lists = (await fetch(`${server.url}/api/v1/administrative-unit-lists`).then((r) => r.json())) as { items: unknown[] };
    expect(lists.items.length).toBeGreaterThan(0);
    const created = await fetch(`${server.url}/api/v1/conferences`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ title: 'Hội nghị thử', startsAt: '2021-07-07T08:00' }),
    });
    expect(created.status).toBe(201);
    await server.stop();
    await server.stop(); // idempotent
    await expect(fetch(`${server.url}/api/v1/health`)).rejects.toThrow();
    server = undefined;
  });
});
