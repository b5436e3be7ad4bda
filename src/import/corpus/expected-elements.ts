/**
 * The expected elements of a corpus document (test/fixtures/plans/*.expected.json) checked
 * against what the importer made of it: every element is one check with a stable name, so
 * recall is counted per element and a miss names exactly what was not found. Pure.
 */
import type { PlanDraft } from '../../domain/conference.schema.js';
import { foldForSearch } from '../../domain/text.js';

export interface ExpectedDocument {
  describes: string;
  issuer?: 'state' | 'party';
  documentType?: string;
  governingBody?: string;
  issuingBody?: string;
  documentNumber?: string;
  documentSymbol?: string;
  place?: string;
  issueDate?: string | null;
  title?: string;
  replacesInvitation?: boolean;
  sessions?: Record<string, unknown>[];
  startsAt?: string | null;
  venueContains?: string[];
  chairs?: { personName: string; title: string; role: string }[];
  addressees?: string[];
  outline?: { numbering: string; heading: string; kind: string; depth: number }[];
  bridgePoints?: { name: string; isHost: boolean; groupCount: number | null; lentBy: string }[];
  participants?: { organisation: string; role: string }[];
  agenda?: string[];
  tasks?: { leadAgency: string; deadline: string | null }[];
  commentDeadline?: string | null;
  signer?: { authority: string; body: string; title: string; name: string } | null;
  distribution?: string[];
}

export interface ElementResult {
  /** e.g. `title`, `outline[2]`, `participants[Sở Nội vụ]`. */
  element: string;
  found: boolean;
  /** What the importer had, when it was not what was expected. */
  got?: unknown;
}

const fold = (text: string) => foldForSearch(text).replace(/\s+/g, ' ').trim();
const same = (a: string, b: string) => fold(a) === fold(b);

const SCALARS = [
  'documentType',
  'governingBody',
  'issuingBody',
  'documentNumber',
  'documentSymbol',
  'place',
  'issueDate',
  'title',
  'replacesInvitation',
  'startsAt',
  'commentDeadline',
] as const;

/** Depth of each outline section of the draft (1 = top level). */
const outlineDepths = (draft: PlanDraft): number[] => {
  const parents = new Map(draft.outline.map((section) => [section.key, section.parentKey]));
  return draft.outline.map((section) => {
    let depth = 1;
    for (let parent = section.parentKey; parent !== null && depth < 10; parent = parents.get(parent) ?? null) depth += 1;
    return depth;
  });
};

