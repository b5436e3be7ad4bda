/**
 * Rules of the plan that need no database and no clock: defaults of a blank plan, the
 * status life cycle, what an issued plan must carry, shifting dates for a duplicate, the
 * shape of the agenda tree, the single host point and the scope of participant groups.
 * Checks return FieldProblems (empty = fine); the services turn them into DomainErrors.
 */
import type { FieldProblem, LocalizedMessage } from './errors.js';
import type { ConferenceInfo, ConferenceStatus, ParticipantScope } from './conference.schema.js';
import { daysInMonth, isValidDate } from './vietnamese-dates.js';

export const CONFERENCE_TIME_ZONE = 'Asia/Ho_Chi_Minh' as const;
/** Deepest nesting of the agenda: items and their sub-rows. */
export const MAX_AGENDA_DEPTH = 2;

const problem = (path: string, code: string, message: LocalizedMessage): FieldProblem => ({ path, code, message });

/**
 * A new plan of a provincial People's Committee. `title` and `startsAt` are blank: the
 * caller supplies them (ConferenceCreate requires both).
 */
/**
 * The group fields of a bridge point that is one named point (not a group kept as a count),
 * and its media tier left to its kind (null).
 */
export const ONE_POINT = {
  mediaTier: null,
  groupCount: null,
  venuePattern: '',
  invitedBy: '',
  lentBy: '',
  unitListId: null,
  parentUnitCode: null,
} as const;

export const blankConferenceInfo = (): ConferenceInfo => ({
  issuerKind: 'state',
  documentType: 'KH',
  governingBody: '',
  issuingBody: 'ỦY BAN NHÂN DÂN',
  documentNumber: '',
  documentSymbol: 'UBND',
  place: '',
  issueDate: null,
  title: '',
  purpose: '',
  startsAt: null,
  venue: '',
  replacesInvitation: false,
  telegramLine: '',
  addressees: [],
  commentDeadline: null,
  closingText: '',
  programmeNote: 'Chương trình có thể thay đổi tùy theo tình hình thực tế.',
  fundingSource: '',
  signerAuthority: 'TM.',
  signerBody: 'ỦY BAN NHÂN DÂN',
  signerTitle: 'CHỦ TỊCH',
  signerName: '',
});

/** draft → issued → live → closed, one step at a time; an issued plan may be withdrawn to draft. */
const TRANSITIONS: Record<ConferenceStatus, readonly ConferenceStatus[]> = {
  draft: ['issued'],
  issued: ['draft', 'live'],
  live: ['closed'],
  closed: [],
};

export const canTransition = (from: ConferenceStatus, to: ConferenceStatus): boolean => TRANSITIONS[from].includes(to);

/** A plan is issued with a number and a complete issue date (Decree 30/2020: Số and ngày tháng năm). */
export const checkIssuable = (info: Pick<ConferenceInfo, 'documentNumber' | 'issueDate'>): FieldProblem[] => {
  const problems: FieldProblem[] = [];
  if (!info.documentNumber.trim()) {
    problems.push(
      problem('/documentNumber', 'conference.number_required', {
        vi: 'Cần nhập số văn bản trước khi ban hành.',
        en: 'A document number is required to issue the plan.',
      }),
    );
  }
  if (!info.issueDate || !isValidDate(info.issueDate)) {
    problems.push(
      problem('/issueDate', 'conference.issue_date_required', {
        vi: 'Cần nhập đủ ngày, tháng, năm ban hành.',
        en: 'A complete issue date (day, month and year) is required to issue the plan.',
      }),
    );
  }
  return problems;
};

/** Shifts YYYY, YYYY-MM or YYYY-MM-DD (optionally followed by a time) by whole years; 29 Feb → 28 Feb. */
export const shiftDateYears = (value: string, years: number): string => {
  const match = /^(\d{4})(-(\d{2})(-(\d{2}))?)?(.*)$/.exec(value);
  if (!match) throw new RangeError(`Not a date: ${value}`);
  const year = Number(match[1]) + years;
  if (match[3] === undefined) return `${year}${match[6]}`;
  const month = Number(match[3]);
  if (match[5] === undefined) return `${year}-${match[3]}${match[6]}`;
  const day = Math.min(Number(match[5]), daysInMonth(year, month));
  return `${year}-${match[3]}-${String(day).padStart(2, '0')}${match[6]}`;
};

/** The plan's dates moved by whole years, for a copy of last year's conference. */
export const shiftConferenceYears = (info: ConferenceInfo, years: number): ConferenceInfo => ({
  ...info,
  startsAt: info.startsAt ? shiftDateYears(info.startsAt, years) : info.startsAt,
  issueDate: info.issueDate ? shiftDateYears(info.issueDate, years) : info.issueDate,
});

/** Simple reorder: `ids` must hold every existing id exactly once. */
export const checkOrder = (existingIds: readonly string[], ids: readonly string[]): FieldProblem[] => {
  const known = new Set(existingIds);
  const seen = new Set<string>();
  const problems: FieldProblem[] = [];
  ids.forEach((id, index) => {
    if (!known.has(id)) {
      problems.push(
        problem(`/ids/${index}`, 'order.unknown_id', { vi: 'Mục không thuộc danh sách này.', en: 'The id is not in this list.' }),
      );
    } else if (seen.has(id)) {
      problems.push(problem(`/ids/${index}`, 'order.duplicate_id', { vi: 'Mục bị lặp lại.', en: 'The id appears twice.' }));
    }
    seen.add(id);
  });
  if (problems.length === 0 && seen.size !== known.size) {
    problems.push(
      problem('/ids', 'order.missing_id', { vi: 'Thiếu một số mục trong danh sách.', en: 'Some ids of the list are missing.' }),
    );
  }
  return problems;
};

