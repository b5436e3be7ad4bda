/** Schemas of the minutes routes (biên bản). */
import { Type } from 'typebox';
import {
  Minutes,
  MinutesDelivery,
  MinutesDraftInput,
  MinutesNote,
  MinutesNoteInput,
  MinutesPatch,
  MinutesReviewInput,
  MinutesReviewOpen,
} from '../../../domain/minutes/minutes.schema.js';
import { ConferenceParams, errorResponses, WriteHeaders } from '../common.schema.js';

const binary = (description: string) => Type.Unsafe<Buffer>({ type: 'string', format: 'binary', description });
const tags = ['minutes'];

export const minutesSchemas = {
  notes: {
    tags,
    summary: "Ghi chép của thư ký / the secretary's notes, every revision, oldest first per item",
    params: ConferenceParams,
    response: { 200: Type.Object({ items: Type.Array(MinutesNote) }), ...errorResponses },
  },
  saveNote: {
    tags,
    summary: 'Lưu ghi chép cho một nội dung (một phiên bản mới) / save a note on an agenda item (a new revision)',
    params: ConferenceParams,
    body: MinutesNoteInput,
    response: { 201: MinutesNote, ...errorResponses },
  },
  get: {
    tags,
    summary: 'Biên bản / the minutes (404 before a draft exists; participants: once sent for review)',
    params: ConferenceParams,
    response: { 200: Minutes, ...errorResponses },
  },
  draft: {
    tags,
    summary: 'Dựng dự thảo biên bản từ diễn biến hội nghị / build the draft from the record',
    params: ConferenceParams,
    body: MinutesDraftInput,
    response: { 200: Minutes, ...errorResponses },
  },
  update: {
    tags,
    summary: 'Thư ký sửa biên bản / the secretary edits the draft (If-Match: the minutes version)',
    params: ConferenceParams,
    headers: WriteHeaders,
    body: MinutesPatch,
    response: { 200: Minutes, ...errorResponses },
  },
  openReview: {
    tags,
    summary: 'Gửi lấy ý kiến đại biểu / send the minutes to the participants for review until a deadline',
    params: ConferenceParams,
    body: MinutesReviewOpen,
    response: { 200: Minutes, ...errorResponses },
  },
  review: {
    tags,
    summary: 'Góp ý biên bản / answer the review: no comment, or a comment',
    params: ConferenceParams,
    body: MinutesReviewInput,
    response: { 200: Minutes, ...errorResponses },
  },
  deliveries: {
    tags,
    summary: 'Thư gửi đại biểu góp ý biên bản / the review mail to each participant (queued, sent, failed)',
    params: ConferenceParams,
    response: {
      200: Type.Object({ items: Type.Array(MinutesDelivery) }),
      ...errorResponses,
    },
  },
  lock: {
    tags,
    summary: 'Khóa biên bản / lock the minutes (no change afterwards)',
    params: ConferenceParams,
    response: { 200: Minutes, ...errorResponses },
  },
  docx: {
    tags,
    summary: 'Biên bản (.docx, Nghị định 30/2020)',
    params: ConferenceParams,
    produces: ['application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
    response: { 200: binary('The Biên bản as .docx'), ...errorResponses },
  },
  pdf: {
    tags,
    summary: 'Biên bản (.pdf; 503 when LibreOffice is missing)',
    params: ConferenceParams,
    produces: ['application/pdf'],
    response: { 200: binary('The Biên bản as PDF'), ...errorResponses },
  },
};
