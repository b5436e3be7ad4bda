/**
 * Comments on a draft (lấy ý kiến dự thảo, issue 16 item 2). Each write is one transaction
 * with one audit row; mail to the bodies is queued in it and sent after commit; the backbone
 * hears `consultation.changed`. The routes ask the policies (who may answer for which body)
 * and pass the caller's view (`Viewer`); this service keeps the rules of the data.
 */
import { randomUUID } from 'node:crypto';
import type { BodyRef } from '../../domain/access/body-rules.js';
import {
  BodyAnswerRequest,
  CommentResponseRequest,
  OpenConsultationRequest,
  RemindRequest,
  type ConsultationView,
} from '../../domain/consultations/consultation.schema.js';
import { parseDraftPart } from '../../domain/consultations/draft-part.js';
import { DomainError, invalid } from '../../domain/errors.js';
import type { EventBus } from '../../realtime/event-bus.js';
import type { Database } from '../../storage/database.js';
import { findRow } from '../../storage/repositories/child-rows.js';
import { findConferenceRow } from '../../storage/repositories/conference-repository.js';
import { findConferenceDocument } from '../../storage/repositories/conference-document-repository.js';
import * as repo from '../../storage/repositories/consultation-repository.js';
import { insertBodyDeliveries } from '../../storage/repositories/contribution-repository.js';
import type { ConsultedBodyRow, DraftCommentRow, Executor } from '../../storage/tables.js';
import { SYSTEM_ORIGIN, type AuditOrigin } from '../accounts/audit-context.js';
import { recordAudit } from '../accounts/audit-service.js';
import { conferenceNotFound, entityNotFound, prepareInput } from '../input.js';
import { vietnamLocalNow } from '../participants/invitation-links.js';
import { bodyDeliveryRow, type BodyMailQueue, type SkipReason } from './body-mail-queue.js';
import { consultationView, type Viewer } from './consultation-view.js';
import { loadSynthesis, type SynthesisDocument } from './synthesis-data.js';

export type { Viewer };

export interface ConsultationService {
  open(conferenceId: string, input: unknown, publicUrl: string, origin?: AuditOrigin): Promise<{ id: string; queued: number }>;
  list(conferenceId: string, viewer: Viewer): Promise<ConsultationView[]>;
  get(conferenceId: string, id: string, viewer: Viewer): Promise<ConsultationView>;
  /** The body as the policies see it; 404 when it is not one of the consultation's. */
  bodyRef(conferenceId: string, consultationId: string, bodyId: string): Promise<BodyRef>;
  answer(conferenceId: string, consultationId: string, bodyId: string, input: unknown, origin?: AuditOrigin): Promise<void>;
  respond(conferenceId: string, consultationId: string, commentId: string, input: unknown, origin?: AuditOrigin): Promise<void>;
  remind(
    conferenceId: string,
    consultationId: string,
    input: unknown,
    publicUrl: string,
    origin?: AuditOrigin,
  ): Promise<{ queued: number; skipped: { bodyId: string; reason: SkipReason }[] }>;
  synthesis(conferenceId: string, id: string): Promise<SynthesisDocument>;
}

export interface ConsultationDeps {
  now?: () => Date;
  events?: Pick<EventBus, 'publish'>;
  queue: BodyMailQueue;
}

const consultationNotFound = () => entityNotFound('consultation.not_found', 'đợt lấy ý kiến', 'consultation');

