/**
 * The plan as the parser fills it in, and the last step that turns it into a PlanDraft:
 * rules that need the whole document (issuing body from the symbol, the host hall from the
 * venue, the contribution task linked to its agenda group, fallbacks). Pure.
 */
import type { ConferenceInfo, DocumentType, IssuerKind, PlanDraft } from '../domain/conference.schema.js';
import { conferenceTimeOf } from '../domain/session-time.js';
import { foldForSearch } from '../domain/text.js';
import { refersToContributions } from './assignments.js';
import { hallFromVenue } from './conference-time.js';
import { deriveIssuingBody, splitBodies } from './header.js';
import { notAPlan } from './import-errors.js';
import { createAgendaBuilder, type AgendaBuilder } from './programme.js';

type Draft = Omit<PlanDraft, keyof ConferenceInfo>;

export interface PlanBuilder extends Draft {
  issuerKind: IssuerKind;
  documentType: DocumentType | null;
  documentNumber: string;
  documentSymbol: string;
  place: string;
  issueDate: string | null;
  title: string;
  venue: string;
  telegramLine: string;
  addressees: string[];
  commentDeadline: string | null;
  /** Capital lines above `Số:` (issuing and governing body). */
  bodyLines: string[];
  purpose: string[];
  funding: string[];
  closing: string[];
  replacesInvitation: boolean;
  programmeNote: string;
  signerAuthority: ConferenceInfo['signerAuthority'];
  signerBody: string;
  signerTitle: string;
  signerName: string;
  agenda: AgendaBuilder;
  /** Numbered sections or a programme table were found: the file is a plan, not any text. */
  hasStructure: boolean;
  /** `- ` lines of a section that tells the programme in the body (a notice's "5. Nội dung"). */
  bodyAgenda: { text: string; sectionKey: string | null }[];
}

export const createPlanBuilder = (): PlanBuilder => ({
  issuerKind: 'state',
  documentType: null,
  documentNumber: '',
  documentSymbol: '',
  place: '',
  issueDate: null,
  title: '',
  venue: '',
  telegramLine: '',
  addressees: [],
  commentDeadline: null,
  bodyLines: [],
  purpose: [],
  funding: [],
  closing: [],
  replacesInvitation: false,
  programmeNote: '',
  signerAuthority: '',
  signerBody: '',
  signerTitle: '',
  signerName: '',
  agenda: createAgendaBuilder(),
  hasStructure: false,
  bodyAgenda: [],
  bridgePoints: [],
  participantGroups: [],
  assignments: [],
  agendaItems: [],
  costLines: [],
  distribution: [],
  unclassified: [],
  sessions: [],
  chairs: [],
  outline: [],
});

const MAX_UNCLASSIFIED = 10000;

/** Keeps a line the parser could not place, verbatim, with the heading it was found under. */
export const addUnclassified = (builder: PlanBuilder, section: string, text: string): void => {
  for (let start = 0; start < text.length; start += MAX_UNCLASSIFIED) {
    builder.unclassified.push({ section: section.slice(0, 300), text: text.slice(start, start + MAX_UNCLASSIFIED) });
  }
};

/** Text longer than the schema allows is cut, and kept whole among the unclassified lines. */
export const fit = (builder: PlanBuilder, section: string, text: string, max: number): string => {
  if (text.length <= max) return text;
  addUnclassified(builder, section, text);
  return `${text.slice(0, max - 1)}…`;
};

/** Links the task that prepares contributions to the agenda group of contributions (`tham luận`). */
const linkContributionTasks = (builder: PlanBuilder) => {
  const items = builder.agenda.items;
  const hasChildren = (key: string) => items.some((item) => item.parentKey === key);
  const candidates = items.filter((item) => item.parentKey === null && foldForSearch(item.content).includes('tham luan'));
  const group = candidates.find((item) => hasChildren(item.key)) ?? candidates[0];
  if (!group) return;
  for (const assignment of builder.assignments) {
    for (const task of assignment.tasks) if (refersToContributions(task.text)) task.agendaItemKey = group.key;
  }
};

