/**
 * A whole plan without database ids (PlanDraft): its schema, its reference checks, the
 * draft of an existing conference (for duplicate) and its insertion in one transaction.
 */
import { Type } from 'typebox';
import type { Transaction } from 'kysely';
import {
  AgendaItemFields,
  AssignmentFields,
  BridgePointFields,
  BridgePointGroupFields,
  BridgePointMediaFields,
  ChairInput,
  ConferenceInfoFields,
  ConferenceSessionInput,
  CostLineInput,
  DistributionLineInput,
  OutlineSectionFields,
  ParticipantGroupFields,
  TaskFields,
  UnclassifiedFields,
  type Conference,
  type ConferenceInfo,
  type PlanDraft,
} from '../domain/conference.schema.js';
import { checkParticipantScope, shiftConferenceYears, shiftDateYears } from '../domain/conference-rules.js';
import type { FieldProblem } from '../domain/errors.js';
import { insertRows } from '../storage/repositories/child-rows.js';
import { fillProvinceCodes } from '../storage/repositories/bridge-point-repository.js';
import { insertConference } from '../storage/repositories/conference-repository.js';
import { replaceChairs, replaceOutline, replaceSessions } from '../storage/repositories/convening-repository.js';
import { sessionFromStart } from '../domain/session-time.js';
import * as rows from '../storage/repositories/row-mappers.js';
import type { Tables } from '../storage/tables.js';
import { assertNoProblems } from './input.js';

const Key = Type.String({ minLength: 1, maxLength: 200 });
const NullableKey = Type.Union([Key, Type.Null()]);
const { bridgePointId: _point, ...groupFields } = ParticipantGroupFields;
const { assignmentId: _assignment, agendaItemId: _item, ...taskFields } = TaskFields;
const { parentId: _parent, ...agendaFields } = AgendaItemFields;
const { parentId: _section, ...outlineFields } = OutlineSectionFields;
const strict = { additionalProperties: false } as const;

export const PlanDraftSchema = Type.Object(
  {
    ...ConferenceInfoFields,
    bridgePoints: Type.Array(
      Type.Object(
        {
          ...BridgePointFields,
          ...BridgePointGroupFields,
          ...Type.Partial(Type.Object(BridgePointMediaFields)).properties,
          key: Key,
        },
        strict,
      ),
    ),
    participantGroups: Type.Array(Type.Object({ ...groupFields, bridgePointKey: NullableKey }, strict)),
    assignments: Type.Array(
      Type.Object({ ...AssignmentFields, tasks: Type.Array(Type.Object({ ...taskFields, agendaItemKey: NullableKey }, strict)) }, strict),
    ),
    agendaItems: Type.Array(Type.Object({ ...agendaFields, key: Key, parentKey: NullableKey }, strict)),
    costLines: Type.Array(CostLineInput),
    distribution: Type.Array(DistributionLineInput),
    unclassified: Type.Array(Type.Object(UnclassifiedFields, strict)),
    sessions: Type.Array(ConferenceSessionInput, { maxItems: 100 }),
    chairs: Type.Array(ChairInput, { maxItems: 50 }),
    outline: Type.Array(Type.Object({ ...outlineFields, key: Key, parentKey: NullableKey }, strict), { maxItems: 2000 }),
  },
  strict,
);

export const conferenceInfoKeys = Object.keys(ConferenceInfoFields) as (keyof ConferenceInfo)[];
export const pickInfo = (value: ConferenceInfo): ConferenceInfo =>
  Object.fromEntries(conferenceInfoKeys.map((key) => [key, value[key]])) as ConferenceInfo;

const problem = (path: string, code: string, vi: string, en: string): FieldProblem => ({ path, code, message: { vi, en } });

