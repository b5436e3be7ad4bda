/**
 * The body printed from the document's own outline (conference.outline): every section in
 * document order under its heading as the document wrote it, its content by kind:
 * - time_place: the sessions and the venue from the model (a heading that is only `Thời gian`
 *   prints only the time, inline: `1. Thời gian: 14 giờ 00 phút, …`; only `Địa điểm`, the venue);
 * - participants, assignments, budget: the model's blocks (plan-sections.ts), at the first
 *   section of the kind; its sub-sections of the same kind are what those blocks print (when
 *   the model has nothing of the kind, the section's own paragraphs);
 * - agenda: its paragraphs, or the agenda items as `- ` lines when it has none;
 * - purpose, form, documents, organisation, other: its paragraphs (level 0 a body paragraph,
 *   1 `- `, 2 `+ `, 3 `* `).
 * Then the sub-sections, recursively. Pure.
 */
import type { Conference, IssuerKind, OutlineKind, OutlineParagraph, OutlineSection } from '../domain/conference.schema.js';
import { BLANK_TIME } from '../domain/session-time.js';
import { foldForSearch } from '../domain/text.js';
import { withFinalStop } from './document-text.js';
import { documentTimeText } from './document-time.js';
import { outlineSections, type OutlineNode } from './outline-tree.js';
import {
  assignmentsSection,
  byPosition,
  fundingSection,
  participantsSection,
  timeLine,
  type BodyBlock,
  type SubNumbering,
} from './plan-sections.js';

const ROMAN = /^[IVXLC]+$/;

/**
 * The number as printed before a heading: `I. `, `1. `, `1.1. `, `a) `. A numbering stored with
 * its own punctuation (`I-`, `2.1.`, `a)`) is kept as it is. The model does not keep the
 * separator the document used; a Party document's Roman numbers take `-` (`I- MỤC ĐÍCH`), as
 * Hướng dẫn 36-HD/VPTW numbers its own parts (`I- HƯỚNG DẪN CHUNG`, then `1.`), a practice we
 * saw in the guide's text, not a rule we found written in it.
 */
export const numberingPrefix = (numbering: string, issuerKind: IssuerKind): string => {
  const number = numbering.trim();
  if (!number) return '';
  if (/[.)\-:]$/.test(number)) return `${number} `;
  if (ROMAN.test(number)) return issuerKind === 'party' ? `${number}- ` : `${number}. `;
  if (/^[a-zđ]$/.test(number)) return `${number}) `;
  return `${number}. `;
};

const MARKERS = ['', '-', '+', '*'] as const;

/** A paragraph of a section: level 0 as a body paragraph, deeper levels after their list mark. */
export const outlineParagraphBlock = (paragraph: OutlineParagraph): BodyBlock => {
  const text = paragraph.text.trim();
  const marker = MARKERS[paragraph.level] ?? '+';
  if (!marker) return { kind: 'paragraph', text };
  return { kind: 'line', text: /^[-–—+*•]\s/.test(text) ? text : `${marker} ${text}` };
};

const headingOnly = (heading: string, folded: string): boolean => foldForSearch(heading).replace(/[:.\s]+$/, '') === folded;

const venueLines = (venue: string): string[] =>
  venue
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

interface Walk {
  conference: Conference;
  closing: string;
  /** Structured kinds already printed from the model. */
  printed: Set<OutlineKind>;
  blocks: BodyBlock[];
}

const headingBlock = (node: OutlineNode, walk: Walk): BodyBlock | null => {
  const text = `${numberingPrefix(node.section.numbering, walk.conference.issuerKind)}${node.section.heading.trim()}`.trim();
  if (!text) return null;
  return { kind: ROMAN.test(node.section.numbering.trim().replace(/[.\-)]$/, '')) ? 'section' : 'heading', text };
};

/** `1. Thời gian:`: the heading with its number and a colon. */
const labelOf = (node: OutlineNode, walk: Walk): string =>
  `${numberingPrefix(node.section.numbering, walk.conference.issuerKind)}${node.section.heading.trim().replace(/[:.\s]+$/, '')}:`;

/** `1. Thời gian: …` as one line, its label bold. */
const inline = (node: OutlineNode, walk: Walk, value: string): BodyBlock => {
  const label = labelOf(node, walk);
  return { kind: 'labelled', label, text: `${label} ${withFinalStop(value)}` };
};

