/**
 * The contributions of a conference as one caller sees them: those who read them (organizer,
 * chair) see every slot; a body's contact sees only its own slots. A slot without a row yet
 * shows the presenter of the programme and the bridge point of that name.
 */
import { randomUUID } from 'node:crypto';
import type { BodyRef } from '../../domain/access/body-rules.js';
import type { AgendaItem } from '../../domain/conference.schema.js';
import type { ContributionView } from '../../domain/consultations/consultation.schema.js';
import {
  contributionSlots,
  isContributionOverdue,
  presenterName,
  presenterPointFinder,
  type ContributionStatus,
} from '../../domain/consultations/contribution-rules.js';
import type { ContributionRow } from '../../storage/tables.js';

/**
 * What the contributions read of the plan: its programme and its points' names (to find the
 * point a presenter is), never the points' other fields (a national plan has 16,242).
 */
export interface ContributionPlan {
  id: string;
  agendaItems: readonly AgendaItem[];
  bridgePoints: readonly { id: string; name: string }[];
}

export interface ContributionViewer {
  reads: boolean;
  manages: boolean;
  maySubmit(body: BodyRef): boolean;
}

export const defaultRow = (
  conference: ContributionPlan,
  slot: AgendaItem,
  at: string,
  findPoint = presenterPointFinder(conference.bridgePoints),
): ContributionRow => ({
  id: randomUUID(),
  conference_id: conference.id,
  agenda_item_id: slot.id,
  body_name: presenterName(slot),
  bridge_point_id: findPoint(slot.presenterOrganisation || slot.presenterPerson),
  participant_group_id: null,
  email: '',
  deadline: null,
  status: 'not_submitted',
  title: '',
  text: '',
  document_id: null,
  submitted_at: null,
  submitted_by: '',
  decided_at: null,
  reminded_at: null,
  remind_count: 0,
  created_at: at,
  updated_at: at,
});

/** An item's printed number, or its place among the top-level items when it has none. */
const itemNumber = (items: readonly AgendaItem[], item: AgendaItem): string => {
  if (item.number.trim() && item.number.trim() !== '-') return item.number.trim();
  const top = items.filter((other) => other.parentId === null).sort((a, b) => a.position - b.position);
  return String(top.indexOf(item) + 1);
};

/** The slot's number as the programme reads: "5.2" for the second speaker under item 5, "1" for item 1. */
const slotNumber = (items: readonly AgendaItem[], slot: AgendaItem): string => {
  const parent = items.find((item) => item.id === slot.parentId);
  if (!parent) return itemNumber(items, slot);
  const siblings = items.filter((item) => item.parentId === slot.parentId).sort((a, b) => a.position - b.position);
  return `${itemNumber(items, parent)}.${siblings.indexOf(slot) + 1}`;
};

export function contributionViews(
  conference: ContributionPlan,
  rows: readonly ContributionRow[],
  viewer: ContributionViewer,
  today: string,
  now: string,
): ContributionView[] {
  const stored = new Map(rows.map((row) => [row.agenda_item_id, row]));
  const findPoint = presenterPointFinder(conference.bridgePoints);
  const views: ContributionView[] = [];
  for (const slot of contributionSlots(conference.agendaItems)) {
    const row = stored.get(slot.id) ?? defaultRow(conference, slot, now, findPoint);
    const body: BodyRef = { bridgePointId: row.bridge_point_id, participantGroupId: row.participant_group_id };
    const maySubmit = viewer.maySubmit(body);
    if (!viewer.reads && !maySubmit) continue;
    const status = row.status as ContributionStatus;
    views.push({
      agendaItemId: slot.id,
      number: slotNumber(conference.agendaItems, slot),
      parentContent: conference.agendaItems.find((item) => item.id === slot.parentId)?.content ?? '',
      content: slot.content,
      presenter: presenterName(slot),
      bodyName: row.body_name,
      bridgePointId: row.bridge_point_id,
      participantGroupId: row.participant_group_id,
      email: viewer.manages ? row.email : '',
      deadline: row.deadline,
      overdue: isContributionOverdue(status, row.deadline, today),
      status,
      title: row.title,
      text: row.text,
      documentId: row.document_id,
      submittedAt: row.submitted_at,
      submittedBy: row.submitted_by,
      remindedAt: row.reminded_at,
      remindCount: Number(row.remind_count),
      canSubmit: maySubmit,
    });
  }
  return views;
}
