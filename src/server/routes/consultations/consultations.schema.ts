/** Schemas of comments on a draft (lấy ý kiến dự thảo) and written contributions (tham luận), issue 16 items 2-3. */
import { Type } from 'typebox';
import {
  BodyAnswerRequest,
  CommentResponseRequest,
  ConsultationView,
  ContributionSlotRequest,
  ContributionView,
  DecideContributionRequest,
  OpenConsultationRequest,
  RemindContributionsRequest,
  RemindRequest,
  SubmitContributionRequest,
} from '../../../domain/consultations/consultation.schema.js';
import { ConferenceParams, Id, errorResponses } from '../common.schema.js';

const binary = (description: string) => Type.Unsafe<Buffer>({ type: 'string', format: 'binary', description });
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const Consultation = Type.Object({ ...ConferenceParams.properties, consultationId: Id });
const Ok = Type.Object({ ok: Type.Literal(true) });

const consultationTags = ['consultations'];
const contributionTags = ['contributions'];

export const consultationSchemas = {
  list: {
    tags: consultationTags,
    summary: "Drafts open for comments (a body's contact: those it is asked about, only its own answers)",
    params: ConferenceParams,
    response: { 200: Type.Object({ items: Type.Array(ConsultationView) }), ...errorResponses },
  },
  open: {
    tags: consultationTags,
    summary: 'Open a draft (a conference document) for comments from bodies of the plan, with a deadline; mails the requests',
    params: ConferenceParams,
    body: OpenConsultationRequest,
    response: { 201: Type.Object({ id: Id, queued: Type.Integer(), consultation: ConsultationView }), ...errorResponses },
  },
  get: {
    tags: consultationTags,
    summary: 'One consultation',
    params: Consultation,
    response: { 200: ConsultationView, ...errorResponses },
  },
  answer: {
    tags: consultationTags,
    summary: 'A body answers: agree without comment, or comments on the whole draft or on numbered parts ("khoản 2 Điều 5")',
    params: Type.Object({ ...Consultation.properties, bodyId: Id }),
    body: BodyAnswerRequest,
    response: { 200: ConsultationView, ...errorResponses },
  },
  respond: {
    tags: consultationTags,
    summary: "The drafting agency's answer to one comment: tiếp thu (accepted) or giải trình (explained)",
    params: Type.Object({ ...Consultation.properties, commentId: Id }),
    body: CommentResponseRequest,
    response: { 200: ConsultationView, ...errorResponses },
  },
  remind: {
    tags: consultationTags,
    summary: 'Remind by mail the bodies that have not answered (each mail carries a fresh contact link of the body)',
    params: Consultation,
    body: RemindRequest,
    response: {
      202: Type.Object({
        queued: Type.Integer(),
        skipped: Type.Array(Type.Object({ bodyId: Id, reason: Type.Enum(['no_email', 'answered', 'submitted']) })),
      }),
      ...errorResponses,
    },
  },
  synthesisDocx: {
    tags: consultationTags,
    summary: 'Bảng tổng hợp, tiếp thu, giải trình ý kiến góp ý (.docx, A4 landscape)',
    params: Consultation,
    produces: [DOCX],
    response: { 200: binary('The synthesis table (.docx)'), ...errorResponses },
  },
  synthesisXlsx: {
    tags: consultationTags,
    summary: 'Bảng tổng hợp, tiếp thu, giải trình ý kiến góp ý (.xlsx)',
    params: Consultation,
    produces: [XLSX],
    response: { 200: binary('The synthesis table (.xlsx)'), ...errorResponses },
  },
};

const Slot = Type.Object({ ...ConferenceParams.properties, agendaItemId: Id });

export const contributionSchemas = {
  list: {
    tags: contributionTags,
    summary: 'The written contributions of every agenda slot with a presenter and their status (secretariat, chair)',
    params: ConferenceParams,
    response: { 200: Type.Object({ items: Type.Array(ContributionView) }), ...errorResponses },
  },
  mine: {
    tags: contributionTags,
    summary: "The caller's own slots: those whose body it acts for (a body's contact link, its point's operator)",
    params: ConferenceParams,
    response: { 200: Type.Object({ items: Type.Array(ContributionView) }), ...errorResponses },
  },
  configure: {
    tags: contributionTags,
    summary: "Name a slot's body (bridge point or participant group), its address for reminders and the deadline",
    params: Slot,
    body: ContributionSlotRequest,
    response: { 200: Ok, ...errorResponses },
  },
  submit: {
    tags: contributionTags,
    summary: "Submit the body's contribution to its slot (text, or a file uploaded as a conference document)",
    params: Slot,
    body: SubmitContributionRequest,
    response: { 200: Ok, ...errorResponses },
  },
  decide: {
    tags: contributionTags,
    summary: 'Decide on a submitted contribution: read at the meeting, or only filed',
    params: Slot,
    body: DecideContributionRequest,
    response: { 200: Ok, ...errorResponses },
  },
  file: {
    tags: contributionTags,
    summary:
      "Upload the file of a body's contribution (PDF, Word, Excel, picture): a conference document for the chair and the secretariat; a slot's later file becomes a new version of it. Then submit with its documentId.",
    consumes: ['multipart/form-data'],
    params: Slot,
    body: Type.Object({
      file: Type.String({
        format: 'binary',
        description: 'PDF, Word (.docx), Excel (.xlsx), PNG or JPEG; told from the content; at most 20 MB',
      }),
    }),
    response: { 201: Type.Object({ documentId: Id, version: Type.Integer() }), ...errorResponses },
  },
  remind: {
    tags: contributionTags,
    summary: 'Remind by mail the bodies whose contribution has not arrived',
    params: ConferenceParams,
    body: RemindContributionsRequest,
    response: {
      202: Type.Object({
        queued: Type.Integer(),
        skipped: Type.Array(Type.Object({ agendaItemId: Id, reason: Type.Enum(['no_email', 'answered', 'submitted']) })),
      }),
      ...errorResponses,
    },
  },
};