/** Every key unique, every reference to a key of the draft, agenda depth ≤ 2, group scopes valid. */
export const checkDraftReferences = (draft: PlanDraft): FieldProblem[] => {
  const problems: FieldProblem[] = [];
  const pointKeys = new Set<string>();
  draft.bridgePoints.forEach((point, index) => {
    if (pointKeys.has(point.key))
      problems.push(problem(`/bridgePoints/${index}/key`, 'draft.duplicate_key', 'Khóa bị trùng.', 'Duplicate key.'));
    pointKeys.add(point.key);
  });
  draft.participantGroups.forEach((group, index) => {
    for (const p of checkParticipantScope({ scope: group.scope, bridgePointId: group.bridgePointKey }, pointKeys)) {
      problems.push({ ...p, path: `/participantGroups/${index}/bridgePointKey` });
    }
  });
  const parents = new Map<string, string | null>();
  draft.agendaItems.forEach((item, index) => {
    if (parents.has(item.key))
      problems.push(problem(`/agendaItems/${index}/key`, 'draft.duplicate_key', 'Khóa bị trùng.', 'Duplicate key.'));
    parents.set(item.key, item.parentKey);
  });
  draft.agendaItems.forEach((item, index) => {
    if (item.parentKey === null) return;
    const grandParent = parents.get(item.parentKey);
    if (grandParent === undefined || item.parentKey === item.key) {
      problems.push(
        problem(
          `/agendaItems/${index}/parentKey`,
          'agenda_item.unknown_parent',
          'Nội dung cha không có trong chương trình.',
          'Unknown parent item.',
        ),
      );
    } else if (grandParent !== null) {
      problems.push(
        problem(
          `/agendaItems/${index}/parentKey`,
          'agenda_item.too_deep',
          'Chương trình chỉ có tối đa hai cấp.',
          'The agenda nests at most two levels.',
        ),
      );
    }
  });
  const sectionKeys = new Set(draft.outline.map((section) => section.key));
  draft.outline.forEach((section, index) => {
    if (section.parentKey !== null && (!sectionKeys.has(section.parentKey) || section.parentKey === section.key)) {
      problems.push(
        problem(`/outline/${index}/parentKey`, 'outline.unknown_parent', 'Mục cha không có trong văn bản.', 'Unknown parent section.'),
      );
    }
  });
  if (sectionKeys.size !== draft.outline.length) {
    problems.push(problem('/outline', 'draft.duplicate_key', 'Khóa bị trùng.', 'Duplicate key.'));
  }
  draft.assignments.forEach((assignment, a) =>
    assignment.tasks.forEach((task, t) => {
      if (task.agendaItemKey !== null && !parents.has(task.agendaItemKey)) {
        problems.push(
          problem(
            `/assignments/${a}/tasks/${t}/agendaItemKey`,
            'task.unknown_agenda_item',
            'Nội dung chương trình không có trong kế hoạch.',
            'Unknown agenda item.',
          ),
        );
      }
    }),
  );
  return problems;
};

/** The plan as a draft of a new conference: number and issue date blank, dates shifted by whole years. */
export const conferenceToDraft = (conference: Conference, shiftYears: number): PlanDraft => {
  const shift = (date: string | null) => (date ? shiftDateYears(date, shiftYears) : date);
  return {
    ...shiftConferenceYears(pickInfo(conference), shiftYears),
    documentNumber: '',
    issueDate: null,
    bridgePoints: conference.bridgePoints.map(({ id, position: _, ...point }) => ({ ...point, key: id })),
    participantGroups: conference.participantGroups.map(({ id: _, position: __, bridgePointId, ...group }) => ({
      ...group,
      bridgePointKey: bridgePointId,
    })),
    agendaItems: conference.agendaItems.map(({ id, position: _, parentId, ...item }) => ({ ...item, key: id, parentKey: parentId })),
    assignments: conference.assignments.map(({ id, position: _, ...assignment }) => ({
      ...assignment,
      tasks: conference.tasks
        .filter((task) => task.assignmentId === id)
        .map(({ id: _i, position: _p, assignmentId: _a, agendaItemId, deadline, ...task }) => ({
          ...task,
          deadline: shift(deadline),
          agendaItemKey: agendaItemId,
        })),
    })),
    costLines: conference.costLines.map(({ description, amountVnd }) => ({ description, amountVnd })),
    distribution: conference.distribution.map(({ text }) => ({ text })),
    unclassified: conference.unclassified.map(({ section, text }) => ({ section, text })),
    sessions: conference.sessions.map(({ id: _, position: __, ...session }) => ({
      ...session,
      date: session.date ? shiftDateYears(session.date, shiftYears) : null,
    })),
    chairs: conference.chairs.map(({ id: _, position: __, ...chair }) => chair),
    outline: conference.outline.map(({ id, position: _, parentId, ...section }) => ({ ...section, key: id, parentKey: parentId })),
  };
};

