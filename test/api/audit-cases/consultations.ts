import type { Conference } from '../../../src/domain/conference.schema.js';
import { tinyPdf } from '../../../src/services/documents/documents.fixture.js';
import type { Viewer } from '../../../src/services/consultations/consultation-service.js';
import type { TestApp } from '../helpers.js';
import { multipartBody } from '../multipart.js';
import { on, type Cases } from './case.js';

/** Reads the whole consultation, as the organizer does. */
const READER: Viewer = { reads: true, manages: true, mayAnswer: () => true, allowedActions: [] };

/** A draft uploaded through the documents service (its row is before the case's `since`). */
const draftOf = async (t: TestApp, c: Conference): Promise<string> =>
  (
    await t.services.conferenceDocuments.upload(
      c.id,
      { title: 'Dự thảo Quyết định', kind: 'draft', audience: 'invited', audiencePointIds: [], agendaItemId: null, taskId: null },
      { fileName: 'du-thao.pdf', data: tinyPdf('Du thao') },
    )
  ).id;

/** A consultation of the seeded conference's district (no address: no mail), opened through the service. */
const opened = async (t: TestApp, c: Conference) => {
  const point = c.bridgePoints.find((p) => p.name === 'UBND huyện Châu Thành') ?? c.bridgePoints[0]!;
  const documentId = await draftOf(t, c);
  const { id } = await t.services.consultations.open(
    c.id,
    {
      documentId,
      title: 'dự thảo Quyết định',
      draftingAgency: 'Sở Nội vụ',
      deadline: '2099-06-30',
      bodies: [{ name: point.name, bridgePointId: point.id, participantGroupId: null, email: '' }],
    },
    'http://localhost',
  );
  const view = await t.services.consultations.get(c.id, id, READER);
  return { id, bodyId: view.bodies[0]!.id };
};

/** The seeded contribution slot: the speaker under "Tham luận". */
const slotOf = (c: Conference): string =>
  c.agendaItems.find((item) => item.parentId !== null && item.content === 'UBND huyện Châu Thành')!.id;

/** The audit cases of issue 16's consultations routes. */
export const consultationCases: Cases = {
  'POST /api/v1/conferences/:conferenceId/consultations': {
    actions: ['consultation.open'],
    prepare: async (t, c) => ({
      method: 'POST',
      url: on(c, '/consultations'),
      payload: {
        documentId: await draftOf(t, c),
        title: 'dự thảo Quyết định',
        draftingAgency: 'Sở Nội vụ',
        deadline: '2099-06-30',
        bodies: [{ name: c.bridgePoints[0]!.name, bridgePointId: c.bridgePoints[0]!.id, participantGroupId: null, email: '' }],
      },
    }),
  },
  'PUT /api/v1/conferences/:conferenceId/consultations/:consultationId/bodies/:bodyId/answer': {
    actions: ['consultation.answer'],
    prepare: async (t, c) => {
      const { id, bodyId } = await opened(t, c);
      return {
        method: 'PUT',
        url: on(c, `/consultations/${id}/bodies/${bodyId}/answer`),
        payload: { answer: 'commented', comments: [{ part: 'Điều 5', text: 'Đề nghị bổ sung.' }] },
      };
    },
  },
  'PUT /api/v1/conferences/:conferenceId/consultations/:consultationId/comments/:commentId/response': {
    actions: ['consultation.respond'],
    prepare: async (t, c) => {
      const { id, bodyId } = await opened(t, c);
      await t.services.consultations.answer(c.id, id, bodyId, { answer: 'commented', comments: [{ part: '', text: 'Đề nghị bổ sung.' }] });
      const view = await t.services.consultations.get(c.id, id, READER);
      return {
        method: 'PUT',
        url: on(c, `/consultations/${id}/comments/${view.comments[0]!.id}/response`),
        payload: { response: 'accepted', text: 'Đã bổ sung.' },
      };
    },
  },
  'POST /api/v1/conferences/:conferenceId/consultations/:consultationId/reminders': {
    actions: ['consultation.remind'],
    prepare: async (t, c) => {
      const { id } = await opened(t, c);
      return { method: 'POST', url: on(c, `/consultations/${id}/reminders`), payload: {} };
    },
  },
  'PUT /api/v1/conferences/:conferenceId/contributions/:agendaItemId/body': {
    actions: ['contribution.configure'],
    prepare: async (_t, c) => ({
      method: 'PUT',
      url: on(c, `/contributions/${slotOf(c)}/body`),
      payload: {
        bodyName: 'UBND huyện Châu Thành',
        bridgePointId: c.bridgePoints[0]!.id,
        participantGroupId: null,
        email: '',
        deadline: '2099-06-30',
      },
    }),
  },
  'PUT /api/v1/conferences/:conferenceId/contributions/:agendaItemId/submission': {
    actions: ['contribution.submit'],
    prepare: async (_t, c) => ({
      method: 'PUT',
      url: on(c, `/contributions/${slotOf(c)}/submission`),
      payload: { title: 'Các mô hình mới về CCHC', text: 'Huyện triển khai 05 mô hình.', documentId: null },
    }),
  },
  'POST /api/v1/conferences/:conferenceId/contributions/:agendaItemId/file': {
    actions: ['document.upload'],
    prepare: async (_t, c) => ({
      method: 'POST',
      url: on(c, `/contributions/${slotOf(c)}/file`),
      ...multipartBody([{ name: 'file', fileName: 'tham-luan.pdf', contentType: 'application/pdf', data: tinyPdf('Tham luan') }]),
    }),
  },
  'PUT /api/v1/conferences/:conferenceId/contributions/:agendaItemId/decision': {
    actions: ['contribution.decide'],
    prepare: async (t, c) => {
      await t.services.contributions.submit(c.id, slotOf(c), { title: 'Tham luận', text: 'Nội dung.', documentId: null });
      return { method: 'PUT', url: on(c, `/contributions/${slotOf(c)}/decision`), payload: { decision: 'to_read' } };
    },
  },
  'POST /api/v1/conferences/:conferenceId/contributions/reminders': {
    actions: ['contribution.remind'],
    prepare: async (_t, c) => ({ method: 'POST', url: on(c, '/contributions/reminders'), payload: {} }),
  },
};
