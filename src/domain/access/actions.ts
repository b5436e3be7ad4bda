/**
 * The actions the policies answer for, grouped by the object they act on. Their names are the
 * API of the policies: routes ask `can(actor, action, object)`, responses carry
 * `allowedActions`, and docs/permissions.md is generated from these lists.
 */
import type { Conference, ParticipantScope } from '../conference.schema.js';

/** What a conference rule needs to know about a conference (a summary is enough). */
export type ConferenceFacts = Pick<Conference, 'id' | 'status' | 'archived'>;

/** The object of an action that concerns the whole system rather than one conference. */
export interface SystemObject {
  kind: 'system';
}
export const SYSTEM: SystemObject = { kind: 'system' };

/** One bridge point of a conference; `bridgePointId` is null for create and reorder. */
export interface BridgePointObject {
  conference: ConferenceFacts;
  bridgePointId: string | null;
}

/** One participant group (or the group about to be created) of a conference. */
export interface ParticipantGroupObject {
  conference: ConferenceFacts;
  group: { id?: string; scope: ParticipantScope; bridgePointId: string | null };
}

/**
 * Delegates of a conference at one bridge point (`bridgePointId` null: every point, as for an
 * import or a list of the whole conference); `delegateId` names one delegate when the action
 * concerns one (a personal link answers only for its own delegate).
 */
export interface DelegateObject {
  conference: ConferenceFacts;
  bridgePointId: string | null;
  delegateId?: string | null;
}

/**
 * The live conference (issue 5). `bridgePointId`: the hall acted for (a request to speak, a
 * roll-call report, one hall's row of the wall); null for the whole conference (running the
 * programme, reading it, the whole roll-call wall, the timeline, a message to every point).
 */
export interface LiveObject {
  conference: ConferenceFacts;
  bridgePointId: string | null;
}

/**
 * Conference documents (issue 16): `document` is the one read (its audience), null for the
 * list, the uploads and writes, and the read receipts.
 */
export interface DocumentObject {
  conference: ConferenceFacts;
  document: { audience: 'invited' | 'points' | 'presidium' | 'public'; pointIds: readonly string[] } | null;
}

/**
 * A vote (issue 16): `bridgePointId` the hall acted for (its show-of-hands count, its one vote
 * per point), `delegateId` the delegate voting; null for the whole conference (read, manage).
 */
export interface VoteObject {
  conference: ConferenceFacts;
  bridgePointId: string | null;
  delegateId: string | null;
  /** The delegate the caller's account stands for (its e-mail on the conference's list; looked up by the route); absent: none. */
  accountDelegateId?: string | null;
}

/**
 * A body of the plan acted for (issue 16: comments on a draft, written contributions): bound to
 * a bridge point and/or a participant group; null for the actions on the whole conference.
 */
export interface BodyObject {
  conference: ConferenceFacts;
  body: { bridgePointId: string | null; participantGroupId: string | null } | null;
}

/** One user account. */
export interface UserObject {
  userId: string;
}

export const SYSTEM_ACTIONS = ['conference.create', 'conference.import', 'audit.read_all'] as const;
export const USER_ACTIONS = ['user.list', 'user.create', 'user.update'] as const;
export const CONFERENCE_ACTIONS = [
  'conference.read',
  'conference.read_private',
  'conference.update',
  'conference.change_status',
  'conference.archive',
  'conference.duplicate',
  'conference.download_documents',
  'conference.manage_access',
  'conference.read_audit',
] as const;
export const PLAN_PART_ACTIONS = ['agenda.write', 'assignment.write', 'budget.write', 'distribution.write'] as const;
export const BRIDGE_POINT_ACTIONS = [
  'bridge_point.create',
  'bridge_point.reorder',
  'bridge_point.update',
  'bridge_point.update_own',
  'bridge_point.delete',
  'bridge_point.read_contact',
] as const;
export const PARTICIPANT_GROUP_ACTIONS = [
  'participant_group.read',
  'participant_group.create',
  'participant_group.update',
  'participant_group.delete',
] as const;

