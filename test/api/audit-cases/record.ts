import type { Conference } from '../../../src/domain/conference.schema.js';
import { tinyPdf } from '../../../src/services/documents/documents.fixture.js';
import { seedConference, type TestApp } from '../helpers.js';
import { multipartBody } from '../multipart.js';
import { on, type Cases } from './case.js';

const inADay = () => new Date(Date.now() + 86_400_000).toISOString();

const conclusion = (over: object = {}) => ({
  text: 'Xây dựng kế hoạch khắc phục.',
  leadAgency: 'Sở Nội vụ',
  cooperatingAgencies: [],
  taskText: 'Xây dựng kế hoạch',
  deadline: '2099-07-16',
  ...over,
});

/** A draft of the minutes, made through the service (no row through HTTP before the case's own). */
const draftMinutes = (t: TestApp, c: Conference) => t.services.minutes.draft(c.id, { secretaryName: 'Trần Thị Thư' });

/** The minutes sent for review. */
const minutesInReview = async (t: TestApp, c: Conference) => {
  await draftMinutes(t, c);
  return t.services.minutes.openReview(c.id, { deadline: inADay() });
};

/** Who issues and signs the notice: the draft leaves it to the secretariat, and issuing needs it. */
export const FILLED_NOTICE = {
  issuingBody: 'VĂN PHÒNG',
  documentSymbol: 'VPUBND',
  signerAuthority: 'TL.',
  signerBody: 'CHỦ TỊCH',
  signerTitle: 'CHÁNH VĂN PHÒNG',
  signerName: 'Nguyễn Văn A',
  subject: 'Kết luận của Chủ tịch UBND tỉnh tại hội nghị',
  preamble: 'Chủ tịch UBND tỉnh kết luận như sau:',
  closing: 'Văn phòng UBND tỉnh thông báo để các cơ quan biết, thực hiện./.',
} as const;

/** A draft notice with one conclusion, its issuer and signer filled in; returns the conclusion's id. */
const draftNotice = async (t: TestApp, c: Conference): Promise<string> => {
  await t.services.conclusions.draft(c.id);
  await t.services.conclusions.update(c.id, FILLED_NOTICE, undefined);
  const notice = await t.services.conclusions.addConclusion(c.id, conclusion());
  return notice.conclusions[0]!.id;
};

/** An issued notice with one conclusion that assigns a task; returns the conclusion's id. */
const issuedNotice = async (t: TestApp, c: Conference): Promise<string> => {
  const id = await draftNotice(t, c);
  await t.services.conclusions.issue(c.id);
  return id;
};

