/**
 * Entry of the SFU worker process (forked by EmbeddedEngine). Media runs here so that it
 * never waits behind the control plane's event loop (HTTP, Socket.IO, SQL), and so a crash
 * in the media stack does not take the server down. argv[2]: WorkerOptions as JSON.
 */
import type { FromWorker, ToWorker, WorkerOptions } from './ipc-protocol.js';
import { SfuCore } from './sfu-core.js';
import { errorText } from '../../domain/errors.js';

const send = (message: FromWorker): void => {
  if (process.connected) process.send!(message);
};
const log = (message: string, error?: unknown): void =>
  send({ type: 'log', message, ...(error === undefined ? {} : { error: errorText(error) }) });

if (!process.send) {
  console.error('sfu-worker runs only as a child process of the diemcau server');
  process.exit(2);
}

const options = JSON.parse(process.argv[2] ?? '{}') as WorkerOptions;
const core = new SfuCore(options, log);

process.on('message', (message: ToWorker) => {
  if (message.type === 'shutdown') {
    void core.closeAll().finally(() => process.exit(0));
    return;
  }
  const { id, method, args } = message;
  const operation = core[method] as (...a: unknown[]) => Promise<unknown>;
  operation
    .apply(core, args)
    .then((result) => send({ type: 'reply', id, ok: true, result: result ?? null }))
    .catch((error: unknown) => send({ type: 'reply', id, ok: false, error: errorText(error) }));
});

// The control plane went away: nobody can use the rooms any more.
process.on('disconnect', () => {
  void core.closeAll().finally(() => process.exit(0));
});
// werift raises some transport errors asynchronously; one bad peer must not end every room.
process.on('uncaughtException', (error) => log('uncaught error in the SFU worker', error));
process.on('unhandledRejection', (error) => log('unhandled rejection in the SFU worker', error));

send({ type: 'ready' });