export const DELEGATE_ACTIONS = [
  'delegate.list',
  'delegate.read_contact',
  'delegate.create',
  'delegate.update',
  'delegate.delete',
  'delegate.import',
  'delegate.invite',
  'delegate.answer',
  'delegate.nominate',
  'delegate.check_in',
  'headcount.report',
  'attendance.read',
  'seating.write',
] as const;
/** Delegate actions that concern the whole conference (their object has bridgePointId null). */
export const DELEGATE_CONFERENCE_ACTIONS = ['delegate.list', 'delegate.import', 'delegate.invite', 'attendance.read'] as const;
/** Delegate actions on the delegates of one bridge point. */
export const DELEGATE_POINT_ACTIONS = [
  'delegate.list',
  'delegate.read_contact',
  'delegate.create',
  'delegate.update',
  'delegate.delete',
  'delegate.check_in',
  'headcount.report',
  'attendance.read',
  'seating.write',
] as const;

export const LIVE_ACTIONS = [
  'live.read',
  'live.run',
  'live.request_floor',
  'live.report_hall',
  'live.report_playback',
  'live.read_halls',
  'live.message',
  'live.read_timeline',
  // Video and sound (issue 6): src/domain/access/media-policy.ts.
  'media.view',
  'media.publish',
  'media.watch',
] as const;
/** Live actions on one hall (their object names a bridge point); the others concern the whole conference. */
export const LIVE_POINT_ACTIONS = [
  'live.request_floor',
  'live.report_hall',
  'live.report_playback',
  'live.read_halls',
  'media.publish',
  'media.watch',
] as const;

export const DOCUMENT_ACTIONS = ['document.list', 'document.read', 'document.write', 'document.read_receipts'] as const;

export const VOTE_ACTIONS = ['vote.read', 'vote.manage', 'vote.close', 'vote.cast', 'vote.count_hands'] as const;
export type VoteAction = (typeof VOTE_ACTIONS)[number];
/**
 * Written opinion forms (phiếu lấy ý kiến, issue 16): apart from the live vote's actions because
 * they go on after the meeting (issue 17: a form sent to an absent delegate is answered and
 * merged once the meeting is closed). Their object is a VoteObject (the delegate answering).
 */
export const WRITTEN_OPINION_ACTIONS = ['written_opinion.read', 'written_opinion.manage', 'written_opinion.answer'] as const;
export type WrittenOpinionAction = (typeof WRITTEN_OPINION_ACTIONS)[number];

export type SystemAction = (typeof SYSTEM_ACTIONS)[number];
export type UserAction = (typeof USER_ACTIONS)[number];
export type ConferenceAction = (typeof CONFERENCE_ACTIONS)[number];
export type PlanPartAction = (typeof PLAN_PART_ACTIONS)[number];
export type BridgePointAction = (typeof BRIDGE_POINT_ACTIONS)[number];
export type ParticipantGroupAction = (typeof PARTICIPANT_GROUP_ACTIONS)[number];
export type DelegateAction = (typeof DELEGATE_ACTIONS)[number];
export type LiveAction = (typeof LIVE_ACTIONS)[number];

/** Comments on a draft (issue 16 item 2): consultation-policy.ts. */
export const CONSULTATION_ACTIONS = ['consultation.read', 'consultation.manage', 'consultation.answer'] as const;
/** Written contributions (issue 16 item 3): contribution-policy.ts. */
export const CONTRIBUTION_ACTIONS = ['contribution.read', 'contribution.manage', 'contribution.submit'] as const;
export type ConsultationAction = (typeof CONSULTATION_ACTIONS)[number];
export type ContributionAction = (typeof CONTRIBUTION_ACTIONS)[number];
/** The actions whose object names one body (a conclusion's lead body for `followup.report`). */
export const BODY_ACTIONS = ['consultation.answer', 'contribution.submit', 'followup.report'] as const;

/** The minutes (issue 16 item 5) and the conclusion notice with its follow-up (items 6-7): their object is the conference. */
export const MINUTES_ACTIONS = ['minutes.read', 'minutes.write', 'minutes.review'] as const;
export const CONCLUSION_ACTIONS = ['conclusion.read', 'conclusion.write', 'followup.read', 'followup.report'] as const;
export type MinutesAction = (typeof MINUTES_ACTIONS)[number];
export type ConclusionAction = (typeof CONCLUSION_ACTIONS)[number];
export type DocumentAction = (typeof DOCUMENT_ACTIONS)[number];

