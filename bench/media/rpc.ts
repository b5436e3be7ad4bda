/**
 * Calls in both directions over a forked child's IPC channel: the coordinator asks a load
 * generator to start peers, and the generator asks back for the engine's answer to each
 * publisher's offer while it waits inside werift's negotiation.
 */
import type { ChildProcess } from 'node:child_process';
import { errorText } from '../../src/domain/errors.js';

// Each handler checks its own params; the channel carries them as they came.
type Handler = (params: never) => unknown;
type Message =
  { rpc: 'call'; id: number; method: string; params: unknown } | { rpc: 'reply'; id: number; result?: unknown; error?: string };

interface Channel {
  send?: ((message: Message) => boolean) | ((message: Message) => void) | undefined;
  on(event: 'message', listener: (message: unknown) => void): unknown;
  on(event: 'disconnect' | 'exit', listener: () => void): unknown;
}

export interface Rpc {
  call<T = unknown>(method: string, params?: unknown, timeoutMs?: number): Promise<T>;
}

const isMessage = (value: unknown): value is Message => typeof value === 'object' && value !== null && 'rpc' in value;

export function rpc(channel: ChildProcess | NodeJS.Process, handlers: Record<string, Handler>): Rpc {
  const link = channel as Channel;
  const pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void; timer: NodeJS.Timeout }>();
  let nextId = 1;
  const send = (message: Message) => {
    if (!link.send) throw new Error('no IPC channel: this process was not forked');
    link.send(message);
  };
  const failAll = (why: string) => {
    for (const [id, call] of pending) {
      clearTimeout(call.timer);
      call.reject(new Error(why));
      pending.delete(id);
    }
  };
  link.on('message', (message) => {
    if (!isMessage(message)) return;
    if (message.rpc === 'reply') {
      const call = pending.get(message.id);
      if (!call) return;
      pending.delete(message.id);
      clearTimeout(call.timer);
      if (message.error !== undefined) call.reject(new Error(message.error));
      else call.resolve(message.result);
      return;
    }
    const { id, method, params } = message;
    const handler = handlers[method];
    Promise.resolve()
      .then(() => {
        if (!handler) throw new Error(`no handler for ${method}`);
        return handler(params as never);
      })
      .then(
        (result) => send({ rpc: 'reply', id, result }),
        (error: unknown) => send({ rpc: 'reply', id, error: `${method}: ${errorText(error)}` }),
      )
      .catch(() => undefined); // the other side has gone: nothing left to answer
  });
  // A dead peer process must not leave the coordinator waiting for its timeouts.
  link.on('disconnect', () => failAll('the other process disconnected'));
  if ('pid' in channel && channel !== process) link.on('exit', () => failAll('the load generator exited'));
  return {
    call<T>(method: string, params?: unknown, timeoutMs = 30_000) {
      const id = nextId++;
      return new Promise<T>((resolve, reject) => {
        const timer = setTimeout(() => {
          pending.delete(id);
          reject(new Error(`${method}: no reply within ${timeoutMs} ms`));
        }, timeoutMs);
        pending.set(id, { resolve: resolve as (v: unknown) => void, reject, timer });
        try {
          send({ rpc: 'call', id, method, params });
        } catch (error) {
          clearTimeout(timer);
          pending.delete(id);
          reject(error);
        }
      });
    },
  };
}
