/** The services the server uses, built over one open database. */
import type { Database } from '../storage/database.js';
import { createAccessLinkService, type AccessLinkService } from './accounts/access-link-service.js';
import { createAccountService, type AccountService, type AccountServiceConfig } from './accounts/account-service.js';
import { withRevocationEvents } from './accounts/revocation-events.js';
import { createAuditService, type AuditService } from './accounts/audit-service.js';
import { createMembershipService, type MembershipService } from './accounts/membership-service.js';
import { createSessionService, type SessionConfig, type SessionService } from './accounts/session-service.js';
import { createAdministrativeUnitService, type AdministrativeUnitService } from './administrative-unit-service.js';
import { createConferenceService, type ConferenceServiceDeps } from './conference-service.js';
import type { ConferenceService } from './conference-service.types.js';
import { InProcessEventBus, type EventBus } from '../realtime/event-bus.js';
import { refreshingTiers } from './live/tier-refresh.js';
import { createDelegateService, type DelegateService } from './participants/delegate-service.js';
import { createCheckInService, type CheckInService } from './participants/check-in-service.js';
import { createDelegateImportService, type DelegateImportService } from './participants/delegate-import.js';
import { createSeatingService, type SeatingService } from './participants/seating-service.js';
import { createInvitationService, type InvitationService } from './participants/invitation-service.js';
import { createInvitationAnswerService, type InvitationAnswerService } from './participants/invitation-answer-service.js';
import { createNominationService, type NominationService } from './participants/nomination-service.js';
import type { MailConfig } from '../mail/mail-config.js';
import { createAttendanceService, type AttendanceService } from './participants/attendance-service.js';
import { createLiveService } from './live/live-service.js';
import type { LiveService } from './live/live-service.types.js';
import { createBodyMailQueue, type BodyMailQueue } from './consultations/body-mail-queue.js';
import { createConsultationService, type ConsultationService } from './consultations/consultation-service.js';
import { createContributionService, type ContributionService } from './consultations/contribution-service.js';
import { createVoteService, type VoteService } from './votes/vote-service.js';
import { createFormMailQueue } from './votes/written-opinion-mail.js';
import { createWrittenOpinionService, type WrittenOpinionService } from './votes/written-opinion-service.js';
import { createFormReminderSource } from './votes/written-opinion-reminder-source.js';
import { createRecordServices, type RecordServices } from './conclusions/index.js';
import { createConferenceDocumentService, type ConferenceDocumentService } from './documents/index.js';
import type { DocumentFilePipeline } from './documents/document-files.js';
import type { FileStore } from '../storage/files/file-store.js';
import { createReminderRunner, type ReminderRunner } from './reminders/reminder-runner.js';
import { createReminderSources } from './reminders/reminder-sources.js';

export interface Services extends RecordServices {
  conferences: ConferenceService;
  administrativeUnits: AdministrativeUnitService;
  accounts: AccountService;
  sessions: SessionService;
  memberships: MembershipService;
  accessLinks: AccessLinkService;
  audit: AuditService;
  delegates: DelegateService;
  /** Check-in at the halls: QR, search, walk-ins, headcounts (idempotent by the client's key). */
  checkIns: CheckInService;
  delegateImport: DelegateImportService;
  seating: SeatingService;
  attendance: AttendanceService;
  /** Invitations by e-mail and their background queue; answers through personal links; delegated invitation. */
  invitations: InvitationService;
  invitationAnswers: InvitationAnswerService;
  nominations: NominationService;
  /** The live conference (issue 5): programme, floor requests, roll call, messages, timeline. */
  live: LiveService;
  /** Comments on a draft and written contributions (issue 16): src/services/consultations; their mail to the bodies. */
  consultations: ConsultationService;
  contributions: ContributionService;
  bodyMail: BodyMailQueue;
  /** Votes (issue 16): open or secret, per delegate or per point, show-of-hands counts, results. */
  votes: VoteService;
  /** Written opinion forms (issue 16): questions sent with a deadline to absent members, their mail and reminders. */
  writtenOpinions: WrittenOpinionService;
  /** Conference documents (issue 16): uploads, versions, audiences, read receipts (src/services/documents). */
  conferenceDocuments: ConferenceDocumentService;
  /** After-commit domain events (SSE now, Socket.IO rooms in issue 5). */
  events: EventBus;
  /** Scheduled reminders (src/services/reminders): started by server/start.ts, off elsewhere. */
  reminders: ReminderRunner;
}

