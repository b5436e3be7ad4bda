/**
 * The body in the document's own outline: a numbered heading opens a section (of the outline
 * and of its handler), a section's own text is kept in place, and the labelled lines of a
 * letter, an invitation or a telegram are read without an outline. Pure.
 */
import { handlerOf, newSectionState, sectionHeading, sectionLine } from './body-sections.js';
import { agencyAndTask } from './assignments.js';
import { parseChairLine } from './chairs.js';
import type { OutlineHeading } from './outline.js';
import { fit, type PlanBuilder } from './plan-builder.js';
import { bulletText } from './plan-lines.js';
import type { ParserState } from './parser-state.js';

/**
 * Lines a letter, an invitation or a telegram gives without a numbered outline: `Kính
 * gửi:`, `… điện:`, `Thời gian:`, `Địa điểm:`, `Chủ trì:`. Placed in the model; false for others.
 */
export function labelledLine(builder: PlanBuilder, state: ParserState, text: string): boolean {
  const body = bulletText(text) ?? text;
  const to = /^Kính gửi\s*:?\s*(.*)$/iu.exec(body);
  if (to) {
    if (to[1])
      builder.addressees.push(
        ...to[1]
          .split(';')
          .map((a) => a.trim().replace(/[.,;]$/, ''))
          .filter(Boolean),
      );
    else state.addressees = true;
    return true;
  }
  if (/^.{3,120}\sđiện\s*:$/u.test(body)) {
    builder.telegramLine = body;
    state.addressees = true;
    return true;
  }
  const chairs = parseChairLine(body);
  if (chairs) {
    builder.chairs.push(...chairs);
    return true;
  }
  // `Sở X trân trọng kính mời:`, `Địa điểm:`, `… đề nghị:`, `Ghi chú:` followed by `- ` lines.
  const list = /(?:kính mời|thành phần(?: tham dự)?)\s*:$/iu.test(body)
    ? 'participants'
    : /^địa điểm\s*:$/iu.test(body)
      ? 'time_place'
      : /(?:đề nghị|ghi chú)\s*:$/iu.test(body)
        ? 'assignments'
        : null;
  if (list) {
    state.section = newSectionState(list, body);
    state.labelList = true;
    if (list === 'time_place') builder.venue = builder.venue ? `${builder.venue}\n${body}` : body;
    return keepPurpose(builder, body, list);
  }
  if (/^(?:Thời gian(?: tổ chức)?|Địa điểm|Vào lúc)\b/iu.test(body)) {
    const section = newSectionState('time_place', state.section.heading);
    return sectionLine(builder, section, text);
  }
  return false;
}

/** The lead line of a list stays in the purpose text (`Sở X trân trọng kính mời:`), except the venue's label. */
const keepPurpose = (builder: PlanBuilder, text: string, list: string): boolean => {
  if (list !== 'time_place') builder.purpose.push(text);
  return true;
};

/** Where an outline section's own text goes: its paragraphs (`- ` lines one level in). */
export const keepInSection = (builder: PlanBuilder, state: ParserState, text: string): boolean => {
  const key = state.section.outlineKey;
  const section = key ? builder.outline.find((s) => s.key === key) : undefined;
  // A bound section prints from the model: what its handler could not place is unclassified, for the user to place.
  if (!section || handlerOf(section.kind) !== 'other') return false;
  const bullet = bulletText(text);
  section.paragraphs.push({ level: bullet === null ? 0 : 1, text: fit(builder, section.heading, bullet ?? text, 10000) });
  return true;
};

/** A numbered heading opens a section of the outline (and of its handler); its inline text is read in it. */
export const openSection = (builder: PlanBuilder, state: ParserState, heading: OutlineHeading): boolean => {
  const placed = state.outline.push(heading);
  builder.outline.push({
    key: placed.key,
    parentKey: placed.parentKey,
    numbering: heading.numbering.slice(0, 20),
    heading: fit(builder, heading.text, heading.heading || heading.title, 1000),
    kind: placed.kind,
    paragraphs: [],
  });
  state.zone = 'body';
  builder.hasStructure = true;
  const handler = handlerOf(placed.kind);
  const nested = placed.depth > state.sectionDepth && handler === state.section.kind && handler !== 'other';
  if (!nested) {
    state.section = newSectionState(handler, heading.text, placed.key);
    state.sectionDepth = placed.depth;
  }
  state.section.outlineKey = placed.key;
  const chairs = handler === 'participants' || handler === 'time_place' ? parseChairLine(`${heading.heading}: ${heading.inline}`) : null;
  if (chairs) {
    builder.chairs.push(...chairs);
    return true;
  }
  // An agency's heading holds its task (`2. Công an tỉnh: chuẩn bị …`, `1- Văn phòng Tỉnh ủy chủ trì …`).
  const depth = nested ? placed.depth - state.sectionDepth : 1;
  if (handler === 'assignments' && nested) {
    const title = heading.inline ? heading.title : (agencyAndTask(heading.title) ?? heading.title);
    if (sectionHeading(builder, state.section, { number: heading.numbering, depth: 1, title, text: heading.text })) {
      const agency = builder.assignments.at(-1)?.leadAgency;
      const section = builder.outline.at(-1)!;
      if (agency && !heading.inline && title !== heading.title) section.heading = agency;
      return true;
    }
  }
  // A subsection of a bound section: its handler reads the heading (a bridge point, a category).
  if (nested && handler !== 'assignments') {
    // `1. Điểm cầu Tỉnh: 40 đại biểu.` is a heading whole; `3.2. Tại điểm cầu chính: Giám đốc …` has lines after its colon.
    const whole =
      !heading.inline || (handler === 'participants' && /^(?:khoảng\s+|tối đa\s+)?\d+\s*(?:đại biểu|người)\.?$/iu.test(heading.inline));
    const title = whole ? heading.title : heading.heading;
    sectionHeading(builder, state.section, { number: heading.numbering, depth, title, text: heading.text });
    if (whole) return true;
  }
  if (!heading.inline) return true;
  const inline = handler === 'time_place' ? `${heading.heading}: ${heading.inline}` : `- ${heading.inline}`;
  if (sectionLine(builder, state.section, inline)) return true;
  return keepInSection(builder, state, heading.inline);
};
