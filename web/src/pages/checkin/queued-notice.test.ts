import { describe, expect, it } from 'vitest';
import { queuedOutcome } from './queued-notice.js';

describe('queuedOutcome', () => {
  it('is waiting while the item is pending, sent once it left the queue, refused when the server refused it', () => {
    expect(queuedOutcome('k1', { pending: [{ key: 'k1' }], refused: [] })).toBe('waiting');
    expect(queuedOutcome('k1', { pending: [{ key: 'k2' }], refused: [] })).toBe('sent');
    expect(queuedOutcome('k1', { pending: [], refused: [{ key: 'k1' }] })).toBe('refused');
  });
});