/** The audit cases of issue 16's record routes. */
export const recordCases: Cases = {
  'POST /api/v1/conferences/:conferenceId/minutes/notes': {
    actions: ['minutes.note'],
    prepare: async (_t, c) => ({ method: 'POST', url: on(c, '/minutes/notes'), payload: { itemId: 'item-x', text: 'Ghi chép' } }),
  },
  'POST /api/v1/conferences/:conferenceId/minutes/draft': {
    actions: ['minutes.draft'],
    prepare: async (_t, c) => ({ method: 'POST', url: on(c, '/minutes/draft'), payload: { secretaryName: 'Trần Thị Thư' } }),
  },
  'PATCH /api/v1/conferences/:conferenceId/minutes': {
    actions: ['minutes.update'],
    prepare: async (t, c) => {
      const minutes = await draftMinutes(t, c);
      return {
        method: 'PATCH',
        url: on(c, '/minutes'),
        headers: { 'if-match': String(minutes.version) },
        payload: { chairName: 'Phạm Thiện Nghĩa' },
      };
    },
  },
  'POST /api/v1/conferences/:conferenceId/minutes/review': {
    actions: ['minutes.open_review'],
    prepare: async (t, c) => {
      await draftMinutes(t, c);
      return { method: 'POST', url: on(c, '/minutes/review'), payload: { deadline: inADay() } };
    },
  },
  'POST /api/v1/conferences/:conferenceId/minutes/review/answers': {
    actions: ['minutes.review'],
    prepare: async (t, c) => {
      await minutesInReview(t, c);
      return { method: 'POST', url: on(c, '/minutes/review/answers'), payload: { answer: 'comment', comment: 'Sửa tên chủ trì.' } };
    },
  },
  'POST /api/v1/conferences/:conferenceId/minutes/lock': {
    actions: ['minutes.lock'],
    prepare: async (t, c) => {
      await minutesInReview(t, c);
      return { method: 'POST', url: on(c, '/minutes/lock') };
    },
  },
  'POST /api/v1/conferences/:conferenceId/conclusion-notice/draft': {
    actions: ['conclusion_notice.draft'],
    prepare: async (_t, c) => ({ method: 'POST', url: on(c, '/conclusion-notice/draft') }),
  },
  'PATCH /api/v1/conferences/:conferenceId/conclusion-notice': {
    actions: ['conclusion_notice.update'],
    prepare: async (t, c) => {
      const notice = await t.services.conclusions.draft(c.id);
      return {
        method: 'PATCH',
        url: on(c, '/conclusion-notice'),
        headers: { 'if-match': String(notice.version) },
        payload: { documentNumber: '15', signerName: 'Phạm Thiện Nghĩa' },
      };
    },
  },
  'POST /api/v1/conferences/:conferenceId/conclusion-notice/conclusions': {
    actions: ['conclusion.create'],
    prepare: async (t, c) => {
      await t.services.conclusions.draft(c.id);
      return { method: 'POST', url: on(c, '/conclusion-notice/conclusions'), payload: conclusion() };
    },
  },
  'PATCH /api/v1/conferences/:conferenceId/conclusion-notice/conclusions/:conclusionId': {
    actions: ['conclusion.update'],
    prepare: async (t, c) => {
      const id = await draftNotice(t, c);
      return { method: 'PATCH', url: on(c, `/conclusion-notice/conclusions/${id}`), payload: { deadline: '2099-08-01' } };
    },
  },
  'DELETE /api/v1/conferences/:conferenceId/conclusion-notice/conclusions/:conclusionId': {
    actions: ['conclusion.delete'],
    prepare: async (t, c) => {
      const id = await draftNotice(t, c);
      return { method: 'DELETE', url: on(c, `/conclusion-notice/conclusions/${id}`) };
    },
  },
  'POST /api/v1/conferences/:conferenceId/conclusion-notice/issue': {
    actions: ['conclusion_notice.issue'],
    prepare: async (t, c) => {
      await draftNotice(t, c);
      return { method: 'POST', url: on(c, '/conclusion-notice/issue') };
    },
  },
  'POST /api/v1/conferences/:conferenceId/follow-up/conclusions/:conclusionId/reports': {
    actions: ['followup.progress'],
    prepare: async (t, c) => {
      const id = await issuedNotice(t, c);
      return {
        method: 'POST',
        url: on(c, `/follow-up/conclusions/${id}/reports`),
        payload: { kind: 'progress', note: 'Đang xây dựng kế hoạch' },
      };
    },
  },
  'POST /api/v1/conferences/:conferenceId/follow-up/reminders': {
    actions: ['followup.remind'],
    prepare: async (t, c) => {
      await issuedNotice(t, c);
      return { method: 'POST', url: on(c, '/follow-up/reminders') };
    },
  },
  'POST /api/v1/conferences/:conferenceId/follow-up/carry-over': {
    actions: ['followup.carry_over'],
    prepare: async (t, c) => {
      // An earlier conference whose issued notice has an unfinished task, carried into this one's draft.
      const earlier = await seedConference(t.app, 'Hội nghị kỳ trước');
      await issuedNotice(t, earlier);
      await t.services.conclusions.draft(c.id);
      return { method: 'POST', url: on(c, '/follow-up/carry-over'), payload: { fromConferenceId: earlier.id } };
    },
  },
  'POST /api/v1/conferences/:conferenceId/follow-up/conclusions/:conclusionId/reports/file': {
    actions: ['document.upload', 'followup.done'],
    prepare: async (t, c) => {
      const id = await issuedNotice(t, c);
      return {
        method: 'POST',
        url: on(c, `/follow-up/conclusions/${id}/reports/file`),
        ...multipartBody([
          { name: 'metadata', data: JSON.stringify({ kind: 'done', note: 'Đã ban hành kế hoạch' }) },
          { name: 'file', fileName: 'ke-hoach-khac-phuc.pdf', data: tinyPdf('Ke hoach khac phuc') },
        ]),
      };
    },
  },
};
