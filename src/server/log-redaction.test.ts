import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from './app.js';
import { createServices } from '../services/index.js';
import { openTestSqlite, type TestDatabase } from '../storage/test-databases.js';
import { redactUrl } from './log-redaction.js';

const TOKEN = 'q7Zk3m9XyT2bLw8RvN4sJd6HfA1cEgPu0oIi5YtKxWe';

describe('link tokens are kept out of the log', () => {
  it('replaces a token in the address of every link page and in a token query', () => {
    expect(redactUrl(`/l/${TOKEN}`)).toBe('/l/[redacted]');
    expect(redactUrl(`/xac-nhan/${TOKEN}?lang=en`)).toBe('/xac-nhan/[redacted]?lang=en');
    expect(redactUrl(`/cu-nguoi-du/${TOKEN}`)).toBe('/cu-nguoi-du/[redacted]');
    expect(redactUrl(`/api/v1/x?token=${TOKEN}&a=1`)).toBe('/api/v1/x?token=[redacted]&a=1');
    expect(redactUrl('/conferences/abc/agenda')).toBe('/conferences/abc/agenda');
  });

  describe('through the real app with its logger', () => {
    let database: TestDatabase;
    let app: FastifyInstance;
    const lines: string[] = [];
    beforeAll(async () => {
      database = await openTestSqlite();
      const stream = new Writable({
        write(chunk: Buffer, _encoding, done) {
          lines.push(chunk.toString());
          done();
        },
      });
      app = await buildApp({ services: createServices(database), database: { dialect: 'sqlite' }, logger: { level: 'info', stream } });
    });
    afterAll(async () => {
      await app?.close();
      await database?.close();
    });

    it('logs the request line of a link page without its token', async () => {
      for (const url of [`/l/${TOKEN}`, `/xac-nhan/${TOKEN}`, `/cu-nguoi-du/${TOKEN}`])
        await app.inject({ url, headers: { accept: 'text/html' } });
      const log = lines.join('');
      expect(log).toContain('/xac-nhan/[redacted]');
      expect(log).not.toContain(TOKEN);
    });
  });
});