/** The finished draft. Throws import.not_a_plan when nothing of a plan was recognised. */
export const finishDraft = (builder: PlanBuilder): PlanDraft => {
  if (!builder.title && !builder.hasStructure) throw notAPlan();
  // Honest time: the start is the first session's when it is exact, never a guess.
  const { startsAt } = conferenceTimeOf(builder.sessions);
  const bodies = splitBodies(builder.bodyLines);
  let issuingBody = bodies.issuingBody;
  if (!issuingBody) {
    // The seed's text starts at `Số:`: the body is the one its symbol names, over the place.
    issuingBody = deriveIssuingBody(builder.documentSymbol, builder.place) ?? builder.documentSymbol.toLocaleUpperCase('vi');
  }
  if (!issuingBody) {
    issuingBody = 'CHƯA RÕ CƠ QUAN BAN HÀNH';
    addUnclassified(builder, 'Phần đầu văn bản', 'Không tìm thấy cơ quan ban hành; cần nhập lại.');
  }
  const title = builder.title || 'Chưa có trích yếu';
  if (!builder.title) addUnclassified(builder, 'Phần đầu văn bản', 'Không tìm thấy trích yếu của văn bản; cần nhập lại.');
  const host = builder.bridgePoints.find((point) => point.isHost);
  if (host && !host.address && builder.venue) host.address = hallFromVenue(builder.venue);
  for (const item of builder.agenda.items) {
    item.content = fit(builder, 'CHƯƠNG TRÌNH HỘI NGHỊ', item.content, 2000);
    item.presenterOrganisation = fit(builder, 'CHƯƠNG TRÌNH HỘI NGHỊ', item.presenterOrganisation, 300);
    item.presenterPerson = fit(builder, 'CHƯƠNG TRÌNH HỘI NGHỊ', item.presenterPerson, 200);
    item.durationText = fit(builder, 'CHƯƠNG TRÌNH HỘI NGHỊ', item.durationText, 200);
  }
  // A programme told in the body (`5. Nội dung: - …`) is the agenda unless a programme table gives one.
  if (builder.agenda.items.length === 0) {
    builder.bodyAgenda.forEach((line, index) =>
      builder.agenda.items.push({
        key: `body-item-${index + 1}`,
        parentKey: null,
        number: String(index + 1),
        content: line.text,
        presenterOrganisation: '',
        presenterPerson: '',
        durationMinutes: null,
        perSpeakerMinutes: null,
        durationText: '',
        kind: 'item',
      }),
    );
  } else {
    for (const line of builder.bodyAgenda)
      builder.outline.find((s) => s.key === line.sectionKey)?.paragraphs.push({ level: 1, text: line.text });
  }
  builder.agendaItems = builder.agenda.items;
  for (const leftover of builder.agenda.leftovers) addUnclassified(builder, 'CHƯƠNG TRÌNH HỘI NGHỊ', leftover);
  linkContributionTasks(builder);
  const section = 'Phần đầu văn bản';
  return {
    issuerKind: builder.issuerKind,
    documentType: builder.documentType ?? 'KH',
    governingBody: fit(builder, section, bodies.governingBody, 200),
    issuingBody: fit(builder, section, issuingBody, 200),
    documentNumber: fit(builder, section, builder.documentNumber, 20),
    documentSymbol: fit(builder, section, builder.documentSymbol, 40),
    place: fit(builder, section, builder.place, 100),
    issueDate: builder.issueDate,
    title: fit(builder, section, title, 1000),
    purpose: fit(builder, section, builder.purpose.join('\n'), 10000),
    startsAt,
    venue: fit(builder, 'Địa điểm', builder.venue, 2000),
    replacesInvitation: builder.replacesInvitation,
    telegramLine: fit(builder, section, builder.telegramLine, 300),
    addressees: builder.addressees.map((line) => fit(builder, 'Kính gửi', line, 500)),
    commentDeadline: builder.commentDeadline,
    closingText: fit(builder, 'Kết thúc văn bản', builder.closing.join('\n'), 2000),
    programmeNote: fit(builder, 'CHƯƠNG TRÌNH HỘI NGHỊ', builder.programmeNote, 1000),
    fundingSource: fit(builder, 'KINH PHÍ', builder.funding.join('\n'), 2000),
    signerAuthority: builder.signerAuthority,
    signerBody: fit(builder, 'Chữ ký', builder.signerBody, 200),
    signerTitle: fit(builder, 'Chữ ký', builder.signerTitle, 200),
    signerName: fit(builder, 'Chữ ký', builder.signerName, 100),
    bridgePoints: builder.bridgePoints,
    participantGroups: builder.participantGroups,
    assignments: builder.assignments,
    agendaItems: builder.agendaItems,
    costLines: builder.costLines,
    distribution: builder.distribution,
    unclassified: builder.unclassified,
    sessions: builder.sessions,
    chairs: builder.chairs,
    outline: builder.outline,
  };
};
