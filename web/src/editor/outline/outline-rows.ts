/**
 * The outline as the editor lists it: the sections in document order (each parent before its
 * subsections, each level by position) with their depth, and the body of PUT /outline. Pure.
 */
import type { OutlineParagraph, OutlineSection } from '../../../../src/domain/conference.schema.js';
import type { OutlineSectionWrite } from '../../api/conferences.js';

export type OutlineRow = OutlineSection & { depth: number };

export const outlineRows = (sections: readonly OutlineSection[]): OutlineRow[] => {
  const children = new Map<string | null, OutlineSection[]>();
  for (const section of sections) {
    const siblings = children.get(section.parentId) ?? [];
    siblings.push(section);
    children.set(section.parentId, siblings);
  }
  const rows: OutlineRow[] = [];
  const walk = (parentId: string | null, depth: number) => {
    for (const section of [...(children.get(parentId) ?? [])].sort((a, b) => a.position - b.position)) {
      rows.push({ ...section, depth });
      walk(section.id, depth + 1);
    }
  };
  walk(null, 0);
  return rows;
};

/** The sections keyed by their ids, in document order: what the server stores again. */
export const outlineWrite = (rows: readonly OutlineRow[]): OutlineSectionWrite[] =>
  rows.map((row) => ({
    key: row.id,
    parentKey: row.parentId,
    numbering: row.numbering,
    heading: row.heading,
    kind: row.kind,
    paragraphs: row.paragraphs,
  }));

const MARKS = ['', '- ', '+ ', '· '] as const;

/** A section's paragraphs as the editor's text: one per line, `- ` for a list item, `+ ` one level in, `· ` deeper. */
export const paragraphsToText = (paragraphs: readonly OutlineParagraph[]): string =>
  paragraphs.map((paragraph) => `${MARKS[paragraph.level] ?? ''}${paragraph.text}`).join('\n');

/** The editor's text back into paragraphs: blank lines dropped, the mark at the start of a line gives its level. */
export const textToParagraphs = (text: string): OutlineParagraph[] =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !/^[-+·]$/u.test(line))
    .map((line) => {
      const marked = /^([-+·])\s+(.*)$/u.exec(line);
      return marked ? { level: MARKS.findIndex((mark) => mark.trim() === marked[1]), text: marked[2]!.trim() } : { level: 0, text: line };
    });

/** A new top-level section at the end, kept as text (kind other) until the user picks its kind. */
export const newSectionRow = (rows: readonly OutlineRow[], id: string): OutlineRow => ({
  id,
  parentId: null,
  position: rows.filter((row) => row.parentId === null).length,
  numbering: '',
  heading: '',
  kind: 'other',
  paragraphs: [],
  depth: 0,
});
