/**
 * Starts one engine for a row of the media bench and says which process to measure.
 * The embedded engine forks its SFU worker (its pid comes from stats()); Janus runs in a
 * network namespace of its own (test/media/janus-netns.ts), and the peers in this namespace
 * must bind to the host side of its veth. Each engine is imported only when asked for, so a
 * run of one engine does not load the other.
 */
import type { EngineKind, MediaEngine } from '../../src/media/media-engine.js';
import { errorText } from '../../src/domain/errors.js';

export interface RunningEngine {
  engine: MediaEngine;
  /** The process whose CPU and memory are the engine's. */
  pid: number;
  /** The address the load generators' peers bind to (null: their default, loopback). */
  peerAddress: string | null;
  stop(): Promise<void>;
}

const log = (kind: EngineKind) => (message: string, error?: unknown) =>
  console.error(`[${kind}] ${message}${error ? `: ${errorText(error)}` : ''}`);

export async function startEngine(kind: EngineKind): Promise<RunningEngine> {
  if (kind === 'embedded') {
    const { EmbeddedEngine } = await import('../../src/media/embedded/embedded-engine.js');
    const engine = new EmbeddedEngine({ hostAddress: '127.0.0.1', log: log(kind) });
    try {
      await engine.start();
      const pid = (await engine.stats()).pid;
      if (!pid) throw new Error('the embedded engine did not report its worker pid in stats()');
      return { engine, pid, peerAddress: null, stop: () => engine.close() };
    } catch (error) {
      await engine.close().catch(() => undefined);
      throw error;
    }
  }
  const { startJanusInNetns } = await import('../../test/media/janus-netns.js');
  const { JanusEngine } = await import('../../src/media/janus/janus-engine.js');
  const janus = await startJanusInNetns({ debugLevel: 2 });
  const engine = new JanusEngine({ url: janus.wsUrl, pid: janus.pid, log: log(kind) });
  const stop = async () => {
    await engine.close().catch((error: unknown) => log(kind)('close', error));
    await janus.stop();
  };
  try {
    await engine.start();
    return { engine, pid: janus.pid, peerAddress: janus.hostAddress, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
