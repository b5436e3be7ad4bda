/**
 * Redis connections (REDIS_URL) of several server processes: the event backbone's publish and
 * subscribe clients (redis-event-bus.ts) and the media rooms' leases. An unreachable Redis
 * fails the start with a clear message; once running, a lost connection is retried with
 * backoff (events of that moment reach only this process's listeners; the live clients catch
 * up with `live:sync` when they see a version gap).
 */
import { createClient } from 'redis';
import { DomainError, errorText } from '../domain/errors.js';

/** The URL without its password, for messages and logs. */
export const redactUrl = (url: string): string => {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return '(invalid URL)';
  }
};

/** One Redis client, connected (at start: an unreachable Redis fails with a clear message; later: retried with backoff). */
export async function connectRedis(url: string, log: (message: string, error: unknown) => void) {
  const [client] = await connectClients(url, 1, log);
  return { client: client!, close: async () => void (await client!.close().catch(() => undefined)) };
}

export async function connectClients(url: string, count: number, log: (message: string, error: unknown) => void) {
  let started = false;
  const first = createClient({
    url,
    socket: {
      connectTimeout: 5_000,
      // At start: give up at once (the caller fails the start); later: retry, at most every 3 s.
      reconnectStrategy: (retries: number, cause: Error) => (started ? Math.min(100 * 2 ** retries, 3_000) : cause),
    },
  });
  const clients = [first, ...Array.from({ length: count - 1 }, () => first.duplicate())];
  for (const client of clients) client.on('error', (error: unknown) => started && log('redis: connection error', error));
  try {
    await Promise.all(clients.map((client) => client.connect()));
  } catch (error) {
    for (const client of clients) if (client.isOpen) client.destroy();
    const reason = errorText(error);
    // A DomainError: the command line prints both messages and exits 1, without a stack.
    throw new DomainError(503, 'config.redis_unreachable', {
      vi: `Không kết nối được Redis tại ${redactUrl(url)} (REDIS_URL): ${reason}.`,
      en: `Cannot connect to Redis at ${redactUrl(url)} (REDIS_URL): ${reason}.`,
    });
  }
  started = true;
  return clients;
}
