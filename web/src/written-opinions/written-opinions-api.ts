/** Written opinion forms over HTTP (/api/v1/conferences/:id/written-opinions…, issue 16). */
import type { FormCreate, FormRecipient, MyForm, WrittenOpinionForm } from '../../../src/domain/votes/written-opinion.schema.js';
import { request } from '../api/client.js';

export type { FormCreate, FormRecipient, MyForm, WrittenOpinionForm };

export interface ReminderOutcome {
  reminded: number;
  noEmail: number;
  remindedToday: number;
}

const base = (conferenceId: string) => `/conferences/${encodeURIComponent(conferenceId)}/written-opinions`;
const one = (conferenceId: string, formId: string) => `${base(conferenceId)}/${encodeURIComponent(formId)}`;

export const listForms = async (conferenceId: string) => (await request<{ items: WrittenOpinionForm[] }>('GET', base(conferenceId))).items;

export const listRecipients = async (conferenceId: string, formId: string) =>
  (await request<{ items: FormRecipient[] }>('GET', `${one(conferenceId, formId)}/recipients`)).items;

export const createForm = (conferenceId: string, input: FormCreate) =>
  request<WrittenOpinionForm>('POST', base(conferenceId), { body: input, quiet: true });

export const sendForm = (conferenceId: string, formId: string) =>
  request<{ form: WrittenOpinionForm; queued: number }>('POST', `${one(conferenceId, formId)}/send`, { quiet: true });

export const remindForm = (conferenceId: string, formId: string) =>
  request<ReminderOutcome>('POST', `${one(conferenceId, formId)}/remind`, { quiet: true });

export const closeForm = (conferenceId: string, formId: string) =>
  request<WrittenOpinionForm>('POST', `${one(conferenceId, formId)}/close`, { quiet: true });

export const mergeForm = (conferenceId: string, formId: string) =>
  request<WrittenOpinionForm>('POST', `${one(conferenceId, formId)}/merge`, { quiet: true });

/** The forms sent to the caller (a delegate's personal link or account). */
export const myForms = async (conferenceId: string) =>
  (await request<{ items: MyForm[] }>('GET', `${base(conferenceId)}/mine`, { quiet: true })).items;

export const answerForm = (conferenceId: string, formId: string, choices: number[]) =>
  request<MyForm>('POST', `${one(conferenceId, formId)}/answer`, { body: { choices }, quiet: true });
