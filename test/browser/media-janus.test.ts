/**
 * Issue 6's acceptance on the Janus engine: Janus 1.1 in a network namespace of its own
 * (test/media/janus-netns.ts: Janus gathers no loopback candidates), the server driving it
 * through janode. Tagged `janus`: skipped (and counted) only where Janus cannot run: not
 * installed, or not root (namespaces).
 */
import { describe } from 'vitest';
import { startJanusInNetns } from '../media/janus-netns.js';
import { describeMediaScenario } from './media-scenario.js';

describe('Janus engine', { tags: ['janus'] }, () => {
  describeMediaScenario({
    engine: 'janus',
    environment: async () => {
      const janus = await startJanusInNetns();
      return { env: { MEDIA_ENGINE: 'janus', JANUS_URL: janus.wsUrl }, stop: () => janus.stop() };
    },
    screenshots: false,
  });
});