/** Bridge point actions that name no single point (their object has bridgePointId null). */
export const BRIDGE_POINT_COLLECTION_ACTIONS = ['bridge_point.create', 'bridge_point.reorder'] as const;
/** Bridge point actions on one point. */
export const BRIDGE_POINT_ITEM_ACTIONS = [
  'bridge_point.update',
  'bridge_point.update_own',
  'bridge_point.delete',
  'bridge_point.read_contact',
] as const;
export type BridgePointItemAction = (typeof BRIDGE_POINT_ITEM_ACTIONS)[number];
/** Participant group actions on an existing group. */
export const PARTICIPANT_GROUP_ITEM_ACTIONS = ['participant_group.read', 'participant_group.update', 'participant_group.delete'] as const;
export type ParticipantGroupItemAction = (typeof PARTICIPANT_GROUP_ITEM_ACTIONS)[number];

/** Which object each action takes. */
export type ActionObjects = { [A in SystemAction]: SystemObject } & {
  'user.list': SystemObject;
  'user.create': SystemObject;
  'user.update': UserObject;
} & { [A in ConferenceAction | PlanPartAction]: ConferenceFacts } & {
  [A in BridgePointAction]: BridgePointObject;
} & { [A in ParticipantGroupAction]: ParticipantGroupObject } & { [A in DelegateAction]: DelegateObject } & {
  [A in LiveAction]: LiveObject;
} & { [A in ConsultationAction | ContributionAction | 'followup.report']: BodyObject } & {
  [A in VoteAction | WrittenOpinionAction]: VoteObject;
} & {
  [A in MinutesAction | Exclude<ConclusionAction, 'followup.report'>]: ConferenceFacts;
} & { [A in DocumentAction]: DocumentObject };

export type Action = keyof ActionObjects;

export const ALL_ACTIONS: readonly Action[] = [
  ...SYSTEM_ACTIONS,
  ...USER_ACTIONS,
  ...CONFERENCE_ACTIONS,
  ...PLAN_PART_ACTIONS,
  ...BRIDGE_POINT_ACTIONS,
  ...PARTICIPANT_GROUP_ACTIONS,
  ...DELEGATE_ACTIONS,
  ...LIVE_ACTIONS,
  ...CONSULTATION_ACTIONS,
  ...CONTRIBUTION_ACTIONS,
  ...VOTE_ACTIONS,
  ...WRITTEN_OPINION_ACTIONS,
  ...MINUTES_ACTIONS,
  ...CONCLUSION_ACTIONS,
  ...DOCUMENT_ACTIONS,
];

const ACTION_SET: ReadonlySet<string> = new Set(ALL_ACTIONS);
export const isAction = (value: string): value is Action => ACTION_SET.has(value);

