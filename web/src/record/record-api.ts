/**
 * The record after the meeting: typed calls of /conferences/:id/minutes, /conclusion-notice
 * and /follow-up. Types are the domain's own (type-only imports).
 */
import type { Conclusion, ConclusionInput, ConclusionNotice, NoticePatch } from '../../../src/domain/conclusions/conclusion.schema.js';
import type { Minutes, MinutesBody, MinutesDelivery, MinutesNote } from '../../../src/domain/minutes/minutes.schema.js';
import { download, request } from '../api/client.js';

export type { Conclusion, ConclusionInput, ConclusionNotice, Minutes, MinutesBody, MinutesDelivery, MinutesNote, NoticePatch };

const on = (conferenceId: string, path: string) => `/conferences/${conferenceId}${path}`;

export const getMinutes = (id: string) => request<Minutes>('GET', on(id, '/minutes'), { quiet: true });
export const draftMinutes = (id: string, secretaryName?: string) =>
  request<Minutes>('POST', on(id, '/minutes/draft'), { body: secretaryName === undefined ? {} : { secretaryName } });
export const updateMinutes = (id: string, version: number, patch: { secretaryName?: string; chairName?: string; body?: MinutesBody }) =>
  request<Minutes>('PATCH', on(id, '/minutes'), { body: patch, version });
export const openMinutesReview = (id: string, deadline: string) =>
  request<Minutes>('POST', on(id, '/minutes/review'), { body: { deadline } });
export const answerMinutesReview = (id: string, answer: 'no_comment' | 'comment', comment: string) =>
  request<Minutes>('POST', on(id, '/minutes/review/answers'), { body: { answer, comment } });
export const lockMinutes = (id: string) => request<Minutes>('POST', on(id, '/minutes/lock'));
export const listMinutesDeliveries = (id: string) =>
  request<{ items: MinutesDelivery[] }>('GET', on(id, '/minutes/review/deliveries'), { quiet: true });
export const downloadMinutes = (id: string, format: 'docx' | 'pdf') => download(on(id, `/minutes/minutes.${format}`), `bien-ban.${format}`);
export const listNotes = (id: string) => request<{ items: MinutesNote[] }>('GET', on(id, '/minutes/notes'), { quiet: true });
export const saveNote = (id: string, itemId: string, text: string) =>
  request<MinutesNote>('POST', on(id, '/minutes/notes'), { body: { itemId, text } });

export const getNotice = (id: string) => request<ConclusionNotice>('GET', on(id, '/conclusion-notice'), { quiet: true });
export const draftNotice = (id: string) => request<ConclusionNotice>('POST', on(id, '/conclusion-notice/draft'));
export const updateNotice = (id: string, version: number, patch: NoticePatch) =>
  request<ConclusionNotice>('PATCH', on(id, '/conclusion-notice'), { body: patch, version });
export const addConclusion = (id: string, input: ConclusionInput) =>
  request<ConclusionNotice>('POST', on(id, '/conclusion-notice/conclusions'), { body: input });
export const removeConclusion = (id: string, conclusionId: string) =>
  request<ConclusionNotice>('DELETE', on(id, `/conclusion-notice/conclusions/${conclusionId}`));
export const issueNotice = (id: string) => request<ConclusionNotice>('POST', on(id, '/conclusion-notice/issue'));
export const downloadNotice = (id: string, format: 'docx' | 'pdf') =>
  download(on(id, `/conclusion-notice/notice.${format}`), `thong-bao-ket-luan.${format}`);

export const getFollowUp = (id: string) => request<ConclusionNotice>('GET', on(id, '/follow-up'), { quiet: true });
export const reportTask = (id: string, conclusionId: string, kind: 'progress' | 'done', note: string) =>
  request<ConclusionNotice>('POST', on(id, `/follow-up/conclusions/${conclusionId}/reports`), { body: { kind, note } });
/** A report with a file (PDF, Word, Excel or a picture), checked by the server like every upload. */
export const reportTaskWithFile = (id: string, conclusionId: string, kind: 'progress' | 'done', note: string, file: File) => {
  const form = new FormData();
  form.append('metadata', JSON.stringify({ kind, note }));
  form.append('file', file, file.name);
  return request<ConclusionNotice>('POST', on(id, `/follow-up/conclusions/${conclusionId}/reports/file`), { form });
};
/** The tasks whose lead body the caller acts for (a body's page). */
export const listMyTasks = (id: string) => request<{ items: Conclusion[] }>('GET', on(id, '/follow-up/my-tasks'), { quiet: true });
export const remindTasks = (id: string) => request<{ conclusions: number; deliveries: number }>('POST', on(id, '/follow-up/reminders'));
export const carryOver = (id: string, fromConferenceId: string) =>
  request<ConclusionNotice>('POST', on(id, '/follow-up/carry-over'), { body: { fromConferenceId } });
export const downloadFollowUpReport = (id: string, format: 'docx' | 'xlsx') =>
  download(on(id, `/follow-up/report.${format}`), `tinh-hinh-thuc-hien.${format}`);
