/**
 * Written opinion forms and a delegate's account through HTTP (issue 16): the chair makes and
 * sends a form; a delegate answers once through their account (the account whose e-mail is theirs
 * on the list) and votes on the meeting's vote the same way; an account with another address, an
 * observer and a personal link of another delegate are refused; every route is in the OpenAPI document.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Conference } from '../../src/domain/conference.schema.js';
import type { MyForm, WrittenOpinionForm } from '../../src/domain/votes/written-opinion.schema.js';
import { as, createUser, grant, linkSession, memberOf, okJson, type Inject } from './actors.js';
import { API, apiDatabases, describeDatabases, expectErrorBody, openTestApp, seedConference, type TestApp } from './helpers.js';

describeDatabases(
  'written opinion forms and delegate accounts through HTTP on $dialect',
  (dbCase) => {
    let t: TestApp;
    let c: Conference;
    let chair: Inject, observer: Inject, account: Inject, stranger: Inject;
    let mine: string, other: string;
    const on = (path = '') => `${API}/conferences/${c.id}${path}`;

    beforeAll(async () => {
      t = await openTestApp(dbCase);
      c = await seedConference(t.app, 'Hội nghị lấy ý kiến');
      chair = await memberOf(t, c.id, 'chu-tri-pyk', 'chair');
      observer = await memberOf(t, c.id, 'quan-sat-pyk', 'observer');
      const user = await createUser(t, 'dai-bieu-pyk');
      await grant(t, c.id, user, 'delegate');
      account = as(t, user.credentials);
      stranger = await memberOf(t, c.id, 'dai-bieu-khac', 'delegate');
      const point = c.bridgePoints[0]!.id;
      mine = (
        await t.services.delegates.create(c.id, {
          bridgePointId: point,
          fullName: 'Đại biểu có tài khoản',
          email: user.email.toUpperCase(),
        })
      ).id;
      other = (await t.services.delegates.create(c.id, { bridgePointId: point, fullName: 'Đại biểu khác', email: 'khac@dongthap.gov.vn' }))
        .id;
      for (const id of [mine, other]) await t.services.checkIns.checkIn(c.id, { key: `pyk-${id}`, delegateId: id, method: 'search' });
    }, 60_000);
    afterAll(() => t?.close());

    it('lets the chair make and send a form, and the delegate answer it once from their account', async () => {
      const payload = {
        title: 'Lấy ý kiến giữa hai kỳ họp',
        questions: [{ question: 'Thông qua Kế hoạch?' }],
        deadline: '2099-07-10T17:00',
        delegateIds: [mine],
      };
      expectErrorBody(await observer({ method: 'POST', url: on('/written-opinions'), payload }), 403, 'access.denied');
      expectErrorBody(await account({ method: 'GET', url: on('/written-opinions') }), 403, 'access.denied');
      const form = await okJson<WrittenOpinionForm>(chair, { method: 'POST', url: on('/written-opinions'), payload }, 201);
      expectErrorBody(
        await chair({ method: 'POST', url: on('/written-opinions'), payload: { ...payload, deadline: '2099-02-30T17:00' } }),
        422,
        'written_opinion.bad_deadline',
      );
      await okJson(chair, { method: 'POST', url: on(`/written-opinions/${form.id}/send`) });
      expect((await okJson<{ items: MyForm[] }>(account, { url: on('/written-opinions/mine') })).items).toMatchObject([
        { delegateId: mine, canAnswer: true },
      ]);
      expect((await okJson<{ items: MyForm[] }>(stranger, { url: on('/written-opinions/mine') })).items).toEqual([]);
      expectErrorBody(
        await stranger({ method: 'POST', url: on(`/written-opinions/${form.id}/answer`), payload: { choices: [0] } }),
        403,
        'vote.no_delegate',
      );
      const otherLink = as(t, (await linkSession(t, c.id, 'delegate', { delegateId: other })).credentials);
      expectErrorBody(
        await otherLink({ method: 'POST', url: on(`/written-opinions/${form.id}/answer`), payload: { choices: [0] } }),
        403,
        'written_opinion.not_recipient',
      );
      expect(
        await okJson<MyForm>(account, { method: 'POST', url: on(`/written-opinions/${form.id}/answer`), payload: { choices: [0] } }),
      ).toMatchObject({ answered: true, choices: [0] });
      expectErrorBody(
        await account({ method: 'POST', url: on(`/written-opinions/${form.id}/answer`), payload: { choices: [1] } }),
        409,
        'written_opinion.already_answered',
      );
      const asked = await okJson<{ items: { answeredVia: string | null }[] }>(chair, {
        url: on(`/written-opinions/${form.id}/recipients`),
      });
      expect(asked.items.map((r) => r.answeredVia)).toEqual(['account']);
    });

    it("lets a delegate's account vote on their phone as that delegate, and no other account", async () => {
      const vote = await okJson<{ id: string }>(
        chair,
        { method: 'POST', url: on('/votes'), payload: { question: 'Thông qua?', quorum: null } },
        201,
      );
      await okJson(chair, { method: 'POST', url: on(`/votes/${vote.id}/open`) });
      expect((await okJson<{ access: { delegateId: string | null } }>(account, { url: on('/votes') })).access.delegateId).toBe(mine);
      expect((await okJson<{ access: { delegateId: string | null } }>(stranger, { url: on('/votes') })).access.delegateId).toBeNull();
      expect(await okJson(account, { method: 'POST', url: on(`/votes/${vote.id}/ballots`), payload: { option: 0 } })).toMatchObject({
        option: 0,
      });
      expect(await okJson(account, { url: on(`/votes/${vote.id}/ballot`) })).toEqual({ voted: true, option: 0 });
      expectErrorBody(
        await stranger({ method: 'POST', url: on(`/votes/${vote.id}/ballots`), payload: { option: 0 } }),
        403,
        'access.denied',
      );
      const closed = await okJson<{ result: { options: { count: number }[] } }>(chair, {
        method: 'POST',
        url: on(`/votes/${vote.id}/close`),
      });
      expect(closed.result.options.map((o) => o.count)).toEqual([1, 0, 0]);
    });

    it('documents every route in OpenAPI', async () => {
      const spec = (await t.app.inject({ url: '/api/openapi.json' })).json<{ paths: Record<string, unknown> }>();
      for (const path of [
        '',
        '/mine',
        '/{formId}',
        '/{formId}/recipients',
        '/{formId}/send',
        '/{formId}/remind',
        '/{formId}/close',
        '/{formId}/merge',
        '/{formId}/answer',
      ])
        expect(Object.keys(spec.paths)).toContain(`${API}/conferences/{conferenceId}/written-opinions${path}`);
    });
  },
  apiDatabases(),
);
