/**
 * What the routes call. `conferences`, `administrativeUnits` and the account services come
 * from `createServices(database)` (src/services/index.ts); the document renderer and the plan
 * importer default to src/documents and src/import and may be replaced in tests.
 */
import type { Conference, PlanDraft } from '../domain/conference.schema.js';
import type { UnitList } from '../domain/administrative-units.js';
import type { ConferenceService } from '../services/conference-service.types.js';
import type { AccessLinkService } from '../services/accounts/access-link-service.js';
import type { AccountService } from '../services/accounts/account-service.js';
import type { AuditService } from '../services/accounts/audit-service.js';
import type { MembershipService } from '../services/accounts/membership-service.js';
import type { SessionService } from '../services/accounts/session-service.js';
import type { DelegateService } from '../services/participants/delegate-service.js';
import type { CheckInService } from '../services/participants/check-in-service.js';
import type { DelegateImportService } from '../services/participants/delegate-import.js';
import type { SeatingService } from '../services/participants/seating-service.js';
import type { AttendanceService } from '../services/participants/attendance-service.js';
import type { InvitationService } from '../services/participants/invitation-service.js';
import type { InvitationAnswerService } from '../services/participants/invitation-answer-service.js';
import type { NominationService } from '../services/participants/nomination-service.js';
import type { EventBus } from '../realtime/event-bus.js';
import type { LiveService } from '../services/live/live-service.types.js';
import type { BodyMailQueue } from '../services/consultations/body-mail-queue.js';
import type { ConsultationService } from '../services/consultations/consultation-service.js';
import type { ContributionService } from '../services/consultations/contribution-service.js';
import type { VoteService } from '../services/votes/vote-service.js';
import type { WrittenOpinionService } from '../services/votes/written-opinion-service.js';
import type { RecordServices } from '../services/conclusions/index.js';
import type { ConferenceDocumentService } from '../services/documents/index.js';

export interface AdministrativeUnitService {
  list(): Promise<UnitList[]>;
}

export interface DocumentRenderer {
  renderPlanDocx(conference: Conference): Promise<Buffer>;
  convertDocxToPdf(docx: Buffer): Promise<Buffer>;
  isPdfAvailable(): Promise<boolean>;
}

export interface PlanImporter {
  importPlan(file: { fileName: string; data: Buffer }): Promise<PlanDraft>;
}

/** Accounts, sessions, memberships, access links and the audit log (src/services/accounts). */
export interface AccountServices {
  accounts: AccountService;
  sessions: SessionService;
  memberships: MembershipService;
  accessLinks: AccessLinkService;
  audit: AuditService;
}

export interface Services extends AccountServices, RecordServices {
  conferences: ConferenceService;
  administrativeUnits: AdministrativeUnitService;
  /** Participants (issue 4): src/services/participants. */
  delegates: DelegateService;
  /** Check-in at the halls (src/services/participants/check-in-service.ts). */
  checkIns: CheckInService;
  /** Import from .xlsx/.csv, export to .xlsx. */
  delegateImport: DelegateImportService;
  seating: SeatingService;
  attendance: AttendanceService;
  invitations: InvitationService;
  invitationAnswers: InvitationAnswerService;
  nominations: NominationService;
  /** The live conference (issue 5): src/services/live. */
  live: LiveService;
  /** Comments on a draft and written contributions (issue 16): src/services/consultations. */
  consultations: ConsultationService;
  contributions: ContributionService;
  bodyMail: BodyMailQueue;
  /** Votes (issue 16): src/services/votes. */
  votes: VoteService;
  /** Written opinion forms (issue 16): src/services/votes/written-opinion-service.ts. */
  writtenOpinions: WrittenOpinionService;
  /** Conference documents (issue 16): src/services/documents. */
  conferenceDocuments: ConferenceDocumentService;
  /** After-commit domain events, subscribed to by the realtime transports. */
  events: EventBus;
  /** Defaults to src/documents/index.ts. */
  documents?: DocumentRenderer;
  /** Defaults to src/import/index.ts run in the file pool (src/workers/file-pool.ts). */
  importer?: PlanImporter;
}

/** Services with the defaults filled in, as the route plugins receive them. */
export type RouteServices = Required<Services>;

export interface RouteOptions {
  services: RouteServices;
}

/** Loads the default renderer and importer only when the caller did not supply them. */
export const withDefaultServices = async (services: Services): Promise<RouteServices> => ({
  conferences: services.conferences,
  administrativeUnits: services.administrativeUnits,
  accounts: services.accounts,
  sessions: services.sessions,
  memberships: services.memberships,
  accessLinks: services.accessLinks,
  audit: services.audit,
  delegates: services.delegates,
  checkIns: services.checkIns,
  delegateImport: services.delegateImport,
  seating: services.seating,
  attendance: services.attendance,
  invitations: services.invitations,
  invitationAnswers: services.invitationAnswers,
  nominations: services.nominations,
  live: services.live,
  consultations: services.consultations,
  contributions: services.contributions,
  bodyMail: services.bodyMail,
  votes: services.votes,
  writtenOpinions: services.writtenOpinions,
  minutes: services.minutes,
  minutesReviewMail: services.minutesReviewMail,
  conclusions: services.conclusions,
  followUp: services.followUp,
  noticeMail: services.noticeMail,
  conferenceDocuments: services.conferenceDocuments,
  events: services.events,
  documents: services.documents ?? (await import('../documents/index.js')),
  importer: services.importer ?? { importPlan: async (file) => (await import('../workers/file-pool.js')).filePool().parsePlan(file) },
});
