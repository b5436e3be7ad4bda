/**
 * Votes through HTTP (issue 16), with real actors: the chair creates, opens and closes; a
 * delegate's personal link votes for that delegate only; an operator enters the show-of-hands
 * count of their own hall only; an observer and a big screen only read; the result is in the
 * timeline; a secret vote shows no counts before it closes; every route is in the OpenAPI document.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Conference } from '../../src/domain/conference.schema.js';
import type { Vote } from '../../src/domain/votes/vote.schema.js';
import { as, linkSession, memberOf, okJson, type Inject } from './actors.js';
import { API, apiDatabases, describeDatabases, expectErrorBody, json, openTestApp, seedConference, type TestApp } from './helpers.js';

interface VoteList {
  items: Vote[];
  access: { manage: boolean; delegateId: string | null; castAt: string[]; castAtAll: boolean; handsAt: string[]; handsAtAll: boolean };
}

describeDatabases(
  'votes through HTTP on $dialect',
  (dbCase) => {
    let t: TestApp;
    let c: Conference;
    let host: string;
    let hall: string;
    let delegates: { host: string[]; hall: string[] };
    let chair: Inject, operator: Inject, observer: Inject, screen: Inject;
    let voters: Inject[];
    const on = (path = '') => `${API}/conferences/${c.id}/votes${path}`;
    const ok = okJson;

    beforeAll(async () => {
      t = await openTestApp(dbCase);
      c = await seedConference(t.app, 'Hội nghị biểu quyết');
      [host, hall] = [c.bridgePoints[0]!.id, c.bridgePoints[1]!.id];
      const user = (name: string, role: 'chair' | 'operator' | 'observer', points: string[] = []) => memberOf(t, c.id, name, role, points);
      chair = await user('chu-tri-bq', 'chair');
      operator = await user('ky-thuat-bq', 'operator', [hall]);
      observer = await user('quan-sat-bq', 'observer');
      screen = as(t, (await linkSession(t, c.id, 'display', { bridgePointId: host })).credentials);
      delegates = { host: [], hall: [] };
      for (const [key, point] of [
        ['host', host],
        ['hall', hall],
      ] as const)
        for (const name of ['A', 'B', 'C']) {
          const id = (await t.services.delegates.create(c.id, { bridgePointId: point, fullName: `Đại biểu ${key} ${name}` })).id;
          await t.services.checkIns.checkIn(c.id, { key: `bq-${id}`, delegateId: id, method: 'search' });
          delegates[key].push(id);
        }
      voters = await Promise.all(
        [...delegates.host, ...delegates.hall].map(async (delegateId) =>
          as(t, (await linkSession(t, c.id, 'delegate', { delegateId })).credentials),
        ),
      );
    }, 60_000);
    afterAll(() => t?.close());

    it('runs a vote: the chair opens it, delegates vote for themselves, an operator counts their hall, the chair closes it', async () => {
      expectErrorBody(await observer({ method: 'POST', url: on(), payload: { question: 'Q' } }), 403, 'access.denied');
      const draft = await ok<Vote>(chair, { method: 'POST', url: on(), payload: { question: 'Thông qua dự thảo Quyết định?' } }, 201);
      const opened = await ok<Vote>(chair, { method: 'POST', url: on(`/${draft.id}/open`) });
      expect(opened).toMatchObject({ state: 'open', openedWith: { present: 6, entitled: 6 } });

      const [a, b] = voters as [Inject, Inject];
      expect(await ok(a, { method: 'POST', url: on(`/${draft.id}/ballots`), payload: { option: 1 } })).toEqual({
        voteId: draft.id,
        option: 1,
        replaced: false,
      });
      expect(await ok(a, { method: 'POST', url: on(`/${draft.id}/ballots`), payload: { option: 0 } })).toMatchObject({ replaced: true });
      expect(await ok(a, { url: on(`/${draft.id}/ballot`) })).toEqual({ voted: true, option: 0 });
      await ok(b, { method: 'POST', url: on(`/${draft.id}/ballots`), payload: { option: 0 } });
      // A personal link votes as its delegate whatever hall it names; an account without a delegate record cannot vote.
      expectErrorBody(await observer({ method: 'POST', url: on(`/${draft.id}/ballots`), payload: { option: 0 } }), 403, 'access.denied');
      expectErrorBody(
        await operator({ method: 'PUT', url: on(`/${draft.id}/hands/${host}`), payload: { counts: [3, 0, 0] } }),
        403,
        'access.denied',
      );
      await ok(operator, { method: 'PUT', url: on(`/${draft.id}/hands/${hall}`), payload: { counts: [2, 1, 0] } });
      expectErrorBody(
        await voters[3]!({ method: 'POST', url: on(`/${draft.id}/ballots`), payload: { option: 0 } }),
        409,
        'vote.hall_counted_by_hands',
      );

      const list = await ok<VoteList>(operator, { url: on() });
      expect(list.access).toEqual({
        manage: false,
        close: false,
        manageForms: false,
        delegateId: null,
        castAt: [hall],
        castAtAll: false,
        handsAt: [hall],
        handsAtAll: false,
      });
      expect((await ok<VoteList>(a, { url: on() })).access).toMatchObject({ manage: false, delegateId: delegates.host[0] });
      expect((await ok<VoteList>(screen, { url: on() })).access).toEqual({
        manage: false,
        close: false,
        manageForms: false,
        delegateId: null,
        castAt: [],
        castAtAll: false,
        handsAt: [],
        handsAtAll: false,
      });

      const closed = await ok<Vote>(chair, { method: 'POST', url: on(`/${draft.id}/close`) });
      expect(closed.result).toMatchObject({ entitled: 6, present: 6, cast: 5, majority: { required: 4, inFavour: 4, passed: true } });
      expect(closed.result!.options.map((o) => [o.count, o.percentOfEntitled])).toEqual([
        [4, 66.67],
        [1, 16.67],
        [0, 0],
      ]);
      expect(await ok<Vote>(screen, { url: on(`/${draft.id}`) })).toEqual(closed);
      expectErrorBody(await a({ method: 'POST', url: on(`/${draft.id}/ballots`), payload: { option: 1 } }), 409, 'vote.not_open');

      // The timeline records it with its result.
      const timeline = json<{ votes: { voteId: string; result: { majority: { passed: boolean } } }[] }>(
        await chair({ url: `${API}/conferences/${c.id}/live/timeline` }),
      );
      expect(timeline.votes.map((vote) => [vote.voteId, vote.result.majority.passed])).toEqual([[draft.id, true]]);
    });

    it('shows a secret vote only as its turnout until it closes', async () => {
      const vote = await ok<Vote>(chair, { method: 'POST', url: on(), payload: { question: 'Bỏ phiếu kín', secret: true } }, 201);
      await ok(chair, { method: 'POST', url: on(`/${vote.id}/open`) });
      expect(await ok(voters[0]!, { method: 'POST', url: on(`/${vote.id}/ballots`), payload: { option: 2 } })).toEqual({
        voteId: vote.id,
        option: null,
        replaced: false,
      });
      expectErrorBody(
        await voters[0]!({ method: 'POST', url: on(`/${vote.id}/ballots`), payload: { option: 0 } }),
        409,
        'vote.already_voted',
      );
      expect(await ok<Vote>(chair, { url: on(`/${vote.id}`) })).toMatchObject({ cast: 1, result: null });
      const closed = await ok<Vote>(chair, { method: 'POST', url: on(`/${vote.id}/close`) });
      expect(closed.result!.options.map((o) => o.count)).toEqual([0, 0, 1]);
    });

    it('refuses bad input with the API error body, not a 500', async () => {
      expectErrorBody(await chair({ method: 'POST', url: on(), payload: { question: '' } }), 400);
      expectErrorBody(
        await chair({
          method: 'POST',
          url: on(),
          payload: { question: 'Q', majority: { fraction: { numerator: 5, denominator: 3, strict: false }, base: 'entitled' } },
        }),
        422,
        'vote.bad_rule',
      );
      expectErrorBody(await chair({ url: on('/00000000-0000-4000-8000-000000000000') }), 404, 'vote.not_found');
      expectErrorBody(await t.rawInject({ url: on() }), 401, 'auth.required');
    });

    it('documents every vote route under the votes tag', async () => {
      const document = json<{ paths: Record<string, Record<string, { tags?: string[] }>> }>(
        await t.app.inject({ url: '/api/openapi.json' }),
      );
      const paths = Object.entries(document.paths).filter(([path]) => path.includes('/votes'));
      expect(paths.length).toBeGreaterThanOrEqual(6);
      for (const [, operations] of paths) for (const operation of Object.values(operations)) expect(operation.tags).toEqual(['votes']);
    });
  },
  apiDatabases(),
);