const timePlaceBlocks = (node: OutlineNode, walk: Walk): BodyBlock[] => {
  const { conference } = walk;
  const heading = headingBlock(node, walk);
  if (node.children.some((child) => child.section.kind === 'time_place')) return heading ? [heading] : [];
  const venue = venueLines(conference.venue);
  if (headingOnly(node.section.heading, 'thoi gian')) return [inline(node, walk, documentTimeText(conference))];
  if (headingOnly(node.section.heading, 'dia diem')) {
    if (venue.length <= 1) return [inline(node, walk, venue[0] ?? BLANK_TIME)];
    const lead: BodyBlock = { kind: 'heading', text: labelOf(node, walk) };
    return [lead, ...venue.map((line): BodyBlock => ({ kind: 'line', text: `- ${withFinalStop(line)}` }))];
  }
  const lines: BodyBlock[] = [{ kind: 'line', text: timeLine(conference) }];
  if (venue.length === 1) lines.push({ kind: 'line', text: `- Địa điểm: ${withFinalStop(venue[0] ?? '')}` });
  if (venue.length > 1)
    lines.push({ kind: 'line', text: '- Địa điểm:' }, ...venue.map((line): BodyBlock => ({ kind: 'line', text: `+ ${line}` })));
  return [...(heading ? [heading] : []), ...lines];
};

/** The agenda as a list: `- ` for an item, `+ ` for a sub-item, each ending `;`, the last `.`. */
const agendaBlocks = (conference: Conference): BodyBlock[] => {
  const items = byPosition(conference.agendaItems);
  const ids = new Set(items.map((item) => item.id));
  const lines = items
    .filter((item) => item.parentId === null || !ids.has(item.parentId))
    .flatMap((item) => [`- ${item.content}`, ...items.filter((child) => child.parentId === item.id).map((child) => `+ ${child.content}`)]);
  return lines.map((line, index): BodyBlock => ({
    kind: 'line',
    text: `${line.trim().replace(/[.;:,]$/, '')}${index === lines.length - 1 ? '.' : ';'}`,
  }));
};

const STRUCTURED: Partial<Record<OutlineKind, (conference: Conference, style: SubNumbering) => BodyBlock[]>> = {
  participants: (conference, style) => participantsSection(conference, style).blocks,
  assignments: (conference, style) => assignmentsSection(conference, style).blocks,
  budget: (conference) => fundingSection(conference).blocks,
};

const paragraphBlocks = (section: OutlineSection, walk: Walk): BodyBlock[] => {
  const closing = foldForSearch(walk.closing);
  return section.paragraphs.filter((paragraph) => !closing || foldForSearch(paragraph.text.trim()) !== closing).map(outlineParagraphBlock);
};

const visit = (node: OutlineNode, walk: Walk, skipKind: OutlineKind | null): void => {
  const { section } = node;
  if (section.kind === skipKind) return;
  const heading = headingBlock(node, walk);
  const structured = STRUCTURED[section.kind];
  let skipChildren: OutlineKind | null = null;
  if (section.kind === 'time_place') {
    walk.blocks.push(...timePlaceBlocks(node, walk));
  } else if (structured && !walk.printed.has(section.kind)) {
    walk.printed.add(section.kind);
    skipChildren = section.kind;
    const style: SubNumbering = heading?.kind === 'section' || !heading ? 'arabic' : 'letter';
    const fromModel = structured(walk.conference, style);
    walk.blocks.push(...(heading ? [heading] : []), ...(fromModel.length > 0 ? fromModel : paragraphBlocks(section, walk)));
  } else if (section.kind === 'agenda' && section.paragraphs.length === 0) {
    walk.blocks.push(...(heading ? [heading] : []), ...agendaBlocks(walk.conference));
  } else {
    walk.blocks.push(...(heading ? [heading] : []), ...paragraphBlocks(section, walk));
  }
  for (const child of node.children) visit(child, walk, skipChildren ?? skipKind);
};

/** The blocks of the outline's sections, in document order. `closing` is never repeated from a paragraph. */
export const outlineBodyBlocks = (conference: Conference, closing: string): BodyBlock[] => {
  const walk: Walk = { conference, closing, printed: new Set(), blocks: [] };
  for (const node of outlineSections(conference.outline)) visit(node, walk, null);
  return walk.blocks;
};
