/** The order in which responses complete: what proves that a heavy request did not hold up the others (no timers). */
import { randomUUID } from 'node:crypto';
import type { InjectOptions, LightMyRequestResponse } from 'fastify';

export const completionOrder = () => {
  const order: string[] = [];
  const track = (name: string, response: Promise<LightMyRequestResponse>) =>
    response.then((r) => {
      order.push(name);
      return r;
    });
  return { order, track };
};

/** A check-in at the hall, as a desk sends it (a key of its own each time). */
export const checkInRequest = (conferenceId: string, delegateId: string, bridgePointId: string): InjectOptions => ({
  method: 'POST',
  url: `/api/v1/conferences/${conferenceId}/check-ins`,
  payload: { key: `desk-${randomUUID()}`, delegateId, method: 'search', bridgePointId },
});
