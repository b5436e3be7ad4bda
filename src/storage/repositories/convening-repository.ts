/**
 * The parts of the plan that are written as whole lists: the sessions (and the conference
 * time derived from them), the chair and co-chairs, and the document's outline tree.
 */
import type {
  Chair,
  ChairInput,
  ConferenceSession,
  ConferenceSessionInput,
  OutlineSection,
  OutlineSectionInput,
} from '../../domain/conference.schema.js';
import { conferenceTimeOf } from '../../domain/session-time.js';
import type { Executor } from '../tables.js';
import { deleteAllRows, insertRows } from './child-rows.js';
import { chairFields, outlineSectionFields, rowToChair, rowToOutlineSection, rowToSession, sessionFields } from './row-mappers.js';

type NewId = () => string;

export async function listSessions(executor: Executor, conferenceId: string): Promise<ConferenceSession[]> {
  const rows = await executor
    .selectFrom('conference_sessions')
    .selectAll()
    .where('conference_id', '=', conferenceId)
    .orderBy('position')
    .orderBy('id')
    .execute();
  return rows.map(rowToSession);
}

export async function listChairs(executor: Executor, conferenceId: string): Promise<Chair[]> {
  const rows = await executor
    .selectFrom('conference_chairs')
    .selectAll()
    .where('conference_id', '=', conferenceId)
    .orderBy('position')
    .orderBy('id')
    .execute();
  return rows.map(rowToChair);
}

/** The outline in document order: each section followed by its subsections (depth first). */
export async function listOutline(executor: Executor, conferenceId: string): Promise<OutlineSection[]> {
  const rows = (await executor.selectFrom('outline_sections').selectAll().where('conference_id', '=', conferenceId).execute()).map(
    rowToOutlineSection,
  );
  const children = new Map<string | null, OutlineSection[]>();
  for (const row of rows) children.set(row.parentId, [...(children.get(row.parentId) ?? []), row]);
  const ordered: OutlineSection[] = [];
  const visit = (parentId: string | null) => {
    for (const section of (children.get(parentId) ?? []).sort((a, b) => a.position - b.position || a.id.localeCompare(b.id))) {
      ordered.push(section);
      visit(section.id);
    }
  };
  visit(null);
  return ordered;
}

/** Replaces the sessions and writes the conference's start and first date derived from them. */
export async function replaceSessions(
  executor: Executor,
  conferenceId: string,
  sessions: readonly ConferenceSessionInput[],
  newId: NewId,
): Promise<void> {
  await deleteAllRows(executor, 'conference_sessions', conferenceId);
  await insertRows(
    executor,
    'conference_sessions',
    sessions.map((session, position) => ({ id: newId(), conference_id: conferenceId, position, ...sessionFields(session) })),
  );
  const time = conferenceTimeOf(sessions);
  await executor
    .updateTable('conferences')
    .set({ starts_at: time.startsAt, first_date: time.firstDate })
    .where('id', '=', conferenceId)
    .execute();
}

export async function replaceChairs(executor: Executor, conferenceId: string, chairs: readonly ChairInput[], newId: NewId): Promise<void> {
  await deleteAllRows(executor, 'conference_chairs', conferenceId);
  await insertRows(
    executor,
    'conference_chairs',
    chairs.map((chair, position) => ({ id: newId(), conference_id: conferenceId, position, ...chairFields(chair) })),
  );
}

export type OutlineDraft = Omit<OutlineSectionInput, 'parentId'> & { key: string; parentKey: string | null };

/** Replaces the outline tree; parents are inserted before their subsections. Returns key → id. */
export async function replaceOutline(
  executor: Executor,
  conferenceId: string,
  sections: readonly OutlineDraft[],
  newId: NewId,
): Promise<Map<string, string>> {
  await deleteAllRows(executor, 'outline_sections', conferenceId);
  const ids = new Map(sections.map((section) => [section.key, newId()]));
  const siblings = new Map<string | null, number>();
  const rows = sections.map(({ key, parentKey, ...section }) => {
    const parentId = parentKey === null ? null : (ids.get(parentKey) ?? null);
    const position = siblings.get(parentId) ?? 0;
    siblings.set(parentId, position + 1);
    return { id: ids.get(key)!, conference_id: conferenceId, position, ...outlineSectionFields({ ...section, parentId }) };
  });
  // Depth first order already puts a parent before its children when the draft is in document order;
  // sort by depth to be safe with any order.
  const depth = (key: string | null): number => {
    let d = 0;
    let current = key;
    const parents = new Map(sections.map((s) => [s.key, s.parentKey]));
    while (current !== null && d < 10) {
      current = parents.get(current) ?? null;
      d += 1;
    }
    return d;
  };
  const depths = new Map(sections.map((s) => [ids.get(s.key)!, depth(s.parentKey)]));
  await insertRows(
    executor,
    'outline_sections',
    [...rows].sort((a, b) => depths.get(a.id)! - depths.get(b.id)!),
  );
  return ids;
}
