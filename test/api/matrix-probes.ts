/**
 * For each action of the permission matrix, the HTTP request that performs it on the
 * matrix fixture, and how to tell from the answer whether it was allowed. Reading actions
 * that the presenter enforces by stripping (private parts, contacts, groups) are judged by
 * what the answer contains; every other action by its status.
 */
import { randomUUID } from 'node:crypto';
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import type { Action } from '../../src/domain/access/actions.js';
import type { Conference } from '../../src/domain/conference.schema.js';
import { uniqueEmail } from './actors.js';
import { API, agendaItemInput, assignmentInput, bridgePointInput, json, participantGroupInput } from './helpers.js';
import { multipartBody } from './multipart.js';
import { documentUpload, tinyPdf } from './document-helpers.js';

export interface MatrixFixture {
  conference: Conference;
  state: 'draft' | 'issued' | 'closed' | 'archived';
  /** The point and group the role's column targets (own or other). */
  pointId: string;
  groupId: string;
  /** A delegate at the target point (the personal link's own delegate for link-delegate). */
  delegateId: string;
  /** A user the `user.update` probe changes (harmlessly). */
  otherUserId: string;
  /** A conference document whose audience is everyone invited (issue 16). */
  documentId: string;
  /** A draft open for comments from the two points (issue 16), the target point's body, and a slot bound to the target point. */
  consultationId: string;
  bodyId: string;
  slotId: string;
  /** A conclusion of a draft notice whose lead body is the target point (issue 16). */
  conclusionId: string;
  seedPlan: Buffer;
}

export interface Probe {
  request(f: MatrixFixture): InjectOptions;
  /** Whether the answer shows the action was performed/allowed; default: a 2xx status. */
  allowed?(response: LightMyRequestResponse, f: MatrixFixture): boolean;
  /** A 403 code that also says "refused", besides access.denied (a more precise reason the route gives first). */
  denialCode?: string;
}

const on = (f: MatrixFixture, path = '') => `${API}/conferences/${f.conference.id}${path}`;
const readConference = (f: MatrixFixture): InjectOptions => ({ url: on(f) });
const readBody = (response: LightMyRequestResponse): Conference | null => (response.statusCode === 200 ? json<Conference>(response) : null);

/** A 2xx, or a refusal of the live programme's rules (409 live.*) after the policy let it through. */
const passedPolicy = (response: LightMyRequestResponse): boolean =>
  (response.statusCode >= 200 && response.statusCode < 300) ||
  (response.statusCode === 409 && /^(live|safety)\./.test(json<{ error: { code: string } }>(response).error.code));

/** A 2xx, or the minutes' or the notice's own refusal (not there yet, already drafted) after the policy let it through. */
const passedRecordPolicy = (response: LightMyRequestResponse): boolean =>
  (response.statusCode >= 200 && response.statusCode < 300) ||
  ([404, 409].includes(response.statusCode) &&
    /^(minutes|conclusion_notice|conclusion)\./.test(json<{ error: { code: string } }>(response).error.code));

/** Past the vote policy, the vote itself may refuse (the probe names no vote): a vote.* 404/409/422 is "allowed". */
const passedVotePolicy = (response: LightMyRequestResponse): boolean =>
  (response.statusCode >= 200 && response.statusCode < 300) ||
  ([404, 409, 422].includes(response.statusCode) && json<{ error: { code: string } }>(response).error.code.startsWith('vote.'));
const NO_VOTE = '00000000-0000-4000-8000-000000000016';
/** Past the form policy, the form itself may refuse (the probe names no form): a written_opinion.* 403/404/409/422 is "allowed". */
const passedFormPolicy = (response: LightMyRequestResponse): boolean =>
  (response.statusCode >= 200 && response.statusCode < 300) ||
  ([403, 404, 409, 422].includes(response.statusCode) &&
    json<{ error: { code: string } }>(response).error.code.startsWith('written_opinion.'));
const NO_FORM = '00000000-0000-4000-8000-000000000017';

