/**
 * The General section as the editor holds it: the information fields (PATCH), the sessions
 * (PUT /sessions) and the chairs (PUT /chairs), with the conversions between the plan and
 * the form. Pure: no React, no network.
 */
import type {
  Chair,
  ChairInput,
  ChairRole,
  Conference,
  ConferenceInfo,
  ConferenceSessionInput,
  PartOfDay,
} from '../../../../src/domain/conference.schema.js';
import { sessionsInOrder } from '../../../../src/domain/session-time.js';
import { composeIssueDate, splitIssueDate } from '../sections/general-fields.js';

/** The information fields the section edits through PATCH (the start is edited as sessions). */
export type InfoDraft = Pick<
  ConferenceInfo,
  | 'issuerKind'
  | 'documentType'
  | 'governingBody'
  | 'issuingBody'
  | 'documentNumber'
  | 'documentSymbol'
  | 'place'
  | 'title'
  | 'purpose'
  | 'venue'
  | 'replacesInvitation'
  | 'closingText'
  | 'telegramLine'
> & { issueYear: string; issueMonth: string; issueDay: string; addresseesText: string; commentDeadline: string };

/** How much of a session's date is known. */
export type DatePrecision = 'day' | 'month' | 'year' | 'none';
/** What the session says about the hour. */
export type TimeMode = 'clock' | 'part' | 'none';

export interface SessionDraft {
  /** Stable React key of the card (not sent). */
  key: string;
  label: string;
  precision: DatePrecision;
  /** YYYY-MM-DD, YYYY-MM or YYYY as the precision says; '' while not typed. */
  date: string;
  dateIsApproximate: boolean;
  timeMode: TimeMode;
  startTime: string;
  endTime: string;
  partOfDay: PartOfDay | '';
  timeText: string;
}

export interface ChairDraft {
  key: string;
  role: ChairRole;
  personName: string;
  title: string;
  text: string;
}

export interface GeneralDraft {
  info: InfoDraft;
  sessions: SessionDraft[];
  chairs: ChairDraft[];
}

let counter = 0;
const newKey = (prefix: string) => `${prefix}:${Date.now().toString(36)}${(counter++).toString(36)}`;

export const precisionOf = (date: string | null): DatePrecision =>
  date === null ? 'none' : /^\d{4}$/.test(date) ? 'year' : /^\d{4}-\d{2}$/.test(date) ? 'month' : 'day';

const LENGTH: Record<DatePrecision, number> = { day: 10, month: 7, year: 4, none: 0 };

/** The date kept when the precision changes: cut to the coarser form; a finer one starts blank. */
export const changePrecision = (session: SessionDraft, precision: DatePrecision): SessionDraft => {
  const keep = LENGTH[precision] <= LENGTH[session.precision] ? session.date.slice(0, LENGTH[precision]) : '';
  return { ...session, precision, date: keep, dateIsApproximate: precision === 'none' ? false : session.dateIsApproximate };
};

/** Switching how the hour is given clears what the other way held. */
export const changeTimeMode = (session: SessionDraft, timeMode: TimeMode): SessionDraft => ({
  ...session,
  timeMode,
  startTime: timeMode === 'clock' ? session.startTime : '',
  endTime: timeMode === 'none' ? '' : session.endTime,
  partOfDay: timeMode === 'part' ? session.partOfDay : '',
});

/** The card of a saved session: keyed by its id, so that the same plan always gives the same draft. */
export const sessionDraftOf = (session: ConferenceSessionInput & { id?: string }): SessionDraft => ({
  key: session.id ?? newKey('session'),
  label: session.label,
  precision: precisionOf(session.date),
  date: session.date ?? '',
  dateIsApproximate: session.dateIsApproximate,
  timeMode: session.startTime ? 'clock' : session.partOfDay ? 'part' : 'none',
  startTime: session.startTime ?? '',
  endTime: session.endTime ?? '',
  partOfDay: session.partOfDay ?? '',
  timeText: session.timeText,
});

export const blankSession = (): SessionDraft => ({
  key: newKey('session'),
  label: '',
  precision: 'day',
  date: '',
  dateIsApproximate: false,
  timeMode: 'none',
  startTime: '',
  endTime: '',
  partOfDay: '',
  timeText: '',
});

