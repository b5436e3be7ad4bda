import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createServices } from '../services/index.js';
import { openDatabase } from '../storage/index.js';
import { demoSeedPath } from './demo-conference.js';
import { main } from './main.js';

describe('the diemcau command (on a fresh SQLite data folder)', () => {
  let dataDir: string;
  let out: string[];
  let err: string[];
  const saved = { DATA_DIR: process.env.DATA_DIR, DATABASE_URL: process.env.DATABASE_URL };

  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'diemcau-cli-'));
    process.env.DATA_DIR = dataDir;
    delete process.env.DATABASE_URL;
    out = [];
    err = [];
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => (out.push(String(chunk)), true));
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => (err.push(String(chunk)), true));
  });
  afterEach(() => {
    vi.restoreAllMocks();
    rmSync(dataDir, { recursive: true, force: true });
    // Put back exactly what was there: files share this process (vitest.config.ts, isolate: false).
    for (const [key, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  });

  it('admin create prints a one-time set-up link, and refuses once an administrator exists', async () => {
    expect(await main(['admin', 'create'])).toBe(0);
    const link = out.join('').match(/http:\/\/127\.0\.0\.1:3000\/cai-dat\/([A-Za-z0-9_-]{43})/);
    expect(link).not.toBeNull();
    const database = await openDatabase({ dataDir });
    try {
      await createServices(database).accounts.completeSetup(link![1]!, {
        email: 'quantri@dongthap.gov.vn',
        displayName: 'Quản trị',
        password: 'mot-mat-khau-dai',
      });
    } finally {
      await database.close();
    }
    expect(await main(['admin', 'create'])).toBe(1);
    expect(err.join('')).toContain('An administrator exists already');
  });

  it('import stores the seed as a draft and reports what it placed', async () => {
    expect(await main(['import', demoSeedPath()])).toBe(0);
    const text = out.join('');
    expect(text).toMatch(/Đã nhập hội nghị [0-9a-f-]{36}/);
    expect(text).toContain('Chương trình: 10 nội dung, 8 nội dung con');
    expect(text).toContain('Nơi nhận: 7 dòng');
  });

  it('answers a missing file name, an unknown command and a bad setting with a clear message', async () => {
    expect(await main(['import'])).toBe(2);
    expect(err.join('')).toContain('Missing file name');
    expect(await main(['frobnicate'])).toBe(2);
    expect(err.join('')).toContain('Unknown command');
    process.env.PORT = 'abc';
    try {
      expect(await main(['migrate'])).toBe(1);
      expect(err.join('')).toContain('PORT');
    } finally {
      delete process.env.PORT;
    }
  });
});
