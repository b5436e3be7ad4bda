/** Schemas of the written opinion form routes (issue 16): the domain's own (src/domain/votes/written-opinion.schema.ts). */
import { Type } from 'typebox';
import { FormAnswerInput, FormCreate, FormRecipient, MyForm, WrittenOpinionForm } from '../../../domain/votes/written-opinion.schema.js';
import { ConferenceParams, Id, errorResponses } from '../common.schema.js';

const tags = ['written-opinions'];
const FormParams = Type.Object({ conferenceId: Id, formId: Id });
const Outcome = Type.Object({
  reminded: Type.Integer({ minimum: 0, description: 'Members mailed a reminder now' }),
  noEmail: Type.Integer({ minimum: 0, description: 'Members waiting with no e-mail address (to be called)' }),
  remindedToday: Type.Integer({ minimum: 0, description: 'Members waiting who were already mailed today' }),
});

export const formSchemas = {
  list: {
    tags,
    summary: 'Phiếu lấy ý kiến / the written opinion forms of the conference (the chair, the secretariat)',
    params: ConferenceParams,
    response: { 200: Type.Object({ items: Type.Array(WrittenOpinionForm) }), ...errorResponses },
  },
  mine: {
    tags,
    summary: 'Phiếu gửi tôi / the forms sent to the caller (a delegate: personal link or account)',
    params: ConferenceParams,
    response: { 200: Type.Object({ items: Type.Array(MyForm) }), ...errorResponses },
  },
  get: {
    tags,
    summary: 'Một phiếu lấy ý kiến / one form, its result and merge',
    params: FormParams,
    response: { 200: WrittenOpinionForm, ...errorResponses },
  },
  recipients: {
    tags,
    summary: 'Người được lấy ý kiến / the members asked: who answered (never what), reminders and mail',
    params: FormParams,
    response: { 200: Type.Object({ items: Type.Array(FormRecipient) }), ...errorResponses },
  },
  create: {
    tags,
    summary: "Tạo phiếu lấy ý kiến (dự thảo) / make a form: a vote's question or its own, the members asked, the deadline",
    params: ConferenceParams,
    body: FormCreate,
    response: { 201: WrittenOpinionForm, ...errorResponses },
  },
  send: {
    tags,
    summary: 'Gửi phiếu / send the form: mail with each member’s personal link',
    params: FormParams,
    response: { 200: Type.Object({ form: WrittenOpinionForm, queued: Type.Integer({ minimum: 0 }) }), ...errorResponses },
  },
  remind: {
    tags,
    summary: 'Nhắc trả lời / remind the members who have not answered (at most once a day each)',
    params: FormParams,
    response: { 200: Outcome, ...errorResponses },
  },
  close: {
    tags,
    summary: 'Kết thúc phiếu / close the form: its result is fixed',
    params: FormParams,
    response: { 200: WrittenOpinionForm, ...errorResponses },
  },
  merge: {
    tags,
    summary: 'Tổng hợp với kết quả biểu quyết tại hội nghị / merge the closed form with its closed vote (the chair’s decision)',
    params: FormParams,
    response: { 200: WrittenOpinionForm, ...errorResponses },
  },
  answer: {
    tags,
    summary: 'Trả lời phiếu / answer the form (once): one option per question',
    params: FormParams,
    body: FormAnswerInput,
    response: { 200: MyForm, ...errorResponses },
  },
};
