/** The services of the record after the meeting: minutes, the conclusion notice, its mail and the follow-up (issue 16, items 5-7). */
import type { MailConfig } from '../../mail/mail-config.js';
import type { EventBus } from '../../realtime/event-bus.js';
import type { Database } from '../../storage/database.js';
import type { ConferenceService } from '../conference-service.types.js';
import type { LiveService } from '../live/live-service.types.js';
import { createMinutesService, type MinutesService } from '../minutes/minutes-service.js';
import { createMinutesReviewMail, type MinutesReviewMail } from '../minutes/review-mail.js';
import type { AttendanceService } from '../participants/attendance-service.js';
import type { ConferenceDocumentService } from '../documents/index.js';
import { createConclusionService, type ConclusionService } from './conclusion-service.js';
import { createFollowUpService, type FollowUpService } from './follow-up-service.js';
import { createNoticeMail, type NoticeMail } from './notice-mail.js';

export interface RecordServices {
  minutes: MinutesService;
  /** The queue that mails the draft minutes to the participants for review. */
  minutesReviewMail: MinutesReviewMail;
  conclusions: ConclusionService;
  followUp: FollowUpService;
  noticeMail: NoticeMail;
}

export interface RecordServicesDeps {
  conferences: Pick<ConferenceService, 'get'>;
  live: Pick<LiveService, 'timeline'>;
  attendance: Pick<AttendanceService, 'report'>;
  events: Pick<EventBus, 'publish'>;
  /** Where a follow-up report's file is kept. */
  documents?: Pick<ConferenceDocumentService, 'upload'>;
  now?: () => Date;
  mail?: MailConfig;
}

export function createRecordServices(database: Database, deps: RecordServicesDeps): RecordServices {
  const clock = deps.now ? { now: deps.now } : {};
  const base = { conferences: deps.conferences, live: deps.live, events: deps.events, ...clock };
  const mailDeps = { ...clock, ...(deps.mail ? { mail: deps.mail } : {}) };
  // The mail renders the notice through the notice service, which queues the mail: the first reads the second once both exist.
  const holder: { conclusions?: ConclusionService } = {};
  const noticeMail = createNoticeMail(database, () => holder.conclusions!, mailDeps);
  const conclusions = createConclusionService(database, { ...base, enqueue: (ids) => noticeMail.enqueue(ids) });
  holder.conclusions = conclusions;
  const minutesReviewMail = createMinutesReviewMail(database, mailDeps);
  return {
    minutes: createMinutesService(database, { ...base, attendance: deps.attendance, reviewMail: minutesReviewMail }),
    minutesReviewMail,
    conclusions,
    followUp: createFollowUpService(database, {
      conferences: deps.conferences,
      ...(deps.documents ? { documents: deps.documents } : {}),
      notices: conclusions,
      events: deps.events,
      ...clock,
      enqueue: (ids) => noticeMail.enqueue(ids),
    }),
    noticeMail,
  };
}

export type { MinutesService, ConclusionService, FollowUpService, NoticeMail, MinutesReviewMail };
