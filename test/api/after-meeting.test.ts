/**
 * The work after the meeting (issue 17): once the chair closes the meeting through the live
 * commands, the conference is "Đã kết thúc" (closed) and its plan and live vote are shut, but
 * what follows a meeting goes on until the conference is archived: a written opinion form sent
 * to an absent delegate is answered and merged into its vote's result, a district answers the
 * comments asked on a draft, the secretariat uploads the adopted decision, and the chair closes
 * a vote left open when the meeting closed (its ballots are refused). Once archived, all of them
 * are refused with the usual error body (code, Vietnamese and English).
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Conference } from '../../src/domain/conference.schema.js';
import { START_CONFIRMED } from '../../src/domain/safety/safety.fixture.js';
import type { WrittenOpinionForm } from '../../src/domain/votes/written-opinion.schema.js';
import { as, linkSession, memberOf, okJson, type Inject } from './actors.js';
import { documentUpload, tinyPdf, uploadDocument } from './document-helpers.js';
import { API, apiDatabases, describeDatabases, expectErrorBody, openTestApp, seedConference, type TestApp } from './helpers.js';

describeDatabases(
  'the work after the meeting on a closed conference, until it is archived, on $dialect',
  (dbCase) => {
    let t: TestApp;
    let c: Conference;
    let chair: Inject, organizer: Inject, present: Inject, absent: Inject, district: Inject;
    const on = (path = '') => `${API}/conferences/${c.id}${path}`;
    const ids = { absent: '', consultation: '', body: '', openVote: '', mergedForm: '', laterForm: '' };

    beforeAll(async () => {
      t = await openTestApp(dbCase);
      c = await seedConference(t.app, 'Hội nghị tổng kết cải cách hành chính');
      const point = c.bridgePoints[0]!.id;
      chair = await memberOf(t, c.id, 'chu-tri-sau-be-mac', 'chair');
      organizer = await memberOf(t, c.id, 'thu-ky-sau-be-mac', 'organizer');
      const delegate = (fullName: string, email: string) => t.services.delegates.create(c.id, { bridgePointId: point, fullName, email });
      const here = await delegate('Nguyễn Văn Có Mặt', 'co.mat@dongthap.gov.vn');
      const away = await delegate('Trần Thị Vắng Mặt', 'vang.mat@dongthap.gov.vn');
      ids.absent = away.id;
      await t.services.checkIns.checkIn(c.id, { key: `sau-be-mac-${here.id}`, delegateId: here.id, method: 'search' });
      present = as(t, (await linkSession(t, c.id, 'delegate', { delegateId: here.id })).credentials);
      absent = as(t, (await linkSession(t, c.id, 'delegate', { delegateId: away.id })).credentials);
      district = as(t, (await linkSession(t, c.id, 'operator', { bridgePointId: point })).credentials);

      // Before the meeting: a draft asked for comments from the first point, its deadline after the meeting.
      const draft = await uploadDocument(t.app, c.id);
      const asked = await okJson<{ id: string; consultation: { bodies: { id: string; bridgePointId: string | null }[] } }>(
        organizer,
        {
          method: 'POST',
          url: on('/consultations'),
          payload: {
            documentId: draft.id,
            title: 'dự thảo Quyết định ban hành Quy chế',
            draftingAgency: 'Sở Nội vụ',
            deadline: '2099-06-30',
            bodies: [{ name: c.bridgePoints[0]!.name, bridgePointId: point, participantGroupId: null, email: '' }],
          },
        },
        201,
      );
      ids.consultation = asked.id;
      ids.body = asked.consultation.bodies[0]!.id;

      // The meeting: opened, a vote taken and closed, a second vote left open, then closed ("Bế mạc").
      await okJson(chair, { method: 'POST', url: on('/live/commands'), payload: START_CONFIRMED });
      expect((await okJson<Conference>(chair, { url: on() })).status).toBe('live');
      const taken = await okJson<{ id: string }>(
        chair,
        { method: 'POST', url: on('/votes'), payload: { question: 'Thông qua Quy chế?', quorum: null } },
        201,
      );
      await okJson(chair, { method: 'POST', url: on(`/votes/${taken.id}/open`) });
      await okJson(present, { method: 'POST', url: on(`/votes/${taken.id}/ballots`), payload: { option: 0 } });
      await okJson(chair, { method: 'POST', url: on(`/votes/${taken.id}/close`) });
      const left = await okJson<{ id: string }>(
        chair,
        { method: 'POST', url: on('/votes'), payload: { question: 'Thông qua Kế hoạch năm sau?', quorum: null } },
        201,
      );
      await okJson(chair, { method: 'POST', url: on(`/votes/${left.id}/open`) });
      ids.openVote = left.id;
      // The written opinion forms of the absent delegate: one on the vote (to be merged), one of its own.
      const form = (payload: Record<string, unknown>) =>
        okJson<WrittenOpinionForm>(
          chair,
          { method: 'POST', url: on('/written-opinions'), payload: { deadline: '2099-07-10T17:00', delegateIds: [away.id], ...payload } },
          201,
        );
      ids.mergedForm = (await form({ title: 'Phiếu lấy ý kiến về Quy chế', voteId: taken.id })).id;
      ids.laterForm = (await form({ title: 'Phiếu lấy ý kiến giữa hai kỳ họp', questions: [{ question: 'Thông qua?' }] })).id;
      await okJson(chair, { method: 'POST', url: on(`/written-opinions/${ids.mergedForm}/send`) });
      await okJson(chair, { method: 'POST', url: on('/live/commands'), payload: { type: 'end_meeting' } });
    }, 60_000);
    afterAll(() => t?.close());

    it('closes the conference with the meeting, and keeps the plan and the live vote shut', async () => {
      expect((await okJson<Conference>(chair, { url: on() })).status).toBe('closed');
      // The vote left open stays open (closing the meeting does not close it), but nobody casts in it.
      const votes = await okJson<{ items: { id: string; state: string }[]; access: Record<string, unknown> }>(chair, { url: on('/votes') });
      expect(votes.items.find((vote) => vote.id === ids.openVote)?.state).toBe('open');
      expect(votes.access).toMatchObject({ manage: false, close: true, manageForms: true });
      expectErrorBody(
        await present({ method: 'POST', url: on(`/votes/${ids.openVote}/ballots`), payload: { option: 1 } }),
        403,
        'access.denied',
      );
      expectErrorBody(
        await chair({ method: 'POST', url: on('/votes'), payload: { question: 'Thêm?', quorum: null } }),
        403,
        'access.denied',
      );
    });

    it('lets the absent delegate answer a form and the chair merge it into the vote after the meeting', async () => {
      await okJson(chair, { method: 'POST', url: on(`/written-opinions/${ids.laterForm}/send`) });
      await okJson(chair, { method: 'POST', url: on(`/written-opinions/${ids.mergedForm}/remind`) });
      expect(
        await okJson(absent, { method: 'POST', url: on(`/written-opinions/${ids.mergedForm}/answer`), payload: { choices: [0] } }),
      ).toMatchObject({ answered: true, choices: [0] });
      await okJson(chair, { method: 'POST', url: on(`/written-opinions/${ids.mergedForm}/close`) });
      const merged = await okJson<WrittenOpinionForm>(chair, { method: 'POST', url: on(`/written-opinions/${ids.mergedForm}/merge`) });
      expect(merged.merged?.options.map((o) => [o.meeting, o.forms, o.count])).toEqual([
        [1, 1, 2],
        [0, 0, 0],
        [0, 0, 0],
      ]);
    });

    it('lets the chair close the vote left open, with the ballots of the meeting', async () => {
      const closed = await okJson<{ state: string; result: { cast: number } }>(chair, {
        method: 'POST',
        url: on(`/votes/${ids.openVote}/close`),
      });
      expect(closed).toMatchObject({ state: 'closed', result: { cast: 0 } });
    });

    it('lets a district answer the comments asked on a draft, and the secretariat upload the adopted decision', async () => {
      await okJson(district, {
        method: 'PUT',
        url: on(`/consultations/${ids.consultation}/bodies/${ids.body}/answer`),
        payload: { answer: 'agreed', comments: [] },
      });
      await okJson(organizer, { method: 'POST', url: on(`/consultations/${ids.consultation}/reminders`), payload: {} }, 202);
      const decision = { title: 'Quyết định ban hành Quy chế', kind: 'report', audience: 'public' };
      await okJson(organizer, documentUpload(c.id, { fileName: 'quyet-dinh.pdf', data: tinyPdf() }, decision), 201);
    });

    it('refuses all of it once the conference is archived, with the error body', async () => {
      await okJson(t.app.inject.bind(t.app), { method: 'POST', url: on('/archive') });
      const refused = [
        await absent({ method: 'POST', url: on(`/written-opinions/${ids.laterForm}/answer`), payload: { choices: [0] } }),
        await chair({ method: 'POST', url: on(`/written-opinions/${ids.laterForm}/close`) }),
        await chair({ method: 'POST', url: on(`/written-opinions/${ids.mergedForm}/merge`) }),
        await district({
          method: 'PUT',
          url: on(`/consultations/${ids.consultation}/bodies/${ids.body}/answer`),
          payload: { answer: 'agreed', comments: [] },
        }),
        await organizer({ method: 'POST', url: on(`/consultations/${ids.consultation}/reminders`), payload: {} }),
        await organizer(documentUpload(c.id, { fileName: 'muon.pdf', data: tinyPdf() })),
        await present({ method: 'POST', url: on(`/votes/${ids.openVote}/ballots`), payload: { option: 0 } }),
      ];
      for (const response of refused) {
        const error = expectErrorBody(response, 403, 'access.denied');
        expect(error.message.vi).toBe('Bạn không có quyền thực hiện thao tác này.');
      }
      // The chair still reads the forms and their results.
      const forms = await okJson<{ items: WrittenOpinionForm[] }>(chair, { url: on('/written-opinions') });
      expect(forms.items.map((form) => form.state).sort()).toEqual(['closed', 'sent']);
    });
  },
  apiDatabases(),
);
