import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from './start.js';
import { DEFAULT_MEDIA_CONFIG } from '../media/select-engine.js';

describe('startServer', () => {
  let server: RunningServer | undefined;
  let dataDir: string | undefined;
  afterEach(async () => {
    await server?.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  it('opens SQLite under DATA_DIR, migrates, prints the set-up link, and answers over HTTP', async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'diemcau-start-'));
    const printed: string[] = [];
    server = await startServer(
      { port: 0, host: '127.0.0.1', dataDir, databaseUrl: null, redisUrl: null, media: DEFAULT_MEDIA_CONFIG, trustProxy: false },
      { webRoot: null, logger: false, print: (line) => printed.push(line) },
    );
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const health = await fetch(`${server.url}/api/v1/health`).then((r) => r.json());
    expect(health).toMatchObject({ status: 'ok', database: 'sqlite' });
    // No default password: the first administrator comes from the printed one-time link.
    expect(server.setupLink).toMatch(new RegExp(`^${server.url}/cai-dat/[A-Za-z0-9_-]{43}$`));
    expect(printed.join('\n')).toContain(server.setupLink!);
    expect((await fetch(`${server.url}/api/v1/conferences`)).status).toBe(401);
    const token = server.setupLink!.split('/').pop();
    const setup = await fetch(`${server.url}/api/v1/setup`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: server.url },
      body: JSON.stringify({ token, email: 'admin@dongthap.gov.vn', displayName: 'Quản trị', password: 'mật-khẩu-đủ-dài' }),
    });
    expect(setup.status).toBe(200);
    const { csrfToken } = (await setup.json()) as { csrfToken: string };
    const cookie = setup.headers.get('set-cookie')!.split(';')[0]!;
    const lists = (await fetch(`${server.url}/api/v1/administrative-unit-lists`, { headers: { cookie } }).then((r) => r.json())) as {
      items: unknown[];
    };
    expect(lists.items.length).toBeGreaterThan(0);
    const created = await fetch(`${server.url}/api/v1/conferences`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie, 'x-csrf-token': csrfToken },
      body: JSON.stringify({ title: 'Hội nghị thử', startsAt: '2021-07-07T08:00' }),
    });
    expect(created.status).toBe(201);
    await server.stop();
    await server.stop(); // idempotent
    await expect(fetch(`${server.url}/api/v1/health`)).rejects.toThrow();
    server = undefined;
  });
});
