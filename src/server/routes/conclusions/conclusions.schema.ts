/** Schemas of the conclusion notice (Thông báo kết luận) and the follow-up of its tasks. */
import { Type } from 'typebox';
import {
  CarryOverInput,
  Conclusion,
  ConclusionInput,
  ConclusionNotice,
  ConclusionPatch,
  NoticePatch,
  ReportInput,
} from '../../../domain/conclusions/conclusion.schema.js';
import { childParams, ConferenceParams, errorResponses, WriteHeaders } from '../common.schema.js';

const binary = (description: string) => Type.Unsafe<Buffer>({ type: 'string', format: 'binary', description });
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const notice = { 200: ConclusionNotice, ...errorResponses };
const ConclusionParams = childParams('conclusionId');

const file = (tag: string, summary: string, produces: string) => ({
  tags: [tag],
  summary,
  params: ConferenceParams,
  produces: [produces],
  response: { 200: binary(summary), ...errorResponses },
});

export const conclusionSchemas = {
  get: {
    tags: ['conclusions'],
    summary: 'Thông báo kết luận và các kết luận / the notice with its conclusions (404 before a draft)',
    params: ConferenceParams,
    response: notice,
  },
  draft: {
    tags: ['conclusions'],
    summary: 'Dự thảo thông báo từ diễn biến hội nghị / draft the notice from the record',
    params: ConferenceParams,
    response: notice,
  },
  update: {
    tags: ['conclusions'],
    summary: 'Sửa thông báo (khi còn dự thảo) / edit the draft notice (If-Match: the notice version)',
    params: ConferenceParams,
    headers: WriteHeaders,
    body: NoticePatch,
    response: notice,
  },
  addConclusion: {
    tags: ['conclusions'],
    summary: 'Thêm kết luận / add a numbered conclusion',
    params: ConferenceParams,
    body: ConclusionInput,
    response: { 201: ConclusionNotice, ...errorResponses },
  },
  updateConclusion: {
    tags: ['conclusions'],
    summary: 'Sửa kết luận / change a conclusion',
    params: ConclusionParams,
    body: ConclusionPatch,
    response: notice,
  },
  removeConclusion: { tags: ['conclusions'], summary: 'Xóa kết luận / remove a conclusion', params: ConclusionParams, response: notice },
  issue: {
    tags: ['conclusions'],
    summary: 'Ban hành thông báo: tạo nhiệm vụ, gửi thư / issue the notice: tasks on the assignment board, mail to its recipients',
    params: ConferenceParams,
    response: notice,
  },
  deliveries: {
    tags: ['conclusions'],
    summary: 'Tình trạng gửi thư / the mail deliveries of the notice and the reminders',
    params: ConferenceParams,
    response: {
      200: Type.Object({
        items: Type.Array(
          Type.Object({
            id: Type.String(),
            kind: Type.String(),
            recipient: Type.String(),
            status: Type.String(),
            error: Type.Union([Type.String(), Type.Null()]),
            sentAt: Type.Union([Type.String(), Type.Null()]),
          }),
        ),
      }),
      ...errorResponses,
    },
  },
  docx: file('conclusions', 'Thông báo kết luận (.docx)', DOCX),
  pdf: file('conclusions', 'Thông báo kết luận (.pdf; 503 when LibreOffice is missing)', 'application/pdf'),
  board: {
    tags: ['follow-up'],
    summary: 'Bảng theo dõi nhiệm vụ theo kết luận / the follow-up board (the issued notice, each task with its state)',
    params: ConferenceParams,
    response: notice,
  },
  myTasks: {
    tags: ['follow-up'],
    summary: 'Nhiệm vụ của cơ quan / the tasks whose lead body the caller acts for (its page: report progress, completion)',
    params: ConferenceParams,
    response: { 200: Type.Object({ items: Type.Array(Conclusion) }), ...errorResponses },
  },
  report: {
    tags: ['follow-up'],
    summary: 'Báo cáo tiến độ / hoàn thành nhiệm vụ / report progress or completion of a task',
    params: ConclusionParams,
    body: ReportInput,
    response: notice,
  },
  remind: {
    tags: ['follow-up'],
    summary: 'Nhắc nhiệm vụ sắp đến hạn, quá hạn / remind the tasks due soon or overdue',
    params: ConferenceParams,
    response: { 200: Type.Object({ conclusions: Type.Integer(), deliveries: Type.Integer() }), ...errorResponses },
  },
  carryOver: {
    tags: ['follow-up'],
    summary: 'Chuyển nhiệm vụ chưa hoàn thành từ hội nghị trước / carry over the unfinished tasks of an earlier conference',
    params: ConferenceParams,
    body: CarryOverInput,
    response: notice,
  },
  reportDocx: file('follow-up', 'Tình hình thực hiện kết luận (.docx)', DOCX),
  reportXlsx: file(
    'follow-up',
    'Tình hình thực hiện kết luận (.xlsx)',
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  ),
};
