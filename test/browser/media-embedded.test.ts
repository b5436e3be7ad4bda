/** Issue 6's acceptance on the embedded engine (werift in the server's worker): see ./media-scenario.ts. */
import { describeMediaScenario } from './media-scenario.js';

describeMediaScenario({
  engine: 'embedded',
  environment: async () => ({ env: { MEDIA_ENGINE: 'embedded' } }),
  screenshots: true,
});