/** What the API takes: blanks are null (unknown), never a guess. */
export const sessionInputOf = (draft: SessionDraft): ConferenceSessionInput => ({
  label: draft.label,
  date: draft.precision === 'none' || draft.date.trim() === '' ? null : draft.date.trim(),
  dateIsApproximate: draft.precision !== 'none' && draft.dateIsApproximate,
  startTime: draft.startTime || null,
  endTime: draft.endTime || null,
  partOfDay: draft.partOfDay || null,
  timeText: draft.timeText,
});

/** `đồng chí Nguyễn Văn Hậu, Phó Chủ tịch UBND tỉnh` (printed after "Chủ trì:"), or the title alone. */
export const composeChairText = (chair: Pick<ChairDraft, 'personName' | 'title'>): string => {
  const name = chair.personName.trim();
  const title = chair.title.trim();
  if (name && title) return `đồng chí ${name}, ${title}`;
  return name ? `đồng chí ${name}` : title;
};

/** Name or title typed: the printed line follows as long as the user has not written their own. */
export const updateChair = (chair: ChairDraft, patch: Partial<Pick<ChairDraft, 'personName' | 'title'>>): ChairDraft => {
  const next = { ...chair, ...patch };
  const followed = chair.text.trim() === '' || chair.text === composeChairText(chair);
  return followed ? { ...next, text: composeChairText(next) } : next;
};

export const chairDraftOf = (chair: Chair | ChairInput): ChairDraft => ({
  key: 'id' in chair ? chair.id : newKey('chair'),
  role: chair.role,
  personName: chair.personName,
  title: chair.title,
  text: chair.text,
});

export const blankChair = (role: ChairRole): ChairDraft => ({ key: newKey('chair'), role, personName: '', title: '', text: '' });

export const chairInputOf = ({ key: _key, ...chair }: ChairDraft): ChairInput => chair;

export const addresseesOf = (text: string): string[] =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

export const fromConference = (c: Conference): GeneralDraft => ({
  info: {
    issuerKind: c.issuerKind,
    documentType: c.documentType,
    governingBody: c.governingBody,
    issuingBody: c.issuingBody,
    documentNumber: c.documentNumber,
    documentSymbol: c.documentSymbol,
    place: c.place,
    title: c.title,
    purpose: c.purpose,
    venue: c.venue,
    replacesInvitation: c.replacesInvitation,
    closingText: c.closingText,
    telegramLine: c.telegramLine,
    addresseesText: c.addressees.join('\n'),
    commentDeadline: c.commentDeadline ?? '',
    ...splitIssueDate(c.issueDate),
  },
  // A plan always has a session; one without any (not expected) gets one blank card, keyed stably.
  sessions: c.sessions.length > 0 ? sessionsInOrder(c.sessions).map(sessionDraftOf) : [{ ...blankSession(), key: 'session:first' }],
  chairs: [...c.chairs].sort((a, b) => a.position - b.position).map(chairDraftOf),
});

/** A draft stored by this version of the section (not by one before sessions and chairs existed). */
export const isGeneralDraft = (value: unknown): value is GeneralDraft =>
  typeof value === 'object' &&
  value !== null &&
  'info' in value &&
  Array.isArray((value as GeneralDraft).sessions) &&
  Array.isArray((value as GeneralDraft).chairs);

/** The PATCH body: only what changed. */
export const infoPatch = (draft: InfoDraft, source: InfoDraft): Partial<ConferenceInfo> => {
  const { issueYear, issueMonth, issueDay, addresseesText, commentDeadline, ...rest } = draft;
  const before = source as Record<string, unknown>;
  const patch: Partial<ConferenceInfo> = {};
  for (const key of Object.keys(rest) as (keyof typeof rest)[]) {
    if (rest[key] !== before[key]) (patch as Record<string, unknown>)[key] = rest[key];
  }
  if (issueYear !== source.issueYear || issueMonth !== source.issueMonth || issueDay !== source.issueDay)
    patch.issueDate = composeIssueDate(issueYear, issueMonth, issueDay);
  if (addresseesText !== source.addresseesText) patch.addressees = addresseesOf(addresseesText);
  if (commentDeadline !== source.commentDeadline) patch.commentDeadline = commentDeadline || null;
  return patch;
};

const withoutKeys = <T extends { key: string }>(rows: T[]) => JSON.stringify(rows.map(({ key: _key, ...rest }) => rest));

/** Whether the sessions (or chairs) differ from the saved ones, ignoring the cards' keys. */
export const listChanged = <T extends { key: string }>(draft: T[], source: T[]): boolean => withoutKeys(draft) !== withoutKeys(source);