/** The next status a conference in this state may move to (closed has none). */
const NEXT_STATUS = { draft: 'issued', issued: 'live', archived: 'live', closed: 'draft' } as const;

export const PROBES: Record<Action, Probe> = {
  'conference.create': {
    request: () => ({ method: 'POST', url: `${API}/conferences`, payload: { title: 'Hội nghị thử quyền', startsAt: '2021-07-07T08:00' } }),
  },
  'conference.import': {
    request: (f) => ({ method: 'POST', url: `${API}/imports`, ...multipartBody([{ name: 'file', fileName: 'kh.txt', data: f.seedPlan }]) }),
  },
  'audit.read_all': { request: () => ({ url: `${API}/audit?limit=1` }) },
  'user.list': { request: () => ({ url: `${API}/users` }) },
  'user.create': {
    request: () => ({ method: 'POST', url: `${API}/users`, payload: { email: uniqueEmail('ma-tran'), displayName: 'Ma trận' } }),
  },
  'user.update': { request: (f) => ({ method: 'PATCH', url: `${API}/users/${f.otherUserId}`, payload: { disabled: false } }) },
  'conference.read': { request: readConference },
  'conference.read_private': {
    request: readConference,
    allowed: (response) => (readBody(response)?.assignments.length ?? 0) > 0 && (readBody(response)?.costLines.length ?? 0) > 0,
  },
  'conference.update': { request: (f) => ({ method: 'PATCH', url: on(f), payload: { purpose: 'Sửa để thử quyền' } }) },
  'conference.change_status': {
    request: (f) => ({ method: 'POST', url: on(f, '/status'), payload: { status: NEXT_STATUS[f.state] } }),
    // A closed conference has no next status: allowed means the service, not the policy, refused.
    allowed: (response, f) =>
      f.state === 'closed'
        ? response.statusCode === 422 && json<{ error: { code: string } }>(response).error.code.startsWith('conference.')
        : response.statusCode === 200,
  },
  'conference.archive': { request: (f) => ({ method: 'POST', url: on(f, f.state === 'archived' ? '/unarchive' : '/archive') }) },
  'conference.duplicate': { request: (f) => ({ method: 'POST', url: on(f, '/duplicate'), payload: { shiftYears: 1 } }) },
  'conference.download_documents': { request: (f) => ({ url: on(f, '/documents/plan.docx') }) },
  'conference.manage_access': { request: (f) => ({ url: on(f, '/memberships') }) },
  'conference.read_audit': { request: (f) => ({ url: on(f, '/audit?limit=1') }) },
  'agenda.write': {
    request: (f) => ({ method: 'POST', url: on(f, '/agenda-items'), payload: agendaItemInput({ content: 'Phát biểu thử quyền' }) }),
  },
  'assignment.write': {
    request: (f) => ({ method: 'POST', url: on(f, '/assignments'), payload: assignmentInput({ heading: '9. Thử quyền' }) }),
  },
  'budget.write': {
    request: (f) => ({ method: 'PUT', url: on(f, '/cost-lines'), payload: { lines: [{ description: 'Thử', amountVnd: 1 }] } }),
  },
  'distribution.write': { request: (f) => ({ method: 'PUT', url: on(f, '/distribution'), payload: { lines: [{ text: 'Lưu: VT.' }] } }) },
  'bridge_point.create': {
    request: (f) => ({ method: 'POST', url: on(f, '/bridge-points'), payload: bridgePointInput({ name: 'Điểm cầu thử quyền' }) }),
  },
  'bridge_point.reorder': {
    request: (f) => ({ method: 'PUT', url: on(f, '/bridge-points/order'), payload: { ids: f.conference.bridgePoints.map((p) => p.id) } }),
  },
  'bridge_point.update': {
    request: (f) => ({ method: 'PATCH', url: on(f, `/bridge-points/${f.pointId}`), payload: { name: 'Tên mới của điểm cầu' } }),
  },
  'bridge_point.update_own': {
    request: (f) => ({ method: 'PATCH', url: on(f, `/bridge-points/${f.pointId}`), payload: { address: 'Phòng họp số 2' } }),
  },
  'bridge_point.delete': { request: (f) => ({ method: 'DELETE', url: on(f, `/bridge-points/${f.pointId}`) }) },
  'bridge_point.read_contact': {
    request: readConference,
    allowed: (response, f) => {
      const point = readBody(response)?.bridgePoints.find((p) => p.id === f.pointId);
      return point !== undefined && point.operatorPhone !== '' && point.operatorEmail !== '';
    },
  },
  'participant_group.read': {
    request: readConference,
    allowed: (response, f) => readBody(response)?.participantGroups.some((g) => g.id === f.groupId) ?? false,
  },
  'participant_group.create': {
    request: (f) => ({
      method: 'POST',
      url: on(f, '/participant-groups'),
      payload: participantGroupInput(f.pointId, { organisation: 'Thử quyền' }),
    }),
  },
  'participant_group.update': {
    request: (f) => ({ method: 'PATCH', url: on(f, `/participant-groups/${f.groupId}`), payload: { count: 2 } }),
  },
  'participant_group.delete': { request: (f) => ({ method: 'DELETE', url: on(f, `/participant-groups/${f.groupId}`) }) },
  'delegate.list': { request: (f) => ({ url: on(f, `/delegates?bridgePointId=${f.pointId}`) }) },
  'delegate.read_contact': {
    request: (f) => ({ url: on(f, `/delegates/${f.delegateId}`) }),
    allowed: (response) => response.statusCode === 200 && json<{ phone: string }>(response).phone !== '',
  },
  'delegate.create': {
    request: (f) => ({ method: 'POST', url: on(f, '/delegates'), payload: { bridgePointId: f.pointId, fullName: 'Lê Văn Thử' } }),
  },
  'delegate.update': { request: (f) => ({ method: 'PATCH', url: on(f, `/delegates/${f.delegateId}`), payload: { notes: 'Thử quyền' } }) },
  'delegate.delete': { request: (f) => ({ method: 'DELETE', url: on(f, `/delegates/${f.delegateId}`) }) },
  'delegate.check_in': {
    request: (f) => ({
      method: 'POST',
      url: on(f, '/check-ins'),
      payload: { key: randomUUID(), delegateId: f.delegateId, method: 'search', bridgePointId: f.pointId },
    }),
  },
  'headcount.report': { request: (f) => ({ method: 'PUT', url: on(f, `/headcounts/${f.pointId}`), payload: { count: 12 } }) },
  'delegate.import': {
    request: (f) => ({
      method: 'POST',
      url: on(f, '/delegates/import'),
      ...multipartBody([
        { name: 'options', data: JSON.stringify({ bridgePointId: f.pointId }) },
        { name: 'file', fileName: 'dai-bieu.csv', data: 'Họ và tên;Chức vụ\nLê Văn Nhập;Chuyên viên\n' },
      ]),
    }),
  },
  'seating.write': {
    request: (f) => ({
      method: 'POST',
      url: on(f, `/bridge-points/${f.pointId}/seating/move`),
      payload: { delegateId: f.delegateId, seat: '' },
    }),
  },
  'attendance.read': { request: (f) => ({ url: on(f, `/attendance?bridgePointId=${f.pointId}`) }) },
  'delegate.invite': {
    request: (f) => ({ method: 'POST', url: on(f, '/invitations/send'), payload: { kind: 'invitation', delegateIds: [f.delegateId] } }),
    // The matrix app has no mail server: past the policy, the service refuses for that reason.
    allowed: (response) =>
      response.statusCode === 202 ||
      (response.statusCode === 409 &&
        ['mail.disabled', 'safety.confirmation_required'].includes(json<{ error: { code: string } }>(response).error.code)),
  },
  'delegate.answer': {
    request: (f) => ({ method: 'POST', url: on(f, '/invitation/answer'), payload: { action: 'attend' } }),
    // The fixture's delegate is not invited (and the date is past): past the policy, the answer rule refuses.
    allowed: (response) =>
      response.statusCode === 200 ||
      (response.statusCode === 409 && json<{ error: { code: string } }>(response).error.code.startsWith('confirmation.')),
  },
  'delegate.nominate': {
    request: (f) => ({
      method: 'POST',
      url: on(f, '/nomination/delegates'),
      payload: { fullName: 'Lê Văn Được Cử', title: 'Chủ tịch UBND xã' },
    }),
  },
  'live.read': { request: (f) => ({ url: on(f, '/live') }) },
  // Past the policy, the programme may refuse (the meeting already started), or ask the chair to confirm opening
  // on another day (the probe does not confirm, so the conference keeps its state): a live.* or safety.* 409 is "allowed".
  'live.run': {
    request: (f) => ({ method: 'POST', url: on(f, '/live/commands'), payload: { type: 'start_meeting' } }),
    allowed: passedPolicy,
  },
  'live.request_floor': {
    request: (f) => ({
      method: 'POST',
      url: on(f, '/live/requests'),
      payload: { clientKey: randomUUID(), kind: 'speak', bridgePointId: f.pointId },
    }),
    allowed: passedPolicy,
  },
  'live.report_hall': {
    request: (f) => ({
      method: 'PUT',
      url: on(f, `/live/halls/${f.pointId}`),
      payload: { ready: true, headcount: 12, link: 'good', note: '' },
    }),
  },
  'live.report_playback': {
    request: (f) => ({
      method: 'POST',
      url: on(f, '/live/playback'),
      payload: { bridgePointId: f.pointId, state: 'playing', latencyMs: 3200, rendition: '720p', stalls: 0 },
    }),
  },
  'live.read_halls': { request: (f) => ({ url: on(f, `/live/halls?bridgePointId=${f.pointId}`) }) },
  'live.message': {
    request: (f) => ({ method: 'POST', url: on(f, '/live/messages'), payload: { toBridgePointId: null, text: 'Thử quyền' } }),
  },
  'live.read_timeline': { request: (f) => ({ url: on(f, '/live/timeline') }) },
  // The record after the meeting (issue 16): past the policy, the minutes or the notice may not exist yet.
  'minutes.read': { request: (f) => ({ url: on(f, '/minutes') }), allowed: passedRecordPolicy },
  'minutes.write': { request: (f) => ({ method: 'POST', url: on(f, '/minutes/notes'), payload: { itemId: 'item-1', text: 'Thử quyền' } }) },
  'minutes.review': {
    request: (f) => ({ method: 'POST', url: on(f, '/minutes/review/answers'), payload: { answer: 'no_comment', comment: '' } }),
    allowed: passedRecordPolicy,
  },
  'conclusion.read': { request: (f) => ({ url: on(f, '/conclusion-notice') }), allowed: passedRecordPolicy },
  'conclusion.write': { request: (f) => ({ method: 'POST', url: on(f, '/conclusion-notice/draft') }), allowed: passedRecordPolicy },
  'followup.read': { request: (f) => ({ url: on(f, '/follow-up') }), allowed: passedRecordPolicy },
  'followup.report': {
    request: (f) => ({
      method: 'POST',
      url: on(f, `/follow-up/conclusions/${f.conclusionId}/reports`),
      payload: { kind: 'progress', note: 'Thử quyền' },
    }),
    allowed: passedRecordPolicy,
  },
  'document.list': { request: (f) => ({ url: on(f, '/documents') }) },
  'document.read': { request: (f) => ({ url: on(f, `/documents/${f.documentId}/versions/current/file`) }) },
  'document.write': { request: (f) => documentUpload(f.conference.id, { fileName: 'thu-quyen.pdf', data: tinyPdf() }) },
  // Comments on a draft and written contributions (issue 16): a body is the target point.
  'consultation.read': { request: (f) => ({ url: on(f, `/consultations/${f.consultationId}/synthesis.xlsx`) }) },
  'consultation.manage': { request: (f) => ({ method: 'POST', url: on(f, `/consultations/${f.consultationId}/reminders`), payload: {} }) },
  'consultation.answer': {
    request: (f) => ({
      method: 'PUT',
      url: on(f, `/consultations/${f.consultationId}/bodies/${f.bodyId}/answer`),
      payload: { answer: 'agreed', comments: [] },
    }),
  },
  'contribution.read': { request: (f) => ({ url: on(f, '/contributions') }) },
  'contribution.manage': { request: (f) => ({ method: 'POST', url: on(f, '/contributions/reminders'), payload: {} }) },
  'contribution.submit': {
    request: (f) => ({
      method: 'PUT',
      url: on(f, `/contributions/${f.slotId}/submission`),
      payload: { title: 'Thử quyền', text: 'Tham luận', documentId: null },
    }),
  },
  'document.read_receipts': { request: (f) => ({ url: on(f, '/documents/read-receipts') }) },
  'media.view': { request: (f) => ({ url: on(f, '/media') }) },
  // Judged by the answer: the points the caller may send camera and microphone for.
  'media.publish': {
    request: (f) => ({ url: on(f, '/media') }),
    allowed: (response, f) => response.statusCode === 200 && json<{ publishAt: string[] }>(response).publishAt.includes(f.pointId),
  },
  // Past the policy the packager may be missing on a machine without ffmpeg: still allowed.
  'media.watch': {
    request: (f) => ({ url: on(f, `/media/watch?bridgePointId=${f.pointId}`) }),
    allowed: (response) =>
      response.statusCode === 200 ||
      (response.statusCode === 503 && json<{ error: { code: string } }>(response).error.code === 'media.watching_unavailable'),
  },
  'vote.read': { request: (f) => ({ url: on(f, '/votes') }) },
  'vote.manage': { request: (f) => ({ method: 'POST', url: on(f, '/votes'), payload: { question: 'Thử quyền biểu quyết' } }) },
  'vote.close': { request: (f) => ({ method: 'POST', url: on(f, `/votes/${NO_VOTE}/close`) }), allowed: passedVotePolicy },
  'vote.cast': {
    request: (f) => ({ method: 'POST', url: on(f, `/votes/${NO_VOTE}/ballots`), payload: { option: 0, bridgePointId: f.pointId } }),
    allowed: passedVotePolicy,
  },
  'vote.count_hands': {
    request: (f) => ({ method: 'PUT', url: on(f, `/votes/${NO_VOTE}/hands/${f.pointId}`), payload: { counts: [1, 0, 0] } }),
    allowed: passedVotePolicy,
  },
  'written_opinion.read': { request: (f) => ({ url: on(f, '/written-opinions') }) },
  'written_opinion.manage': {
    request: (f) => ({ method: 'POST', url: on(f, `/written-opinions/${NO_FORM}/remind`) }),
    allowed: passedFormPolicy,
  },
  // A caller who is no delegate at all is told so first (403 vote.no_delegate).
  'written_opinion.answer': {
    request: (f) => ({ method: 'POST', url: on(f, `/written-opinions/${NO_FORM}/answer`), payload: { choices: [0] } }),
    allowed: passedFormPolicy,
    denialCode: 'vote.no_delegate',
  },
};

/** Actions that change the fixture for the ones after them: probed last, in this order. */
export const DESTRUCTIVE_LAST: readonly Action[] = [
  'delegate.delete',
  'participant_group.delete',
  'bridge_point.delete',
  'conference.archive',
  'conference.change_status',
];

/** Actions judged by what a read returns (a refusal may be a 200 with the part stripped). */
export const CONTENT_PROBES: ReadonlySet<Action> = new Set([
  'conference.read_private',
  'bridge_point.read_contact',
  'participant_group.read',
  'delegate.read_contact',
  'media.publish',
]);
