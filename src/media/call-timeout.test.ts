import { describe, expect, it } from 'vitest';
import { EngineTimeout, withTimeout } from './call-timeout.js';

describe('engine call timeout', () => {
  it('passes a result or an error through in time', async () => {
    await expect(withTimeout(Promise.resolve(7), 50, 'Janus')).resolves.toBe(7);
    await expect(withTimeout(Promise.reject(new Error('refused')), 50, 'Janus')).rejects.toThrow('refused');
  });

  it('fails a call that does not answer, naming the engine', async () => {
    const hung = new Promise<number>(() => undefined);
    const failed = withTimeout(hung, 30, 'Janus');
    await expect(failed).rejects.toBeInstanceOf(EngineTimeout);
    await expect(failed).rejects.toThrow('Janus did not answer within 0 s');
  });
});