/** One line per action for the generated matrix. */
export const ACTION_DESCRIPTIONS: Record<Action, string> = {
  'conference.create': 'create a conference (the creator becomes its organizer)',
  'conference.import': 'import a plan (.docx or text) as a new conference',
  'audit.read_all': 'read the audit log of every conference and of the accounts',
  'user.list': 'list user accounts',
  'user.create': 'create a user account',
  'user.update': 'reset a password, disable or re-enable an account',
  'conference.read': 'read the public parts: title, time, venue, agenda, bridge point names',
  'conference.read_private':
    'read the whole plan: participants, assignments and tasks, budget, funding source, distribution, unclassified text',
  'conference.update': 'edit general information, signer, funding source, unclassified text',
  'conference.change_status': 'issue, withdraw, start, close the conference',
  'conference.archive': 'archive or unarchive the conference',
  'conference.duplicate': 'copy the plan into a new conference',
  'conference.download_documents': 'download the Kế hoạch (.docx, PDF)',
  'conference.manage_access': 'grant and revoke memberships and links',
  'conference.read_audit': "read the conference's audit log",
  'agenda.write': 'add, edit, move, delete agenda items',
  'assignment.write': 'add, edit, delete assignments and tasks',
  'budget.write': 'add, edit, delete cost lines',
  'distribution.write': 'edit the distribution list (Nơi nhận)',
  'bridge_point.create': 'add a bridge point',
  'bridge_point.reorder': 'reorder the bridge points',
  'bridge_point.update': 'edit every field of the bridge point',
  'bridge_point.update_own': 'edit the address/room and operator contact of the bridge point',
  'bridge_point.delete': 'delete the bridge point',
  'bridge_point.read_contact': "read the operator's name, phone and e-mail",
  'participant_group.read': 'read the participant group',
  'participant_group.create': 'add a participant group at the bridge point',
  'participant_group.update': 'edit the participant group',
  'participant_group.delete': 'delete the participant group',
  'delegate.list': 'list the delegates of the bridge point (names, titles, organisations, states)',
  'delegate.read_contact': "read delegates' phone numbers, e-mail addresses and substitutes",
  'delegate.create': 'add a delegate at the bridge point',
  'delegate.update': 'edit a delegate of the bridge point',
  'delegate.delete': 'remove a delegate of the bridge point',
  'delegate.import': 'import delegates from .xlsx/.csv and export them',
  'delegate.invite': 'send invitations and reminders, print the delivery list',
  'delegate.answer': 'answer the invitation (attend, decline, name a substitute) for oneself',
  'delegate.nominate': 'name the people who attend at the bridge point, within its quota (delegated invitation)',
  'delegate.check_in': 'check delegates in at the bridge point, add walk-ins',
  'headcount.report': 'report the headcount of the bridge point',
  'attendance.read': 'read invited / confirmed / present counts of the bridge point',
  'seating.write': 'set the hall layout and assign seats at the bridge point',
  'live.read': 'follow the live programme: current item, speaker, countdown, queue (big screen, phone)',
  'live.run': 'run the meeting: start, end, skip, reorder, insert items; pause and extend timers; give and end the floor; order the queue',
  'live.request_floor': 'ask to speak (a delegate for themselves, an operator for their hall) and withdraw the request',
  'live.report_hall': 'answer the roll call for the hall: ready, headcount, state of the link',
  'live.report_playback':
    "report how the hall's HLS player receives the host programme (a watching point): state, delay, quality, stalls; its operator or big screen",
  'live.read_halls': 'see the roll call of the hall (the whole wall for the whole conference) and its messages',
  'live.message': 'send a short message to every bridge point or to one',
  'live.read_timeline': 'read and export the timeline of the meeting (planned against actual)',
  'media.view': 'join the media room: see the host, the hall with the floor and (chair, secretariat) every hall',
  'media.publish': "send the hall's camera and microphone (a guest: their own, with no hall)",
  'media.watch': 'watch the host programme over HLS (the watching tier): for a point, or as the press',
  'consultation.read': 'read the drafts open for comments, who answered, the comments and answers, download the synthesis table',
  'consultation.manage': 'open a draft for comments, remind the bodies, answer each comment (tiếp thu / giải trình)',
  'consultation.answer': 'answer for one body: agree, or comment on the whole draft or a numbered part',
  'contribution.read': 'read the written contributions of the agenda slots and their status (during the meeting too)',
  'contribution.manage': 'name the body and deadline of a slot, remind, decide to read or only file a contribution',
  'contribution.submit': "submit the body's written contribution to its slot",
  'vote.read': 'see the votes and, once closed, their results (a secret vote shows only the turnout while open)',
  'vote.manage': 'create and open a vote (question, options, open or secret, quorum and majority rules)',
  'vote.close': 'close a vote and fix its result (also after the meeting, for a vote left open when it closed)',
  'vote.cast':
    "vote in the live meeting: a delegate for themselves (personal link, or an account with the delegate role and the delegate's e-mail), an operator for the hall's one vote when the vote is per point",
  'vote.count_hands': 'enter the show-of-hands count of the hall (replaces its electronic ballots)',
  'written_opinion.read': 'read the written opinion forms, who answered them and their results (an archived conference too)',
  'written_opinion.manage': 'make, send, remind and close a written opinion form, merge it into its closed vote (after the meeting too)',
  'written_opinion.answer':
    "answer a written opinion form sent to oneself (a delegate by personal link, or an account with the delegate role and the delegate's e-mail), after the meeting too",
  'minutes.read': 'read the minutes (participants: once sent for review) and download the Biên bản',
  'minutes.write': "write the secretary's notes, build and edit the minutes, name the secretary, send them for review, lock them",
  'minutes.review': 'answer the review of the minutes: no comment, or a comment',
  'conclusion.read': 'read the conclusion notice and download the Thông báo kết luận',
  'conclusion.write': 'draft the conclusion notice and its conclusions, issue and mail it, carry unfinished tasks over',
  'followup.read': "read the follow-up board of the conclusions' tasks and its report",
  'followup.report': "report progress or completion of a conclusion's task (the people of its lead body, the secretariat)",
  'document.list': 'list the conference documents (only those the actor may read)',
  'document.read': 'open and download a document whose audience is everyone invited (staff: every document)',
  'document.write': 'upload documents and new versions, set their audience, link them to an agenda item or task, delete them',
  'document.read_receipts': 'see who opened each document (per delegate and per bridge point)',
};
