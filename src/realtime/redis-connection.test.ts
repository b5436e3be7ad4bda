import { describe, expect, it } from 'vitest';
import type { DomainError } from '../domain/errors.js';
import { redactUrl } from './redis-connection.js';
import { connectRedisEventBus } from './redis-event-bus.js';

describe('Redis connections', () => {
  it('fail the start at once with a clear message, without the password, when Redis cannot be reached', async () => {
    const error = await connectRedisEventBus('redis://:secret@127.0.0.1:1', { log: () => undefined }).then(
      () => null,
      (e: unknown) => e as DomainError,
    );
    expect(error?.code).toBe('config.redis_unreachable');
    expect(error?.localized.vi).toMatch(/^Không kết nối được Redis tại redis:\/\/:\*\*\*@127\.0\.0\.1:1/);
    expect(error?.localized.en).toMatch(/^Cannot connect to Redis at redis:\/\/:\*\*\*@127\.0\.0\.1:1/);
    expect(JSON.stringify(error?.localized)).not.toContain('secret');
    expect(redactUrl('redis://127.0.0.1:6379')).toBe('redis://127.0.0.1:6379');
  });
});
