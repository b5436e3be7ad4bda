/** The minutes service's contract (minutes-service.ts builds it). */
import type { MinutesDelivery, Minutes, MinutesNote } from '../../domain/minutes/minutes.schema.js';
import type { MinutesDocument } from '../../documents/minutes/minutes-docx.js';
import type { EventBus } from '../../realtime/event-bus.js';
import type { AuditOrigin } from '../accounts/audit-context.js';
import type { ConferenceService } from '../conference-service.types.js';
import type { LiveService } from '../live/live-service.types.js';
import type { AttendanceService } from '../participants/attendance-service.js';
import type { MinutesReviewMail } from './review-mail.js';

export interface MinutesService {
  notes(conferenceId: string): Promise<MinutesNote[]>;
  saveNote(conferenceId: string, input: unknown, origin?: AuditOrigin): Promise<MinutesNote>;
  /**
   * The minutes (locked first when the review window has closed). With `reviewer`, only that
   * participant's own remark is in `reviews` (the secretariat reads them all).
   */
  get(conferenceId: string, reviewer?: AuditOrigin): Promise<Minutes | null>;
  /** The review mail, one row per participant, oldest first. */
  deliveries(conferenceId: string): Promise<MinutesDelivery[]>;
  /** Builds (or, while a draft, rebuilds) the minutes from the record. */
  draft(conferenceId: string, input: unknown, origin?: AuditOrigin): Promise<Minutes>;
  update(conferenceId: string, patch: unknown, expectedVersion: number | undefined, origin?: AuditOrigin): Promise<Minutes>;
  /** Opens the review window; with `publicUrl`, mails the draft to each participant with an e-mail (the review page's address). */
  openReview(conferenceId: string, input: unknown, origin?: AuditOrigin, publicUrl?: string): Promise<Minutes>;
  review(conferenceId: string, input: unknown, origin: AuditOrigin): Promise<Minutes>;
  lock(conferenceId: string, origin?: AuditOrigin): Promise<Minutes>;
  document(conferenceId: string): Promise<MinutesDocument>;
}

export interface MinutesServiceDeps {
  /** The review mail's queue: the deliveries queued by a commit are handed to it. */
  reviewMail?: Pick<MinutesReviewMail, 'enqueue'>;
  conferences: Pick<ConferenceService, 'get'>;
  live: Pick<LiveService, 'timeline'>;
  attendance: Pick<AttendanceService, 'report'>;
  now?: () => Date;
  events?: Pick<EventBus, 'publish'>;
}
