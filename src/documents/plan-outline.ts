/**
 * The body of a plan as plain blocks: which sections appear, their numbering and the text of
 * every line. With the document's own outline (conference.outline) the body follows it
 * (outline-body.ts); without one, the fixed sections I–IV. Pure: the docx builder
 * (body-sections.ts) only styles these blocks.
 */
import type { Conference } from '../domain/conference.schema.js';
import { foldForSearch } from '../domain/text.js';
import { documentTypeNameInSentence, romanNumeral } from './document-text.js';
import { outlineBodyBlocks } from './outline-body.js';
import {
  assignmentsSection,
  fundingSection,
  participantsSection,
  timePlaceSection,
  type BodyBlock,
  type Section,
} from './plan-sections.js';

export { bridgePointHeading, bridgePointLabel, timeLine, type BodyBlock, type SectionKey } from './plan-sections.js';

/** The sections that have something in them, in order. */
export const planSections = (conference: Conference): Section[] =>
  [timePlaceSection(conference), participantsSection(conference), assignmentsSection(conference), fundingSection(conference)].filter(
    (section) => section.blocks.length > 0,
  );

/** True when the text already says that the document replaces the invitation (thư mời, giấy mời). */
const saysReplacesInvitation = (text: string): boolean => /thay (cho )?(thu|giay) moi/.test(foldForSearch(text));

/** The closing paragraph; `Kế hoạch này thay thư mời.` is put first when the plan replaces the invitation. */
export const closingParagraph = (conference: Conference): string => {
  const closing = conference.closingText.trim();
  if (!conference.replacesInvitation || saysReplacesInvitation(closing)) return closing;
  const lead = `${documentTypeNameInSentence(conference.documentType)} này thay thư mời.`;
  return closing ? `${lead} ${closing}` : lead;
};

const fixedSectionBlocks = (conference: Conference): BodyBlock[] =>
  planSections(conference).flatMap((section, index): BodyBlock[] => [
    { kind: 'section', text: `${romanNumeral(index + 1)}. ${section.title}` },
    ...section.blocks,
  ]);

/**
 * Every block of the body: the purpose paragraph, the sections (the document's outline, or
 * I, II, … from the model), then the closing paragraph, always last.
 */
export const planBodyBlocks = (conference: Conference): BodyBlock[] => {
  const blocks: BodyBlock[] = [];
  for (const paragraph of conference.purpose
    .split(/\n+/)
    .map((p) => p.trim())
    .filter(Boolean)) {
    blocks.push({ kind: 'paragraph', text: paragraph });
  }
  const closing = closingParagraph(conference);
  blocks.push(...(conference.outline.length > 0 ? outlineBodyBlocks(conference, closing) : fixedSectionBlocks(conference)));
  if (closing) blocks.push({ kind: 'paragraph', text: closing });
  return blocks;
};