/** Every expected element, found or not. */
export const checkElements = (expected: ExpectedDocument, draft: PlanDraft): ElementResult[] => {
  const results: ElementResult[] = [];
  const check = (element: string, found: boolean, got?: unknown) => results.push(found ? { element, found } : { element, found, got });

  if (expected.issuer !== undefined) check('issuer', draft.issuerKind === expected.issuer, draft.issuerKind);
  for (const key of SCALARS) {
    const want = expected[key];
    if (want === undefined) continue;
    const got = draft[key];
    check(key, typeof want === 'string' && typeof got === 'string' ? same(want, got) : want === got, got);
  }

  (expected.sessions ?? []).forEach((want, index) => {
    const got = draft.sessions[index] as Record<string, unknown> | undefined;
    const ok =
      got !== undefined &&
      Object.entries(want).every(([key, value]) => (key === 'label' ? same(String(value), String(got[key])) : got[key] === value));
    check(`sessions[${index}]`, ok, got);
  });
  if (expected.sessions) check('sessions.count', draft.sessions.length === expected.sessions.length, draft.sessions.length);

  const venueText = fold([draft.venue, ...draft.bridgePoints.flatMap((p) => [p.name, p.address, p.venuePattern])].join(' | '));
  for (const part of expected.venueContains ?? []) check(`venue[${part}]`, venueText.includes(fold(part)));

  for (const chair of expected.chairs ?? []) {
    const found = draft.chairs.some((c) => c.role === chair.role && same(c.personName, chair.personName) && same(c.title, chair.title));
    check(
      `chairs[${chair.role}: ${chair.personName || chair.title}]`,
      found,
      draft.chairs.map((c) => `${c.role}: ${c.personName} / ${c.title}`),
    );
  }
  for (const addressee of expected.addressees ?? []) {
    check(
      `addressees[${addressee}]`,
      draft.addressees.some((a) => same(a, addressee)),
    );
  }
  if (expected.addressees) check('addressees.count', draft.addressees.length === expected.addressees.length, draft.addressees.length);

  const depths = outlineDepths(draft);
  let from = 0;
  for (const want of expected.outline ?? []) {
    const index = draft.outline.findIndex(
      (s, i) =>
        i >= from && s.numbering === want.numbering && same(s.heading, want.heading) && s.kind === want.kind && depths[i] === want.depth,
    );
    check(
      `outline[${want.numbering} ${want.heading}]`,
      index >= 0,
      draft.outline.filter((s) => s.numbering === want.numbering).map((s) => `${s.heading} (${s.kind})`),
    );
    if (index >= 0) from = index + 1;
  }

  for (const point of expected.bridgePoints ?? []) {
    const found = draft.bridgePoints.some(
      (p) =>
        fold([p.name, p.address, p.venuePattern].join(' | ')).includes(fold(point.name)) &&
        p.isHost === point.isHost &&
        p.groupCount === point.groupCount &&
        (point.lentBy ? fold(p.lentBy).includes(fold(point.lentBy)) : p.lentBy === ''),
    );
    // `Tại điểm cầu cấp xã` without a number is the scope "every other point" of the participants it lists.
    const everyOther =
      !point.isHost &&
      point.groupCount === null &&
      draft.participantGroups.some((g) => g.scope === 'every_other_point' && fold(g.category).includes(fold(point.name)));
    check(`bridgePoints[${point.name}]`, found || everyOther);
  }

  for (const group of expected.participants ?? []) {
    const found = draft.participantGroups.some((g) => same(g.organisation, group.organisation) && same(g.role, group.role));
    check(`participants[${group.role} | ${group.organisation}]`, found);
  }

  let item = 0;
  for (const content of expected.agenda ?? []) {
    const index = draft.agendaItems.findIndex((a, i) => i >= item && fold(a.content).includes(fold(content)));
    check(`agenda[${content.slice(0, 40)}]`, index >= 0);
    if (index >= 0) item = index + 1;
  }
  if (expected.agenda) check('agenda.count', draft.agendaItems.length === expected.agenda.length, draft.agendaItems.length);

  const tasks = draft.assignments.flatMap((a) => a.tasks.map((t) => ({ leadAgency: a.leadAgency, deadline: t.deadline })));
  (expected.tasks ?? []).forEach((want, index) => {
    const got = tasks[index];
    check(
      `tasks[${index} ${want.leadAgency}]`,
      got !== undefined && same(got.leadAgency, want.leadAgency) && got.deadline === want.deadline,
      got,
    );
  });
  if (expected.tasks) check('tasks.count', tasks.length === expected.tasks.length, tasks.length);

  if (expected.signer === null) {
    check('signer.none', draft.signerName === '', draft.signerName);
  } else if (expected.signer) {
    const s = expected.signer;
    check('signer.authority', draft.signerAuthority === s.authority, draft.signerAuthority);
    check('signer.body', same(draft.signerBody, s.body), draft.signerBody);
    check('signer.title', same(draft.signerTitle, s.title), draft.signerTitle);
    check('signer.name', same(draft.signerName, s.name), draft.signerName);
  }

  (expected.distribution ?? []).forEach((line, index) => {
    const got = draft.distribution[index]?.text ?? '';
    check(`distribution[${index}]`, same(got.replace(/[;,.]$/, ''), line), got);
  });
  if (expected.distribution)
    check('distribution.count', draft.distribution.length === expected.distribution.length, draft.distribution.length);
  return results;
};
