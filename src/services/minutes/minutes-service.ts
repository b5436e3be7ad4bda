/**
 * The minutes (biên bản, issue 16 item 5). The secretary's notes per agenda item during the
 * meeting (every save a new revision, the older ones kept); after it a draft built from the
 * record (minutes-record.ts, domain/minutes/minutes-draft.ts); the secretary's edits (If-Match
 * version); the review window (a deadline; the draft is mailed to every participant with an
 * e-mail, each with a personal link to a page where it is read and a remark left, "no comment" or
 * a comment, until the deadline: review-mail.ts); then locked, by the secretariat or by itself
 * once the window has closed (the first read after the deadline locks it, as the system): a
 * locked row is never written again (the repository's update refuses it). Each write is one
 * transaction with one audit row; `minutes.changed` follows.
 */
import { randomUUID } from 'node:crypto';
import { buildMinutesDraft } from '../../domain/minutes/minutes-draft.js';
import {
  MinutesDraftInput,
  MinutesNoteInput,
  MinutesPatch,
  MinutesReviewInput,
  MinutesReviewOpen,
  type Minutes,
  type MinutesBody,
  type MinutesStatus,
} from '../../domain/minutes/minutes.schema.js';
import { DomainError } from '../../domain/errors.js';
import type { Database } from '../../storage/database.js';
import {
  findMinutes,
  insertMinutes,
  insertMinutesDeliveries,
  insertMinutesNote,
  lastNoteRevision,
  listMinutesDeliveries,
  listReviewRecipients,
  listMinutesNotes,
  listMinutesReviews,
  saveMinutesReview,
  updateMinutes,
} from '../../storage/repositories/minutes-repository.js';
import type { Executor, MinutesRow } from '../../storage/tables.js';
import { SYSTEM_ORIGIN, type AuditOrigin } from '../accounts/audit-context.js';
import { recordAudit } from '../accounts/audit-service.js';
import { entityNotFound, prepareInput, versionConflict } from '../input.js';
import { chairNameOf, heldOnOf, minutesRecordOf } from './minutes-record.js';
import type { MinutesService, MinutesServiceDeps } from './minutes-service.types.js';

export type { MinutesService, MinutesServiceDeps } from './minutes-service.types.js';

const minutesNotFound = () => entityNotFound('minutes.not_found', 'biên bản', 'minutes');
const refused = (code: string, vi: string, en: string) => new DomainError(409, code, { vi, en });
const locked = () => refused('minutes.locked', 'Biên bản đã khóa, không sửa được.', 'The minutes are locked and cannot be changed.');

const toMinutes = (row: MinutesRow, reviews: Awaited<ReturnType<typeof listMinutesReviews>>): Minutes => ({
  conferenceId: row.conference_id,
  status: row.status as MinutesStatus,
  secretaryName: row.secretary_name,
  chairName: row.chair_name,
  body: JSON.parse(row.body_json) as MinutesBody,
  reviewDeadline: row.review_deadline,
  lockedAt: row.locked_at,
  version: Number(row.version),
  reviews: reviews.map((r) => ({
    reviewerLabel: r.reviewer_label,
    answer: r.answer as 'no_comment' | 'comment',
    comment: r.comment,
    answeredAt: r.answered_at,
  })),
  updatedAt: row.updated_at,
});

const reviewerKey = (origin: AuditOrigin): string | null =>
  origin.actor.kind === 'user' && origin.actor.userId
    ? `user:${origin.actor.userId}`
    : origin.actor.kind === 'link' && origin.actor.linkId
      ? `link:${origin.actor.linkId}`
      : null;