export interface AgendaNode {
  id: string;
  parentId: string | null;
}

/**
 * The whole agenda in display order: every item once, each parent an item of the
 * agenda that is itself top-level (so depth ≤ 2 and no cycles).
 */
export const checkAgendaOrder = (existingIds: readonly string[], order: readonly AgendaNode[]): FieldProblem[] => {
  const problems = checkOrder(
    existingIds,
    order.map((entry) => entry.id),
  ).map((p) => ({ ...p, path: p.path.replace(/^\/ids/, '/items') }));
  if (problems.length > 0) return problems;
  const parents = new Map(order.map((entry) => [entry.id, entry.parentId]));
  order.forEach((entry, index) => {
    if (entry.parentId === null) return;
    const grandParent = parents.get(entry.parentId);
    if (grandParent === undefined || entry.parentId === entry.id) {
      problems.push(problem(`/items/${index}/parentId`, 'agenda_item.unknown_parent', UNKNOWN_PARENT));
    } else if (grandParent !== null) {
      problems.push(problem(`/items/${index}/parentId`, 'agenda_item.too_deep', TOO_DEEP));
    }
  });
  return problems;
};

const UNKNOWN_PARENT = { vi: 'Nội dung cha không thuộc chương trình này.', en: 'The parent item is not in this agenda.' };
const TOO_DEEP = {
  vi: 'Chương trình chỉ có tối đa hai cấp nội dung.',
  en: `The agenda nests at most ${MAX_AGENDA_DEPTH} levels.`,
};

/**
 * Placing one item (new: itemId null) under `parentId` in the current agenda: the parent
 * must be a top-level item of the agenda, not the item itself, and an item with sub-items
 * stays top-level.
 */
export const checkAgendaPlacement = (items: readonly AgendaNode[], itemId: string | null, parentId: string | null): FieldProblem[] => {
  if (parentId === null) return [];
  const parent = items.find((item) => item.id === parentId);
  if (!parent || parentId === itemId) return [problem('/parentId', 'agenda_item.unknown_parent', UNKNOWN_PARENT)];
  if (parent.parentId !== null) return [problem('/parentId', 'agenda_item.too_deep', TOO_DEEP)];
  if (itemId !== null && items.some((item) => item.parentId === itemId)) {
    return [problem('/parentId', 'agenda_item.too_deep', TOO_DEEP)];
  }
  return [];
};

/** Items in display order: each top-level item followed by its sub-items, both by position. */
export const flattenAgenda = <T extends AgendaNode & { position: number }>(items: readonly T[]): T[] => {
  const byPosition = [...items].sort((a, b) => a.position - b.position || a.id.localeCompare(b.id));
  const children = new Map<string, T[]>();
  for (const item of byPosition) {
    if (item.parentId === null) continue;
    children.set(item.parentId, [...(children.get(item.parentId) ?? []), item]);
  }
  const ids = new Set(items.map((item) => item.id));
  // Sub-items whose parent is missing (never written by the services) are shown top-level.
  const roots = byPosition.filter((item) => item.parentId === null || !ids.has(item.parentId));
  return roots.flatMap((root) => [root, ...(children.get(root.id) ?? [])]);
};

/**
 * One host point per conference. Making a point the host demotes the previous host in
 * the same write (rather than refusing), so the plan never has two hosts nor needs two
 * steps to move the host. Returns the ids of the points to demote.
 */
export const hostsToDemote = (points: readonly { id: string; isHost: boolean }[], newHostId: string): string[] =>
  points.filter((point) => point.isHost && point.id !== newHostId).map((point) => point.id);

/** A group at one point names a point of this conference; a group at every other point names none. */
export const checkParticipantScope = (
  group: { scope: ParticipantScope; bridgePointId: string | null },
  bridgePointIds: ReadonlySet<string>,
): FieldProblem[] => {
  if (group.scope === 'point') {
    if (group.bridgePointId === null) {
      return [
        problem('/bridgePointId', 'participant_group.bridge_point_required', {
          vi: 'Cần chọn điểm cầu cho thành phần tham dự này.',
          en: 'A group attending at one point needs that bridge point.',
        }),
      ];
    }
    if (!bridgePointIds.has(group.bridgePointId)) {
      return [
        problem('/bridgePointId', 'participant_group.unknown_bridge_point', {
          vi: 'Điểm cầu không thuộc hội nghị này.',
          en: 'The bridge point is not part of this conference.',
        }),
      ];
    }
    return [];
  }
  if (group.bridgePointId !== null) {
    return [
      problem('/bridgePointId', 'participant_group.bridge_point_not_allowed', {
        vi: 'Thành phần dự tại mỗi điểm cầu còn lại không gắn với một điểm cầu.',
        en: 'A group attending at every other point names no bridge point.',
      }),
    ];
  }
  return [];
};
