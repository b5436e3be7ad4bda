/**
 * A bound on how long an engine call may take. Media engines are other processes (the SFU
 * worker, Janus); one that stops answering must not hold a room's queue, and every change of
 * the room after it, for ever: the call fails after `ms` and the queue moves on.
 */
export class EngineTimeout extends Error {}

export function withTimeout<T>(work: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new EngineTimeout(`${what} did not answer within ${Math.round(ms / 1000)} s`)), ms);
  });
  return Promise.race([work, expired]).finally(() => clearTimeout(timer));
}
