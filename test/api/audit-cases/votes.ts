import type { Conference } from '../../../src/domain/conference.schema.js';
import type { TestApp } from '../helpers.js';
import { linkSession } from '../actors.js';
import { on, type Cases } from './case.js';

/** Checked-in delegates in each hall, and a vote on them (draft, or opened), all without audit rows after `since`. */
async function voteOn(t: TestApp, c: Conference, open: boolean): Promise<{ voteId: string; delegateId: string }> {
  let delegateId = '';
  for (const point of c.bridgePoints.slice(0, 2))
    for (const name of ['A', 'B']) {
      const id = (await t.services.delegates.create(c.id, { bridgePointId: point.id, fullName: `Đại biểu ${name}` })).id;
      await t.services.checkIns.checkIn(c.id, { key: `audit-bq-${id}`, delegateId: id, method: 'search' });
      delegateId ||= id;
    }
  const vote = await t.services.votes.create(c.id, { question: 'Thông qua dự thảo Quyết định?' });
  if (open) await t.services.votes.open(c.id, vote.id);
  return { voteId: vote.id, delegateId };
}

/** The audit cases of issue 16's votes routes. */
export const voteCases: Cases = {
  'POST /api/v1/conferences/:conferenceId/votes': {
    actions: ['vote.create'],
    prepare: async (_t, c) => ({ method: 'POST', url: on(c, '/votes'), payload: { question: 'Thông qua dự thảo Quyết định?' } }),
  },
  'POST /api/v1/conferences/:conferenceId/votes/:voteId/open': {
    actions: ['vote.open'],
    prepare: async (t, c) => ({ method: 'POST', url: on(c, `/votes/${(await voteOn(t, c, false)).voteId}/open`) }),
  },
  'POST /api/v1/conferences/:conferenceId/votes/:voteId/close': {
    actions: ['vote.close'],
    prepare: async (t, c) => ({ method: 'POST', url: on(c, `/votes/${(await voteOn(t, c, true)).voteId}/close`) }),
  },
  // A delegate's personal link votes for that delegate (an open vote: the row keeps the option; a secret one's would not).
  'POST /api/v1/conferences/:conferenceId/votes/:voteId/ballots': {
    actions: ['vote.cast'],
    actor: 'link',
    prepare: async (t, c) => {
      const { voteId, delegateId } = await voteOn(t, c, true);
      const link = await linkSession(t, c.id, 'delegate', { delegateId });
      return {
        method: 'POST',
        url: on(c, `/votes/${voteId}/ballots`),
        headers: { cookie: link.credentials.cookie, 'x-csrf-token': link.credentials.csrfToken },
        payload: { option: 0 },
      };
    },
  },
  // An operator link of the hall enters its show-of-hands count.
  'PUT /api/v1/conferences/:conferenceId/votes/:voteId/hands/:pointId': {
    actions: ['vote.count_hands'],
    actor: 'link',
    prepare: async (t, c) => {
      const { voteId } = await voteOn(t, c, true);
      const hall = c.bridgePoints[1]!.id;
      const link = await linkSession(t, c.id, 'operator', { bridgePointId: hall });
      return {
        method: 'PUT',
        url: on(c, `/votes/${voteId}/hands/${hall}`),
        headers: { cookie: link.credentials.cookie, 'x-csrf-token': link.credentials.csrfToken },
        payload: { counts: [1, 1, 0] },
      };
    },
  },
};