export function createConsultationService(database: Database, deps: ConsultationDeps): ConsultationService {
  const { db } = database;
  const clock = deps.now ?? (() => new Date());
  const today = () => vietnamLocalNow(clock()).slice(0, 10);
  const changed = (conferenceId: string, consultationId: string) =>
    deps.events?.publish({ type: 'consultation.changed', conferenceId, consultationId });
  const audit = (
    executor: Executor,
    origin: AuditOrigin,
    conferenceId: string,
    action: string,
    entityType: string,
    entityId: string,
    before: unknown,
    after: unknown,
    at: string,
  ) => recordAudit(executor, { ...origin, action, conferenceId, entityType, entityId, before, after }, at, randomUUID());

  const loadOne = async (executor: Executor, conferenceId: string, id: string) => {
    const row = await repo.findConsultation(executor, conferenceId, id);
    if (!row) throw consultationNotFound();
    const bodies = await repo.listConsultedBodies(executor, [row.id]);
    const comments = await repo.listDraftComments(executor, row.id);
    return { row, bodies, comments };
  };

  const findBody = async (executor: Executor, conferenceId: string, consultationId: string, bodyId: string): Promise<ConsultedBodyRow> => {
    const { bodies } = await loadOne(executor, conferenceId, consultationId);
    const body = bodies.find((candidate) => candidate.id === bodyId);
    if (!body) throw entityNotFound('consultation.body_not_found', 'cơ quan được lấy ý kiến', 'consulted body');
    return body;
  };

  return {
    async open(conferenceId, input, publicUrl, origin = SYSTEM_ORIGIN) {
      const request = prepareInput(OpenConsultationRequest, input);
      const at = clock().toISOString();
      const result = await db.transaction().execute(async (trx) => {
        if (!(await findConferenceRow(trx, conferenceId))) throw conferenceNotFound();
        if (!(await findConferenceDocument(trx, conferenceId, request.documentId))) {
          throw invalid('consultation.unknown_document', {
            vi: 'Dự thảo không phải là tài liệu của hội nghị này.',
            en: 'The draft is not a document of this conference.',
          });
        }
        for (const [index, body] of request.bodies.entries()) {
          const point = body.bridgePointId && (await findRow(trx, 'bridge_points', conferenceId, body.bridgePointId));
          const group = body.participantGroupId && (await findRow(trx, 'participant_groups', conferenceId, body.participantGroupId));
          if ((body.bridgePointId && !point) || (body.participantGroupId && !group) || (!body.bridgePointId && !body.participantGroupId)) {
            throw invalid('consultation.unknown_body', {
              vi: `Cơ quan thứ ${index + 1} phải là một điểm cầu hoặc thành phần tham dự của hội nghị này.`,
              en: `Body ${index + 1} must be a bridge point or participant group of this conference.`,
            });
          }
        }
        const id = randomUUID();
        const mail = deps.queue.mail;
        const url = mail.publicUrl ?? publicUrl;
        await repo.insertConsultation(trx, {
          id,
          conference_id: conferenceId,
          document_id: request.documentId,
          title: request.title,
          drafting_agency: request.draftingAgency,
          deadline: request.deadline,
          public_url: url,
          created_at: at,
          updated_at: at,
          closed_at: null,
        });
        const bodies: ConsultedBodyRow[] = request.bodies.map((body, position) => ({
          id: randomUUID(),
          consultation_id: id,
          conference_id: conferenceId,
          position,
          name: body.name,
          bridge_point_id: body.bridgePointId,
          participant_group_id: body.participantGroupId,
          email: body.email,
          answer: null,
          answered_at: null,
          answered_by: '',
          reminded_at: null,
          remind_count: 0,
        }));
        await repo.insertConsultedBodies(trx, bodies);
        // The request goes by mail to the bodies with an address, when a mail server is set up.
        const deliveries = mail.enabled
          ? bodies
              .filter((body) => body.email)
              .map((body) =>
                bodyDeliveryRow(
                  {
                    conference_id: conferenceId,
                    subject_kind: 'consulted_body',
                    subject_id: body.id,
                    kind: 'request',
                    recipient: body.email,
                    public_url: url,
                  },
                  at,
                ),
              )
          : [];
        await insertBodyDeliveries(trx, deliveries);
        const after = { ...request, bodies: bodies.map((b) => ({ id: b.id, name: b.name })), mailed: deliveries.length };
        await audit(trx, origin, conferenceId, 'consultation.open', 'draft_consultation', id, null, after, at);
        return { id, deliveries };
      });
      deps.queue.enqueue(result.deliveries.map((d) => d.id));
      changed(conferenceId, result.id);
      return { id: result.id, queued: result.deliveries.length };
    },

    async list(conferenceId, viewer) {
      const rows = await repo.listConsultations(db, conferenceId);
      const bodies = await repo.listConsultedBodies(
        db,
        rows.map((row) => row.id),
      );
      const views: ConsultationView[] = [];
      for (const row of rows) {
        const own = bodies.filter((body) => body.consultation_id === row.id);
        if (!viewer.reads && !own.some((body) => viewer.mayAnswer(bodyRefOf(body)))) continue;
        views.push(consultationView(row, own, await repo.listDraftComments(db, row.id), viewer, today()));
      }
      return views;
    },

    async get(conferenceId, id, viewer) {
      const { row, bodies, comments } = await loadOne(db, conferenceId, id);
      const view = consultationView(row, bodies, comments, viewer, today());
      if (!viewer.reads && view.bodies.length === 0) throw consultationNotFound();
      return view;
    },

    bodyRef: async (conferenceId, consultationId, bodyId) => bodyRefOf(await findBody(db, conferenceId, consultationId, bodyId)),

    async answer(conferenceId, consultationId, bodyId, input, origin = SYSTEM_ORIGIN) {
      const request = prepareInput(BodyAnswerRequest, input);
      const parts = request.comments.map((comment, index) => {
        try {
          return parseDraftPart(comment.part);
        } catch (error) {
          if (error instanceof DomainError)
            throw invalid(error.code, error.localized, [{ path: `/comments/${index}/part`, code: error.code, message: error.localized }]);
          throw error;
        }
      });
      if (request.answer === 'commented' && request.comments.length === 0) {
        throw invalid('comment.none', {
          vi: 'Hãy ghi ít nhất một ý kiến, hoặc chọn "Thống nhất".',
          en: 'Write at least one comment, or choose "Agree".',
        });
      }
      if (request.answer === 'agreed' && request.comments.length > 0) {
        throw invalid('comment.agreed_with_comments', {
          vi: 'Đã chọn "Thống nhất" thì không kèm ý kiến.',
          en: 'An agreement carries no comments.',
        });
      }
      const at = clock().toISOString();
      await db.transaction().execute(async (trx) => {
        const body = await findBody(trx, conferenceId, consultationId, bodyId);
        const previous = (await repo.listDraftComments(trx, consultationId)).filter((c) => c.body_id === bodyId);
        if (previous.some((comment) => comment.response !== null)) {
          throw new DomainError(409, 'consultation.already_answered', {
            vi: 'Cơ quan chủ trì soạn thảo đã tiếp thu, giải trình ý kiến của đơn vị; không sửa được nữa.',
            en: 'The drafting agency has already answered these comments; they can no longer be changed.',
          });
        }
        await repo.deleteCommentsOfBody(trx, bodyId);
        const rows: DraftCommentRow[] = request.comments.map((comment, position) => ({
          id: randomUUID(),
          consultation_id: consultationId,
          body_id: bodyId,
          position,
          part: parts[position]!.text,
          text: comment.text,
          response: null,
          response_text: '',
          responded_at: null,
          responded_by: '',
          created_at: at,
        }));
        await repo.insertDraftComments(trx, rows);
        await repo.updateConsultedBody(trx, bodyId, { answer: request.answer, answered_at: at, answered_by: origin.actor.label });
        const before = { answer: body.answer, comments: previous.map((c) => ({ part: c.part, text: c.text })) };
        const after = { answer: request.answer, comments: rows.map((c) => ({ part: c.part, text: c.text })) };
        await audit(trx, origin, conferenceId, 'consultation.answer', 'consulted_body', bodyId, before, after, at);
      });
      changed(conferenceId, consultationId);
    },

    async respond(conferenceId, consultationId, commentId, input, origin = SYSTEM_ORIGIN) {
      const request = prepareInput(CommentResponseRequest, input);
      if (request.response === 'explained' && !request.text) {
        throw invalid('comment.explanation_required', {
          vi: 'Giải trình phải nêu lý do.',
          en: 'An explanation needs its reason.',
        });
      }
      const at = clock().toISOString();
      await db.transaction().execute(async (trx) => {
        await loadOne(trx, conferenceId, consultationId);
        const comment = await repo.findDraftComment(trx, consultationId, commentId);
        if (!comment) throw entityNotFound('comment.not_found', 'ý kiến góp ý', 'comment');
        await repo.updateDraftComment(trx, commentId, {
          response: request.response,
          response_text: request.text,
          responded_at: at,
          responded_by: origin.actor.label,
        });
        const before = { response: comment.response, text: comment.response_text };
        await audit(trx, origin, conferenceId, 'consultation.respond', 'draft_comment', commentId, before, request, at);
      });
      changed(conferenceId, consultationId);
    },

    async remind(conferenceId, consultationId, input, publicUrl, origin = SYSTEM_ORIGIN) {
      const request = prepareInput(RemindRequest, input);
      const at = clock().toISOString();
      const mail = deps.queue.mail;
      const result = await db.transaction().execute(async (trx) => {
        const { row, bodies } = await loadOne(trx, conferenceId, consultationId);
        const listed = request.bodyIds;
        const unknown = listed?.filter((id) => !bodies.some((body) => body.id === id)) ?? [];
        if (unknown.length > 0) throw entityNotFound('consultation.body_not_found', 'cơ quan được lấy ý kiến', 'consulted body');
        const chosen = bodies.filter((body) => !listed || listed.includes(body.id));
        const skipped: { bodyId: string; reason: SkipReason }[] = [];
        const due: ConsultedBodyRow[] = [];
        for (const body of chosen) {
          if (body.answer !== null) skipped.push({ bodyId: body.id, reason: 'answered' });
          else if (!body.email) skipped.push({ bodyId: body.id, reason: 'no_email' });
          else due.push(body);
        }
        if (due.length > 0 && !mail.enabled) throw mailDisabledForBodies();
        const url = mail.publicUrl ?? row.public_url ?? publicUrl;
        const deliveries = due.map((body) =>
          bodyDeliveryRow(
            {
              conference_id: conferenceId,
              subject_kind: 'consulted_body',
              subject_id: body.id,
              kind: 'reminder',
              recipient: body.email,
              public_url: url,
            },
            at,
          ),
        );
        await insertBodyDeliveries(trx, deliveries);
        for (const body of due) await repo.updateConsultedBody(trx, body.id, { reminded_at: at, remind_count: body.remind_count + 1 });
        const after = { reminded: due.map((b) => ({ id: b.id, name: b.name })), skipped };
        await audit(trx, origin, conferenceId, 'consultation.remind', 'draft_consultation', consultationId, null, after, at);
        return { deliveries, skipped };
      });
      deps.queue.enqueue(result.deliveries.map((d) => d.id));
      changed(conferenceId, consultationId);
      return { queued: result.deliveries.length, skipped: result.skipped };
    },

    async synthesis(conferenceId, id) {
      const { row, bodies, comments } = await loadOne(db, conferenceId, id);
      const conference = await findConferenceRow(db, conferenceId);
      if (!conference) throw conferenceNotFound();
      return loadSynthesis(conference, row, bodies, comments, today());
    },
  };
}

export const bodyRefOf = (body: Pick<ConsultedBodyRow, 'bridge_point_id' | 'participant_group_id'>): BodyRef => ({
  bridgePointId: body.bridge_point_id,
  participantGroupId: body.participant_group_id,
});

export const mailDisabledForBodies = () =>
  new DomainError(409, 'mail.disabled', {
    vi: 'Chưa cấu hình máy chủ gửi thư (DIEMCAU_SMTP_URL, DIEMCAU_MAIL_FROM): không gửi được thư nhắc. Có thể gọi điện hoặc gửi văn bản cho đơn vị.',
    en: 'No mail server is configured (DIEMCAU_SMTP_URL, DIEMCAU_MAIL_FROM): reminders cannot be e-mailed. Call or write to the body instead.',
  });
