/**
 * Comments on a draft and written contributions: typed calls of /conferences/:id/consultations
 * and /conferences/:id/contributions. The types are the API's own schemas (type-only imports).
 */
import type {
  BodyAnswerRequest,
  ConsultationView,
  ConsultedBodyInput,
  ContributionSlotRequest,
  ContributionView,
} from '../../../src/domain/consultations/consultation.schema.js';
import { download, request } from '../api/client.js';

export type { ConsultationView, ContributionView, ConsultedBodyInput };
export type ConsultedBody = ConsultationView['bodies'][number];
export type DraftComment = ConsultationView['comments'][number];

const consultations = (conferenceId: string) => `/conferences/${conferenceId}/consultations`;
const contributions = (conferenceId: string) => `/conferences/${conferenceId}/contributions`;

export const listConsultations = (conferenceId: string) =>
  request<{ items: ConsultationView[] }>('GET', consultations(conferenceId)).then((r) => r.items);

export const openConsultation = (
  conferenceId: string,
  body: { documentId: string; title: string; draftingAgency: string; deadline: string; bodies: ConsultedBodyInput[] },
) => request<{ id: string; queued: number; consultation: ConsultationView }>('POST', consultations(conferenceId), { body });

export const answerForBody = (conferenceId: string, consultationId: string, bodyId: string, body: BodyAnswerRequest) =>
  request<ConsultationView>('PUT', `${consultations(conferenceId)}/${consultationId}/bodies/${bodyId}/answer`, { body });

export const respondToComment = (
  conferenceId: string,
  consultationId: string,
  commentId: string,
  body: { response: 'accepted' | 'explained'; text: string },
) => request<ConsultationView>('PUT', `${consultations(conferenceId)}/${consultationId}/comments/${commentId}/response`, { body });

export const remindBodies = (conferenceId: string, consultationId: string, bodyIds?: string[]) =>
  request<{ queued: number; skipped: { bodyId: string; reason: string }[] }>(
    'POST',
    `${consultations(conferenceId)}/${consultationId}/reminders`,
    { body: bodyIds ? { bodyIds } : {} },
  );

export const downloadSynthesis = (conferenceId: string, consultationId: string, format: 'docx' | 'xlsx') =>
  download(`${consultations(conferenceId)}/${consultationId}/synthesis.${format}`, `bang-tong-hop-y-kien.${format}`);

export const listContributions = (conferenceId: string) =>
  request<{ items: ContributionView[] }>('GET', contributions(conferenceId)).then((r) => r.items);

/** The caller's own slots (a body's page). */
export const listMyContributions = (conferenceId: string) =>
  request<{ items: ContributionView[] }>('GET', `${contributions(conferenceId)}/mine`).then((r) => r.items);

export const configureSlot = (conferenceId: string, agendaItemId: string, body: ContributionSlotRequest) =>
  request<{ ok: true }>('PUT', `${contributions(conferenceId)}/${agendaItemId}/body`, { body });

export const submitContribution = (
  conferenceId: string,
  agendaItemId: string,
  body: { title: string; text: string; documentId: string | null },
) => request<{ ok: true }>('PUT', `${contributions(conferenceId)}/${agendaItemId}/submission`, { body });

/** The contribution's file, stored as a conference document for the chair and the secretariat; submit with its id. */
export const uploadContributionFile = (conferenceId: string, agendaItemId: string, file: File) => {
  const form = new FormData();
  form.append('file', file);
  return request<{ documentId: string; version: number }>('POST', `${contributions(conferenceId)}/${agendaItemId}/file`, { form });
};

export const decideContribution = (conferenceId: string, agendaItemId: string, decision: 'to_read' | 'filed') =>
  request<{ ok: true }>('PUT', `${contributions(conferenceId)}/${agendaItemId}/decision`, { body: { decision } });

export const remindContributions = (conferenceId: string, agendaItemIds?: string[]) =>
  request<{ queued: number; skipped: { agendaItemId: string; reason: string }[] }>('POST', `${contributions(conferenceId)}/reminders`, {
    body: agendaItemIds ? { agendaItemIds } : {},
  });

/** The conference's documents a draft can be chosen from (issue 16 item 1's list). */
export const listDrafts = (conferenceId: string) =>
  request<{ items: { id: string; title: string; kind: string }[] }>('GET', `/conferences/${conferenceId}/documents`).then((r) => r.items);