export function createMinutesService(database: Database, deps: MinutesServiceDeps): MinutesService {
  const { db } = database;
  const now = () => (deps.now ?? (() => new Date()))().toISOString();
  const audit = (executor: Executor, origin: AuditOrigin, action: string, conferenceId: string, before: unknown, after: unknown) =>
    recordAudit(
      executor,
      { ...origin, action, conferenceId, entityType: 'minutes', entityId: conferenceId, before, after },
      now(),
      randomUUID(),
    );
  const changed = (conferenceId: string) => deps.events?.publish({ type: 'minutes.changed', conferenceId });
  const read = async (executor: Executor, conferenceId: string) => {
    const row = await findMinutes(executor, conferenceId);
    return row ? toMinutes(row, await listMinutesReviews(executor, conferenceId)) : null;
  };
  const windowClosed = (m: Minutes) =>
    m.status === 'review' && m.reviewDeadline !== null && Date.parse(now()) > Date.parse(m.reviewDeadline);
  /** Locks minutes whose review window has closed, as the system (one audit row); another write first leaves them as they are. */
  const lockWhenClosed = async (conferenceId: string) => {
    const current = await read(db, conferenceId);
    if (!current || !windowClosed(current)) return;
    const lockedAt = now();
    const done = await db.transaction().execute(async (trx) => {
      const values = { status: 'locked', locked_at: lockedAt, version: current.version + 1, updated_at: lockedAt };
      if (!(await updateMinutes(trx, conferenceId, current.version, values))) return false;
      await audit(
        trx,
        SYSTEM_ORIGIN,
        'minutes.lock',
        conferenceId,
        { status: 'review', version: current.version },
        {
          status: 'locked',
          locked_at: lockedAt,
          reason: 'review_window_closed',
        },
      );
      return true;
    });
    if (done) changed(conferenceId);
  };
  const mustRead = async (executor: Executor, conferenceId: string) =>
    (await read(executor, conferenceId)) ?? Promise.reject(minutesNotFound());

  /** One write of the row at its current version (409 when another write came first or it is locked). */
  const writeRow = async (
    conferenceId: string,
    origin: AuditOrigin,
    action: string,
    change: (current: Minutes) => Partial<Omit<MinutesRow, 'conference_id' | 'created_at'>>,
    expectedVersion?: number,
  ): Promise<Minutes> => {
    const result = await db.transaction().execute(async (trx) => {
      const current = await mustRead(trx, conferenceId);
      if (current.status === 'locked') throw locked();
      if (expectedVersion !== undefined && expectedVersion !== current.version) throw versionConflict();
      const values = change(current);
      if (!(await updateMinutes(trx, conferenceId, current.version, { ...values, version: current.version + 1, updated_at: now() }))) {
        throw versionConflict();
      }
      await audit(trx, origin, action, conferenceId, { status: current.status, version: current.version }, values);
      return mustRead(trx, conferenceId);
    });
    changed(conferenceId);
    return result;
  };

  return {
    async notes(conferenceId) {
      return (await listMinutesNotes(db, conferenceId)).map((row) => ({
        itemId: row.item_id,
        revision: Number(row.revision),
        text: row.text,
        authorLabel: row.author_label,
        createdAt: row.created_at,
      }));
    },

    async saveNote(conferenceId, input, origin = SYSTEM_ORIGIN) {
      const note = prepareInput(MinutesNoteInput, input);
      const saved = await db.transaction().execute(async (trx) => {
        if ((await findMinutes(trx, conferenceId))?.status === 'locked') throw locked();
        const revision = (await lastNoteRevision(trx, conferenceId, note.itemId)) + 1;
        const row = {
          id: randomUUID(),
          conference_id: conferenceId,
          item_id: note.itemId,
          revision,
          text: note.text,
          author_label: origin.actor.label,
          created_at: now(),
        };
        await insertMinutesNote(trx, row);
        await audit(trx, origin, 'minutes.note', conferenceId, null, { itemId: note.itemId, revision, text: note.text });
        return { itemId: row.item_id, revision, text: row.text, authorLabel: row.author_label, createdAt: row.created_at };
      });
      changed(conferenceId);
      return saved;
    },

    async get(conferenceId, reviewer) {
      await lockWhenClosed(conferenceId);
      if (!reviewer) return read(db, conferenceId);
      const row = await findMinutes(db, conferenceId);
      const key = reviewerKey(reviewer);
      const own = (await listMinutesReviews(db, conferenceId)).filter((review) => review.reviewer_key === key);
      return row ? toMinutes(row, own) : null;
    },

    async deliveries(conferenceId) {
      return (await listMinutesDeliveries(db, conferenceId)).map((r) => ({
        id: r.id,
        recipient: r.recipient,
        status: r.status,
        error: r.error,
        sentAt: r.sent_at,
      }));
    },

    async draft(conferenceId, input, origin = SYSTEM_ORIGIN) {
      const request = prepareInput(MinutesDraftInput, input ?? {});
      const conference = await deps.conferences.get(conferenceId);
      const [timeline, attendance, notes, existing] = await Promise.all([
        deps.live.timeline(conferenceId),
        deps.attendance.report(conference),
        listMinutesNotes(db, conferenceId),
        findMinutes(db, conferenceId),
      ]);
      if (existing && existing.status !== 'draft') {
        throw refused(
          'minutes.not_draft',
          'Biên bản đã gửi lấy ý kiến hoặc đã khóa: không dựng lại từ đầu được.',
          'The minutes were sent for review or locked: they cannot be rebuilt.',
        );
      }
      const secretaryName = request.secretaryName ?? existing?.secretary_name ?? '';
      const body = buildMinutesDraft(minutesRecordOf(conference, timeline, attendance, notes, secretaryName));
      const chairName = existing?.chair_name || chairNameOf(conference);
      const at = now();
      const result = await db.transaction().execute(async (trx) => {
        const current = await findMinutes(trx, conferenceId);
        const values = {
          status: 'draft',
          secretary_name: secretaryName,
          chair_name: chairName,
          body_json: JSON.stringify(body),
          review_deadline: null,
          locked_at: null,
          updated_at: at,
        };
        if (!current) await insertMinutes(trx, { conference_id: conferenceId, ...values, version: 1, created_at: at });
        else if (
          current.status !== 'draft' ||
          !(await updateMinutes(trx, conferenceId, Number(current.version), { ...values, version: Number(current.version) + 1 }))
        ) {
          throw versionConflict();
        }
        await audit(trx, origin, 'minutes.draft', conferenceId, current ? { version: Number(current.version) } : null, {
          secretaryName,
          chairName,
          sections: body.sections.length,
        });
        return mustRead(trx, conferenceId);
      });
      changed(conferenceId);
      return result;
    },

    update(conferenceId, patch, expectedVersion, origin = SYSTEM_ORIGIN) {
      const changes = prepareInput(MinutesPatch, patch);
      return writeRow(
        conferenceId,
        origin,
        'minutes.update',
        (current) => {
          if (current.status !== 'draft') {
            throw refused(
              'minutes.in_review',
              'Biên bản đang được lấy ý kiến: chỉ sửa được khi còn là dự thảo.',
              'The minutes are under review: only a draft can be edited.',
            );
          }
          return {
            ...(changes.secretaryName !== undefined ? { secretary_name: changes.secretaryName } : {}),
            ...(changes.chairName !== undefined ? { chair_name: changes.chairName } : {}),
            ...(changes.body !== undefined ? { body_json: JSON.stringify(changes.body) } : {}),
          };
        },
        expectedVersion,
      );
    },

    async openReview(conferenceId, input, origin = SYSTEM_ORIGIN, publicUrl) {
      const { deadline } = prepareInput(MinutesReviewOpen, input);
      if (Date.parse(deadline) <= Date.parse(now())) {
        throw new DomainError(422, 'minutes.deadline_past', {
          vi: 'Hạn góp ý phải sau thời điểm hiện tại.',
          en: 'The review deadline must be in the future.',
        });
      }
      const { minutes, ids } = await db.transaction().execute(async (trx) => {
        const current = await mustRead(trx, conferenceId);
        if (current.status === 'locked') throw locked();
        if (current.status !== 'draft') {
          throw refused('minutes.in_review', 'Biên bản đã được gửi lấy ý kiến.', 'The minutes have already been sent for review.');
        }
        const at = now();
        const values = {
          status: 'review',
          review_deadline: new Date(deadline).toISOString(),
          version: current.version + 1,
          updated_at: at,
        };
        if (!(await updateMinutes(trx, conferenceId, current.version, values))) throw versionConflict();
        const recipients = publicUrl === undefined ? [] : await listReviewRecipients(trx, conferenceId);
        const rows = recipients.map((delegate) => ({
          id: randomUUID(),
          conference_id: conferenceId,
          delegate_id: delegate.id,
          recipient: delegate.email,
          public_url: publicUrl ?? '',
          status: 'queued',
          error: null,
          message_id: null,
          created_at: at,
          sent_at: null,
        }));
        await insertMinutesDeliveries(trx, rows);
        await audit(
          trx,
          origin,
          'minutes.open_review',
          conferenceId,
          { status: current.status, version: current.version },
          {
            status: 'review',
            review_deadline: values.review_deadline,
            mailed: rows.length,
          },
        );
        return { minutes: await mustRead(trx, conferenceId), ids: rows.map((row) => row.id) };
      });
      changed(conferenceId);
      deps.reviewMail?.enqueue(ids);
      return minutes;
    },

    async review(conferenceId, input, origin) {
      const answer = prepareInput(MinutesReviewInput, input);
      const key = reviewerKey(origin);
      if (!key) throw new DomainError(401, 'auth.required', { vi: 'Cần đăng nhập để góp ý.', en: 'Sign in to answer.' });
      if (answer.answer === 'comment' && !answer.comment.trim()) {
        throw new DomainError(422, 'minutes.comment_empty', {
          vi: 'Hãy ghi nội dung góp ý, hoặc chọn "không có ý kiến".',
          en: 'Write the comment, or choose "no comment".',
        });
      }
      const result = await db.transaction().execute(async (trx) => {
        const current = await mustRead(trx, conferenceId);
        if (current.status !== 'review')
          throw refused('minutes.not_in_review', 'Biên bản không trong thời gian lấy ý kiến.', 'The minutes are not open for review.');
        if (current.reviewDeadline && Date.parse(now()) > Date.parse(current.reviewDeadline)) {
          throw refused('minutes.review_closed', 'Đã hết hạn góp ý biên bản.', 'The review of the minutes has closed.');
        }
        const row = {
          id: randomUUID(),
          conference_id: conferenceId,
          reviewer_key: key,
          reviewer_label: origin.actor.label,
          answer: answer.answer,
          comment: answer.answer === 'comment' ? answer.comment : '',
          answered_at: now(),
        };
        await saveMinutesReview(trx, row);
        await audit(trx, origin, 'minutes.review', conferenceId, null, { answer: row.answer, comment: row.comment });
        return mustRead(trx, conferenceId);
      });
      changed(conferenceId);
      return result;
    },

    lock(conferenceId, origin = SYSTEM_ORIGIN) {
      return writeRow(conferenceId, origin, 'minutes.lock', (current) => {
        if (current.status !== 'review') {
          throw refused(
            'minutes.not_reviewed',
            'Biên bản phải được gửi lấy ý kiến trước khi khóa.',
            'The minutes must be sent for review before they are locked.',
          );
        }
        return { status: 'locked', locked_at: now() };
      });
    },

    async document(conferenceId) {
      const minutes = await read(db, conferenceId);
      if (!minutes) throw minutesNotFound();
      const [conference, timeline] = await Promise.all([deps.conferences.get(conferenceId), deps.live.timeline(conferenceId)]);
      return {
        conference,
        body: minutes.body,
        secretaryName: minutes.secretaryName,
        chairName: minutes.chairName,
        heldOn: heldOnOf(timeline),
      };
    },
  };
}
