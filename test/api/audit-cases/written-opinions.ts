import type { Conference } from '../../../src/domain/conference.schema.js';
import type { TestApp } from '../helpers.js';
import { linkSession } from '../actors.js';
import { on, type Cases } from './case.js';

const DEADLINE = '2099-12-31T17:00';

/** A delegate of the first hall and a form of its own for them (draft, sent or closed), without audit rows after `since`. */
async function formOn(t: TestApp, c: Conference, state: 'draft' | 'sent' | 'closed') {
  const delegate = { bridgePointId: c.bridgePoints[0]!.id, fullName: 'Đại biểu vắng mặt', email: 'vang-mat@dongthap.gov.vn' };
  const delegateId = (await t.services.delegates.create(c.id, delegate)).id;
  const form = await t.services.writtenOpinions.create(
    c.id,
    { title: 'Phiếu lấy ý kiến', questions: [{ question: 'Thông qua?' }], deadline: DEADLINE, delegateIds: [delegateId] },
    'http://127.0.0.1',
  );
  if (state !== 'draft') await t.services.writtenOpinions.send(c.id, form.id);
  if (state === 'closed') await t.services.writtenOpinions.closeForm(c.id, form.id);
  return { formId: form.id, delegateId };
}

/** The audit cases of issue 16's written opinion forms. */
export const writtenOpinionCases: Cases = {
  'POST /api/v1/conferences/:conferenceId/written-opinions': {
    actions: ['written_opinion.create'],
    prepare: async (t, c) => {
      const delegateId = (await t.services.delegates.create(c.id, { bridgePointId: c.bridgePoints[0]!.id, fullName: 'Đại biểu' })).id;
      return {
        method: 'POST',
        url: on(c, '/written-opinions'),
        payload: { title: 'Phiếu', questions: [{ question: 'Q?' }], deadline: DEADLINE, delegateIds: [delegateId] },
      };
    },
  },
  'POST /api/v1/conferences/:conferenceId/written-opinions/:formId/send': {
    actions: ['written_opinion.send'],
    prepare: async (t, c) => ({ method: 'POST', url: on(c, `/written-opinions/${(await formOn(t, c, 'draft')).formId}/send`) }),
  },
  // The chair reminds a member mailed on an earlier day (without a mail server the delivery is recorded and fails).
  'POST /api/v1/conferences/:conferenceId/written-opinions/:formId/remind': {
    actions: ['written_opinion.remind'],
    prepare: async (t, c) => {
      const { formId } = await formOn(t, c, 'sent');
      await t.database.db
        .updateTable('written_opinion_recipients')
        .set({ last_reminded_on: '2000-01-01' })
        .where('form_id', '=', formId)
        .execute();
      return { method: 'POST', url: on(c, `/written-opinions/${formId}/remind`) };
    },
  },
  'POST /api/v1/conferences/:conferenceId/written-opinions/:formId/close': {
    actions: ['written_opinion.close'],
    prepare: async (t, c) => ({ method: 'POST', url: on(c, `/written-opinions/${(await formOn(t, c, 'sent')).formId}/close`) }),
  },
  // A closed form on a closed vote, answered by a member absent from it.
  'POST /api/v1/conferences/:conferenceId/written-opinions/:formId/merge': {
    actions: ['written_opinion.merge'],
    prepare: async (t, c) => {
      const delegateId = (await t.services.delegates.create(c.id, { bridgePointId: c.bridgePoints[0]!.id, fullName: 'Đại biểu vắng' })).id;
      const vote = await t.services.votes.create(c.id, { question: 'Thông qua?', quorum: null });
      const form = await t.services.writtenOpinions.create(
        c.id,
        { title: 'Phiếu', voteId: vote.id, deadline: DEADLINE, delegateIds: [delegateId] },
        'http://127.0.0.1',
      );
      await t.services.writtenOpinions.send(c.id, form.id);
      await t.services.writtenOpinions.answer(c.id, form.id, delegateId, 'link', { choices: [0] });
      await t.services.votes.open(c.id, vote.id);
      await t.services.votes.close(c.id, vote.id);
      await t.services.writtenOpinions.closeForm(c.id, form.id);
      return { method: 'POST', url: on(c, `/written-opinions/${form.id}/merge`) };
    },
  },
  // The member's personal link answers an open form (the row keeps the choices; a secret one's would not).
  'POST /api/v1/conferences/:conferenceId/written-opinions/:formId/answer': {
    actions: ['written_opinion.answer'],
    actor: 'link',
    prepare: async (t, c) => {
      const { formId, delegateId } = await formOn(t, c, 'sent');
      const link = await linkSession(t, c.id, 'delegate', { delegateId });
      return {
        method: 'POST',
        url: on(c, `/written-opinions/${formId}/answer`),
        headers: { cookie: link.credentials.cookie, 'x-csrf-token': link.credentials.csrfToken },
        payload: { choices: [0] },
      };
    },
  },
};