/**
 * Inserts the checked draft as a new draft conference; returns its id. Only the first
 * host point stays host (one host per conference).
 */
export async function insertDraft(trx: Transaction<Tables>, draft: PlanDraft, ids: { newId(): string; now: string }): Promise<string> {
  assertNoProblems(checkDraftReferences(draft), 'draft.invalid', {
    vi: 'Kế hoạch nhập vào có tham chiếu không hợp lệ.',
    en: 'The imported plan has invalid references.',
  });
  const conferenceId = ids.newId();
  await insertConference(trx, { id: conferenceId, info: pickInfo(draft), status: 'draft', archived: false, now: ids.now });
  // A draft without sessions (an API client that only sends startsAt) gets one from it.
  const sessions = draft.sessions.length > 0 ? draft.sessions : [sessionFromStart(draft.startsAt)];
  await replaceSessions(trx, conferenceId, sessions, ids.newId);
  await replaceChairs(trx, conferenceId, draft.chairs, ids.newId);
  await replaceOutline(trx, conferenceId, draft.outline, ids.newId);
  const base = (position: number) => ({ id: ids.newId(), conference_id: conferenceId, position });

  const pointIds = new Map<string, string>();
  const firstHost = draft.bridgePoints.findIndex((point) => point.isHost);
  await insertRows(
    trx,
    'bridge_points',
    draft.bridgePoints.map(({ key, ...point }, index) => {
      const row = { ...base(index), ...rows.bridgePointFields({ mediaTier: null, ...point, isHost: index === firstHost }) };
      pointIds.set(key, row.id);
      return row;
    }),
  );
  await fillProvinceCodes(trx, conferenceId);
  await insertRows(
    trx,
    'participant_groups',
    draft.participantGroups.map(({ bridgePointKey, ...group }, index) => ({
      ...base(index),
      ...rows.participantGroupFields({ ...group, bridgePointId: bridgePointKey === null ? null : pointIds.get(bridgePointKey)! }),
    })),
  );

  const itemIds = new Map(draft.agendaItems.map((item) => [item.key, ids.newId()]));
  const siblingCount = new Map<string | null, number>();
  const agendaRows = draft.agendaItems.map(({ key, parentKey, ...item }) => {
    const parentId = parentKey === null ? null : itemIds.get(parentKey)!;
    const position = siblingCount.get(parentId) ?? 0;
    siblingCount.set(parentId, position + 1);
    return { id: itemIds.get(key)!, conference_id: conferenceId, position, ...rows.agendaItemFields({ ...item, parentId }) };
  });
  // Parents before their sub-items, for the self-referencing foreign key.
  await insertRows(trx, 'agenda_items', [
    ...agendaRows.filter((row) => row.parent_id === null),
    ...agendaRows.filter((row) => row.parent_id !== null),
  ]);

  const taskRows: Record<string, unknown>[] = [];
  await insertRows(
    trx,
    'assignments',
    draft.assignments.map(({ tasks, ...assignment }, index) => {
      const row = { ...base(index), ...rows.assignmentFields(assignment) };
      tasks.forEach(({ agendaItemKey, ...task }, position) =>
        taskRows.push({
          ...base(position),
          ...rows.taskFields({
            ...task,
            assignmentId: row.id,
            agendaItemId: agendaItemKey === null ? null : itemIds.get(agendaItemKey)!,
          }),
        }),
      );
      return row;
    }),
  );
  await insertRows(trx, 'tasks', taskRows);
  await insertRows(
    trx,
    'cost_lines',
    draft.costLines.map((line, index) => ({ ...base(index), ...rows.costLineFields(line) })),
  );
  await insertRows(
    trx,
    'distribution_lines',
    draft.distribution.map((line, index) => ({ ...base(index), text: line.text })),
  );
  await insertRows(
    trx,
    'unclassified_lines',
    draft.unclassified.map((line, index) => ({ ...base(index), section: line.section, text: line.text })),
  );
  return conferenceId;
}