export interface ServicesDeps extends ConferenceServiceDeps {
  /** Session timeouts and the login rate limit. */
  sessions?: SessionConfig;
  /** Lives of the set-up and password links. */
  accounts?: AccountServiceConfig;
  /** The event bus services publish to after commit (default: one in this process). */
  events?: EventBus;
  /** Mail settings (default: read from the environment, docs/mail.md). */
  mail?: MailConfig;
  /** Where uploaded files are kept (server/start.ts: DATA_DIR/files; default: a fresh temporary folder). */
  files?: FileStore;
  /** How uploaded documents are sniffed and converted to PDF (default: the file pool and LibreOffice). */
  documentFiles?: DocumentFilePipeline;
  /** The address in reminders' links when DIEMCAU_PUBLIC_URL is not set (server/start.ts: the address it listens on). */
  publicUrl?: () => string;
}

export function createServices(database: Database, deps: ServicesDeps = {}): Services {
  const clock = deps.now ? { now: deps.now } : {};
  const events = deps.events ?? new InProcessEventBus();
  const bodyMail = createBodyMailQueue(database, { ...clock, ...(deps.mail ? { mail: deps.mail } : {}) });
  const revocable = withRevocationEvents(
    {
      accounts: createAccountService(database, { ...deps.accounts, ...clock }),
      sessions: createSessionService(database, { ...deps.sessions, ...clock }),
      memberships: createMembershipService(database, clock),
      accessLinks: createAccessLinkService(database, clock),
    },
    events,
    database.db,
  );
  const live = createLiveService(database, { ...clock, events });
  const core = {
    conferences: refreshingTiers(createConferenceService(database, { ...deps, events }), live),
    administrativeUnits: createAdministrativeUnitService(database),
    ...revocable,
    audit: createAuditService(database, clock),
    delegates: createDelegateService(database, { ...clock, events }),
    checkIns: createCheckInService(database, { ...clock, events }),
    delegateImport: createDelegateImportService(database, { ...clock, events }),
    seating: createSeatingService(database, { ...clock, events }),
    invitations: createInvitationService(database, { ...clock, events, ...(deps.mail ? { mail: deps.mail } : {}) }),
    invitationAnswers: createInvitationAnswerService(database, { ...clock, events }),
    nominations: createNominationService(database, { ...clock, events }),
    attendance: createAttendanceService(database),
    live,
    bodyMail,
    consultations: createConsultationService(database, { ...clock, events, queue: bodyMail }),
    contributions: createContributionService(database, { ...clock, events, queue: bodyMail }),
    votes: createVoteService(database, { ...clock, events }),
    writtenOpinions: createWrittenOpinionService(database, {
      ...clock,
      mail: createFormMailQueue(database, { ...clock, ...(deps.mail ? { mail: deps.mail } : {}) }),
    }),
    conferenceDocuments: createConferenceDocumentService(database, {
      ...clock,
      events,
      ...(deps.files ? { files: deps.files } : {}),
      ...(deps.documentFiles ? { pipeline: deps.documentFiles } : {}),
    }),
    events,
  };
  // The record after the meeting (issue 16): minutes, conclusion notice, follow-up.
  const record = createRecordServices(database, {
    conferences: core.conferences,
    live: core.live,
    attendance: core.attendance,
    events,
    documents: core.conferenceDocuments,
    ...clock,
    ...(deps.mail ? { mail: deps.mail } : {}),
  });
  // Scheduled reminders over the services above; another part adds its source to this list.
  const reminders = createReminderRunner(database, {
    ...clock,
    sources: [
      ...createReminderSources(database, {
        ...core,
        ...record,
        mail: bodyMail.mail,
        publicUrl: deps.publicUrl ?? (() => ''),
      }),
      createFormReminderSource(database, core.writtenOpinions),
    ],
  });
  return { ...core, ...record, reminders };
}

export { createConferenceService, type ConferenceServiceDeps } from './conference-service.js';
export { createAdministrativeUnitService, loadReferenceUnitLists, type AdministrativeUnitService } from './administrative-unit-service.js';
export type * from './conference-service.types.js';
export * from './accounts/index.js';
